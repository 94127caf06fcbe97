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
import org.incidentatlas.text.TextSanitizer;
import org.incidentatlas.text.UndecodableTextException;

/**
 * Reads files and folders of articles ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}) into a
 * {@link Corpus}. Folders are read recursively (hidden files and folders skipped), each in path order; a
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

    /**
     * What a corpus consists of before any article is read: the article files in order, their folders'
     * manifests, and the problems met while listing (unreadable folders, links leaving the folder, bad manifests).
     */
    public record Listing(List<Path> files, Map<Path, ManifestReader.Manifest> manifests, List<LoadProblem> problems) {
        public Listing {
            files = List.copyOf(files);
            manifests = Map.copyOf(manifests);
            problems = List.copyOf(problems);
        }
    }

    /**
     * One file read: an article, or null with the problem that stopped it; its notes either way. A news export
     * gives more than one article: the first is {@code article}, the rest {@code more}.
     */
    public record Loaded(Article article, List<LoadProblem> problems, List<Article> more) {
        public Loaded {
            problems = List.copyOf(problems);
            more = more == null ? List.of() : List.copyOf(more);
        }

        public Loaded(Article article, List<LoadProblem> problems) {
            this(article, problems, List.of());
        }

        /** Every article of the file. */
        public List<Article> articles() {
            List<Article> all = new ArrayList<>();
            if (article != null) {
                all.add(article);
            }
            all.addAll(more);
            return all;
        }

        /** The same with each article's language detected ({@link LanguageDetector}). */
        Loaded withLanguages() {
            List<Article> all = new ArrayList<>();
            for (Article a : articles()) {
                all.add(a.language() != null ? a : a.withLanguage(LanguageDetector.detect(a.text())));
            }
            return all.isEmpty() ? this : new Loaded(all.get(0), problems, all.subList(1, all.size()));
        }

        static Loaded of(List<Article> articles, List<LoadProblem> problems) {
            return articles.isEmpty() ? new Loaded(null, problems)
                    : new Loaded(articles.get(0), problems, articles.subList(1, articles.size()));
        }
    }

    public Corpus read(List<Path> inputs) {
        Listing listing = list(inputs);
        List<LoadProblem> problems = new ArrayList<>(listing.problems());
        List<Loaded> loaded = listing.files().parallelStream().map(f -> load(f, listing)).toList();
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Loaded l : loaded) {
            problems.addAll(l.problems());
            for (Article a : l.articles()) {
                articles.add(uniqueId(a, ids));
            }
        }
        return new Corpus(articles, problems);
    }

    /**
     * The article as given, or, when {@code ids} already holds its file name, identified by its path instead
     * (with a note). Adds the id used to {@code ids}.
     */
    public static Article uniqueId(Article a, Set<String> ids) {
        if (ids.add(a.id())) {
            return a;
        }
        String id = a.source();
        List<String> w = new ArrayList<>(a.warnings());
        w.add("another article is also named " + a.id() + "; this one is identified by its path");
        ids.add(id);
        return new Article(id, a.source(), a.title(), a.publisher(), a.author(), a.url(), a.published(),
                a.publishedApprox(), a.text(), a.sentences(), w, a.sourceOffsets(), a.language(), a.pageStarts());
    }

    /** Reads one listed file (thread-safe). */
    public Loaded load(Path f, Listing listing) {
        return load(f, listing.manifests().get(folderOf(f))).withLanguages();
    }

    /**
     * Lists the inputs without reading articles. Folders are walked without following links: a link whose
     * target lies inside the folder is read as the file it names; one leaving the folder is reported, not read.
     * A subfolder that cannot be listed is a problem for that subfolder; the rest is still listed.
     */
    public Listing list(List<Path> inputs) {
        List<LoadProblem> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> walkedFolders = new HashSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                walkedFolders.add(in.toAbsolutePath().normalize());
                List<Path> found = new ArrayList<>();
                walk(in, found, problems);
                found.sort(null);
                files.addAll(found);
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
        return new Listing(new ArrayList<>(files), byFolder, problems);
    }

    private static void walk(Path root, List<Path> found, List<LoadProblem> problems) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(new LoadProblem(root.toString(), Severity.ERROR, "cannot list folder: " + plain(e)));
            return;
        }
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(root, dir) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                            : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (isHidden(root, p)) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        followLink(p, realRoot, found, problems);
                    } else if (attrs.isRegularFile() && isArticleFile(p)) {
                        found.add(p);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                    if (!isHidden(root, p)) {
                        String what = Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "cannot list folder: "
                                : "cannot read: ";
                        problems.add(new LoadProblem(p.toString(), Severity.ERROR, what + plain(e)));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new LoadProblem(root.toString(), Severity.ERROR, "cannot list folder: " + plain(e)));
        }
    }

    /** A link met in a folder walk: read when it stays inside the folder, reported when it leaves it. */
    private static void followLink(Path link, Path realRoot, List<Path> found, List<LoadProblem> problems) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            if (isArticleFile(link)) {
                problems.add(new LoadProblem(link.toString(), Severity.ERROR, "broken link: " + plain(e)));
            }
            return;
        }
        boolean dir = Files.isDirectory(target);
        if (!dir && !isArticleFile(link)) {
            return;
        }
        if (!target.startsWith(realRoot)) {
            problems.add(new LoadProblem(link.toString(), Severity.ERROR, "link to " + (dir ? "a folder" : "a file")
                    + " outside the input folder (" + target + "); not followed"));
        } else if (!dir && Files.isRegularFile(target)) {
            found.add(link);
        }
        // a link to a folder inside the input folder: its files are listed where they really are
    }

    /** An I/O error in plain words: "permission denied", not the exception's class. */
    static String plain(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "the folder links back into itself";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
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

    private Loaded load(Path f, ManifestReader.Manifest manifest) {
        String where = f.toString();
        try {
            long size = Files.size(f);
            if (size > maxBytes) {
                return tooLarge(where, size);
            }
            String name = f.getFileName().toString();
            // Documents and news exports go to their own readers; everything else is read as text or HTML.
            if (DocumentReader.isDocumentName(name)) {
                return DocumentArticles.fromDocument(f, manifest);
            }
            // one read per file: its first bytes say whether it is a document under another name
            byte[] bytes = Files.readAllBytes(f);
            if (DocumentReader.looksLikeDocument(bytes)) {
                return DocumentArticles.fromDocument(f, manifest);
            }
            if (NewsExportReader.isExportName(name)) {
                return DocumentArticles.fromExport(f, bytes, manifest);
            }
            return load(name, where, bytes, manifest, true);
        } catch (NoSuchFileException e) {
            return failed(where, "no such file");
        } catch (IOException e) {
            return failed(where, "cannot read: " + plain(e));
        } catch (OutOfMemoryError e) {
            return failed(where, "too large to read into memory");
        }
    }

    /** The problem for a file above the size limit, which is refused unread. */
    public Loaded tooLarge(String where, long size) {
        return failed(where, "too large (" + ceilMb(size) + " MB > " + ceilMb(maxBytes) + " MB)");
    }

    /**
     * One article from the bytes of a file read elsewhere (a Spark task reads them from HDFS or S3): the same
     * decoding, sentences and metadata as {@link #read}. {@code name} is the file name (the article id),
     * {@code where} its full path (the source); {@code manifest} that of the file's folder, or null.
     */
    public Loaded load(String name, String where, byte[] bytes, ManifestReader.Manifest manifest) {
        return load(name, where, bytes, manifest, false);
    }

    /**
     * {@link #load(String, String, byte[], ManifestReader.Manifest)}; with {@code detectLanguage} the article's
     * language is detected while its chars are at hand (what {@link Loaded#withLanguages} would find).
     */
    private Loaded load(String name, String where, byte[] bytes, ManifestReader.Manifest manifest,
            boolean detectLanguage) {
        List<LoadProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
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
                text = decoded.safe() ? decoded.text() : TextSanitizer.clean(decoded.text());
            }
            List<Sentence> sentences;
            String language = null;
            if (detectLanguage) {
                ArticlePreparer.Prepared prepared = ArticlePreparer.sentencesAndLanguage(text, furniture);
                sentences = prepared.sentences();
                language = prepared.language();
            } else {
                sentences = ArticlePreparer.sentences(text, furniture);
            }
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
                    entry == null ? null : entry.publishedApprox(), text, sentences, warnings, sourceOffsets, language,
                    null);
            return new Loaded(a, problems);
        } catch (UndecodableTextException e) {
            return failed(where, e.getMessage());
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

    private static long ceilMb(long bytes) {
        return (bytes + MB - 1) / MB;
    }

    static Loaded failed(String file, String message) {
        return new Loaded(null, List.of(new LoadProblem(file, Severity.ERROR, message)));
    }
}
