package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.PlaceMention;

/** Finds and resolves the place mentions of one article. Implementations are thread-safe. */
public interface Geoparser {
    List<PlaceMention> parse(Article article);

    /**
     * The geoparser for one run over many articles: with what it reads from the analyst's files fixed as they are
     * now, so they are not checked again per article and an edit applies on the next run. This one by default.
     */
    default Geoparser forRun() {
        return this;
    }
}
