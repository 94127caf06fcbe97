package org.incidentatlas.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentatlas.eval.PathologicalTexts;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;
import org.incidentatlas.text.ArticlePreparer;
import org.incidentatlas.text.TextSanitizer;

/**
 * {@code bench --pathological}: the whole pipeline on each {@link PathologicalTexts} kind at 1×, 4×, 16× and 64×
 * of a base size, one article at a time, printing seconds and microseconds per character (wall time and the JVM's CPU
 * time): flat µs/char is linear.
 * An article that runs out of its time budget is shown as "stopped".
 */
final class PathologicalBench {
    private PathologicalBench() {
    }

    static int run(Pipeline pipeline, int baseChars, List<Integer> scales, PrintWriter out) {
        out.printf(Locale.ROOT, "%-20s %6s %10s %9s %9s %9s %9s  %s%n", "kind", "scale", "chars", "seconds", "us/char",
                "CPU s", "CPU us/ch", "result");
        for (int scale : scales) {
            for (Map.Entry<String, String> e : PathologicalTexts.all(baseChars * scale).entrySet()) {
                String text = TextSanitizer.clean(e.getValue());
                Article a = ArticlePreparer.prepare(e.getKey().replace(' ', '-') + "-" + scale + "x.txt", text,
                        LocalDate.of(2021, 3, 14));
                long t0 = System.nanoTime();
                long c0 = processCpuNanos();
                Extraction x = pipeline.run(new Corpus(List.of(a), List.of()), ProgressListener.NONE);
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (processCpuNanos() - c0) / 1e9;
                String result = x.problems().stream().filter(p -> p.severity() == LoadProblem.Severity.ERROR)
                        .map(p -> p.message().contains("time budget") ? "stopped (time budget)" : "failed")
                        .findFirst().orElse(x.mentions().size() + " mentions");
                out.printf(Locale.ROOT, "%-20s %5dx %10d %9.2f %9.2f %9.2f %9.2f  %s%n", e.getKey(), scale,
                        text.length(), s, s * 1e6 / Math.max(1, text.length()), cpu,
                        cpu * 1e6 / Math.max(1, text.length()), result);
                out.flush();
            }
        }
        return 0;
    }

    /**
     * CPU time of the whole JVM (the article runs on a pipeline worker; JIT and GC included), so a loaded machine
     * inflates it far less than wall time.
     */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
