package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitledPersonsTest {
    private final ActorLexicon lexicon = ActorLexicon.standard();

    private List<ActorLexicon.Mention> persons(String text) {
        return TitledPersons.find(text, lexicon.find(text, 0, text.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rebel commander Jon Harlow Vance met the envoy on Monday.                         | Jon Harlow Vance  | PERSON
            The deputy foreign minister met Deputy Foreign Minister Pavel Orlin in the city. | Pavel Orlin       | PERSON
            Tomas Bercu, the deputy commander of the militia, posted a video of the convoy.  | Tomas Bercu       | PERSON
            She met the Supreme Leader's representative to Arland, Sayyed Karim Tavani.      | Karim Tavani      | PERSON
            """)
    void findsAPersonByTheRoleThatIntroducesThem(String text, String name, String type) {
        List<ActorLexicon.Mention> ms = persons(text);
        assertThat(ms).extracting(m -> m.entry().name()).containsExactly(name);
        assertThat(ms.get(0).entry().type().name()).isEqualTo(type);
        assertThat(ms.get(0).entry().id()).startsWith(TitledPersons.PERSON_ID);
    }

    @Test
    void aCommanderOfANamedGroupIsItsMemberAndIsKnownBySurnameLater() {
        String text = "Boko Haram commander Musa Dan Kareem led the raid. Later, Kareem posted a video.";
        List<ActorLexicon.Mention> ms = persons(text);
        assertThat(ms).extracting(ActorLexicon.Mention::surface).containsExactly("Musa Dan Kareem", "Kareem");
        assertThat(ms.get(0).entry().group()).isEqualTo("boko-haram");
        assertThat(ms.get(1).entry()).isSameAs(ms.get(0).entry());
    }

    @Test
    void theMilitiaMeansTheGroupNamedBefore() {
        String text = "Hezbollah fighters crossed the line. Ali Merwan Saad, the deputy commander of the militia, posted a photo.";
        assertThat(persons(text)).singleElement().satisfies(m -> assertThat(m.entry().group()).isEqualTo("hezbollah"));
    }

    @Test
    void aMinisterIsAPersonWithoutAGroup() {
        String text = "The rebels met Foreign Minister Anna Lindqvist in the capital.";
        assertThat(persons(text)).singleElement().satisfies(m -> {
            assertThat(m.entry().type()).isEqualTo(ActorType.PERSON);
            assertThat(m.entry().group()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Militia leader Obi Kanu told reporters the gunmen came at night.
            "They burned the market," Obi Kanu, a militia leader in the town said.
            Four soldiers died, said Ravi Dost Khan, a district police chief.
            According to Ambassador Ira Mandel, the convoy was hit near the airport.
            Mara Hollis, spokeswoman for the province, said the road was closed.
            """)
    void aQuotedPersonIsNoActor(String text) {
        assertThat(persons(text)).isEmpty();
    }

    @Test
    void aKnownPersonIsLeftToTheLexicon() {
        String text = "Harakat al-Nujaba leader Akram al-Kaabi met the delegation.";
        assertThat(persons(text)).isEmpty();
    }

    @Test
    void everyStartWhereANameWordMatchesPassesTheCheapTest() {
        java.util.regex.Pattern nameWord = java.util.regex.Pattern.compile(TitledPersons.NAME_WORD);
        java.util.Random r = new java.util.Random(5);
        String[] pieces = {"al", "el", "Abu", "abd", "bin", "de", "del", "van", "von", "ibn", "as", "da", "-", " ", "\t", "\n",
            "A", "Z", "b", "q", "x", "\u00C9", "\u00E9", "'", "\u2019", ",", "Karim", "Tavani", "Ibn"};
        int starts = 0;
        for (int n = 0; n < 3000; n++) {
            String t = RandomTexts.of(r, 1 + r.nextInt(12), pieces);
            java.util.regex.Matcher m = nameWord.matcher(t);
            for (int i = 0; i < t.length(); i++) {
                if (m.region(i, t.length()).lookingAt()) {
                    starts++;
                    assertThat(TitledPersons.mayStartName(t, i)).as("%s at %d", t, i).isTrue();
                }
            }
        }
        assertThat(starts).isGreaterThan(1000);
        // and it is a real filter: small words and spaces are no starts
        assertThat(TitledPersons.mayStartName("said the", 0)).isFalse();
        assertThat(TitledPersons.mayStartName("al Karim", 0)).isTrue();
        assertThat(TitledPersons.mayStartName("al karim", 0)).isFalse();
    }

    @Test
    void aNameBeforeARoleIsLookedForOnlyInTheLastWordsBeforeItsCommaAndFoundAsTheWholeSearchFindsIt() {
        // The specification: m.find() over [from, to), tried at every char a name can start at. Random runs of
        // capitalised words, particles, role words, commas and white space of every kind.
        String[] words = {"Nasr", "al-Shamri", "al", "bin", "Laden", "Abu", "the", "deputy", "commander", "leader", "of",
            "militia", "Said", "Xu", "O'Neil", "Mc", "McDonald", "Jean-Luc", "a", "minister", "Foreign", "Minister", "Iraq",
            "el", "Sayyed", "Karim", "x", "Qa", "héros", "Émile"};
        String[] gaps = {" ", " ", " ", "  ", "\t", "\n", ", ", ",", " - ", "-", "\u00a0", ". "};
        java.util.Random r = new java.util.Random(5);
        int compared = 0;
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = RandomTexts.of(r, 2 + r.nextInt(14), words, gaps);
            for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
                int lastEnd = r.nextInt(3) == 0 ? r.nextInt(comma + 1) : 0;
                int from = Math.max(TitledPersons.runStart(text, comma, Math.max(lastEnd, comma - 300)), lastEnd);
                int to = comma + 1 + r.nextInt(text.length() - comma);
                java.util.regex.Matcher spec = TitledPersons.NAME_THEN_ROLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                boolean specFound = false;
                for (int i = from; i < to && !specFound; i++) {
                    if (TitledPersons.mayStartName(text, i)) {
                        spec.region(i, to);
                        specFound = spec.lookingAt();
                    }
                }
                java.util.regex.Matcher m = TitledPersons.NAME_THEN_ROLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                boolean fast = TitledPersons.nameThenRole(m, text, from, comma, to);
                assertThat(fast).as(text + " @" + from + "," + comma + "," + to).isEqualTo(specFound);
                if (fast) {
                    assertThat(m.start()).isEqualTo(spec.start());
                    assertThat(m.end()).isEqualTo(spec.end());
                    assertThat(m.group(2)).isEqualTo(spec.group(2));
                    found++;
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void laterMentionsAreFoundWhereIndexOfFindsThemWithOneSearchForTheSurname() {
        // The specification: text.indexOf(alias, at) for each alias; the fast path reads them off the last alias's
        // occurrences (every alias ends with it), overlapping ones included.
        String[] pieces = {"Nasr al-Shamri", "al-Shamri", "Shamri", "ShamriShamri", "Nasr", " ", ", ", "al-", "Shamr", "i", "x",
            "Abu Abu", "Abu"};
        List<List<String>> aliasSets = List.of(List.of("Nasr al-Shamri", "al-Shamri", "Shamri"), List.of("Nasr al-Shamri", "al-Shamri"),
            List.of("Abu Abu", "Abu"), List.of("ShamriShamri", "Shamri"), List.of("Nasr al-Shamri"), List.of("Nasr al-Shamri", "Nasr"));
        java.util.Random r = new java.util.Random(4);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = RandomTexts.of(r, r.nextInt(12), pieces);
            List<String> aliases = aliasSets.get(r.nextInt(aliasSets.size()));
            int from = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
            int[] lastAt = TitledPersons.suffixOccurrences(text, aliases, from);
            for (String alias : aliases) {
                TitledPersons.Occurrences occ = new TitledPersons.Occurrences(text, alias, lastAt,
                        alias.length() - (lastAt == null ? 0 : aliases.get(aliases.size() - 1).length()));
                int at = from;
                while (true) {
                    int expected = text.indexOf(alias, at);
                    assertThat(occ.next(at)).as("%s in \"%s\" from %d", alias, text, at).isEqualTo(expected);
                    if (expected < 0) {
                        break;
                    }
                    found++;
                    at = expected + (r.nextBoolean() ? 1 : alias.length());
                }
            }
        }
        assertThat(found).isGreaterThan(10_000);
    }

    @Test
    void aReportingVerbAfterTheNameIsFoundWhereThePatternFindsIt() {
        // The specification: QUOTED_AFTER's lookingAt() over [from, to), opaque bounds. Random runs of verbs, adverbs,
        // apostrophes, commas, stops, quotes, white space, word chars, a combining mark and a surrogate pair.
        String[] pieces = {"said", "says", "told", "was quoted", "quoted", "stating", "saidx", "also", "later", "then", "'", "’", "s",
            "'s", ",", ", ", " ", "  ", "\t", "\n", ".", ";", "“", "”", "\"", "_", "7", "x", "the commander", "\u0301", "\uD83D\uDE00",
            "\uD83D", "é", "Said", "wrote", "noted"};
        String[] openings = {"", " ", ", ", "'s ", "’ ", "'s, the x of y,", " , ", ",\t"};
        java.util.Random r = new java.util.Random(12);
        int matched = 0;
        for (int round = 0; round < 60_000; round++) {
            String text = openings[r.nextInt(openings.length)] + RandomTexts.of(r, r.nextInt(round % 10 == 0 ? 60 : 12), pieces);
            int from = r.nextInt(Math.min(3, text.length() + 1));
            int to = from + r.nextInt(text.length() - from + 1);
            boolean spec = TitledPersons.QUOTED_AFTER.matcher(text).region(from, to).lookingAt();
            assertThat(TitledPersons.quotedAfter(text, from, to)).as("\"%s\" [%d, %d)", text, from, to).isEqualTo(spec);
            matched += spec ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(3_000);
    }

    @Test
    void aQuotingWordBeforeTheNameIsNeverMissedByTheGate() {
        String[] pieces = {"said", "SAYS", "Told", "according to", "quoting", "Quoted", "sa", "to", "qu", "ac", " ", "  ", "\t", ".",
            "al-Shamri", "the", "x", "’", "_", "9", "é", "-", "\u0301"};
        java.util.Random r = new java.util.Random(13);
        int matched = 0;
        for (int round = 0; round < 70_000; round++) {
            String text = RandomTexts.of(r, r.nextInt(10), pieces);
            if (TitledPersons.QUOTED_BEFORE.matcher(text).find()) {
                assertThat(TitledPersons.quotingWordIn(text, 0, text.length())).as(text).isTrue();
                matched++;
            }
            // As quoted() asks: the text before a name cut out (no char before it), the gate over a part of it.
            int from = r.nextInt(text.length() + 1);
            String part = text.substring(from);
            if (TitledPersons.QUOTED_BEFORE.matcher(part).find()) {
                assertThat(TitledPersons.quotingWordIn(text, from, text.length())).as("%s from %d", text, from).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(800);
    }

    @Test
    void namesAreSplitSluggedAndStrippedOfTheirArticleAsThePatternsDo() {
        // The specifications: the patterns these replaced on the way from a role's match to a person's entry.
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        java.util.regex.Pattern article = java.util.regex.Pattern.compile("^(?:al|Al|el|El)-");
        String[] pieces = {"Nasr", "al-", "Al-", "el-", "El", "-", "al", " ", " ", "  ", "\t", "\n", "O'Neil", "x", "Z", "9", "_",
            "--", ".", "é", "Émile", "ß", "İ"};
        java.util.Random r = new java.util.Random(14);
        for (int round = 0; round < 40_000; round++) {
            String name = RandomTexts.of(r, r.nextInt(8), pieces);
            assertThat(TitledPersons.slug(name)).as(name).isEqualTo(TitledPersons.slugOfAny(name));
            assertThat(TitledPersons.withoutArticle(name)).as(name).isEqualTo(article.matcher(name).replaceFirst(""));
            if (TitledPersons.singleSpaced(name, 0, name.length())) {
                assertThat(name.split(" ")).as(name).containsExactly(spaces.split(name));
                assertThat(name).isEqualTo(spaces.matcher(name).replaceAll(" "));
            }
        }
    }
}
