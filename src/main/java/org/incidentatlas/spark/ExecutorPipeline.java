package org.incidentatlas.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.incidentatlas.pipeline.Pipeline;

/**
 * The pipeline of this JVM: the gazetteer is loaded from the jar once per executor, on first use, and shared by
 * every task the executor runs ({@code Pipeline} is thread-safe). Not a broadcast: shipping the gazetteer's
 * objects from the driver would cost more than reading it from the jar each executor already has.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }

    /** Initialised by the JVM on first access, exactly once, thread-safely. */
    private static final class Holder {
        static final Pipeline PIPELINE = load();

        private static Pipeline load() {
            try {
                return Pipeline.standard();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the gazetteer from the jar", e);
            }
        }
    }
}
