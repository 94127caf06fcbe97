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
        }
    }
}
