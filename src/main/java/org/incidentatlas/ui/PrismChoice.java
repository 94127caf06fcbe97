package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Remembers, per display, that JavaFX's hardware pipeline (es2) failed there and it fell back to software rendering,
 * so that the next launches on that display start with the software pipeline instead of probing OpenGL again: on a
 * display without a usable GPU (Xvfb, many remote desktops) the failed probe cost 0.2–0.3 s of the toolkit's start
 * ({@code docs/benchmarks.md}, "App launch … extraction cache"). The note expires after a week, so a display that
 * gains a GPU is probed again; a {@code prism.order} the user gives always wins.
 */
public final class PrismChoice {
    static final String SOFTWARE = "sw";
    static final long KEEP_MILLIS = 7L * 24 * 3600 * 1000;
    /** Set when this launch chose the software pipeline from the note (then it is not written again). */
    private static volatile boolean chosen;

    private PrismChoice() {
    }

    /** Before the toolkit starts: the software pipeline when the note for this display says the probe failed. */
    public static void apply(Path settings, String display) {
        if (System.getProperty("prism.order") != null) {
            return;
        }
        if (softwareNoted(settings, display)) {
            System.setProperty("prism.order", SOFTWARE);
            chosen = true;
        }
    }

    /** True when the note for this display (not expired) says the software pipeline. */
    public static boolean softwareNoted(Path settings, String display) {
        Path note = note(settings, display);
        try {
            return Files.isRegularFile(note)
                    && System.currentTimeMillis() - Files.getLastModifiedTime(note).toMillis() < KEEP_MILLIS
                    && SOFTWARE.equals(Files.readString(note, StandardCharsets.US_ASCII).strip());
        } catch (IOException | RuntimeException e) {
            // probe as usual
            return false;
        }
    }

    /**
     * Once the toolkit is up: notes the pipeline it runs with ({@code pipelineClass}, e.g.
     * {@code com.sun.prism.sw.SWPipeline}) for this display, unless it was chosen from the note or by the user.
     */
    static void remember(Path settings, String display, String pipelineClass) {
        if (chosen || pipelineClass == null || System.getProperty("prism.order") != null) {
            return;
        }
        String kind = kindOf(pipelineClass);
        try {
            Files.createDirectories(settings);
            Path note = note(settings, display);
            Path tmp = Files.createTempFile(settings, ".prism", ".tmp");
            try {
                Files.writeString(tmp, kind + "\n", StandardCharsets.US_ASCII);
                Files.move(tmp, note, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // the next launch probes again
        }
    }

    /** "sw", "es2", "d3d" … from the pipeline's class name ({@code com.sun.prism.<kind>.…}). */
    static String kindOf(String pipelineClass) {
        String[] parts = pipelineClass.split("\\.");
        return parts.length >= 4 ? parts[3].toLowerCase(Locale.ROOT) : pipelineClass;
    }

    /** Whether a settings folder file name is one of {@link #note}'s (not an analyst's file). */
    static boolean isNote(String fileName) {
        return fileName.matches("prism-[0-9a-f]{8}\\.txt");
    }

    static Path note(Path settings, String display) {
        CRC32 crc = new CRC32();
        crc.update(String.valueOf(display).getBytes(StandardCharsets.UTF_8));
        return settings.resolve(String.format(Locale.ROOT, "prism-%08x.txt", crc.getValue()));
    }

    /** On the FX thread once the toolkit is up: notes its pipeline for this display (written on a daemon thread). */
    static void rememberRunning() {
        String pipeline;
        try {
            Object p = com.sun.prism.GraphicsPipeline.getPipeline();
            pipeline = p == null ? null : p.getClass().getName();
        } catch (RuntimeException | LinkageError e) {
            return;
        }
        Thread t = new Thread(() -> remember(SettingsFolder.path(), System.getenv("DISPLAY"), pipeline), "prism-note");
        t.setDaemon(true);
        t.start();
    }
}
