package org.incidentatlas.text;

import java.util.function.Supplier;

/**
 * A {@link ThreadLocal} that answers the thread that asked last without looking in the thread's map: the worker
 * threads' maps are crowded (every {@code PatternGate} has a thread-local of its own), and a lookup there cost a few
 * microseconds per article at steady state (profile of session 12: 2 % of a worker for {@link TokenArray}'s and 1 %
 * for {@code CandidateMemo}'s). A pipeline worker asks many times in a row, so the last answer is nearly always its own.
 *
 * <p>The last answer is kept in a plain field, racy on purpose: it is read through an immutable {@link Owned} that
 * names its thread, and another thread's value is never used, only replaced. One value of a finished thread may stay
 * reachable through that field until another thread asks.
 */
public final class ThreadCache<T> {
    private final ThreadLocal<Owned<T>> local;
    private Owned<T> last;

    /** A value and the thread it belongs to. */
    private record Owned<T>(Thread owner, T value) {
    }

    private ThreadCache(Supplier<? extends T> initial) {
        this.local = ThreadLocal.withInitial(() -> new Owned<>(Thread.currentThread(), initial.get()));
    }

    /** A cache whose value on each thread is made by {@code initial} on first use, as {@link ThreadLocal#withInitial}. */
    public static <T> ThreadCache<T> withInitial(Supplier<? extends T> initial) {
        return new ThreadCache<>(initial);
    }

    /** The calling thread's value. */
    public T get() {
        Owned<T> o = last;
        if (o == null || o.owner() != Thread.currentThread()) {
            o = local.get();
            last = o;
        }
        return o.value();
    }
}
