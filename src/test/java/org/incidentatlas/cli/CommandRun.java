package org.incidentatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Paths;
import picocli.CommandLine;

/** Runs the real command line in-process and keeps what it wrote, for command tests. */
final class CommandRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = AtlasCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** A file or folder under {@code src/test/resources/eval/}. */
    static String fixture(String name) throws Exception {
        return Paths.get(CommandRun.class.getResource("/eval/" + name).toURI()).toString();
    }
}
