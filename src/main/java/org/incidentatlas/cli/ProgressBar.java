package org.incidentatlas.cli;

import java.io.PrintStream;
import org.incidentatlas.pipeline.ProgressListener;

/** A one-line progress bar on standard error, redrawn at most every 100 ms; silent when not on a terminal. */
final class ProgressBar implements ProgressListener {
    private final PrintStream err;
    private final boolean enabled;
    private long lastDraw;

    ProgressBar(PrintStream err) {
        this.err = err;
        this.enabled = System.console() != null && !"true".equals(System.getenv("CI"));
    }

    @Override
    public synchronized void progress(long done, long total, String what) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = total <= 0 ? 0 : (int) (width * done / total);
        String name = what == null ? "" : what.length() > 30 ? what.substring(0, 29) + "…" : what;
        err.printf("\r[%s%s] %d/%d %-30s", "#".repeat(filled), " ".repeat(width - filled), done, total, name);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
