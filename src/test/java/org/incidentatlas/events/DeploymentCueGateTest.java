package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link DeploymentExtraction#mayOpenCue} may say false only where {@link DeploymentExtraction#DEPLOYMENT_CUE} finds no
 * match ({@code lookingAt} over the sentence's rest, bounds transparent, as {@link TriggerWords#confirm} tries it), on
 * random sentences made of the cue's own words, counts, white space, punctuation and non-ASCII chars.
 */
class DeploymentCueGateTest {
    private static final String[] PIECES = {"has", "Has", "HAS", "have", "keep", "keeps", "maintain", "Maintains", "with", "With",
        "WITH", "still", "Still", "currently", "now", "NOW", "permanently", "deployed", "redeployed", "Stationed", "based", "present",
        "positioned", "garrisoned", "entrenched", "headquartered", "active", "operates", "operating", "fighting", "presence of",
        "deployment of", "about", "some", "around", "nearly", "more than", "over", "roughly", "Roughly", "200", "1,500", ",", "troops",
        "soldiers", "forces", "personnel", "fighters", "the", "a", "withdrawn", "hasten", "nowhere", "stillness", "deploy", "ba",
        "de", "St", "re-based", "-", ".", "\"", "é", "ſt", "K", "x_y", "3rd", "İ", "said", "no", "More", "than", "ABOUT", "sometimes",
        "overall", "ſome", "about5", "some,", "7", "over,", "roughly9"};
    private static final String[] GAPS = {" ", " ", " ", "  ", "\t", "\n", "\r\n", "", "\u00A0", "\u2028", ",", ", ", "-"};

    @Test
    void theGateRejectsNoMatch() {
        Random r = new Random(7);
        Matcher m = DeploymentExtraction.DEPLOYMENT_CUE.matcher("").useTransparentBounds(true);
        int matched = 0;
        int rejected = 0;
        for (int n = 0; n < 20_000; n++) {
            String s = RandomTexts.of(r, 1 + r.nextInt(7), PIECES, GAPS);
            // Sometimes the sentence ends inside the text (the rest after it is not read).
            int to = r.nextInt(4) == 0 ? r.nextInt(s.length() + 1) : s.length();
            m.reset(s);
            for (int at = 0; at < to; at++) {
                boolean match = m.region(at, to).lookingAt();
                boolean may = DeploymentExtraction.mayOpenCue(s, at, to);
                if (match) {
                    matched++;
                    assertThat(may).as("at %d of [%s] to %d", at, s, to).isTrue();
                } else if (!may) {
                    rejected++;
                }
            }
        }
        // Both sides are exercised: matches the gate keeps and starts it rules out.
        assertThat(matched).isGreaterThan(1000);
        assertThat(rejected).isGreaterThan(1000);
    }
}
