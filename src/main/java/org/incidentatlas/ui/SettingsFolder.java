package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The one place that says where the app keeps its own files (today: the recovery file of an investigation not yet
 * saved, and which investigation was open last). {@code -Dincidentatlas.settings=DIR} wins, then the environment
 * variable {@code INCIDENT_ATLAS_SETTINGS}, else {@code ~/.incident-atlas}. The test build sets the property to a
 * folder under {@code target/}, so tests never write into the user's home.
 */
public final class SettingsFolder {
    public static final String PROPERTY = "incidentatlas.settings";
    public static final String ENVIRONMENT = "INCIDENT_ATLAS_SETTINGS";

    private SettingsFolder() {
    }

    /** The settings folder for this JVM (not created here: whoever writes into it creates it). */
    public static Path path() {
        return lookup(System.getProperties(), System.getenv());
    }

    static Path lookup(Properties properties, Map<String, String> environment) {
        String prop = properties.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = environment.get(ENVIRONMENT);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(properties.getProperty("user.home", "."), ".incident-atlas");
    }
}
