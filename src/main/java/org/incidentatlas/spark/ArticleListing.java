package org.incidentatlas.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.incidentatlas.io.ManifestReader;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.LoadProblem.Severity;

/**
 * The driver's list of article files for {@code --input} (folders, files, globs, several of them, any Hadoop
 * file system: local, HDFS, S3), in the order {@code io.CorpusReader} reads them: inputs in the order given,
 * each folder walked recursively in path order, hidden files and folders skipped, only article extensions from
 * folders. Also reads each folder's {@code manifest.json} (small) so executors get its bytes, and reports what
 * {@code CorpusReader} reports about inputs and manifests.
 */
final class ArticleListing {
    final List<ArticleFile> files;
    final Map<String, byte[]> manifests;
    final List<LoadProblem> problems;

    private ArticleListing(List<ArticleFile> files, Map<String, byte[]> manifests, List<LoadProblem> problems) {
        this.files = files;
        this.manifests = manifests;
        this.problems = problems;
    }

    static ArticleListing list(List<String> inputs, Configuration conf) throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, FileStatus> found = new LinkedHashMap<>();
        Set<String> walked = new HashSet<>();
        for (String in : inputs) {
            Path p = new Path(in);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                problems.add(new LoadProblem(in, Severity.ERROR, "no such file or folder"));
                continue;
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    walked.add(m.getPath().toString());
                    List<FileStatus> inDir = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    String root = m.getPath().toString();
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (f.isFile() && !hidden(root, f.getPath().toString()) && isArticleName(f.getPath().getName())) {
                            inDir.add(f);
                        }
                    }
                    inDir.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
                    inDir.forEach(f -> found.putIfAbsent(f.getPath().toString(), f));
                } else if (!m.getPath().getName().equals(ManifestReader.FILE_NAME)) {
                    found.putIfAbsent(m.getPath().toString(), m);
                }
            }
        }
        List<ArticleFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, Set<String>> namesByFolder = new LinkedHashMap<>();
        long order = 0;
        for (FileStatus f : found.values()) {
            Path path = f.getPath();
            String source = source(path);
            String name = path.getName();
            // The first file of a name keeps it as its id; later ones are identified by their path, as in CorpusReader.
            String id = names.add(name) ? name : source;
            names.add(id);
            String folder = path.getParent().toString();
            namesByFolder.computeIfAbsent(folder, k -> new LinkedHashSet<>()).add(name);
            files.add(new ArticleFile(path.toString(), source, name, id, order++, f.getLen(), folder));
        }
        Map<String, byte[]> manifests = new HashMap<>();
        ManifestReader reader = new ManifestReader();
        for (Map.Entry<String, Set<String>> e : namesByFolder.entrySet()) {
            Path m = new Path(e.getKey(), ManifestReader.FILE_NAME);
            FileSystem fs = m.getFileSystem(conf);
            if (!fs.isFile(m)) {
                continue;
            }
            String where = source(m);
            byte[] bytes;
            try (InputStream s = fs.open(m)) {
                bytes = s.readAllBytes();
            }
            try {
                ManifestReader.Manifest manifest = reader.read(bytes);
                manifests.put(e.getKey(), bytes);
                for (String w : manifest.warnings()) {
                    problems.add(new LoadProblem(where, Severity.WARNING, w));
                }
                if (walked.contains(e.getKey())) {
                    for (String listed : manifest.entries().keySet()) {
                        if (!e.getValue().contains(listed)) {
                            problems.add(new LoadProblem(where, Severity.WARNING, "lists " + listed + ", which is not in the folder"));
                        }
                    }
                }
            } catch (ManifestReader.ManifestException ex) {
                problems.add(new LoadProblem(where, Severity.ERROR,
                        ex.getMessage() + "; articles in this folder load without manifest metadata"));
            }
        }
        return new ArticleListing(files, manifests, problems);
    }

    /** A local file by its plain path (so the app can open it later); anything else by its URI. */
    static String source(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }

    static boolean isArticleName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".htm");
    }

    private static boolean hidden(String root, String path) {
        String rel = path.length() > root.length() ? path.substring(root.length()) : "";
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Files spread over {@code n} partitions so each gets about the same number of bytes: largest first, each to
     * the partition with the fewest bytes so far (LPT). Within a partition files keep corpus order.
     */
    static List<List<ArticleFile>> balance(List<ArticleFile> files, int n) {
        List<List<ArticleFile>> parts = new ArrayList<>();
        long[] load = new long[n];
        java.util.PriorityQueue<Integer> lightest = new java.util.PriorityQueue<>(
                (a, b) -> load[a] != load[b] ? Long.compare(load[a], load[b]) : Integer.compare(a, b));
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
            lightest.add(i);
        }
        List<ArticleFile> bySize = new ArrayList<>(files);
        bySize.sort((a, b) -> a.size() != b.size() ? Long.compare(b.size(), a.size()) : Long.compare(a.order(), b.order()));
        for (ArticleFile f : bySize) {
            int best = lightest.poll();
            parts.get(best).add(f);
            load[best] += f.size() + 1;
            lightest.add(best);
        }
        parts.forEach(p -> p.sort((a, b) -> Long.compare(a.order(), b.order())));
        return parts;
    }
}
