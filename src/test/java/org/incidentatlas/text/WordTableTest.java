package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static TokenArray article(String text) {
        return TokenArray.of(text, List.of(new Sentence(0, new TextSpan(0, text.length()), false)));
    }

    @Test
    void aPlainWordHasOneSlotAcrossArticlesOnAThreadAndItsCellsKeepWhatAStageFilledIn() {
        TokenArray first = article("Rockets hit Mosul on Monday.");
        WordTable table = first.words();
        assertThat(table).isSameAs(WordTable.current());
        int mosul = first.wordSlot(2);
        assertThat(mosul).isNotNegative();
        table.setCell(mosul, WordTable.SPOT, 42);
        table.setRef(mosul, "kept");

        // "MOSUL" and "mosul" fold to the same key as "Mosul": the same word, the same slot.
        TokenArray second = article("mosul and MOSUL were quiet, Rockets said.");
        assertThat(second.wordSlot(0)).isEqualTo(mosul);
        assertThat(second.wordSlot(2)).isEqualTo(mosul);
        assertThat(second.wordSlot(5)).isEqualTo(first.wordSlot(0));
        assertThat(second.words().cell(mosul, WordTable.SPOT)).isEqualTo(42);
        assertThat(second.words().ref(mosul)).isEqualTo("kept");
        assertThat(second.wordSlot(1)).isNotEqualTo(mosul).isNotNegative();
    }

    @Test
    void tokensThatAreNotPlainWordsHaveNoSlot() {
        TokenArray t = article("The U.S. envoy reached Sana'a and \u1e24am\u0101h.");
        assertThat(t.word(1)).isEqualTo("U.S.");
        assertThat(t.wordSlot(1)).isEqualTo(-1);
        assertThat(t.word(4)).isEqualTo("Sana'a");
        assertThat(t.wordSlot(4)).isEqualTo(-1);
        assertThat(t.wordSlot(6)).isEqualTo(-1);
        assertThat(t.wordSlot(2)).isNotNegative();
    }

    @Test
    void overAStraightenedTextKeepsTheSlots() {
        TokenArray curly = article("The militia\u2019s convoy left.");
        TokenArray straight = curly.over("The militia's convoy left.");
        assertThat(straight.words()).isSameAs(curly.words());
        for (int i = 0; i < curly.size(); i++) {
            assertThat(straight.wordSlot(i)).isEqualTo(curly.wordSlot(i));
        }
    }

    @Test
    void noTableToReadWithoutSentencesOrOnAnotherThread() throws InterruptedException {
        assertThat(TokenArray.of("Rockets hit Mosul.").words()).isNull();
        TokenArray mine = article("Rockets hit Mosul.");
        AtomicReference<WordTable> seen = new AtomicReference<>(WordTable.current());
        Thread other = new Thread(() -> seen.set(mine.words()));
        other.start();
        other.join();
        assertThat(seen.get()).isNull();
        assertThat(mine.words()).isNotNull();
    }

    @Test
    void anArticleStartedWithTheTableFullEmptiesItAndEarlierArraysReadNoSlotAfterwards() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            many.append("w").append(i).append(' ');
        }
        TokenArray big = article(many.toString());
        assertThat(big.words()).isNotNull();
        assertThat(big.wordSlot(0)).isNotNegative();
        TokenArray next = article("Rockets hit Mosul.");
        assertThat(big.words()).isNull();
        assertThat(next.words()).isSameAs(WordTable.current());
        assertThat(next.words().cell(next.wordSlot(0), WordTable.SPOT)).isZero();
    }
}
