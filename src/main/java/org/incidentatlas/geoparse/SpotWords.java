package org.incidentatlas.geoparse;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.text.TokenArray;

/**
 * Every word list the spotter's rules read, compiled into one table: a lower-case word's 64-bit key
 * ({@link TokenArray#keyOf}) → a bit per list it is in, and its rank among frequent English words. {@link SpotText}
 * looks each token up once per article, so a rule asks {@code t.has(i, LOCATIVE)} (a bit test) instead of probing a
 * string set at every position.
 *
 * <p>The lexicons (given names, titles, common words, unit words …) are the resource files read by {@link Lexicon},
 * {@link ContextWords}, {@link HeadNouns} and {@link UnlistedPlaces}; the short grammatical lists below are the
 * spotter's own cue words (prepositions, feature words, outlet cues), read from {@code spotter-words.tsv}
 * ({@link SpotterWordFile}). A word's key is that of its lower-case form
 * as written; keys are hashes (one collision in about 2^64 per pair, never expected for lists of this size).
 */
final class SpotWords {
    /** Lower-case words that may stand inside a place name ("Deir ez-Zor", "Bab-el-Mandeb", "Isle of Man"). */
    static final long CONNECTOR = 1L;
    /** Arabic articles that start a name in lower case ("al-Mayadeen"). */
    static final long ARTICLE = 1L << 1;
    /** Words after a name that say what kind of place it is ({@link #featureAfter}). */
    static final long FEATURE_AFTER = 1L << 2;
    /** Feature words that become part of the surface ("Anbar province"). */
    static final long SURFACE_FEATURE = 1L << 3;
    /** Admin words that are part of the name when capitalised ("Orange County", "Kherson Oblast"). */
    static final long PROPER_ADMIN = 1L << 4;
    /** "the province of X", "the town of X" ({@link #featureBefore}). */
    static final long FEATURE_BEFORE = 1L << 5;
    static final long LOCATIVE = 1L << 6;
    static final long OUTLET_AFTER = 1L << 7;
    static final long OUTLET_BEFORE = 1L << 8;
    static final long OUTLET_APPOSITION = 1L << 9;
    static final long GENERIC_OUTLET = 1L << 10;
    static final long REPORT_VERB = 1L << 11;
    static final long CREDIT = 1L << 12;
    static final long SEAT_SUFFIX = 1L << 13;
    static final long METONYM_AFTER = 1L << 14;
    static final long RELATION = 1L << 15;
    /** Lower-case particles inside European surnames: "de Kock", "van Gogh", "von der Leyen". */
    static final long NAME_PARTICLE = 1L << 16;
    /** Words after a name that make it a first-level area when the name is also a town's: "Kharkiv region". */
    static final long ADMIN1_WORD = 1L << 17;
    static final long DIRECTION = 1L << 18;
    static final long STRICT_LOCATIVE = 1L << 19;
    static final long ATTACK = 1L << 20;
    /** Capitalised last words of an outlet's name: "Pakistan Point News". */
    static final long MEDIA_HEAD = 1L << 21;
    /** Lower-case words after a name that make it a criminal or armed group's: "the Jalisco cartel". */
    static final long GROUP = 1L << 22;
    /** Capitalised words after a name that make it a facility's: "Victoria Park", "Windsor Castle". */
    static final long FACILITY_HEAD = 1L << 23;
    static final long STREET_HEAD = 1L << 24;
    static final long FACILITY_CONNECTOR = 1L << 25;
    static final long ORG_HEAD = 1L << 26;
    static final long SPEAKER_BEFORE = 1L << 27;
    static final long GIVEN_NAME = 1L << 28;
    static final long TITLE = 1L << 29;
    static final long NEVER_PLACE = 1L << 30;
    /** Among the frequent English words (its rank is {@link SpotText#rank}). */
    static final long COMMON = 1L << 31;
    static final long UNIT_WORD = 1L << 32;
    static final long WEAPON_WORD = 1L << 33;
    /** Occurs in some head noun of {@link HeadNouns} ("oil", "air", "base"). */
    static final long HEAD_WORD = 1L << 34;
    static final long SETTLEMENT_NOUN = 1L << 35;
    /** First word of a region adjective of several words ("north" of "north american"). */
    static final long REGION_ADJECTIVE_START = 1L << 36;
    /** A region adjective of one word ("european"). */
    static final long REGION_ADJECTIVE = 1L << 38;
    /** "bin", "ibn": join a name to the next like an article. */
    static final long BIN = 1L << 37;
    /**
     * Not a list: marks a word's packed lists and rank as filled in a {@link org.incidentatlas.text.WordTable} cell
     * (which is 0 until then); {@link #listsOf} drops it.
     */
    static final long IN_TABLE = 1L << 39;
    /** {@link OrganisationNames}' lists, for its rules' bit tests: a lower-case connector of a unit's name ("ul"). */
    static final long ORG_CONNECTOR = 1L << 40;
    /** A people word after a name ("tribesmen"). */
    static final long PEOPLE_WORD = 1L << 41;
    /** A generic first word of multiword names ("wadi"). */
    static final long NAME_GENERIC = 1L << 42;
    /** An organisation head of one word ("party"). */
    static final long ORG_HEAD_WORD = 1L << 43;
    /** A proper prefix of an organisation head of several words ("workers", "info"). */
    static final long ORG_HEAD_PREFIX = 1L << 44;

    static final Set<String> CONNECTORS = SpotterWordFile.set("connectors");
    static final Set<String> ARTICLES = SpotterWordFile.set("articles");
    static final Map<String, String> FEATURE_AFTER_HINTS = SpotterWordFile.map("feature-after-hints");
    static final Set<String> SURFACE_FEATURES = SpotterWordFile.set("surface-features");
    /** Not "District": "School District", "Business District" and "Water District" are institutions and quarters. */
    static final Set<String> PROPER_ADMINS = SpotterWordFile.set("proper-admins");
    static final Map<String, String> FEATURE_BEFORE_HINTS = SpotterWordFile.map("feature-before-hints");
    static final Set<String> LOCATIVES = SpotterWordFile.set("locatives");
    static final Set<String> OUTLETS_AFTER = SpotterWordFile.set("outlets-after");
    static final Set<String> OUTLETS_BEFORE = SpotterWordFile.set("outlets-before");
    static final Set<String> OUTLET_APPOSITIONS = SpotterWordFile.set("outlet-appositions");
    static final Set<String> GENERIC_OUTLET_WORDS = SpotterWordFile.set("generic-outlet-words");
    static final Set<String> REPORT_VERBS = SpotterWordFile.set("report-verbs");
    static final Set<String> CREDIT_WORDS = SpotterWordFile.set("credit-words");
    static final Set<String> SEAT_SUFFIXES = SpotterWordFile.set("seat-suffixes");
    /** Words after a capital or country that show it stands for its government. */
    static final Set<String> METONYMS_AFTER = SpotterWordFile.set("metonyms-after");
    static final Set<String> RELATION_WORDS = SpotterWordFile.set("relation-words");
    static final Set<String> NAME_PARTICLES = SpotterWordFile.set("name-particles");
    static final Set<String> ADMIN1_WORDS = SpotterWordFile.set("admin1-words");
    static final Set<String> DIRECTION_ADJECTIVES = SpotterWordFile.set("direction-adjectives");
    static final Set<String> STRICT_LOCATIVES = SpotterWordFile.set("strict-locatives");
    static final Set<String> ATTACK_WORDS = SpotterWordFile.set("attack-words");
    static final Set<String> MEDIA_HEADS = SpotterWordFile.set("media-heads");
    static final Set<String> GROUP_WORDS = SpotterWordFile.set("group-words");
    static final Set<String> FACILITY_HEADS = SpotterWordFile.set("facility-heads");
    /** Streets are named after places elsewhere more often than not: "Oxford Street", "Atlantic Avenue". */
    static final Set<String> STREET_HEADS = SpotterWordFile.set("street-heads");
    /** Facility words before "de X" / "of X" (folded): "Stade de France", "Hôtel de Ville", "Gare du Nord". */
    static final Set<String> FACILITY_BEFORE = SpotterWordFile.set("facility-before");
    static final Set<String> FACILITY_CONNECTORS = SpotterWordFile.set("facility-connectors");
    static final Set<String> ORG_HEADS = SpotterWordFile.set("org-heads");
    static final Set<String> SPEAKERS_BEFORE = SpotterWordFile.set("speakers-before");

    private static volatile SpotWords standard;

    /** Open addressing, one cache line per probe: {@code table[2s]} a key, {@code table[2s + 1]} its bits and rank. */
    private final long[] table;
    private final int mask;
    /** True for {@link #standard()}'s: the one whose answers the word table's {@code SPOT} cells hold. */
    private boolean standardLists;
    private static final int RANK_SHIFT = 48;
    private static final int MAX_RANK = (1 << (64 - RANK_SHIFT)) - 1;
    private static final long LIST_BITS = (1L << RANK_SHIFT) - 1 & ~IN_TABLE;

    private SpotWords(Map<String, long[]> entries) {
        // load about 0.6: ~19,000 words in 32,768 slots of 16 bytes, half a megabyte that stays in cache
        int cap = Integer.highestOneBit(Math.max(16, entries.size() * 5 / 3)) * 2;
        mask = cap - 1;
        table = new long[2 * cap];
        for (Map.Entry<String, long[]> e : entries.entrySet()) {
            long k = TokenArray.keyOf(e.getKey());
            if (k == 0) {
                continue; // the empty slot's key: one word in 2^64, never expected
            }
            int s = slot(k);
            while (table[2 * s] != 0 && table[2 * s] != k) {
                s = (s + 1) & mask;
            }
            table[2 * s] = k;
            long v = table[2 * s + 1];
            long rank = Math.max(v >>> RANK_SHIFT, e.getValue()[1]);
            if (rank > MAX_RANK) {
                throw new IllegalArgumentException("common-word rank past " + MAX_RANK + ": " + e.getKey());
            }
            table[2 * s + 1] = (v & LIST_BITS) | e.getValue()[0] | (rank << RANK_SHIFT);
        }
    }

    static SpotWords standard() {
        SpotWords w = standard;
        if (w == null) {
            synchronized (SpotWords.class) {
                w = standard;
                if (w == null) {
                    w = build(Lexicon.standard(), ContextWords.standard(), HeadNouns.standard(),
                            UnlistedPlaces.standard());
                    w.standardLists = true;
                    standard = w;
                }
            }
        }
        return w;
    }

    static SpotWords build(Lexicon lexicon, ContextWords context, HeadNouns heads, UnlistedPlaces unlisted) {
        Map<String, long[]> m = new java.util.HashMap<>();
        add(m, CONNECTORS, CONNECTOR);
        add(m, ARTICLES, ARTICLE);
        add(m, FEATURE_AFTER_HINTS.keySet(), FEATURE_AFTER);
        add(m, SURFACE_FEATURES, SURFACE_FEATURE);
        add(m, PROPER_ADMINS, PROPER_ADMIN);
        add(m, FEATURE_BEFORE_HINTS.keySet(), FEATURE_BEFORE);
        add(m, LOCATIVES, LOCATIVE);
        add(m, OUTLETS_AFTER, OUTLET_AFTER);
        add(m, OUTLETS_BEFORE, OUTLET_BEFORE);
        add(m, OUTLET_APPOSITIONS, OUTLET_APPOSITION);
        add(m, GENERIC_OUTLET_WORDS, GENERIC_OUTLET);
        add(m, REPORT_VERBS, REPORT_VERB);
        add(m, CREDIT_WORDS, CREDIT);
        add(m, SEAT_SUFFIXES, SEAT_SUFFIX);
        add(m, METONYMS_AFTER, METONYM_AFTER);
        add(m, RELATION_WORDS, RELATION);
        add(m, NAME_PARTICLES, NAME_PARTICLE);
        add(m, ADMIN1_WORDS, ADMIN1_WORD);
        add(m, DIRECTION_ADJECTIVES, DIRECTION);
        add(m, STRICT_LOCATIVES, STRICT_LOCATIVE);
        add(m, ATTACK_WORDS, ATTACK);
        add(m, MEDIA_HEADS, MEDIA_HEAD);
        add(m, GROUP_WORDS, GROUP);
        add(m, FACILITY_HEADS, FACILITY_HEAD);
        add(m, STREET_HEADS, STREET_HEAD);
        add(m, FACILITY_CONNECTORS, FACILITY_CONNECTOR);
        add(m, ORG_HEADS, ORG_HEAD);
        add(m, SPEAKERS_BEFORE, SPEAKER_BEFORE);
        add(m, SpotterWordFile.set("bin"), BIN);
        add(m, lexicon.givenNames(), GIVEN_NAME);
        add(m, lexicon.titles(), TITLE);
        add(m, lexicon.neverPlaces(), NEVER_PLACE);
        for (Map.Entry<String, Integer> e : lexicon.commonRanks().entrySet()) {
            long[] v = m.computeIfAbsent(e.getKey(), k -> new long[2]);
            v[0] |= COMMON;
            v[1] = e.getValue();
        }
        add(m, lexicon.regionAdjectiveFirstWords(), REGION_ADJECTIVE_START);
        for (String adjective : lexicon.regionAdjectives()) {
            if (adjective.indexOf(' ') < 0) {
                m.computeIfAbsent(adjective, k -> new long[2])[0] |= REGION_ADJECTIVE;
            }
        }
        add(m, context.unitWords, UNIT_WORD);
        add(m, context.weaponWords, WEAPON_WORD);
        add(m, heads.words(), HEAD_WORD);
        add(m, unlisted.nouns(), SETTLEMENT_NOUN);
        OrganisationNames names = OrganisationNames.standard();
        add(m, names.connectors(), ORG_CONNECTOR);
        add(m, names.peopleWords(), PEOPLE_WORD);
        add(m, names.generics(), NAME_GENERIC);
        add(m, names.heads(), ORG_HEAD_WORD);
        add(m, names.multiWordPrefixes(), ORG_HEAD_PREFIX);
        return new SpotWords(m);
    }

    private static void add(Map<String, long[]> m, Set<String> words, long bit) {
        for (String w : words) {
            m.computeIfAbsent(w, k -> new long[2])[0] |= bit;
        }
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 31)) & mask;
    }

    /** The lists a lower-case word with this key is in ({@link #listsOf}) and its rank ({@link #rankOf}), packed. */
    long lookup(long key) {
        int s = slot(key);
        long k;
        while ((k = table[2 * s]) != 0) {
            if (k == key) {
                return table[2 * s + 1];
            }
            s = (s + 1) & mask;
        }
        return 0;
    }

    /** True for {@link #standard()}'s lists (whose answers the thread's word table keeps). */
    boolean isStandard() {
        return standardLists;
    }

    static long listsOf(long packed) {
        return packed & LIST_BITS;
    }

    static int rankOf(long packed) {
        return (int) (packed >>> RANK_SHIFT);
    }

    /** The lists a lower-case word is in, as bits (0 for none). */
    long bits(String lower) {
        return listsOf(lookup(TokenArray.keyOf(lower)));
    }

    /** What a feature word after a name says the name is ("admin", "settlement"), or null. */
    static String featureAfter(String lower) {
        return FEATURE_AFTER_HINTS.get(lower);
    }

    /** What "the W of X" says X is, or null. */
    static String featureBefore(String lower) {
        return FEATURE_BEFORE_HINTS.get(lower);
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
