package org.incidentatlas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.events.DateResolver;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.events.RuleEventExtractor;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.text.ArticlePreparer;
import org.incidentatlas.text.TextSanitizer;

/**
 * Fuzz tests of analysis on fuzzed article text: spotting and resolution (the geoparser), dates, and the whole
 * article (places then events), called directly so that a crash is a finding rather than an isolated problem.
 * Inputs that once crashed are replayed by every build (see {@link TextFuzzTest}).
 */
class ArticleFuzzTest {
    private static final Geoparser GEOPARSER;
    private static final EventExtractor EVENTS = new RuleEventExtractor();

    static {
        try {
            Gazetteer g = GazetteerLoader.loadDefault();
            GEOPARSER = new GazetteerGeoparser(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article article(String text) {
        return ArticlePreparer.prepare("fuzz.txt", TextSanitizer.clean(text), LocalDate.of(2021, 3, 14));
    }

    @FuzzTest(maxDuration = "3m")
    void spottingAndResolutionKeepSpansInsideTheText(FuzzedDataProvider data) {
        Article a = article(data.consumeRemainingAsString());
        for (PlaceMention m : GEOPARSER.parse(a)) {
            assertThat(m.span().end()).isLessThanOrEqualTo(a.text().length());
            assertThat(a.text().substring(m.span().start(), m.span().end())).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "2m")
    void datesAreFoundWithoutCrashing(FuzzedDataProvider data) {
        LocalDate published = LocalDate.of(2000, 1, 1).plusDays(data.consumeInt(0, 20000));
        String text = TextSanitizer.clean(data.consumeRemainingAsString());
        for (DateResolver.Found f : DateResolver.find(text, 0, text.length(), DateResolver.Anchor.of(published), null)) {
            assertThat(f.span().end()).isLessThanOrEqualTo(text.length());
        }
    }

    @FuzzTest(maxDuration = "3m")
    void aWholeArticleGoesThroughPlacesAndEvents(FuzzedDataProvider data) {
        Article a = article(data.consumeRemainingAsString());
        List<PlaceMention> m = GEOPARSER.parse(a);
        EventExtractor.Result r = EVENTS.extract(a, m);
        assertThat(r.incidents()).allSatisfy(i -> assertThat(i.evidence()).isNotEmpty());
    }
}
