package org.incidentatlas.io;

import java.util.HashMap;
import java.util.Map;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;

/** Articles of an extraction by id, to join evidence to its sentence in constant time when writing. */
final class ArticleIndex {
    private final Map<String, Article> byId = new HashMap<>();

    ArticleIndex(Extraction x) {
        for (Article a : x.articles()) {
            byId.put(a.id(), a);
        }
    }

    Article get(String id) {
        return byId.get(id);
    }

    /** The sentence an evidence points into, or null when its article is not in the extraction. */
    String sentence(Evidence e) {
        Article a = byId.get(e.articleId());
        if (a == null || e.sentence() < 0 || e.sentence() >= a.sentences().size()) {
            return null;
        }
        return a.sentences().get(e.sentence()).of(a.text());
    }
}
