package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.incidentatlas.io.CsvWriter;
import org.incidentatlas.io.ExportFormat;
import org.incidentatlas.io.WriteFailures;
import org.incidentatlas.io.GeoJsonWriter;
import org.incidentatlas.io.InvestigationReader;
import org.incidentatlas.io.KmlWriter;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Investigation;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.UserLexicons;
import org.incidentatlas.pipeline.IncidentFilter;
import org.incidentatlas.pipeline.InvestigationEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export [PATH...] --out FILE [--format geojson|kml|csv|gpkg] [filters]}: what is shown (the given filters,
 * or a saved investigation's edits and filters) or everything, in a GIS format; the scope goes into the file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Extract incidents and write them as GeoJSON, KML, CSV (ACLED-like columns) or GeoPackage: "
                + "everything, or only what the filters show. The file's metadata says which.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input loaded", "1:nothing could be loaded or written, or a bad option/file",
                "2:unknown output format (an extension such as .shp that no format uses)",
                "3:partial success: some inputs had errors (listed on stderr), the rest was exported"})
public final class ExportCommand implements Callable<Integer> {
    public enum Format { geojson, kml, csv, gpkg }

    @Parameters(paramLabel = "PATH", description = "Article files or folders. Default: the investigation's corpus, "
            + "else the sample corpus.")
    List<Path> paths = List.of();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "Output file ('-' for stdout, not for gpkg). CSV also writes FILE.meta.json with the scope.")
    Path out;

    @Option(names = "--format", description = "geojson, kml, csv or gpkg. Default: from the file extension, else geojson.")
    Format format;

    @Option(names = "--investigation", paramLabel = "FILE",
            description = "Apply a saved investigation: its analyst edits, and its filters unless filters are given here.")
    Path investigation;

    @Option(names = "--from", paramLabel = "DATE", description = "Start of the time window (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "End of the time window (YYYY-MM-DD), inclusive.")
    LocalDate to;

    @Option(names = "--dated-only", description = "Leave out undated incidents (kept by default: never dropped silently).")
    boolean datedOnly;

    @Option(names = "--type", paramLabel = "TYPE", description = "Event type (repeatable, any of).")
    List<String> types = new ArrayList<>();

    @Option(names = "--sub-type", paramLabel = "SUBTYPE", description = "Sub-event type (repeatable, any of).")
    List<String> subTypes = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "NAME", description = "Actor name as extracted (repeatable, any of).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", description = "reported, claimed, alleged, denied, threatened, planned (repeatable).")
    List<EventStatus> statuses = new ArrayList<>();

    @Option(names = "--publisher", paramLabel = "NAME", description = "Source publisher (repeatable, any of).")
    List<String> publishers = new ArrayList<>();

    @Option(names = "--geo-precision", paramLabel = "N", description = "1, 2, 3, or 0 for unpinned (repeatable).")
    List<Integer> geoPrecisions = new ArrayList<>();

    @Option(names = "--date-precision", paramLabel = "P", description = "day, week, month, year, unknown (repeatable).")
    List<DatePrecision> datePrecisions = new ArrayList<>();

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Free text over places, actors and sentences; spelling variants meet (Ayn/Ain, al-Nujaba/Nujaba).")
    String search;

    @Override
    public Integer call() {
        if (format == null && !isStdout()) {
            String name = out.getFileName() == null ? "" : out.getFileName().toString();
            if (ExportFormat.byExtension(name).isEmpty()) {
                System.err.println("error: " + CorpusRun.printable(name) + ": unknown export format; supported: "
                        + ExportFormat.supported() + ". Name the file with one of these extensions or give --format.");
                return 2;
            }
        }
        try {
            Investigation inv = investigation == null ? null : new InvestigationReader().read(investigation);
            if (investigation != null) {
                UserLexicons.besideInvestigation(investigation); // its places.tsv and actors.tsv apply to this run
            }
            List<Path> inputs = !paths.isEmpty() ? paths
                    : inv != null && !inv.corpusPaths().isEmpty() ? inv.corpusPaths().stream().map(Path::of).toList()
                    : CorpusRun.orSampleCorpus(List.of());
            Optional<Extraction> extracted = CorpusRun.extract(inputs);
            if (extracted.isEmpty()) {
                return 1;
            }
            Extraction x = extracted.get();
            if (inv != null) {
                var view = InvestigationEdits.apply(x, inv.edits());
                view.stale().forEach(s -> System.err.println("warning: " + investigation + ": " + s));
                view.conflicts().forEach(s -> System.err.println("warning: " + investigation + ": " + s));
                x = view.extraction();
            }
            FilterState filters = hasFilterOptions() || inv == null ? filters() : inv.filters();
            Extraction shown = new IncidentFilter(x).apply(filters);
            String scope = filters.describe();
            try {
                write(shown, scope, format == null ? guessFormat(out) : format);
            } catch (IOException e) {
                System.err.println("error: " + WriteFailures.describe(out, e));
                return 1;
            }
            System.err.printf("%d of %d incidents, %d deployments (%s) -> %s%n", shown.incidents().size(),
                    x.incidents().size(), shown.deployments().size(), CorpusRun.printable(scope),
                    isStdout() ? "stdout" : CorpusRun.printable(out.toString()));
            return CorpusRun.exitCode(x);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + CorpusRun.printable(String.valueOf(e.getMessage())));
            return 1;
        }
    }

    private boolean isStdout() {
        return "-".equals(out.toString());
    }

    private boolean hasFilterOptions() {
        return from != null || to != null || datedOnly || !types.isEmpty() || !subTypes.isEmpty() || !actors.isEmpty()
                || !statuses.isEmpty() || !publishers.isEmpty() || !geoPrecisions.isEmpty() || !datePrecisions.isEmpty()
                || (search != null && !search.isBlank());
    }

    FilterState filters() {
        return new FilterState(new TimeWindow(from, to), !datedOnly, Set.copyOf(types), Set.copyOf(subTypes),
                Set.copyOf(actors), new HashSet<>(statuses), Set.copyOf(publishers), new HashSet<>(geoPrecisions),
                new HashSet<>(datePrecisions), search);
    }

    static Format guessFormat(Path out) {
        ExportFormat f = ExportFormat.byExtension(out.getFileName() == null ? "" : out.getFileName().toString())
                .orElse(ExportFormat.GEOJSON);
        return Format.valueOf(f.extension());
    }

    private void write(Extraction x, String scope, Format f) throws IOException {
        if (isStdout()) {
            switch (f) {
                case kml -> new KmlWriter().write(x, scope, System.out);
                case csv -> new CsvWriter().write(x, System.out);
                case gpkg -> throw new IOException("a GeoPackage cannot be written to stdout; give a file name");
                // the JSON generator closes its stream; stdout must stay open
                default -> new GeoJsonWriter().write(x, scope, new java.io.FilterOutputStream(System.out) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
            }
            System.out.flush();
            return;
        }
        ExportFormat.forFileName("x." + f.name()).write(x, scope, out);
    }
}
