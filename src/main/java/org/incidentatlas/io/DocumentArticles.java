package org.incidentatlas.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.LoadProblem.Severity;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.text.ArticlePreparer;
import org.incidentatlas.text.HeaderExtractor;
import org.incidentatlas.text.TextDecoder;
import org.incidentatlas.text.UndecodableTextException;

/**
 * Articles from the inputs that are not plain text or HTML: a document read by {@link DocumentReader} (one
 * article, its pages kept) and a news export read by {@link NewsExportReader} (one article per row, its id
 * {@code file#row}). The manifest's fields win over the document's own metadata, as for HTML pages.
 */
final class DocumentArticles {
    private DocumentArticles() {
    }

    static CorpusReader.Loaded fromDocument(Path f, ManifestReader.Manifest manifest) {
        String where = f.toString();
        String name = f.getFileName().toString();
        DocumentReader.Document doc;
        try {
            doc = new DocumentReader().read(f);
        } catch (DocumentReader.DocumentException e) {
            return CorpusReader.failed(where, e.getMessage());
        }
        List<String> warnings = new ArrayList<>(doc.warnings());
        List<LoadProblem> problems = new ArrayList<>();
        for (String w : doc.warnings()) {
            problems.add(new LoadProblem(where, Severity.WARNING, w));
        }
        String text = doc.text();
        List<Sentence> sentences = ArticlePreparer.sentences(text, List.of());
        ManifestReader.Entry entry = manifest == null ? null : manifest.entry(name);
        if (manifest != null && entry == null) {
            warnings.add("no entry in manifest.json");
        }
        String title = entry != null && entry.title() != null ? entry.title() : doc.title();
        if (title == null) {
            title = HeaderExtractor.guessTitle(text, sentences);
            if (title != null) {
                warnings.add("title taken from the first line");
            }
        } else if (entry == null || entry.title() == null) {
            warnings.add("title from the document's metadata");
        }
        String author = entry != null && entry.author() != null ? entry.author() : doc.author();
        LocalDate published = CorpusReader.resolveDate(entry, null, text, warnings);
        if (published == null && doc.created() != null) {
            published = doc.created();
            warnings.add("publication date " + published + " from the document's creation date");
        }
        Article a = new Article(name, where, title, entry == null ? null : entry.publisher(), author,
                entry == null ? null : entry.url(), published, entry == null ? null : entry.publishedApprox(), text,
                sentences, warnings, null, null, doc.pageStarts());
        return new CorpusReader.Loaded(a, problems);
    }

    static CorpusReader.Loaded fromExport(Path f, byte[] bytes, ManifestReader.Manifest manifest) {
        String where = f.toString();
        String name = f.getFileName().toString();
        String content;
        try {
            content = TextDecoder.decode(bytes).text();
        } catch (UndecodableTextException e) {
            return CorpusReader.failed(where, e.getMessage());
        }
        ManifestReader.Entry entry = manifest == null ? null : manifest.entry(name);
        NewsExportReader.Export export = NewsExportReader.read(name, content, entry == null ? null : entry.columns());
        List<LoadProblem> problems = new ArrayList<>();
        for (String p : export.problems()) {
            problems.add(new LoadProblem(where, Severity.WARNING, p));
        }
        List<Article> articles = new ArrayList<>();
        for (NewsExportReader.Row r : export.rows()) {
            String id = name + "#" + r.row();
            List<String> warnings = new ArrayList<>();
            warnings.add("row " + r.row() + " of the news export " + name);
            if (r.note() != null) {
                warnings.add(r.note());
            }
            List<Sentence> sentences = ArticlePreparer.sentences(r.text(), List.of());
            String publisher = r.publisher() != null ? r.publisher() : entry == null ? null : entry.publisher();
            articles.add(new Article(id, where + "#" + r.row(), r.title(), publisher, r.author(), r.url(),
                    r.published(), null, r.text(), sentences, warnings, null));
        }
        if (export.isExport() && articles.isEmpty() && problems.isEmpty()) {
            problems.add(new LoadProblem(where, Severity.WARNING, "news export without rows"));
        }
        return CorpusReader.Loaded.of(articles, problems);
    }
}
