package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FatalitiesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            27 members of the Popular Mobilization Force (PMF) were killed in the village. | 27
            The strike killed at least 12 people.                                          | 12
            Dozens of fighters were killed.                                                | 12
            Several civilians were killed.                                                 | 3
            Twenty-one soldiers were killed in the ambush.                                 | 21
            The commander was killed by a drone.                                           | 1
            The blast left 5 to 7 dead.                                                    | 5
            Dozens of U.S. troops were injured in these attacks.                           | null
            Rockets fell near the embassy, causing no casualties.                          | 0
            The militia has about 5,200 fighters.                                          | null
            Monitors say 12 civilians, 9 police officers and 30 insurgents have been killed in the fighting. | 51
            The gunmen opened fire, killing three guards and a driver.                     | 4
            The blast killed two soldiers and wounded five others.                         | 2
            The shelling killed four people and two children were wounded.                 | 4
            The man was killed around 9 p.m. on the bridge.                                | 1
            Police fatally shot a 19-year-old man outside the station.                     | 1
            At least 14 people are dead and dozens hurt, the ministry said.                | 14
            The strike killed a senior commander of the guard and four of his aides.       | 5
            Gunmen killed a police officer at the checkpoint.                              | 1
            The raid killed 12 people, many of them children.                              | 12
            Clashes killed at least 14 people on Thursday, a monitor said.                 | 14
            The attack left one officer dead and three people wounded.                     | 1
            """)
    void readsConservativeCounts(String sentence, Integer expected) {
        assertThat(Fatalities.in(sentence)).isEqualTo(expected);
    }

    // The patterns as written before their word lists were gathered under first letters (LetterAlternation): the
    // specification the compiled patterns are held to.
    private static final String OLD_COUNT = "(?:\\d{1,3}(?:,\\d{3})*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|a dozen|dozens of|dozens|tens of|hundreds of|scores of|several|a few|a number of|multiple|many|some)";
    private static final String OLD_QUAL = "(?:at least |as many as |up to |nearly |almost |about |around |some |more than |over |roughly )?";
    private static final String VICTIM = "(?:[^\\s.;]+\\s+){0,8}?";
    private static final String OLD_KILLED = "(?:were|was|have been|had been|has been|are|being|got)\\s+(?:\\w+\\s+)?(?:killed|slain|shot dead|executed|massacred)";
    private static final String OLD_KILL_VERB = "(?:killed|killing|kills|left|leaving|fatally shot|shot dead|shot and killed)";
    private static final String NOT_A_HEAD_COUNT = "(?![-\\d]|\\s*(?:%|percent|years?|days?|km|kilometers|miles|meters|[ap]\\.?m\\b|o'clock|:\\d))";
    private static final String ITEM_WORDS = "(?:\\s+(?!(?:and|or|were|was|have|had|has|are|is|killed|dead|died|wounded|injured|hurt|including|while|but)\\b)[\\p{L}'’-]+){1,6}";
    private static final String ONE_PERSON = "(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:woman|man|child|boy|girl|civilian|soldier|policeman|policewoman|officer"
            + "|guard|driver|journalist|doctor|nurse|paramedic|teacher|student|worker|farmer|fighter|member|tourist|resident|passenger|pilgrim"
            + "|commander|baby|infant|relative|son|daughter|wife|husband|brother|sister|mother|father|militant|rebel|gunman|attacker|bystander)\\b";
    private static final String OLD_ITEM = "(?:" + OLD_QUAL + OLD_COUNT + "(?!\\s+of\\s+(?:them|whom|those|which)\\b)" + ITEM_WORDS + "|" + ONE_PERSON + "(?:" + ITEM_WORDS + ")?)";
    private static final Pattern[] OLD = {
        Pattern.compile("(?i)\\b" + OLD_QUAL + "(" + OLD_COUNT + ")\\s+" + VICTIM + OLD_KILLED + "\\b"),
        Pattern.compile("(?i)\\b" + OLD_KILL_VERB + "\\s+" + OLD_QUAL + "(" + OLD_COUNT + ")\\b" + NOT_A_HEAD_COUNT),
        Pattern.compile("(?i)\\b" + OLD_QUAL + "(" + OLD_COUNT + ")\\s+(?:(?:people|persons|civilians|soldiers|fighters|others)\\s+)?"
                + "(?:(?:are|were|have|had|has)\\s+(?:been\\s+)?(?:now\\s+|reported\\s+|confirmed\\s+)?)?(?:died|dead|deaths|fatalities)\\b"),
        Pattern.compile("(?i)\\b(?:death toll|toll)\\s+(?:\\w+\\s+){0,3}?(?:to|of|at)\\s+" + OLD_QUAL + "(" + OLD_COUNT + ")\\b"),
        Pattern.compile("(?i)\\b(" + OLD_ITEM + "(?:(?:\\s*,\\s*|\\s+)(?:and\\s+|as well as\\s+)?" + OLD_ITEM + ")+)"),
        Pattern.compile("(?i)\\b(?:was|has been|had been|got)\\s+(?:\\w+\\s+)?(?:killed|assassinated|slain|shot dead|executed)\\b"
                + "|\\bfatally (?:shot|stabbed|wounded|injured|struck)\\b|\\b" + OLD_KILL_VERB + "\\s+" + ONE_PERSON),
        Pattern.compile("(?i)(?:^|,\\s*|\\s(?:and|as well as)\\s+)" + OLD_QUAL + "(" + OLD_COUNT + "|an?|one)(?=\\s)"),
        Pattern.compile("(?i)^\\s+(?:[^\\s.;,]+\\s+){0,4}?" + OLD_KILLED + "\\b"),
        Pattern.compile("(?i)\\b" + OLD_KILL_VERB + "\\s+$"),
    };

    private static Pattern[] current() {
        return new Pattern[] {Fatalities.PATTERNS[0], Fatalities.PATTERNS[1], Fatalities.PATTERNS[2], Fatalities.PATTERNS[3], Fatalities.LIST,
            Fatalities.SINGLE, Fatalities.LIST_ITEM, Fatalities.LIST_KILLED_AFTER, Fatalities.LIST_KILLED_BEFORE};
    }

    private static final String[] WORDS = {"one", "two", "three", "ten", "tens", "tens of", "twenty", "twenty-one", "thirty two", "forty",
        "fifty-nine", "ninety", "nine", "nineteen", "eleven", "a", "an", "a dozen", "dozens", "dozens of", "hundreds of", "scores of",
        "several", "a few", "a number of", "multiple", "many", "some", "12", "1,200", "5", "at least", "as many as", "up to", "nearly",
        "almost", "about", "around", "more than", "over", "roughly", "were", "was", "have been", "had been", "has been", "are", "being",
        "got", "killed", "slain", "shot dead", "executed", "massacred", "killing", "kills", "left", "leaving", "fatally shot",
        "shot and killed", "people", "civilians", "soldiers", "others", "died", "dead", "deaths", "fatalities", "death toll", "toll",
        "rose", "to", "of", "at", "and", "as well as", "them", "woman", "soldier", "police", "officers", "insurgents", "wounded",
        "reportedly", "years", "percent", "km", "p.m.", "on", "Monday", "the", "strike", "Twenty", "KILLED", "Several", "Dozens", "AT LEAST",
        "threes", "sevenfold", "onetime", "tenth", "somehow", "ate", "wasted", "gotten", "lefty", "killedx"};
    private static final String[] GAPS = {" ", " ", " ", "  ", ", ", ". ", "; ", "-", "\n", " and "};

    /**
     * 1-14 words from {@code word}, joined by {@link #GAPS}, perhaps with a gap before the first and (when
     * {@code gapAfter}) after the last, drawn from {@code r} in that order.
     */
    private static String clause(Random r, java.util.function.Supplier<String> word, boolean gapAfter) {
        StringBuilder b = new StringBuilder();
        int words = 1 + r.nextInt(14);
        for (int w = 0; w < words; w++) {
            if (w > 0 || r.nextBoolean()) {
                b.append(GAPS[r.nextInt(GAPS.length)]);
            }
            b.append(word.get());
        }
        if (gapAfter && r.nextBoolean()) {
            b.append(GAPS[r.nextInt(GAPS.length)]);
        }
        return b.toString();
    }

    @Test
    void theWordListsGatheredUnderFirstLettersMatchAsTheyDidSpeltOut() {
        Pattern[] now = current();
        Random r = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            String text = clause(r, () -> WORDS[r.nextInt(WORDS.length)], true);
            for (int k = 0; k < OLD.length; k++) {
                assertThat(LetterAlternationTest.matches(now[k], text)).as("pattern %d on \"%s\"", k, text)
                        .isEqualTo(LetterAlternationTest.matches(OLD[k], text));
            }
        }
    }

    @Test
    void theOnePassOverTheClauseFindsTheLeastCountFindWouldFind() {
        // The specification: each pattern's find() over the whole clause, the least count of its matches' group 1.
        String[] junk = {"handsome", "twentyfold", "xten", "_one", "9two", "élevé", "retoll", "unkilled", "leftover"};
        Random r = new Random(15);
        int counted = 0;
        for (int n = 0; n < 20_000; n++) {
            String clause = clause(r, () -> r.nextInt(6) == 0 ? junk[r.nextInt(junk.length)] : WORDS[r.nextInt(WORDS.length)],
                    false);
            boolean[] on = {r.nextInt(4) > 0, r.nextInt(4) > 0, r.nextInt(4) > 0, r.nextInt(4) > 0};
            on[1] = on[0];
            Integer spec = null;
            for (int i = 0; i < on.length; i++) {
                Matcher m = Fatalities.PATTERNS[i].matcher(clause);
                while (on[i] && m.find()) {
                    Integer c = Fatalities.number(m.group(1));
                    if (c != null && (spec == null || c < spec)) {
                        spec = c;
                    }
                }
            }
            assertThat(Fatalities.leastCount(clause, on)).as(clause).isEqualTo(spec);
            counted += spec != null ? 1 : 0;
        }
        assertThat(counted).isGreaterThan(800);
    }
}
