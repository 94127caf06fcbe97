package org.incidentatlas;

/**
 * Entry point of the jar. With a subcommand it runs the CLI; without one it opens the desktop app.
 * A plain class (not a JavaFX Application) so that the shaded jar starts JavaFX from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-") || args.length > 0 && isCliFlag(args[0])) {
            System.exit(org.incidentatlas.cli.AtlasCommand.run(args));
        }
        org.incidentatlas.ui.AtlasApp.launchApp(args);
    }

    private static boolean isCliFlag(String a) {
        return a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V");
    }
}
