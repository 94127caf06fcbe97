package org.incidentatlas.spark;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.incidentatlas.model.Article;
import org.incidentatlas.pipeline.Pipeline;

/**
 * One article's extraction within its time budget, as {@code extract}'s watchdog allows it
 * ({@link Pipeline.ArticleBudget}: 10 s plus 30 s per million characters by default): the work runs on a worker
 * thread of this executor JVM (a deep stack, as the pipeline's own workers, since regular expressions recurse on
 * long inputs) and the task waits at most the budget. Past it the worker is interrupted (the pipeline stops at its
 * next stage boundary) and the task goes on with its next file, so one pathological article becomes a
 * {@code problems/} row instead of a stuck task that Spark would retry and finally fail the job for. A worker
 * that does not stop (a regular expression ignores interrupts) is left to finish as a daemon, as in {@code extract}.
 */
final class ArticleTimeBudget {
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final ThreadFactory WORKERS = r -> {
        Thread t = new Thread(null, r, "article-budget-" + SERIAL.incrementAndGet(), 32L << 20);
        t.setDaemon(true);
        return t;
    };
    /** Shared by the tasks of the JVM; a thread per running article, idle ones end after a minute. */
    private static final ExecutorService THREADS = new java.util.concurrent.ThreadPoolExecutor(0, Integer.MAX_VALUE,
            60, TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(), WORKERS);

    private final Pipeline.ArticleBudget budget;

    ArticleTimeBudget(Pipeline.ArticleBudget budget) {
        this.budget = budget;
    }

    /** The article ran past its budget and was stopped; the message says so in {@code extract}'s words. */
    static final class OverBudget extends Exception {
        OverBudget(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * {@code work} applied to {@code a} within the budget for {@code a}'s length; its exception or error as thrown
     * (unwrapped), or {@link OverBudget} when it took too long.
     */
    <T> T run(Article a, Function<Article, T> work) throws OverBudget {
        long ms = budget.millisFor(a.text().length());
        if (ms <= 0) {
            // a budget of nothing is never met (else a fast article could finish before the check, by chance)
            throw new OverBudget(String.format(java.util.Locale.ROOT,
                    "extraction took longer than its time budget (0.0 s for %d characters) and was stopped;"
                            + " nothing from this article is kept", a.text().length()));
        }
        long t0 = System.nanoTime();
        Future<T> f = THREADS.submit(() -> work.apply(a));
        try {
            return f.get(ms, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            f.cancel(true);
            throw new OverBudget(String.format(java.util.Locale.ROOT,
                    "extraction took longer than its time budget (%.1f s for %d characters) and was stopped;"
                            + " nothing from this article is kept", (System.nanoTime() - t0) / 1e9, a.text().length()));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + a.id(), e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
