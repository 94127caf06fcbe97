package org.incidentatlas;

import java.util.Set;
import org.incidentatlas.cli.AtlasCommand;
import org.incidentatlas.ui.AtlasApp;
import org.incidentatlas.ui.JavaFxNatives;
import org.incidentatlas.ui.LaunchLoad;
import org.incidentatlas.ui.LaunchTimeline;

/**
 * Entry point of the jar. With a subcommand (or --help/--version) it runs the CLI; otherwise it opens the desktop
 * app, on the files or folders given or on the sample corpus. A plain class, not a JavaFX Application, so that the
 * shaded jar starts JavaFX from the class path.
 */
public final class Main {
    private static final Set<String> CLI_FLAGS = Set.of("--help", "-h", "--version", "-V");
    /**
     * The subcommands' names, for {@link Launcher}, which must tell the app from a command without loading the CLI
     * (a test keeps this in step with {@code AtlasCommand}).
     */
    static final Set<String> COMMAND_NAMES = Set.of("extract", "eval", "bench", "snapshot", "export", "compare");

    private Main() {
    }

    public static void main(String[] args) {
        boolean cli = isCli(args);
        if (cli) {
            if ("snapshot".equals(args[0])) {
                // JavaFX draws the snapshot: its natives for this platform, from the jar
                JavaFxNatives.prepare().ifPresent(System.err::println);
            }
            System.exit(AtlasCommand.run(args));
        }
        LaunchTimeline.markChildStart();
        LaunchTimeline.mark("main");
        if (!hasDisplay(System.getenv(), System.getProperty("os.name", ""))) {
            System.err.println(NO_DISPLAY);
            System.exit(2);
        }
        // The gazetteer and the first corpus load on their own threads while the toolkit starts (not JavaFX classes).
        LaunchLoad.start(args);
        // JavaFX draws the window: its natives for this platform, from the jar
        JavaFxNatives.prepare().ifPresent(System.err::println);
        // no OpenGL probe on a display where it failed before (Xvfb, remote desktops): 0.2-0.3 s of the toolkit's start
        org.incidentatlas.ui.PrismChoice.apply(org.incidentatlas.ui.SettingsFolder.path(), System.getenv("DISPLAY"));
        LaunchTimeline.mark("natives ready");
        try {
            AtlasApp.launchApp(args);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX found no usable screen (no DISPLAY, no GTK): say so in plain words, not with a trace
            System.err.println(noWindow(System.getenv("DISPLAY"), e.getMessage()));
            System.exit(2);
        }
    }

    static final String NO_DISPLAY = "Incident Atlas needs a screen to open its window, and none was found.\n"
            + "Without one, draw the map as a PNG:  java -jar incident-atlas.jar snapshot --out map.png\n"
            + "or extract the data:                 java -jar incident-atlas.jar extract --out incidents.json\n"
            + "(java -jar incident-atlas.jar --help lists every command.)";

    /**
     * What to tell the analyst when JavaFX could not open the window although a display is set: the GTK 3 library JavaFX
     * draws with on Linux is missing (a minimal or server install), or another cause, given in JavaFX's own words.
     */
    static String noWindow(String display, String cause) {
        String why = cause == null ? "" : cause;
        if (why.contains("GTK")) {
            return "Incident Atlas could not open its window" + (display == null || display.isBlank() ? "" : " on display " + display)
                    + ": JavaFX draws with the GTK 3 library, which is not installed on this system.\n"
                    + "Install it, then start Incident Atlas again:\n"
                    + "  Debian, Ubuntu:  sudo apt-get install libgtk-3-0\n"
                    + "  Fedora, RHEL:    sudo dnf install gtk3\n"
                    + "Meanwhile, draw the map as a PNG:  java -jar incident-atlas.jar snapshot --out map.png\n"
                    + "or extract the data:               java -jar incident-atlas.jar extract --out incidents.json";
        }
        return NO_DISPLAY + "\n(" + why + ")";
    }

    /** On Linux and other X11/Wayland systems a window needs DISPLAY or WAYLAND_DISPLAY; Windows and macOS have one. */
    static boolean hasDisplay(java.util.Map<String, String> env, String osName) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()
                || "Monocle".equals(System.getProperty("glass.platform"));
    }

    /** True when {@code first} names a subcommand or a CLI flag (cheap: no CLI class is loaded). */
    static boolean isCliName(String first) {
        return CLI_FLAGS.contains(first) || COMMAND_NAMES.contains(first);
    }

    /** True when the first argument names a subcommand or a CLI flag; a path opens the app instead. */
    static boolean isCli(String[] args) {
        // by the name list, so that opening the window does not build the CLI's command tree first
        return args.length > 0 && isCliName(args[0]);
    }
}
