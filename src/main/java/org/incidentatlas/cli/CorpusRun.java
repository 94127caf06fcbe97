package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.io.DefaultCorpus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.text.TextSanitizer;

/** What every corpus command does first: run the standard pipeline with a progress bar and report load problems. */
final class CorpusRun {
    /** Exit code when some inputs failed and the rest was processed. */
    static final int PARTIAL = 3;

    private CorpusRun() {
    }

    /** The paths given, or the sample corpus when none. */
    static List<Path> orSampleCorpus(List<Path> paths) {
        return paths.isEmpty() ? List.of(DefaultCorpus.locate()) : paths;
    }

    /** The extraction, or empty (after saying so on stderr) when no article could be loaded. */
    static Optional<Extraction> extract(List<Path> inputs) throws IOException {
        return extract(inputs, GazetteerLoader.loadDefault());
    }

    /** As {@link #extract(List)}, over a gazetteer the caller has loaded (and uses again). */
    static Optional<Extraction> extract(List<Path> inputs, Gazetteer gazetteer) {
        ConsoleProgress progress = ConsoleProgress.onTerminal("extract");
        Extraction x = Pipeline.standard(gazetteer).run(inputs, progress);
        progress.finish();
        report(x.realProblems(), x.notes());
        if (x.articles().isEmpty()) {
            System.err.println("error: no article could be loaded from " + printable(inputs.toString()));
            return Optional.empty();
        }
        return Optional.of(x);
    }

    /**
     * Problems one per line ("error: FILE: what went wrong"), names escaped so that a control character in a
     * file name or title cannot act on the terminal; benign notes only counted, apart from the problems.
     */
    static void report(List<LoadProblem> problems, List<LoadProblem> notes) {
        List<LoadProblem> real = problems.stream().filter(p -> !p.isNote()).toList();
        for (LoadProblem p : real) {
            System.err.println(printable(p.toString()));
        }
        long moreNotes = notes.size() + problems.stream().filter(LoadProblem::isNote).count();
        if (moreNotes > 0) {
            System.err.println(moreNotes + " note" + (moreNotes == 1 ? "" : "s")
                    + " on how articles were read (e.g. title taken from the first line): not problems; "
                    + "listed in the JSON output's \"notes\"");
        }
    }

    /** Text for the terminal: control characters and direction overrides shown as escapes. */
    static String printable(String s) {
        return TextSanitizer.escapeControls(s);
    }

    /** 0 when every input loaded, {@link #PARTIAL} when some failed. */
    static int exitCode(Extraction x) {
        return x.problems().stream().anyMatch(p -> p.severity() == LoadProblem.Severity.ERROR) ? PARTIAL : 0;
    }
}
