package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link EventTyping#PLOT_WORD}, the first look before {@link EventTyping#PLOT} in {@code EventTyping.status}, finds a
 * match in every window where PLOT does, so the two together decide as PLOT with the earlier look (the same words
 * anywhere, not only at word starts) did: on random windows of PLOT's words, their insides ("surge", "explanation"),
 * clause words, punctuation and non-ASCII chars.
 */
class PlotWordGateTest {
    private static final Pattern EARLIER_LOOK = Pattern.compile("plot|conspir|plan|intend|encourag|urg|incit", Pattern.CASE_INSENSITIVE);
    private static final String[] PIECES = {"plotted", "plotting", "plots", "Plot", "conspired", "conspiracy", "planned", "planning",
        "plans", "PLAN", "intend", "intended", "intends", "encouraged", "encourages", "urged", "urges", "incited", "incites",
        "surge", "explanation", "complot", "splint", "maintenance", "courage", "to", "a", "an", "the", "attack", "said", "but",
        "bomb", ";", ",", ".", "é", "x_y", "2", "’", "'", "-", "them", "militants"};
    private static final String[] GAPS = {" ", " ", "  ", "", "\t", "\n", ", ", "-", "_"};

    @Test
    void theLookFindsAWordStartWhereverPlotMatches() {
        Random r = new Random(3);
        int plots = 0;
        for (int n = 0; n < 20_000; n++) {
            String w = RandomTexts.of(r, 1 + r.nextInt(9), PIECES, GAPS);
            boolean plot = EventTyping.PLOT.matcher(w).find();
            boolean before = EARLIER_LOOK.matcher(w).find() && plot;
            boolean now = EventTyping.PLOT_WORD.matcher(w).find() && plot;
            assertThat(now).as("[%s]", w).isEqualTo(before);
            if (plot) {
                plots++;
                assertThat(EventTyping.PLOT_WORD.matcher(w).find()).as("[%s]", w).isTrue();
            }
        }
        assertThat(plots).isGreaterThan(400);
    }
}
