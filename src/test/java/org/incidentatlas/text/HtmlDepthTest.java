package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages nested deeper than any stack, and character references that would leak unsafe characters. */
class HtmlDepthTest {
    @Test
    void aPageNestedTwentyThousandDeepIsReadWithoutOverflow() {
        String html = "<html><body>" + "<div>".repeat(20_000) + "Rockets hit Baghdad." + "</div>".repeat(20_000)
                + "<p>Then <nav>menu</nav> quiet.</p></body></html>";
        HtmlTextExtractor.HtmlText t = HtmlTextExtractor.extract(html);
        assertThat(t.text()).contains("Rockets hit Baghdad.").contains("quiet.");
        int at = t.text().indexOf("Rockets");
        assertThat(html.substring(t.sourceOffsets()[at], t.sourceOffsets()[at] + 7)).isEqualTo("Rockets");
        assertThat(t.boilerplate()).anySatisfy(s -> assertThat(s.of(t.text())).isEqualTo("menu"));
    }

    @Test
    void nulAndSurrogateReferencesBecomeReplacementAndOffsetsStayInStep() {
        String html = "<p>A&#0;B &#xD800;C <nav>x&#7;y</nav> Mosul</p>";
        HtmlTextExtractor.HtmlText t = HtmlTextExtractor.extract(html);
        assertThat(t.text()).doesNotContain("\u0000", "\uD800", "\u0007").contains("Mosul");
        int at = t.text().indexOf("Mosul");
        assertThat(html.substring(t.sourceOffsets()[at], t.sourceOffsets()[at] + 5)).isEqualTo("Mosul");
        assertThat(t.boilerplate()).anySatisfy(s -> assertThat(s.of(t.text())).isEqualTo("xy"));
    }
}
