package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.doc;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coarse ACLED types of made-up news sentences, one rule each (see docs/events.md). */
class DetectionRulesTest {
    private static final LocalDate PUB = LocalDate.of(2024, 3, 12);
    private final EventExtractor x = new RuleEventExtractor(ActorLexicon.standard());

    private List<String> types(String text) {
        Fixtures.Doc d = doc(text, PUB);
        return x.extract(d.article(), d.mentions()).incidents().stream().map(Incident::type).map(t -> t.type() + ": " + t.subType())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gunmen killed at least six people on Sunday in a raid on an army camp near the river.  | Battles: Armed clash
            Ten of our men were killed in action on Saturday, the army said.                       | Battles: Armed clash
            Aerial support killed 15 attackers on Thursday as they fled the base.                  | Battles: Armed clash
            A Freedonian strike on Monday killed two fighters near the border.                     | Explosions/Remote violence: Air/drone strike
            """)
    void typesTheEvent(String text, String type) {
        assertThat(types(text)).containsExactly(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thousands of workers joined a Freedonian strike over pensions on Monday.
            The Freedonian strikes against militia sites are a response to the attacks, officials said on Monday.
            """)
    void aLabourStrikeOrASummaryOfStrikesIsNoEvent(String text) {
        assertThat(types(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aReferenceBackTypedByAWeaponElsewhereInItsSentenceDoesNotRetypeTheKilling() {
        assertThat(types("Militants killed twelve soldiers on Sunday in an assault on the town. "
                + "Troops combed the area backed by a military aircraft following the assault."))
                .containsExactly("Battles: Armed clash");
    }
}
