package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.LoadProblem.Severity;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.text.ArticlePreparer;
import org.incidentatlas.text.HeaderExtractor;
import org.incidentatlas.text.HtmlTextExtractor;
import org.incidentatlas.text.LanguageDetector;
import org.incidentatlas.text.TextDecoder;
import org.incidentatlas.text.UndecodableTextException;

/**
 * Reads files and folders of articles ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}; documents such as
 * PDF and Word through {@link DocumentReader}; news exports, one article per row, through
 * {@link NewsExportReader}) into a {@link Corpus}, each article with its detected language. Folders are read recursively (hidden files and folders skipped), each in path order; a
 * {@code manifest.json} in a file's own folder supplies its metadata. Without a manifest entry the title comes
 * from the first line when it reads like a headline and the publication date from a date line in the header
 * or byline. Every bad file becomes one {@link LoadProblem} naming the file and what is wrong; the rest load.
 *
 * <p>Markdown is kept as written (no markup stripped) so that offsets are those of the file; only the title
 * guess drops heading marks. HTML articles carry {@link Article#sourceOffsets()} back into the page source.
 */
public final class CorpusReader {
    /** Files above this size are refused unread: no news article is that long, and it would stall the UI. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    private final long maxBytes;
    private final ManifestReader manifests = new ManifestReader();

    public CorpusReader() {
        this(MAX_BYTES);
    }

    /** A reader refusing files above {@code maxBytes}. */
    public CorpusReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** True for the extensions read from folders. */
    public static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm")
                || DocumentReader.isDocumentName(name) || NewsExportReader.isExportName(name);
    }

    public Corpus read(List<Path> inputs) {
        List<LoadProblem> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> walkedFolders = new HashSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                walkedFolders.add(in.toAbsolutePath().normalize());
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> !isHidden(in, p) && Files.isRegularFile(p) && isArticleFile(p))
                            .sorted().forEach(p -> files.add(p));
                } catch (IOException e) {
                    problems.add(new LoadProblem(in.toString(), Severity.ERROR, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(in)) {
                if (!in.getFileName().toString().equals(ManifestReader.FILE_NAME)) {
                    files.add(in);
                }
            } else if (Files.exists(in)) {
                problems.add(new LoadProblem(in.toString(), Severity.ERROR, "not a file or folder"));
            } else {
                problems.add(new LoadProblem(in.toString(), Severity.ERROR, "no such file or folder"));
            }
        }
        Map<Path, ManifestReader.Manifest> byFolder = loadManifests(files, walkedFolders, problems);

        List<Path> ordered = new ArrayList<>(files);
        List<Loaded> loaded = ordered.parallelStream()
                .map(f -> load(f, byFolder.get(folderOf(f))))
                .toList();
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Loaded l : loaded) {
            problems.addAll(l.problems());
            for (Article loadedArticle : l.articles()) {
                Article a = loadedArticle.withLanguage(LanguageDetector.detect(loadedArticle.text()));
                if (!ids.add(a.id())) {
                    String id = a.source();
                    List<String> w = new ArrayList<>(a.warnings());
                    w.add("another article is also named " + a.id() + "; this one is identified by its path");
                    a = new Article(id, a.source(), a.title(), a.publisher(), a.author(), a.url(), a.published(),
                            a.publishedApprox(), a.text(), a.sentences(), w, a.sourceOffsets(), a.language(),
                            a.pageStarts());
                    ids.add(id);
                }
                articles.add(a);
            }
        }
        return new Corpus(articles, problems);
    }

    private static boolean isHidden(Path root, Path p) {
        Path rel = root.relativize(p);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path folderOf(Path f) {
        Path parent = f.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private Map<Path, ManifestReader.Manifest> loadManifests(Set<Path> files, Set<Path> walkedFolders,
            List<LoadProblem> problems) {
        Map<Path, ManifestReader.Manifest> out = new HashMap<>();
        Map<Path, Set<String>> namesByFolder = new HashMap<>();
        for (Path f : files) {
            namesByFolder.computeIfAbsent(folderOf(f), k -> new HashSet<>()).add(f.getFileName().toString());
        }
        for (Map.Entry<Path, Set<String>> e : namesByFolder.entrySet()) {
            Path m = e.getKey().resolve(ManifestReader.FILE_NAME);
            if (!Files.isRegularFile(m)) {
                continue;
            }
            try {
                ManifestReader.Manifest manifest = manifests.read(m);
                out.put(e.getKey(), manifest);
                for (String w : manifest.warnings()) {
                    problems.add(new LoadProblem(m.toString(), Severity.WARNING, w));
                }
                if (walkedFolders.contains(e.getKey())) {
                    for (String listed : manifest.entries().keySet()) {
                        if (!e.getValue().contains(listed)) {
                            problems.add(new LoadProblem(m.toString(), Severity.WARNING,
                                    "lists " + listed + ", which is not in the folder"));
                        }
                    }
                }
            } catch (ManifestReader.ManifestException ex) {
                problems.add(new LoadProblem(m.toString(), Severity.ERROR,
                        ex.getMessage() + "; articles in this folder load without manifest metadata"));
            }
        }
        return out;
    }

    record Loaded(List<Article> articles, List<LoadProblem> problems) {
        Loaded(Article article, List<LoadProblem> problems) {
            this(article == null ? List.of() : List.of(article), problems);
        }
    }

    private Loaded load(Path f, ManifestReader.Manifest manifest) {
        String where = f.toString();
        List<LoadProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            long size = Files.size(f);
            if (size > maxBytes) {
                return failed(where, "too large (" + ceilMb(size) + " MB > " + ceilMb(maxBytes) + " MB)");
            }
            String name = f.getFileName().toString();
            if (DocumentReader.isDocumentName(name) || DocumentReader.looksLikeDocument(head(f))) {
                return DocumentArticles.fromDocument(f, manifest);
            }
            byte[] bytes = Files.readAllBytes(f);
            if (NewsExportReader.isExportName(name)) {
                return DocumentArticles.fromExport(f, bytes, manifest);
            }
            boolean html = name.toLowerCase(Locale.ROOT).matches(".*\\.html?$");
            TextDecoder.Decoded decoded = html ? TextDecoder.decodeKeepingLineEndings(bytes) : TextDecoder.decode(bytes);
            if (decoded.isFallback()) {
                problems.add(new LoadProblem(where, Severity.WARNING, decoded.note()));
                warnings.add(decoded.note());
            }
            String text;
            int[] sourceOffsets = null;
            List<TextSpan> furniture = List.of();
            String pageTitle = null;
            LocalDate pageDate = null;
            if (html) {
                HtmlTextExtractor.HtmlText page = HtmlTextExtractor.extract(decoded.text());
                if (page.text().isBlank()) {
                    return failed(where, "empty file (the HTML page has no visible text)");
                }
                text = page.text();
                sourceOffsets = page.sourceOffsets();
                furniture = page.boilerplate();
                pageTitle = page.title();
                pageDate = page.published();
            } else {
                text = decoded.text();
            }
            List<Sentence> sentences = ArticlePreparer.sentences(text, furniture);
            ManifestReader.Entry entry = manifest == null ? null : manifest.entry(name);
            if (manifest != null && entry == null) {
                warnings.add("no entry in manifest.json");
            }
            String title = entry != null ? entry.title() : null;
            if (title == null && pageTitle != null) {
                title = pageTitle;
            }
            if (title == null) {
                title = HeaderExtractor.guessTitle(text, sentences);
                if (title != null) {
                    warnings.add("title taken from the first line");
                }
            }
            LocalDate published = resolveDate(entry, pageDate, text, warnings);
            Article a = new Article(name, where, title, entry == null ? null : entry.publisher(),
                    entry == null ? null : entry.author(), entry == null ? null : entry.url(), published,
                    entry == null ? null : entry.publishedApprox(), text, sentences, warnings, sourceOffsets);
            return new Loaded(a, problems);
        } catch (UndecodableTextException e) {
            return failed(where, e.getMessage());
        } catch (NoSuchFileException e) {
            return failed(where, "no such file");
        } catch (IOException e) {
            return failed(where, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failed(where, "too large to read into memory");
        }
    }

    /**
     * The manifest's date wins; a page's metadata date comes next, then a date line in the header. A header
     * date that contradicts the manifest is reported, not used.
     */
    static LocalDate resolveDate(ManifestReader.Entry entry, LocalDate pageDate, String text,
            List<String> warnings) {
        LocalDate fromManifest = entry == null ? null : entry.published();
        HeaderExtractor.DateLine line = HeaderExtractor.findDateLine(text);
        if (fromManifest != null) {
            if (line != null && !line.date().equals(fromManifest)) {
                warnings.add("manifest date " + fromManifest + " differs from header date line "
                        + (line.line() + 1) + " (\"" + line.text() + "\"); using the manifest");
            }
            return fromManifest;
        }
        if (pageDate != null) {
            warnings.add("publication date " + pageDate + " from the page metadata");
            return pageDate;
        }
        if (line != null) {
            warnings.add("publication date " + line.date() + " from header line " + (line.line() + 1) + ": \""
                    + line.text() + "\"");
            return line.date();
        }
        return null;
    }

    private static byte[] head(Path f) throws IOException {
        try (var in = Files.newInputStream(f)) {
            return in.readNBytes(8);
        }
    }

    private static long ceilMb(long bytes) {
        return (bytes + MB - 1) / MB;
    }

    static Loaded failed(String file, String message) {
        return new Loaded(List.of(), List.of(new LoadProblem(file, Severity.ERROR, message)));
    }
}
