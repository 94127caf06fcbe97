package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsFolderTest {
    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void thePropertyWinsThenTheEnvironmentThenTheHomeFolder() {
        Map<String, String> env = Map.of(SettingsFolder.ENVIRONMENT, "/env/atlas");
        assertThat(SettingsFolder.lookup(props("user.home", "/home/a", SettingsFolder.PROPERTY, "/prop/atlas"), env))
                .isEqualTo(Path.of("/prop/atlas"));
        assertThat(SettingsFolder.lookup(props("user.home", "/home/a"), env)).isEqualTo(Path.of("/env/atlas"));
        assertThat(SettingsFolder.lookup(props("user.home", "/home/a"), Map.of()))
                .isEqualTo(Path.of("/home/a/.incident-atlas"));
    }

    @Test
    void theTestBuildPointsTheSettingsFolderAwayFromTheHomeFolder() {
        assertThat(SettingsFolder.path().startsWith(Path.of(System.getProperty("user.home"), ".incident-atlas")))
                .isFalse();
        assertThat(SettingsFolder.path()).endsWith(Path.of("target", "test-settings"));
    }
}
