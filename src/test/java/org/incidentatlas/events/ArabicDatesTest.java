package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.incidentatlas.model.EventDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDatesTest {
    /** Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 13);

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            استهدفت طائرة مسيرة القاعدة أمس                        => 2024-02-12
            وقع الهجوم فجر يوم الاثنين                              => 2024-02-12
            وقع الهجوم يوم الثلاثاء                                  => 2024-02-13
            قصفت الطائرات الموقع يوم الجمعة الماضي                  => 2024-02-09
            وقع الانفجار في 15 كانون الثاني 2024                     => 2024-01-15
            وقع الانفجار في ١٥ كانون الثاني ٢٠٢٤                     => 2024-01-15
            اندلعت الاشتباكات في 3 يناير                            => 2024-01-03
            اندلعت الاشتباكات في 20 تشرين الأول                      => 2023-10-20
            نشر البيان بتاريخ 11/02/2024                             => 2024-02-11
            وقع الهجوم في 5 رجب 1445 هـ                              => 2024-01-17
            الاجتماع عقد أمس بعد هجوم في 10 شباط 2024                 => 2024-02-10
            قصفت الطائرات المواقع في 29 ديسمبر/كانون الأول 2019       => 2019-12-29
            """)
    void datesAreResolvedAgainstThePublicationDate(String sentence, String iso) {
        EventDate d = ArabicDates.resolve(sentence, 0, sentence.length(), PUBLISHED);
        assertThat(d.isResolved()).isTrue();
        assertThat(d.start()).isEqualTo(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @CsvSource({"'وقع الهجوم في شباط 2023,2023-02-01,2023-02-29'"})
    void aMonthAndYearIsAMonth(String sentence) {
        EventDate d = ArabicDates.resolve(sentence, 0, sentence.length(), PUBLISHED);
        assertThat(d.start()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(d.end()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @ParameterizedTest
    @CsvSource({"وقع الهجوم أمس", "وقع الهجوم يوم الاثنين", "مارس المسلحون العنف"})
    void nothingIsGuessedWithoutAnAnchorOrANumber(String sentence) {
        assertThat(ArabicDates.resolve(sentence, 0, sentence.length(), null).isResolved()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            'عنوان الخبر\\n18/04/2021\\nاستهدف مجهولون مقرا'                         => 2021-04-18
            'السيمر / الثلاثاء 20 . 11 . 2018 — قال المتحدث إن القوات'             => 2018-11-20
            'نشر في: 3 آذار 2022 - 10:45\\nقصفت الطائرات'                          => 2022-03-03
            'تاريخ النشر ١٥ يناير ٢٠٢٤\\nقصفت الطائرات'                            => 2024-01-15
            'بغداد - الثلاثاء 12 آذار 2024 — تعرضت القاعدة أمس الاثنين لهجوم'      => 2024-03-12
            """)
    void aPageGivesItsOwnDateInItsHeader(String text, String iso) {
        assertThat(ArabicDates.headerDate(text.replace("\\n", "\n"))).isEqualTo(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @CsvSource({"'قصفت الطائرات في 9 أيلول 2019 مواقع الميليشيات في مدينة البوكمال شرقي دير الزور قرب الحدود'",
            "'تعرضت القاعدة لهجوم\\nوكان هجوم سابق قد وقع قبل أيام'"})
    void aSentenceThatMerelyHoldsADateIsNoHeaderDate(String text) {
        assertThat(ArabicDates.headerDate(text.replace("\\n", "\n"))).isNull();
    }
}
