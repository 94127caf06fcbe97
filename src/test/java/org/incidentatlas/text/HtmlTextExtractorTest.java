package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextExtractorTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Rockets hit Baghdad | Example News</title>
              <meta property="og:title" content="Rockets hit Baghdad">
              <meta property="article:published_time" content="2020-02-16T21:00:00+03:00">
              <style>body { color: red } .Kirkuk { }</style>
              <script>var city = "Mosul";</script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/iraq">Iraq News</a></nav>
              <article>
                <h1>Rockets hit   Baghdad</h1>
                <p>Several rockets fell near the U.S. Embassy in <b>Baghdad</b> on Sunday.</p>
                <p>Officials in Ayn&nbsp;al-Asad &amp; Erbil said nothing.<br>A new line in Anbar.</p>
                <ul><li>First item in Basra</li><li>Second item</li></ul>
                <noscript>Enable JavaScript in Tikrit</noscript>
              </article>
              <footer>Copyright 2020 Example News. About us.</footer>
            </body></html>
            """;

    @Test
    void everyTextOffsetMapsBackToTheSameCharacterInTheSource() {
        HtmlTextExtractor.HtmlText page = HtmlTextExtractor.extract(PAGE);
        String text = page.text();
        for (String word : new String[] {"on Sunday", "Baghdad", "Embassy", "al-Asad", "Erbil", "Anbar", "Basra"}) {
            int at = text.indexOf(word);
            assertThat(at).as(word).isGreaterThanOrEqualTo(0);
            int src = page.sourceOffsets()[at];
            assertThat(PAGE.substring(src, src + word.length())).as(word).isEqualTo(word);
        }
        int amp = text.indexOf('&');
        assertThat(PAGE.substring(page.sourceOffsets()[amp])).startsWith("&amp;");
        assertThat(page.sourceOffsets()).hasSize(text.length() + 1);
    }

    @Test
    void blocksBecomeLineBreaksAndInlineWhiteSpaceCollapses() {
        String text = HtmlTextExtractor.extract(PAGE).text();
        assertThat(text).contains("Rockets hit Baghdad\n\nSeveral rockets fell near the U.S. Embassy in Baghdad on Sunday.\n\n");
        assertThat(text).contains("said nothing.\nA new line in Anbar.");
        assertThat(text).contains("First item in Basra\nSecond item");
        assertThat(text).doesNotStartWith(" ").doesNotEndWith("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mosul", "color: red", "Tikrit", "Example News</title>"})
    void scriptStyleNoscriptAndHeadYieldNoText(String absent) {
        assertThat(HtmlTextExtractor.extract(PAGE).text()).doesNotContain(absent);
    }

    @Test
    void navigationAndFooterTextIsKeptButReportedAsBoilerplate() {
        HtmlTextExtractor.HtmlText page = HtmlTextExtractor.extract(PAGE);
        String text = page.text();
        assertThat(text).contains("Iraq News").contains("Copyright 2020");
        assertThat(page.boilerplate()).extracting(s -> s.of(text))
                .containsExactly("Home Iraq News", "Copyright 2020 Example News. About us.");
    }

    @Test
    void titleAndPublishedDateComeFromMetadata() {
        HtmlTextExtractor.HtmlText page = HtmlTextExtractor.extract(PAGE);
        assertThat(page.title()).isEqualTo("Rockets hit Baghdad");
        assertThat(page.published()).isEqualTo(LocalDate.of(2020, 2, 16));
    }

    @Test
    void titleFallsBackToH1ThenTitleAndDateToTimeOrJsonLd() {
        var h1 = HtmlTextExtractor.extract("<html><head><title>Site | X</title></head><body><h1>Strike on base</h1>"
                + "<p>By X. <time datetime=\"2019-03-05\">March 5</time></p></body></html>");
        assertThat(h1.title()).isEqualTo("Strike on base");
        assertThat(h1.published()).isEqualTo(LocalDate.of(2019, 3, 5));
        var ld = HtmlTextExtractor.extract("<html><head><title>Only title</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-07-08T10:00:00Z\"}</script></head>"
                + "<body><p>Text.</p></body></html>");
        assertThat(ld.title()).isEqualTo("Only title");
        assertThat(ld.published()).isEqualTo(LocalDate.of(2021, 7, 8));
    }

    @Test
    void pageWithoutMetadataHasNullTitleAndDate() {
        var page = HtmlTextExtractor.extract("<p>Just a paragraph.</p>");
        assertThat(page.title()).isNull();
        assertThat(page.published()).isNull();
        assertThat(page.text()).isEqualTo("Just a paragraph.");
    }

    @Test
    void commentAndShareWidgetsAreBoilerplateByClassName() {
        var page = HtmlTextExtractor.extract("<div class=\"story\"><p>Report from Mosul.</p></div>"
                + "<div class=\"comments-section\"><p>Leave a reply</p></div><div id=\"share-bar\">Tweet</div>");
        assertThat(page.boilerplate()).extracting(s -> s.of(page.text())).containsExactly("Leave a reply", "Tweet");
        assertThat(page.boilerplate()).noneMatch(s -> s.overlaps(new TextSpan(0, 5)));
    }
}
