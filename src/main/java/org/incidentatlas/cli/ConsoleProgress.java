package org.incidentatlas.cli;

import java.io.PrintStream;
import org.incidentatlas.pipeline.ProgressListener;

/**
 * A one-line progress bar on stderr, redrawn with {@code \r} at most every 200 ms. Silent when stderr is not a
 * terminal, so that redirected runs and tests get clean logs.
 */
final class ConsoleProgress implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 200_000_000L;
    private final PrintStream err;
    private final String label;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    ConsoleProgress(PrintStream err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    static ConsoleProgress onTerminal(String label) {
        return new ConsoleProgress(System.err, label, System.console() != null);
    }

    @Override
    public synchronized void progress(long done, long total, String what) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && drawn && now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    /** Clears the line so that the next output starts clean. */
    synchronized void finish() {
        if (enabled && drawn) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
