package org.incidentatlas.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.text.NameFolding;
import org.incidentatlas.text.TokenArray;

/**
 * The word lists the geoparser's guards read: frequent English words (with rank), given names, person titles,
 * words that are never places alone, and outlet/organisation names. Loaded once from class-path resources
 * beside this class; all lookups are hash lookups on lower-case or folded strings.
 */
final class Lexicon {
    private static volatile Lexicon standard;

    private final Map<String, Integer> commonRank;
    private final Set<String> givenNames;
    private final Set<String> titles;
    private final Set<String> neverPlaces;
    /** Folded outlet or organisation name → true if it is an outlet (news media), false for other organisations. */
    private final Map<String, Boolean> organisations;
    /** Folded proper prefixes of organisation names, for longest match. */
    private final Set<String> organisationPrefixes;
    private final int maxOrganisationTokens;
    /** Lower-case region adjective ("european", "middle eastern") → the place name it stands for. */
    private final Map<String, String> regionAdjectives;
    /** First words of the region adjectives of more than one word ("north" for "north american"). */
    private final Set<String> regionAdjectiveFirstWords;
    /** "Ky." or "BC" as written → the admin-1 id it stands for, without "a1:" ("US.KY"). */
    private final Map<String, String> stateAbbreviations;
    /** The abbreviations as written, and those ending in a dot without it ("Ky"): the words that may write one. */
    private final Set<String> stateAbbreviationWords;
    /** {@link TokenArray#keyOf} of each of those words' letters in lower case (a token's key: dots are left out). */
    private final long[] stateAbbreviationKeys;

    Lexicon(Map<String, Integer> commonRank, Set<String> givenNames, Set<String> titles, Set<String> neverPlaces,
            Map<String, Boolean> organisations, Map<String, String> regionAdjectives,
            Map<String, String> stateAbbreviations) {
        this.regionAdjectives = Map.copyOf(regionAdjectives);
        Set<String> firstWords = new HashSet<>();
        for (String k : regionAdjectives.keySet()) {
            int sp = k.indexOf(' ');
            if (sp > 0) {
                firstWords.add(k.substring(0, sp));
            }
        }
        this.regionAdjectiveFirstWords = Set.copyOf(firstWords);
        this.stateAbbreviations = Map.copyOf(stateAbbreviations);
        Set<String> abbreviationWords = new HashSet<>();
        for (String k : stateAbbreviations.keySet()) {
            abbreviationWords.add(k);
            if (k.endsWith(".")) {
                abbreviationWords.add(k.substring(0, k.length() - 1));
            }
        }
        this.stateAbbreviationWords = Set.copyOf(abbreviationWords);
        this.stateAbbreviationKeys = abbreviationWords.stream()
                .mapToLong(w -> TokenArray.keyOf(w.toLowerCase(Locale.ROOT).replace(".", ""))).sorted().distinct()
                .toArray();
        this.commonRank = Map.copyOf(commonRank);
        this.givenNames = Set.copyOf(givenNames);
        this.titles = Set.copyOf(titles);
        this.neverPlaces = Set.copyOf(neverPlaces);
        this.organisations = Map.copyOf(organisations);
        Set<String> prefixes = new HashSet<>();
        int max = 1;
        for (String k : organisations.keySet()) {
            String[] parts = k.split(" ");
            max = Math.max(max, parts.length);
            int sp = k.indexOf(' ');
            while (sp > 0) {
                prefixes.add(k.substring(0, sp));
                sp = k.indexOf(' ', sp + 1);
            }
        }
        this.organisationPrefixes = Set.copyOf(prefixes);
        this.maxOrganisationTokens = max;
    }

    static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = standard;
                if (l == null) {
                    l = load();
                    standard = l;
                }
            }
        }
        return l;
    }

    private static Lexicon load() {
        Map<String, Integer> common = new HashMap<>();
        int rank = 0;
        for (String w : lines("common-words.txt")) {
            common.putIfAbsent(w.toLowerCase(Locale.ROOT), ++rank);
        }
        Set<String> given = new HashSet<>();
        for (String w : lines("given-names.txt")) {
            given.add(w.toLowerCase(Locale.ROOT));
        }
        Set<String> titles = new HashSet<>(lines("person-titles.txt"));
        Set<String> never = new HashSet<>(lines("never-places.txt"));
        Map<String, Boolean> orgs = new HashMap<>();
        for (String line : lines("outlets.txt")) {
            boolean outlet = !line.startsWith("org:");
            String name = outlet ? line : line.substring(4);
            String key = NameFolding.fold(name);
            if (!key.isEmpty()) {
                orgs.put(key, outlet);
            }
        }
        Map<String, String> regions = new HashMap<>();
        for (String line : lines("region-adjectives.txt")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                regions.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
            }
        }
        Map<String, String> states = new HashMap<>();
        for (String line : lines("state-abbreviations.txt")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                states.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        }
        return new Lexicon(common, given, titles, never, orgs, regions, states);
    }

    /** The stripped, non-empty, non-comment lines of a geoparser resource file (one reader for every word list). */
    static java.util.List<String> lines(String resource) {
        return org.incidentatlas.text.DataLines.read(Lexicon.class, resource).stream().map(r -> r.text().strip()).toList();
    }

    /** Rank of a lower-case word among frequent English words (1 = most frequent), or 0 if not frequent. */
    int commonRank(String lower) {
        Integer r = commonRank.get(lower);
        return r == null ? 0 : r;
    }

    boolean isCommonWord(String lower) {
        return commonRank.containsKey(lower);
    }

    boolean isGivenName(String lower) {
        return givenNames.contains(lower);
    }

    boolean isTitle(String lower) {
        return titles.contains(lower);
    }

    boolean isNeverPlace(String lower) {
        return neverPlaces.contains(lower);
    }

    /** TRUE for an outlet, FALSE for another organisation, null if the folded name is neither. */
    Boolean organisation(String folded) {
        return organisations.get(folded);
    }

    boolean hasLongerOrganisation(String foldedPrefix) {
        return organisationPrefixes.contains(foldedPrefix);
    }

    /** True if some region adjective of several words starts with this lower-case word ("north", "latin"). */
    boolean startsRegionAdjective(String lower) {
        return regionAdjectiveFirstWords.contains(lower);
    }

    /** The region a lower-case adjective ("european") stands for, or null. */
    String regionOfAdjective(String lower) {
        return regionAdjectives.get(lower);
    }

    /** The admin-1 id ("US.KY") a state or province abbreviation stands for, as written ("Ky.", "B.C.", "TX"). */
    String stateOfAbbreviation(String asWritten) {
        return stateAbbreviations.get(asWritten);
    }

    /**
     * False if neither {@code word} nor {@code word} with a dot after it is a state abbreviation: a word ends its
     * sentence far more often than it abbreviates a state, and this asks one set without building the dotted form.
     */
    boolean mayWriteStateAbbreviation(String word) {
        return stateAbbreviationWords.contains(word);
    }

    /**
     * False if no state abbreviation word ({@link #mayWriteStateAbbreviation(String)}) is written with the letters of
     * a token of this key ({@link TokenArray#key}: the hash of its letters and digits in lower case): the gate before
     * the token's string is built and asked.
     */
    boolean mayWriteStateAbbreviation(long tokenKey) {
        return java.util.Arrays.binarySearch(stateAbbreviationKeys, tokenKey) >= 0;
    }

    Map<String, Integer> commonRanks() {
        return commonRank;
    }

    Set<String> givenNames() {
        return givenNames;
    }

    Set<String> titles() {
        return titles;
    }

    Set<String> neverPlaces() {
        return neverPlaces;
    }

    Set<String> regionAdjectives() {
        return regionAdjectives.keySet();
    }

    Set<String> regionAdjectiveFirstWords() {
        return regionAdjectiveFirstWords;
    }

    int maxOrganisationTokens() {
        return maxOrganisationTokens;
    }
}
