package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.incidentatlas.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    /** Input (with \n for line breaks) => expected sentences separated by " | ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            The U.S. forces left. They returned.                          => The U.S. forces left. | They returned.
            He met the U.N. envoy in Feb. 2019 in Baghdad.                 => He met the U.N. envoy in Feb. 2019 in Baghdad.
            Troops left the U.S. The base closed.                          => Troops left the U.S. | The base closed.
            Dr. Smith met Gen. Jones and Lt. Col. Brown in St. Louis.      => Dr. Smith met Gen. Jones and Lt. Col. Brown in St. Louis.
            Mr. Kaabi met the U.K. envoy. He left.                         => Mr. Kaabi met the U.K. envoy. | He left.
            The I.R.G.C. forces moved. Later they left.                    => The I.R.G.C. forces moved. | Later they left.
            It happened at 10 a.m. on Monday. Police came.                 => It happened at 10 a.m. on Monday. | Police came.
            It ended at 5 p.m. Officials said so.                          => It ended at 5 p.m. | Officials said so.
            J. Smith said so. R. Jones agreed.                             => J. Smith said so. | R. Jones agreed.
            The rate was 3.5 percent. It rose.                             => The rate was 3.5 percent. | It rose.
            On Jan. 3 the strike hit Baghdad. Two died.                    => On Jan. 3 the strike hit Baghdad. | Two died.
            He said: “We will fight.” The group agreed.                    => He said: “We will fight.” | The group agreed.
            He said: "We will fight." The group agreed.                    => He said: "We will fight." | The group agreed.
            The daily published[1] an article. It is based on it.[2] Next. => The daily published[1] an article. | It is based on it.[2] | Next.
            (The attack was claimed.) Police said so.                      => (The attack was claimed.) | Police said so.
            Iraq News\\nSecurity\\n\\nHeadline here\\n\\nBody starts.       => Iraq News | Security | Headline here | Body starts.
            He waited... Then he left.                                     => He waited... | Then he left.
            He waited... and then left.                                    => He waited... and then left.
            They came to the region… This is the end.                      => They came to the region… | This is the end.
            Is it over? No, he said.                                       => Is it over? | No, he said.
            “Why?” he asked. Nobody answered.                              => “Why?” he asked. | Nobody answered.
            Shipments (No. 4) arrived in Basra. Fine.                      => Shipments (No. 4) arrived in Basra. | Fine.
            Apple Inc. shares rose. They fell.                             => Apple Inc. shares rose. | They fell.
            He works for Acme Inc. The firm grew.                          => He works for Acme Inc. | The firm grew.
            It was built in 1990. 27 people died there.                    => It was built in 1990. | 27 people died there.
            1. Introduction\\n2. Methods                                    => 1. Introduction | 2. Methods
            Cities, e.g. Baghdad, were hit. Then Basra.                     => Cities, e.g. Baghdad, were hit. | Then Basra.
            They joined the U.S.-led coalition. Iraq agreed.                => They joined the U.S.-led coalition. | Iraq agreed.
            Under the photo he wrote: “Closer than you think”. Later, more. => Under the photo he wrote: “Closer than you think”. | Later, more.
            Mid-sentence.\\nNext line without stop\\nThird                  => Mid-sentence. | Next line without stop | Third
            Photo caption. [Al-Nujaba Lebanon/Twitter]                      => Photo caption. | [Al-Nujaba Lebanon/Twitter]
            `  Leading and trailing space.  `                               => Leading and trailing space.
            OAKLAND, Calif. (AP) — Police said so. Then more.               => OAKLAND, Calif. (AP) — Police said so. | Then more.
            HOLLIDAY, Mo. — A man died. Police came.                        => HOLLIDAY, Mo. — A man died. | Police came.
            He was ill. The doctor came.                                    => He was ill. | The doctor came.
            Winnipeg police Const. Rob Carver said so.                      => Winnipeg police Const. Rob Carver said so.
            """)
    void splitsNewsEnglish(String input, String expected) {
        String text = input.replace("\\n", "\n");
        assertThat(texts(text)).containsExactlyElementsOf(Arrays.asList(expected.split(" \\| ")));
    }

    @Test
    void hardWrappedProseIsJoinedAcrossLineBreaksButNotAcrossBlankLines() {
        String text = """
                The secretary-general of the militia said on Sunday that the group
                would avenge the fighters killed in the province of Kirkuk by cleansing
                the country of the American presence, an outlet in Arabic reported.
                The warning came after 27 members of the force were killed in the
                village of al-Saadouniya near the town of Hawija in the north.

                A second paragraph starts here and runs on for a while until it
                wraps onto the next line as well.
                """;
        assertThat(texts(text)).hasSize(3);
        assertThat(texts(text).get(0)).startsWith("The secretary-general").endsWith("reported.");
        assertThat(texts(text).get(2)).startsWith("A second paragraph").endsWith("as well.");
    }

    @Test
    void indentedHardWrappedTextWithoutBlankLinesJoinsWrapsAndKeepsSentenceEnds() {
        String text = """
                            A missing mother of two has been found three weeks after she was abducted while out
                            jogging.
                            Police, who say she was released by her captors, are looking for two women in connection
                            with her disappearance.
                            More than 1,500 check-in staff employed by the company will walk out on 23
                            December.
                """;
        assertThat(texts(text)).hasSize(3);
        assertThat(texts(text).get(0)).startsWith("A missing mother").endsWith(" out\n            jogging.");
        assertThat(texts(text).get(2)).endsWith(" 23\n            December.");
    }

    @Test
    void articleWithLongParagraphLinesIsNotTakenForWrappedText() {
        String text = "Iraq News\nSecurity\nHeadline of the story goes right here in full\n"
                + "A paragraph that is long enough to be a real paragraph of news prose and keeps going well past the "
                + "width of any wrapped text, as pasted articles do.\n".repeat(5);
        assertThat(SentenceSplitter.hardWrapWidth(text)).isZero();
        assertThat(texts(text).subList(0, 3)).containsExactly("Iraq News", "Security",
                "Headline of the story goes right here in full");
    }

    @Test
    void spansAreTrimmedOrderedAndIndexed() {
        String text = "  One.  Two!\n\n Three?  ";
        List<Sentence> s = SentenceSplitter.split(text);
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(s.get(0).span().start()).isEqualTo(2);
        assertThat(s.get(2).of(text)).isEqualTo("Three?");
        assertThat(s).noneMatch(Sentence::boilerplate);
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(" \n\n ")).isEmpty();
    }

    private static List<String> texts(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void theTokenReadInPlaceDecidesAsTheLowerCasedCopy() {
        // made-up pieces: abbreviations of every set, in either case, dotted runs, list numbers, non-ASCII letters
        String[] pieces = {"Mr", "mrs", "U.S", "u.s", "Jan", "NO", "no", "1", "12", "1234", "e.g", "E.G", "i.e", "al",
            "Calif", "J", "j", "Smith", "İst", "naïve", "ST", "Lt.-Gen", "lt.-gen", "Brig.-Gen", "Sgt.-Maj", "Inc",
            "etc", "..1", ".", "..", "a.k.a", "x-ray", "ABCDEFGHIJK", "abcdefghij", "٣", "Ca", "ﬁ", "Ⅸ", "-", "said",
            "Dr", "pp", "p", "Fig"};
        String[] before = {"", " ", "\n", "  \n", "(", "“"};
        String[] after = {" The next", " 4 more", " the next", " He said", " \"Why", " 12"};
        java.util.Random random = new java.util.Random(12);
        int checked = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder(before[random.nextInt(before.length)]);
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(4) == 0) {
                    b.append('.');
                }
            }
            int dot = b.length();
            b.append('.');
            String next = after[random.nextInt(after.length)];
            b.append(next);
            String t = b.toString();
            int w = dot + 1;
            while (w < t.length() && (t.charAt(w) == ' ' || t.charAt(w) == '"')) {
                w++;
            }
            boolean nextIsDigit = Character.isDigit(t.charAt(w));
            assertThat(SentenceSplitter.tokenEnds(t, t.toCharArray(), dot, nextIsDigit, w))
                    .as(t).isEqualTo(SentenceSplitter.tokenEndsByString(t, dot, nextIsDigit, w));
            checked++;
        }
        assertThat(checked).isEqualTo(20_000);
    }
}
