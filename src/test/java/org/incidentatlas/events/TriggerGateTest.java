package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.text.SentenceSplitter;
import org.incidentatlas.text.TokenArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trigger gate over tokens (whole-word masks, ungated rows through {@link PatternGate}) finds exactly the hits
 * of the char-by-char scan, which tries every word start. Made-up sentences.
 */
class TriggerGateTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "An Israeli strike hit a house in the north on Monday, killing three people.",
        "U.S. air strikes pounded the outskirts, and a Turkish drone strike followed.",
        "Gunmen opened fire on a checkpoint and then stormed the police station.",
        "Rebels attacked the convoy; the army said its soldiers repelled the assault.",
        "The minister met with commanders and visited the base after the airstrikes.",
        "A roadside bomb exploded near the market, the bombings continued all week.",
        "Protesters rallied against the decree outside parliament as rioters torched cars.",
        "The striker scored twice before the home side attacked in the second half.",
        "Workers went on a French strike over wages, not a military one.",
        "Sana'a residents said a mortar shell struck the school; two were kidnapped.",
        "Nobody was hurt, but the president threatened to strike back at the militants.",
    })
    void tokenGateFindsWhatTheFullScanFinds(String text) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        TokenArray tokens = TokenArray.of(text, sentences);
        for (Sentence s : sentences) {
            List<EventTyping.Hit> viaTokens = EventTyping.hits(text, tokens, s.index(), s.span().start(), s.span().end());
            List<EventTyping.Hit> full = EventTyping.hits(text, s.span().start(), s.span().end());
            assertThat(viaTokens).isEqualTo(full);
        }
    }

    @Test
    void aNationalityStrikeIsFoundAndAWordWithNoTriggerStartGetsAnEmptyMask() {
        String text = "An Israeli strike hit the depot.";
        List<Sentence> sentences = SentenceSplitter.split(text);
        TokenArray tokens = TokenArray.of(text, sentences);
        List<EventTyping.Hit> hits = EventTyping.hits(text, tokens, 0, 0, text.length());
        assertThat(hits).extracting(EventTyping.Hit::words).contains("Israeli strike");
        // "depot" can start no trigger; "attention" shares "att" with "attack" but cannot start it.
        assertThat(TriggerWords.probe("depot")).isZero();
        assertThat(TriggerWords.probe("attention")).isZero();
        assertThat(TriggerWords.probe("attacked")).isNotZero();
        // A multi-word trigger runs out of input in its first word: kept.
        assertThat(TriggerWords.probe("opened")).isNotZero();
    }
}
