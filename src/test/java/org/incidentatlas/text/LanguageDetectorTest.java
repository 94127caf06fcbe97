package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            Gunmen attacked a checkpoint near the town on Monday, and two of the guards were wounded in the clash. => en
            أعلنت مصادر أمنية أن طائرة مسيرة استهدفت قاعدة عسكرية في غرب البلاد من دون أن تسفر عن إصابات. => ar
            Des hommes armés ont attaqué un poste de contrôle près de la ville lundi, blessant deux gardes. => fr
            Bewaffnete griffen am Montag einen Kontrollpunkt in der Nähe der Stadt an und verletzten zwei Wachen. => de
            افراد مسلح روز دوشنبه به یک ایست بازرسی در نزدیکی شهر حمله کردند و دو نگهبان را زخمی کردند. => fa
            """)
    void theLanguageOfANewsSentenceIsTold(String text, String lang) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(lang);
    }

    @ParameterizedTest
    @CsvSource({"'Baghdad, 2024'", "'   '", "'12:30'"})
    void tooFewLettersToTellGiveNull(String text) {
        assertThat(LanguageDetector.detect(text)).isNull();
    }
}
