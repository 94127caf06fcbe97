package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class PublicationAnchorTest {
    private static Article article(String text, LocalDate published, String approx, String url) {
        return new Article("a.txt", "a.txt", null, null, null, url, published, approx, text, List.of(), List.of(), null);
    }

    private static EventDate dateOf(String text, PublicationAnchor anchor, String words) {
        return DateAnchoring.dates(text, anchor).stream().filter(f -> f.date().text().startsWith(words))
                .findFirst().orElseThrow().date();
    }

    @Test
    void theManifestDateWinsThenTheHeaderThenTheUrlThenTheApproximateDate() {
        String body = "Gunmen attacked a checkpoint on Monday.";
        assertThat(PublicationAnchor.of(article(body, LocalDate.of(2022, 3, 9), "2022-03-01", null)).source()).isEqualTo("manifest");
        PublicationAnchor h = PublicationAnchor.of(article("Title of the story\nPublished: March 8, 2022 10:15 GMT\n" + body,
                null, "2022-03", "https://example.org/2021/01/02/story"));
        assertThat(h.date()).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(h.approximate()).isFalse();
        PublicationAnchor u = PublicationAnchor.of(article(body, null, "2022", "https://example.org/news/2022/03/07/gunmen-attack/"));
        assertThat(u.date()).isEqualTo(LocalDate.of(2022, 3, 7));
        assertThat(u.source()).isEqualTo("URL");
        PublicationAnchor a = PublicationAnchor.of(article(body, null, "2022-03-06", "https://example.org/p=123"));
        assertThat(a.approximate()).isTrue();
        assertThat(a.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PublicationAnchor.of(article(body, null, "2022-03", null)).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PublicationAnchor.of(article(body, null, null, null))).isEqualTo(PublicationAnchor.NONE);
    }

    @Test
    void aDatelineWithAYearAndAUrlWithDashesGiveTheDay() {
        assertThat(PublicationAnchor.headerDate("KABUL, March 4, 2019 (Reuters) - A bomb exploded near a school."))
                .isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(PublicationAnchor.urlDate("https://example.org/2019-03-04-bomb-near-school")).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(PublicationAnchor.urlDate("https://example.org/2019/02/31/x")).isNull();
        assertThat(PublicationAnchor.headerDate("The militia said on March 4 that it would fight.")).isNull();
    }

    @Test
    void theDatelineDatesThePageNotTheEventsItReports() {
        String text = "Harbour town, (Coastal Wire - 16th September, 2016) : Five people were killed in a drone strike on Wednesday.";
        assertThat(PublicationAnchor.headerDate(text)).isEqualTo(LocalDate.of(2016, 9, 16));
        List<DateResolver.Found> found = DateAnchoring.dates(text,
                new PublicationAnchor(LocalDate.of(2016, 9, 16), DatePrecision.DAY, false, "manifest"));
        assertThat(found).extracting(f -> f.date().text()).containsExactly("on Wednesday");
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2016, 9, 14));
        String wire = "KABUL, March 4, 2019 (Reuters) - A bomb exploded near a school on March 3.";
        assertThat(DateAnchoring.dates(wire, PublicationAnchor.NONE)).extracting(f -> f.date().text()).containsExactly("March 3");
    }

    @Test
    void anApproximateDayAnchorsWeekdaysAndMarksThem() {
        String text = "Rockets hit the base on Monday, officials said.";
        EventDate d = dateOf(text, PublicationAnchor.approx("2021-02-16"), "on Monday");
        assertThat(d.start()).isEqualTo(LocalDate.of(2021, 2, 15));
        assertThat(d.approxAnchor()).isTrue();
        EventDate known = dateOf(text, new PublicationAnchor(LocalDate.of(2021, 2, 16), DatePrecision.DAY, false, "manifest"), "on Monday");
        assertThat(known.start()).isEqualTo(LocalDate.of(2021, 2, 15));
        assertThat(known.approxAnchor()).isFalse();
    }

    @Test
    void anApproximateMonthAnchorsOnlyMonthLevelExpressions() {
        String text = "A drone struck the depot yesterday. It was the third attack earlier this month.";
        PublicationAnchor month = PublicationAnchor.approx("2024-02");
        assertThat(dateOf(text, month, "yesterday").isResolved()).isFalse();
        EventDate m = dateOf(text, month, "earlier this month");
        assertThat(m.iso()).isEqualTo("2024-02");
        assertThat(m.approxAnchor()).isTrue();
    }

    @Test
    void aYearAloneGivesNoYearToABareMonthAndDay() {
        String text = "The convoy was ambushed on November 26 near the river.";
        assertThat(dateOf(text, PublicationAnchor.approx("2017"), "November 26").isResolved()).isFalse();
        EventDate withMonth = dateOf(text, PublicationAnchor.approx("2018-01"), "November 26");
        assertThat(withMonth.start()).isEqualTo(LocalDate.of(2017, 11, 26));
        assertThat(withMonth.approxAnchor()).isTrue();
    }

    @Test
    void aWeekdayAfterANonBreakingSpaceOrLineBreakStillResolves() {
        String text = "Gunmen attacked the post on\u00a0Monday. Another attack came On\nTuesday.";
        PublicationAnchor a = new PublicationAnchor(LocalDate.of(2021, 2, 17), DatePrecision.DAY, false, "manifest");
        assertThat(DateAnchoring.dates(text, a)).extracting(f -> f.date().start())
                .contains(LocalDate.of(2021, 2, 15), LocalDate.of(2021, 2, 16));
    }

    @Test
    void aHeaderReadAfterATextWithTheSameFirstCharsIsTheOneReadAfresh() {
        // header() keeps the last text's header and reuses it for a text whose first chars are the same: the
        // article's text, then its normalised form. Random headers, texts changed before, at and after the header's
        // end, compared with a read after an unrelated text.
        String[] lines = {"KABUL, March 4, 2019 (Reuters) - ", "Published: 12 May 2021", "By Jon Roe | Feb 16, 2021",
            "Aden, (Agency \u2013 16th September, 2016) : ", "Updated 2020-01-03 16:30", "N\u2019DJAMENA, Jan. 8, 2020 \u2013 ",
            "Monday, June 3, 2019", "The war\u2019s 2019 toll", "PARIS - ", "2018", "x"};
        java.util.Random r = new java.util.Random(3);
        int datelines = 0;
        int dates = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder b = new StringBuilder();
            while (b.length() < 700) {
                b.append(lines[r.nextInt(lines.length)]).append(r.nextInt(3) == 0 ? "\n" : " ");
            }
            String a = b.toString();
            int at = r.nextInt(a.length());
            String changed = a.substring(0, at) + (r.nextBoolean() ? '\u2019' : '\'') + a.substring(at + 1);
            for (String second : List.of(changed, ActorLexicon.normalise(a), a.substring(0, Math.max(1, at)))) {
                PublicationAnchor.datelineSpan("unrelated");
                TextSpan fresh = PublicationAnchor.datelineSpan(second);
                LocalDate freshDate = PublicationAnchor.headerDate(second);
                datelines += fresh != null ? 1 : 0;
                dates += freshDate != null ? 1 : 0;
                PublicationAnchor.datelineSpan(a);
                assertThat(PublicationAnchor.datelineSpan(second)).isEqualTo(fresh);
                PublicationAnchor.headerDate(a);
                assertThat(PublicationAnchor.headerDate(second)).isEqualTo(freshDate);
            }
        }
        assertThat(datelines).isGreaterThan(100);
        assertThat(dates).isGreaterThan(datelines);
    }
}
