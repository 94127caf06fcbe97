package org.incidentatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code incident-atlas <subcommand>}. Subcommands register themselves in {@link #SUBCOMMANDS}. */
@Command(name = "incident-atlas", mixinStandardHelpOptions = true, version = "Incident Atlas 0.1.0",
        description = "Maps incidents and deployments found in news articles, with sentence-level provenance.%n"
                + "Run without a subcommand to open the desktop app.")
public final class AtlasCommand implements Runnable {
    static final Class<?>[] SUBCOMMANDS = {
        ExtractCommand.class,
        EvalCommand.class,
        BenchCommand.class,
        SnapshotCommand.class,
        ExportCommand.class,
        CompareCommand.class,
    };

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AtlasCommand());
        for (Class<?> c : SUBCOMMANDS) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
