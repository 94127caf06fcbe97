package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            الْمَوْصِل            => موصل
            المـــوصل             => موصل
            الأنبار               => انبار
            إربيل                 => اربيل
            آمرلي                 => امرلي
            البصرة                => بصره
            البصره                => بصره
            عين الأسد             => عين اسد
            الرمادى               => رمادي
            مؤتة                  => موته
            """)
    void diacriticsTatweelAndLetterFormsMeetAndTheArticleGoes(String name, String key) {
        assertThat(ArabicNormalizer.fold(name)).isEqualTo(key);
        assertThat(NameFolding.fold(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            والموصل   => الموصل
            وبالموصل  => بالموصل|الموصل
            بالموصل   => الموصل
            للموصل    => الموصل|لموصل
            وبغداد    => بغداد|غداد
            فكركوك    => كركوك|ركوك
            """)
    void procliticsAreSplitOffIntoReadings(String word, String readings) {
        assertThat(String.join("|", ArabicNormalizer.clitcReadings(word))).isEqualTo(readings);
    }

    @ParameterizedTest
    @CsvSource({"١٥ شباط ٢٠٢٤,15 شباط 2024", "۱۴۰۲,1402"})
    void arabicIndicAndPersianDigitsBecomeAscii(String in, String out) {
        assertThat(ArabicNormalizer.asciiDigits(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"Baghdad,false", "بغداد,true", "«بغداد»,true", "123 بغداد,true"})
    void arabicScriptIsToldByTheFirstLetter(String s, boolean arabic) {
        assertThat(ArabicNormalizer.startsArabic(s)).isEqualTo(arabic);
    }
}
