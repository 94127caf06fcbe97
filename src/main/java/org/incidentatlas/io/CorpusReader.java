package org.incidentatlas.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.text.SentenceSplitter;

/**
 * Reads files and folders of articles (.txt, .md, .html) with an optional manifest.json beside them.
 * (Owner: text/io work. Stub: UTF-8 .txt only, no manifest.)
 */
public final class CorpusReader {
    public Corpus read(List<Path> inputs) {
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path in : inputs) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.add(new LoadProblem(in.toString(), LoadProblem.Severity.ERROR, e.getMessage()));
                }
            } else {
                files.add(in);
            }
            for (Path f : files) {
                try {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    articles.add(new Article(f.getFileName().toString(), f.toString(), null, null, null, null,
                            null, null, text, SentenceSplitter.split(text), List.of(), null));
                } catch (IOException e) {
                    problems.add(new LoadProblem(f.toString(), LoadProblem.Severity.ERROR, e.getMessage()));
                }
            }
        }
        return new Corpus(articles, problems);
    }
}
