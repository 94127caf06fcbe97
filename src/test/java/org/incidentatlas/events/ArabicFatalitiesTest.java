package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicFatalitiesTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            أسفر الهجوم عن مقتل 12 عنصرا وجرح آخرين            => 12
            أسفر الهجوم عن مقتل ١٢ عنصرا                        => 12
            أدى القصف إلى مصرع ثلاثة أشخاص                      => 3
            أسفر الانفجار عن سقوط أكثر من 20 قتيلاً               => 20
            قتل ما لا يقل عن 9 مدنيين في القصف                   => 9
            أسفر الهجوم عن مقتل عنصر وإصابة اثنين                => 1
            أسفر الهجوم عن مقتل جنديين                           => 2
            ارتفعت الحصيلة إلى 15 قتيلا                          => 15
            قتل العشرات في الغارات                               => 10
            """)
    void aTollIsReadFromWordsAndDigits(String sentence, int toll) {
        assertThat(ArabicFatalities.in(sentence, 0, sentence.length())).isEqualTo(toll);
    }

    @ParameterizedTest
    @CsvSource({"أسفر الهجوم عن إصابة 5 أشخاص بجروح", "سقط صاروخ على بعد 3 كيلومترات من القاعدة", "قتل متعاقد أمريكي في الهجوم"})
    void injuriesDistancesAndUncountedDeathsAreNoToll(String sentence) {
        assertThat(ArabicFatalities.in(sentence, 0, sentence.length())).isNull();
    }
}
