package org.incidentatlas.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where unsaved work goes, so that autosave never writes over a file the analyst saved: beside a saved
 * investigation {@code X} in {@code X.recovery}; before the first save in {@code unsaved.investigation.json} in the
 * settings folder. The settings folder also remembers the investigation open last ({@code last-investigation}), so
 * the next start finds its recovery file too. A recovery file is offered when it is newer than its investigation;
 * only the analyst's answer removes it (a discarded one is kept as {@code *.discarded}, the one before it replaced).
 */
public final class InvestigationRecovery {
    public static final String SUFFIX = ".recovery";
    public static final String UNSAVED = "unsaved.investigation.json";
    static final String LAST = "last-investigation";

    /** A recovery file worth offering: its investigation (null before the first save) and when it was written. */
    public record Offer(Path recovery, Path investigation, Instant written) {
    }

    private final Path settings;

    public InvestigationRecovery(Path settingsFolder) {
        this.settings = settingsFolder.toAbsolutePath();
    }

    public Path settingsFolder() {
        return settings;
    }

    /** The recovery file of a saved investigation, or of the work not yet saved when {@code investigation} is null. */
    public Path recoveryOf(Path investigation) {
        if (investigation == null) {
            return settings.resolve(UNSAVED);
        }
        Path abs = investigation.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    /** The offer for one investigation's recovery file, if it exists and is newer than the investigation. */
    public Optional<Offer> offerFor(Path investigation) {
        Path r = recoveryOf(investigation);
        try {
            if (!Files.isRegularFile(r)) {
                return Optional.empty();
            }
            Instant written = Files.getLastModifiedTime(r).toInstant();
            if (investigation != null && Files.exists(investigation)
                    && !written.isAfter(Files.getLastModifiedTime(investigation).toInstant())) {
                return Optional.empty();
            }
            return Optional.of(new Offer(r, investigation == null ? null : investigation.toAbsolutePath(), written));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What a fresh start should offer: the unsaved work, then the recovery of the investigation open last. */
    public List<Offer> offersAtStart() {
        List<Offer> offers = new ArrayList<>();
        offerFor(null).ifPresent(offers::add);
        lastInvestigation().flatMap(this::offerFor).ifPresent(offers::add);
        return offers;
    }

    /** Remembers the investigation being worked on, so the next start can find its recovery file. */
    public void remember(Path investigation) throws IOException {
        Files.createDirectories(settings);
        Path last = settings.resolve(LAST);
        AtomicFiles.write(last, out -> out.write(investigation.toAbsolutePath().toString()
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** The investigation open last, if the settings folder names one. */
    public Optional<Path> lastInvestigation() {
        Path last = settings.resolve(LAST);
        try {
            if (Files.isRegularFile(last)) {
                String s = Files.readString(last, StandardCharsets.UTF_8).strip();
                return s.isEmpty() ? Optional.empty() : Optional.of(Path.of(s));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable note only costs the offer
        }
        return Optional.empty();
    }

    /** The analyst declined a recovery: it is set aside as {@code *.discarded} (replacing an older one), not lost. */
    public void discard(Offer offer) throws IOException {
        Path r = offer.recovery();
        if (Files.exists(r)) {
            Files.move(r, r.resolveSibling(r.getFileName() + ".discarded"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** After an explicit save the recovery file is superseded by the file itself. */
    public void superseded(Path recovery) throws IOException {
        Files.deleteIfExists(recovery);
    }
}
