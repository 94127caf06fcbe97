package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.UserPlaces;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;

/**
 * The geoparser over a {@link Gazetteer}: spots names sentence by sentence (boilerplate sentences are skipped),
 * filters what is not a place ({@link MentionSpotter}), then resolves the rest with the article as context
 * ({@link PlaceResolver}). The analyst's own places ({@link UserPlaces}) are added to the gazetteer as their files
 * are when an article starts, or, in a {@link #forRun} geoparser, when the run starts. Stateless between
 * articles, so one instance serves many threads.
 */
public final class GazetteerGeoparser implements Geoparser {
    private final Gazetteer gazetteer;
    private final GeoparseOptions options;
    private final Lexicon lexicon;
    private final SpotWords spotWords;
    /** True when {@link #gazetteer} already holds the analyst's places, fixed for a run ({@link #forRun}). */
    private final boolean fixed;

    public GazetteerGeoparser(Gazetteer gazetteer) {
        this(gazetteer, GeoparseOptions.defaults());
    }

    public GazetteerGeoparser(Gazetteer gazetteer, GeoparseOptions options) {
        this(gazetteer, options, Lexicon.standard(), SpotWords.standard(), false);
    }

    private GazetteerGeoparser(Gazetteer gazetteer, GeoparseOptions options, Lexicon lexicon, SpotWords spotWords,
            boolean fixed) {
        this.gazetteer = gazetteer;
        this.options = options;
        this.lexicon = lexicon;
        this.spotWords = spotWords;
        this.fixed = fixed;
    }

    /** With the analyst's places as their files are now, for the whole run (not checked again per article). */
    @Override
    public Geoparser forRun() {
        return fixed ? this : new GazetteerGeoparser(UserPlaces.current(gazetteer), options, lexicon, spotWords, true);
    }

    @Override
    public List<PlaceMention> parse(Article article) {
        // the analyst's own places as their files are now: an edit applies on the next run
        Gazetteer gazetteer = gazetteer();
        List<Spot> spots = spot(article, gazetteer);
        return new PlaceResolver(options, gazetteer).resolve(article.id(), article.text(), spots);
    }

    /** The spotter's half of {@link #parse}: the article's names, filtered, before the resolver (JMH measures it). */
    List<Spot> spot(Article article, Gazetteer gazetteer) {
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        MentionSpotter spotter = new MentionSpotter(gazetteer, lexicon, options, text);
        SpotText words = SpotText.of(text, sentences, spotWords);
        Tokens[] tokens = new Tokens[sentences.size()];
        boolean[][] persons = new boolean[sentences.size()][];
        // Persons first, over the whole article, so that a surname seen once is known everywhere.
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.boilerplate()) {
                continue;
            }
            tokens[k] = words.sentence(k);
            persons[k] = spotter.persons(tokens[k]);
        }
        for (int k = 0; k < sentences.size(); k++) {
            if (tokens[k] != null) {
                Sentence s = sentences.get(k);
                spotter.spot(s.index(), s.span().start(), tokens[k], persons[k]);
            }
        }
        return spotter.spots();
    }

    /** The gazetteer {@link #parse} uses now (with the analyst's places). */
    Gazetteer gazetteer() {
        return fixed ? gazetteer : UserPlaces.current(gazetteer);
    }
}
