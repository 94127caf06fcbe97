package org.incidentatlas.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.incidentatlas.io.ExtractionJsonWriter;
import org.incidentatlas.io.GeoJsonWriter;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.MentionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract [PATH...] --out FILE [--format json|geojson]}: places, incidents and deployments to a file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Find places, incidents and deployments in articles and write them as JSON or GeoJSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input loaded", "1:nothing could be loaded or written",
                "3:partial success: some inputs had errors (listed on stderr), the rest was extracted"})
public final class ExtractCommand implements Callable<Integer> {
    public enum Format { json, geojson }

    @Parameters(paramLabel = "PATH", description = "Article files or folders (.txt, .md, .html) with an optional "
            + "manifest.json. Default: the sample corpus.")
    List<Path> paths = List.of();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output file ('-' for stdout).")
    Path out;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or geojson.")
    Format format;

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = CorpusRun.orSampleCorpus(paths);
        Optional<Extraction> extracted = CorpusRun.extract(inputs);
        if (extracted.isEmpty()) {
            return 1;
        }
        Extraction x = extracted.get();
        write(x);
        long resolved = x.mentions().stream().filter(m -> m.status() == MentionStatus.RESOLVED).count();
        System.err.printf("%d articles, %d place mentions (%d resolved, %d rejected), %d incidents, %d deployments -> %s%n",
                x.articles().size(), x.mentions().size(), resolved, x.mentions().size() - resolved,
                x.incidents().size(), x.deployments().size(), "-".equals(out.toString()) ? "stdout" : out);
        return CorpusRun.exitCode(x);
    }

    private void write(Extraction x) throws IOException {
        if ("-".equals(out.toString())) {
            writeTo(x, System.out);
            System.out.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writeTo(x, os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeTo(Extraction x, OutputStream os) throws IOException {
        if (format == Format.geojson) {
            new GeoJsonWriter().write(x, "everything", os);
        } else {
            new ExtractionJsonWriter().write(x, os);
        }
    }
}
