package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ThreadCacheTest {
    @Test
    void eachThreadGetsItsOwnValueMadeOnceEvenWhenThreadsTakeTurns() throws Exception {
        AtomicInteger made = new AtomicInteger();
        ThreadCache<int[]> cache = ThreadCache.withInitial(() -> new int[] {made.incrementAndGet()});
        int[] mine = cache.get();
        assertThat(cache.get()).isSameAs(mine);

        int threads = 4;
        int rounds = 2000;
        CyclicBarrier barrier = new CyclicBarrier(threads);
        ConcurrentHashMap<Thread, int[]> seen = new ConcurrentHashMap<>();
        List<Throwable> failures = new ArrayList<>();
        List<Thread> started = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            Thread t = new Thread(() -> {
                try {
                    barrier.await();
                    int[] first = cache.get();
                    seen.put(Thread.currentThread(), first);
                    for (int r = 0; r < rounds; r++) {
                        int[] again = cache.get(); // the other threads ask in between: the last answer is theirs
                        if (again != first) {
                            throw new AssertionError("another value on round " + r);
                        }
                        if (r % 64 == 0) {
                            Thread.yield();
                        }
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            started.add(t);
            t.start();
        }
        for (Thread t : started) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(seen.values()).doesNotContain(mine).doesNotHaveDuplicates().hasSize(threads);
        assertThat(made.get()).isEqualTo(threads + 1);
        assertThat(cache.get()).isSameAs(mine);
    }
}
