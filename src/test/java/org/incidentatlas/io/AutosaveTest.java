package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.incidentatlas.model.Investigation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<long[]> delays = new ArrayList<>();
    private final List<Runnable> tasks = new ArrayList<>();
    private final AtomicReference<Investigation> state = new AtomicReference<>(InvestigationSamples.big(1, 3));
    private final List<IOException> errors = new ArrayList<>();

    private Autosave autosave(Path file) {
        return new Autosave((task, delay) -> {
            tasks.add(task);
            delays.add(new long[]{delay});
        }, Duration.ofSeconds(30), state::get, file, errors::add, now::get);
    }

    @Test
    void firstChangeIsSavedAtOnceAndLaterChangesAreCoalescedUntilTheIntervalEnds() throws Exception {
        Path file = dir.resolve("auto.json");
        Autosave a = autosave(file);

        a.markDirty();
        assertThat(delays).hasSize(1);
        assertThat(delays.get(0)[0]).isZero();
        tasks.remove(0).run();
        assertThat(new InvestigationReader().read(file)).isEqualTo(InvestigationSamples.big(1, 3));

        now.addAndGet(10_000);
        state.set(InvestigationSamples.big(2, 3));
        a.markDirty();
        state.set(InvestigationSamples.big(3, 3));
        a.markDirty();
        assertThat(tasks).as("one pending save for many changes").hasSize(1);
        assertThat(delays.get(1)[0]).isEqualTo(20_000);
        tasks.remove(0).run();
        assertThat(new InvestigationReader().read(file)).isEqualTo(InvestigationSamples.big(3, 3));
        assertThat(a.saves()).isEqualTo(2);
        assertThat(a.isDirty()).isFalse();
    }

    @Test
    void aFailedSaveIsReportedAndStaysDirty() throws Exception {
        Path file = dir.resolve("no-such-dir").resolve("auto.json");
        Autosave a = autosave(file);
        a.markDirty();
        tasks.remove(0).run();
        assertThat(errors).hasSize(1);
        assertThat(a.isDirty()).isTrue();
        assertThat(Files.exists(file)).isFalse();
    }
}
