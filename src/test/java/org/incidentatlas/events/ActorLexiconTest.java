package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorLexiconTest {
    private final ActorLexicon lexicon = ActorLexicon.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Harakat al-Nujaba               | nujaba                 | ARMED_GROUP
            Harakat Hezbollah al-Nujaba     | nujaba                 | ARMED_GROUP
            al-Nujaba Movement              | nujaba                 | ARMED_GROUP
            Nujaba                          | nujaba                 | ARMED_GROUP
            Kataib Hezbollah                | kataib-hezbollah       | ARMED_GROUP
            Hizbullah Brigades              | kataib-hezbollah       | ARMED_GROUP
            PMU                             | pmf                    | ARMED_GROUP
            Popular Mobilization Units      | pmf                    | ARMED_GROUP
            Hashd al-Shaabi                 | pmf                    | ARMED_GROUP
            Quds Force                      | irgc                   | STATE_FORCES
            Islamic Revolution Guards Corps | irgc                   | STATE_FORCES
            I.R.G.C.                        | irgc                   | STATE_FORCES
            Hizbullah                       | hezbollah              | ARMED_GROUP
            Ansar Allah                     | houthis                | ARMED_GROUP
            Daesh                           | islamic-state          | ARMED_GROUP
            ISIL                            | islamic-state          | ARMED_GROUP
            Islamic Resistance in Iraq      | islamic-resistance-in-iraq | ARMED_GROUP
            Badr Organization               | badr                   | ARMED_GROUP
            League of the Righteous         | asaib-ahl-al-haq       | ARMED_GROUP
            Asa'ib Ahl Al-Haqq              | asaib-ahl-al-haq       | ARMED_GROUP
            U.S. forces                     | us-forces              | STATE_FORCES
            American troops                 | us-forces              | STATE_FORCES
            IDF                             | israeli-forces         | STATE_FORCES
            Kaabi                           | kaabi                  | PERSON
            Qassem Soleimani                | soleimani              | PERSON
            Abu Mahdi al-Muhandis           | muhandis               | PERSON
            Hadi Al Ameri                   | amiri                  | PERSON
            Qais al-Khazali                 | khazali                | PERSON
            """)
    void knowsAliases(String alias, String id, String type) {
        ActorLexicon.Entry e = lexicon.lookup(alias).orElseThrow();
        assertThat(e.id()).isEqualTo(id);
        assertThat(e.type().name()).isEqualTo(type);
    }

    @Test
    void longestAliasWinsAndCurlyApostrophesMatch() {
        String text = "Harakat Hezbollah al-Nujaba, backed by the Lebanese Hezbollah, met Kaabi’s deputy; the us of it.";
        List<ActorLexicon.Mention> ms = lexicon.find(text, 0, text.length());
        assertThat(ms).extracting(m -> m.entry().id()).containsExactly("nujaba", "hezbollah", "kaabi");
        assertThat(ms.get(0).surface()).isEqualTo("Harakat Hezbollah al-Nujaba");
    }

    @Test
    void unknownTypeNamesTheFileAndLine() {
        String tsv = "# header\nx\tWIZARDS\tX\tX\n";
        assertThatThrownBy(() -> ActorLexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "a.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("a.tsv:2").hasMessageContaining("WIZARDS");
    }

    /**
     * The aliases are matched without a regex engine: over random made-up texts, {@link ActorLexicon#find} gives what
     * a scan with each alias's pattern (longest alias first, a span taken once) gives.
     */
    @Test
    void aliasesMatchAsTheirPatternsDid() throws IOException {
        String tsv = "g1\tARMED_GROUP\tRed Valley Front\tRed Valley Front|RVF|Red  Hill\n"
                + "g2\tSTATE_FORCES\tNorth Guard\tNORTH GUARD|Guard's Corps|al-Qadim|\u00C9tat Force|Ward\n";
        ActorLexicon lex = ActorLexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test");
        // Words and what stands between them; apostrophes only inside words, as the token pre-check splits them.
        String[] words = {"Red", "red", "RED", "Valley", "VALLEY", "valley", "Front", "front", "RVF", "rvf", "Hill", "Guard's",
            "guard\u2019s", "Corps", "NORTH", "North", "GUARD", "Guard", "al", "Al", "Qadim", "\u00C9tat", "\u00E9tat", "Force",
            "FORCE", "Ward", "Wards", "2", "\u00B2", "\u2164", "\uD835\uDC00"};
        String[] between = {" ", " ", " ", "  ", "\t", "\n", " \n ", "\u00A0", "-", "\u2010", ",", ". ", ""};
        java.util.Random r = new java.util.Random(5);
        for (int n = 0; n < 4000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(14); i > 0; i--) {
                b.append(words[r.nextInt(words.length)]).append(between[r.nextInt(between.length)]);
            }
            String text = b.toString();
            int from = r.nextInt(3) == 0 ? Math.min(text.length(), r.nextInt(6)) : 0;
            int to = r.nextInt(3) == 0 ? Math.max(from, text.length() - r.nextInt(6)) : text.length();
            List<String> got = lex.find(text, from, to).stream().map(m -> m.span() + "=" + m.entry().id()).toList();
            assertThat(got).as("[%s] %d..%d", text, from, to).isEqualTo(byPatterns(lex, text, from, to));
        }
    }

    /** What each alias's pattern finds, longest alias first, as the lexicon's find did with java.util.regex. */
    private static List<String> byPatterns(ActorLexicon lex, String text, int from, int to) {
        String t = ActorLexicon.normalise(text);
        List<String[]> aliases = new java.util.ArrayList<>();
        for (ActorLexicon.Entry e : lex.entries()) {
            for (String a : e.aliases()) {
                aliases.add(new String[] {a, e.id()});
            }
        }
        aliases.sort(java.util.Comparator.comparingInt((String[] a) -> -a[0].length()));
        boolean[] taken = new boolean[text.length() + 1];
        List<int[]> spans = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (String[] a : aliases) {
            String q = java.util.regex.Pattern.quote(ActorLexicon.normalise(a[0])).replace(" ", "\\E\\s+\\Q");
            boolean caseSensitive = !a[0].contains(" ") || a[0].equals(a[0].toUpperCase(java.util.Locale.ROOT));
            String re = "(?<![\\p{L}\\p{N}'-])" + q + "(?![\\p{L}\\p{N}]|-[\\p{L}])";
            java.util.regex.Pattern p = caseSensitive ? java.util.regex.Pattern.compile(re)
                    : java.util.regex.Pattern.compile(re, java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            java.util.regex.Matcher m = p.matcher(t).useTransparentBounds(true).region(from, to);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    spans.add(new int[] {m.start(), m.end()});
                    ids.add(a[1]);
                }
            }
        }
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> spans.get(i)[0]));
        return order.stream().map(i -> new org.incidentatlas.model.TextSpan(spans.get(i)[0], spans.get(i)[1]) + "=" + ids.get(i)).toList();
    }
}
