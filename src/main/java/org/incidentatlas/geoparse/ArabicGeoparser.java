package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;

/**
 * The geoparser for Arabic articles: {@link ArabicSpotter} finds names sentence by sentence (boilerplate skipped)
 * in the same name index as English, and the same {@link PlaceResolver} decides among candidates with the
 * article's country focus, qualifiers and type words. Stateless between articles; thread-safe.
 */
public final class ArabicGeoparser implements Geoparser {
    private final Gazetteer gazetteer;
    private final GeoparseOptions options;

    public ArabicGeoparser(Gazetteer gazetteer) {
        this(gazetteer, GeoparseOptions.defaults());
    }

    public ArabicGeoparser(Gazetteer gazetteer, GeoparseOptions options) {
        this.gazetteer = gazetteer;
        this.options = options;
        // The word lists load here, once, not inside the time budget of the first Arabic article.
        new ArabicSpotter(gazetteer, "").spots();
    }

    @Override
    public List<PlaceMention> parse(Article article) {
        ArabicSpotter spotter = new ArabicSpotter(gazetteer, article.text());
        for (Sentence s : article.sentences()) {
            if (!s.boilerplate()) {
                spotter.spot(s.index(), s.span().start(), s.span().end());
            }
        }
        return new PlaceResolver(options, gazetteer).resolve(article.id(), article.text(), spotter.spots());
    }
}
