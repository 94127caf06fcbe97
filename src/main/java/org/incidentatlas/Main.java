package org.incidentatlas;

import java.util.Set;
import org.incidentatlas.cli.AtlasCommand;
import org.incidentatlas.ui.AtlasApp;

/**
 * Entry point of the jar. With a subcommand (or --help/--version) it runs the CLI; otherwise it opens the desktop
 * app, on the files or folders given or on the sample corpus. A plain class, not a JavaFX Application, so that the
 * shaded jar starts JavaFX from the class path.
 */
public final class Main {
    private static final Set<String> CLI_FLAGS = Set.of("--help", "-h", "--version", "-V");

    private Main() {
    }

    public static void main(String[] args) {
        if (isCli(args)) {
            System.exit(AtlasCommand.run(args));
        }
        AtlasApp.launchApp(args);
    }

    /** True when the first argument names a subcommand or a CLI flag; a path opens the app instead. */
    static boolean isCli(String[] args) {
        return args.length > 0
                && (CLI_FLAGS.contains(args[0]) || AtlasCommand.commandLine().getSubcommands().containsKey(args[0]));
    }
}
