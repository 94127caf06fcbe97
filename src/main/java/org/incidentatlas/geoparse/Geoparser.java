package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.PlaceMention;

/** Finds and resolves the place mentions of one article. Implementations are thread-safe. */
public interface Geoparser {
    List<PlaceMention> parse(Article article);
}
