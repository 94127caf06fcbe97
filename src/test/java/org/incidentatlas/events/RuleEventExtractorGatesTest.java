package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import org.incidentatlas.model.Article;
import org.junit.jupiter.api.Test;

/** The pre-check that skips articles with no trigger and no presence cue gives what the full path gives. */
class RuleEventExtractorGatesTest {
    private static final LocalDate PUB = LocalDate.of(2024, 2, 14);
    private final RuleEventExtractor x = new RuleEventExtractor();

    private EventExtractor.Result gated(Fixtures.Doc d) {
        return x.extract(d.article(), d.mentions());
    }

    private EventExtractor.Result full(Fixtures.Doc d) {
        return x.extract(d.article(), d.mentions(), ActorLexicon.current(), null);
    }

    @Test
    void anArticleWithNoTriggerAndNoCueIsSkippedWithAnEmptyResult() {
        Fixtures.Doc d = doc("The city council of Kirkuk approved a new budget for schools on Monday. Parents in Al-Anbar welcomed "
                + "the plan for more teachers.", PUB, "Kirkuk", KIRKUK, "Al-Anbar", ANBAR);
        Article a = d.article();
        assertThat(RuleEventExtractor.Gates.of(a)).isNull();
        EventExtractor.Result r = gated(d);
        assertThat(r.incidents()).isEmpty();
        assertThat(r.deployments()).isEmpty();
        assertThat(r).isEqualTo(full(d));
    }

    @Test
    void anArticleWithOnlyAPresenceCueGivesTheFullPathsDeployments() {
        Fixtures.Doc d = doc("The U.S. currently has about 5,200 troops in different parts of Iraq, including in the Ayn al-Asad "
                + "Military Base in the western Iraqi province of al-Anbar.", PUB, "Iraq", IRAQ, "Ayn al-Asad", ASAD, "al-Anbar", ANBAR);
        RuleEventExtractor.Gates g = RuleEventExtractor.Gates.of(d.article());
        assertThat(g).isNotNull();
        assertThat(g.hits()[0]).isEmpty();
        assertThat(g.cues()[0]).isNotEmpty();
        EventExtractor.Result r = gated(d);
        assertThat(r.deployments()).isNotEmpty();
        assertThat(r.incidents()).isEmpty();
        assertThat(r).isEqualTo(full(d));
    }

    @Test
    void theGatesReadTheTextTheActorLexiconNormalises() {
        Fixtures.Doc d = doc("On February 9, the militia\u2019s rockets hit the \u2018base\u2019 in Al\u2010Anbar and al\u2011Qaim.",
                PUB, "Al\u2010Anbar", ANBAR);
        RuleEventExtractor.Gates g = RuleEventExtractor.Gates.of(d.article());
        assertThat(g).isNotNull();
        assertThat(g.tokens().text()).isEqualTo(ActorLexicon.normalise(d.article().text()))
                .isEqualTo("On February 9, the militia's rockets hit the 'base' in Al-Anbar and al-Qaim.");
        Fixtures.Doc plain = doc("On February 9, rockets hit the base in Al-Anbar.", PUB, "Al-Anbar", ANBAR);
        assertThat(RuleEventExtractor.Gates.of(plain.article()).tokens().text()).isSameAs(plain.article().text());
        assertThat(gated(d)).isEqualTo(full(d));
    }

    @Test
    void anArticleWithOnlyATriggerGivesTheFullPathsIncidents() {
        Fixtures.Doc d = doc("On February 9, rockets hit the base in Al-Anbar.", PUB, "Al-Anbar", ANBAR);
        RuleEventExtractor.Gates g = RuleEventExtractor.Gates.of(d.article());
        assertThat(g).isNotNull();
        assertThat(g.hits()[0]).isNotEmpty();
        assertThat(g.cues()[0]).isEmpty();
        EventExtractor.Result r = gated(d);
        assertThat(r.incidents()).hasSize(1);
        assertThat(r.deployments()).isEmpty();
        assertThat(r).isEqualTo(full(d));
    }

    @Test
    void aTriggerInAHeadingAloneIsNotRead() {
        // A heading has no closing punctuation: not read, so the article is skipped as the full path finds nothing.
        Fixtures.Doc d = doc("Rockets hit the base in Al-Anbar\nParents welcomed the new school budget.", PUB, "Al-Anbar", ANBAR);
        assertThat(RuleEventExtractor.Gates.of(d.article())).isNull();
        assertThat(gated(d)).isEqualTo(full(d));
        assertThat(full(d).incidents()).isEmpty();
    }
}
