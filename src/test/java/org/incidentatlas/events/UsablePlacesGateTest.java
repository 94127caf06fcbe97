package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.incidentatlas.text.RegexSpace;
import org.junit.jupiter.api.Test;

class UsablePlacesGateTest {
    @Test
    void theInstitutionWordGatePassesEveryPlaceThePatternMatchesAfter() {
        // The specification: NOT_A_LOCATION_AFTER's lookingAt over the 30 chars after a name (opaque bounds), as
        // usablePlaces ran it wherever the first char could open one of its words.
        List<String> words = EventCues.phrases("institution-after");
        String[] other = {"and", "in", "War", "Wa", "Warsaw", "Police's", "TVs", "TV", "army", "Embassy-", "e", "x", "É", "Ça",
            "highway", "Highways", "newsroom", "News", "1", ",", "."};
        String[] gaps = {" ", "  ", "-", " - ", "\n", "\t", "", ", ", "\u00a0", "'s "};
        Random r = new Random(7);
        int matched = 0;
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder("Kabul");
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                b.append(gaps[r.nextInt(gaps.length)]);
                b.append(r.nextBoolean() ? words.get(r.nextInt(words.size())) : other[r.nextInt(other.length)]);
            }
            String text = b.toString();
            int after = 5;
            int limit = Math.min(text.length(), after + 30);
            int word = after;
            while (word < limit && (RegexSpace.is(text.charAt(word)) || text.charAt(word) == '-')) {
                word++;
            }
            Matcher m = ArticleContext.notALocationAfter().matcher(text);
            if (m.region(after, limit).lookingAt()) {
                matched++;
                assertThat(ArticleContext.institutionMayFollow(text, word, limit)).as(text).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(10_000);
    }
}
