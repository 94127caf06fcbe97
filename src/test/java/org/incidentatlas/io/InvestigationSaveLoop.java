package org.incidentatlas.io;

import java.nio.file.Path;

/**
 * Run in a separate JVM by the crash test: saves numbered big investigations to a file in a loop until killed.
 * Usage: {@code InvestigationSaveLoop FILE EDITS}.
 */
public final class InvestigationSaveLoop {
    private InvestigationSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int edits = Integer.parseInt(args[1]);
        InvestigationWriter w = new InvestigationWriter();
        for (int k = 1; ; k++) {
            w.save(InvestigationSamples.big(k, edits), file);
            // tells the test the loop is running, so it does not kill a JVM that is still starting
            System.out.println("saved " + k);
            System.out.flush();
        }
    }
}
