package org.incidentatlas.pipeline;

/** Told how far long work has come; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    void progress(long done, long total, String what);

    ProgressListener NONE = (d, t, w) -> { };
}
