package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EventDatingGateTest {

    @Test
    void theBarrierGateLeavesEveryMatchOfItsPattern() {
        String[] pieces = {"but", "But", "BUT", "however", "However", "although", "though", "Though", "whereas", "as", "As", "AS", "as well",
            "as many", "as the", "as they", "as police", "as_", "as1", "bu", "butt", "abut", "thoughts", "has", "was", "a", "s", ";", ",",
            ".", " ", " ", "  ", "\n", "-", "'", "_", "1", "é", "\u0301", "\uD835\uDC00", "police", "said", "on", "Monday", "the",
            "as\u00a0well", "\u0130", "\u212A"};
        Random random = new Random(1308);
        int matches = 0;
        int closed = 0;
        for (int round = 0; round < 100000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int w = 0; w < n; w++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            boolean gate = EventDating.mayHaveBarrier(text, from, to);
            if (EventDating.DATE_BARRIER.matcher(text.substring(from, to)).find()) {
                matches++;
                assertThat(gate).as("gate over \"%s\"", text.substring(from, to)).isTrue();
            }
            closed += gate ? 0 : 1;
        }
        assertThat(matches).isGreaterThan(10000);
        assertThat(closed).isGreaterThan(10000);
        assertThat(EventDating.mayHaveBarrier("gunmen attacked a village in the north on", 0, 41)).isFalse();
    }

    @Test
    void theYearsAgoGateLeavesEveryMatchOfItsPattern() {
        String[] pieces = {"year", "years", "Year", "YEARS", "yeaR", "decade", "decades", "Decades", "DECADE", "yea", "ecade", "ago", "Ago",
            "earlier", "before", "BEFORE", "later", "two", "a", "several", "March", "2019", "y", "yéar", "K", "İ", " ", " ",
            "  ", "\n", "\u00a0", "-", ",", "."};
        Random random = new Random(1409);
        int matches = 0;
        int closed = 0;
        for (int round = 0; round < 100000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(5);
            for (int w = 0; w < n; w++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            boolean gate = EventDating.mayBeYearsAgo(text);
            if (EventDating.YEARS_AGO.matcher(text).find()) {
                matches++;
                assertThat(gate).as("gate over \"%s\"", text).isTrue();
            }
            closed += gate ? 0 : 1;
        }
        assertThat(matches).isGreaterThan(3000);
        assertThat(closed).isGreaterThan(10000);
    }
}
