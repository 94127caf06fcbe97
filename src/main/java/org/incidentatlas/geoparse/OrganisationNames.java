package org.incidentatlas.geoparse;

import static org.incidentatlas.geoparse.Candidates.*;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.RegexSpace;

/**
 * Shapes in which a place name is part of another name, each read from a data file beside this class: a place
 * before up to two capitalised words and an organisation head ({@code organisation-heads.txt}: "X Workers' Party",
 * "X Region CT", "X Information Centre"); a place at the end of a transliterated unit name that a unit word opens
 * ({@code unit-words.txt}, joined by {@code organisation-connectors.txt}: "Tehreek-i-Taliban X", "Harakat Y X");
 * a people ("the X people", {@code people-words.txt}); a generic first word of an unknown multiword name
 * ("Wadi X", {@code name-generics.txt}); and a given name before a surname ("X al-Y", "X Y" where neither Y nor
 * "X Y" is a place).
 */
final class OrganisationNames {
    private static volatile OrganisationNames standard;

    private final Set<String> heads;
    /**
     * Every proper prefix of the heads of more than one word: a name of several words starts with its first word in
     * lower case, so a word that is no such prefix opens none of them (no span to copy and normalise).
     */
    private final Set<String> multiWordPrefixes;
    private final int maxHeadWords;
    private final Set<String> connectors;
    private final Set<String> peopleWords;
    private final Set<String> generics;
    /** True for {@link #standard()}'s sets, the ones {@link SpotWords#build} turns into word-list bits. */
    private boolean standardSets;

    OrganisationNames(Set<String> heads, Set<String> connectors, Set<String> peopleWords, Set<String> generics) {
        this.heads = Set.copyOf(heads);
        int max = 1;
        Set<String> prefixes = new HashSet<>();
        for (String h : heads) {
            int words = h.split("[ \\-]+").length;
            max = Math.max(max, words);
            if (words > 1) {
                for (int p = 1; p < h.length(); p++) {
                    prefixes.add(h.substring(0, p));
                }
            }
        }
        this.maxHeadWords = max;
        this.multiWordPrefixes = Set.copyOf(prefixes);
        this.connectors = Set.copyOf(connectors);
        this.peopleWords = Set.copyOf(peopleWords);
        this.generics = Set.copyOf(generics);
    }

    static OrganisationNames standard() {
        OrganisationNames o = standard;
        if (o == null) {
            synchronized (OrganisationNames.class) {
                o = standard;
                if (o == null) {
                    o = new OrganisationNames(words("organisation-heads.txt"), words("organisation-connectors.txt"),
                            words("people-words.txt"), words("name-generics.txt"));
                    o.standardSets = true;
                    standard = o;
                }
            }
        }
        return o;
    }

    /** The sets {@link SpotWords} turns into bits ({@link SpotWords#ORG_CONNECTOR} and the four after it). */
    Set<String> connectors() {
        return connectors;
    }

    Set<String> peopleWords() {
        return peopleWords;
    }

    Set<String> generics() {
        return generics;
    }

    Set<String> heads() {
        return heads;
    }

    Set<String> multiWordPrefixes() {
        return multiWordPrefixes;
    }

    /**
     * True if {@code word}, the lower-case form of token {@code k} (or that form with apostrophes straightened, which
     * a plain word has none of), is in {@code set}: for a plain word the word-list bit {@code bit} says it, which
     * {@link SpotWords} set from this instance's sets when it is the standard one; any other word is asked of the set.
     */
    private boolean in(Tokens t, int k, long bit, Set<String> set, boolean straightened) {
        if (standardSets && t.has(k, SpotText.PLAIN)) {
            return t.has(k, bit);
        }
        String lower = t.lower(k);
        return set.contains(straightened ? lower.replace('\u2019', '\'') : lower);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : Lexicon.lines(resource)) {
            out.add(normal(line));
        }
        return out;
    }

    /** Lower case, curly apostrophes straight, runs of white space as one space. */
    static String normal(String s) {
        String l = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // runs of the regex class \s ([ \t\n\x0B\f\r]) as one space, without a regex (this runs per candidate)
        StringBuilder b = null;
        int n = l.length();
        for (int i = 0; i < n; i++) {
            char c = l.charAt(i);
            if (RegexSpace.is(c) && (c != ' ' || i + 1 < n && RegexSpace.is(l.charAt(i + 1)))) {
                if (b == null) {
                    b = new StringBuilder(n).append(l, 0, i);
                }
                b.append(' ');
                while (i + 1 < n && RegexSpace.is(l.charAt(i + 1))) {
                    i++;
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return (b == null ? l : b.toString()).strip();
    }

    /**
     * True if an organisation head follows the name at {@code to}, directly or after up to two capitalised words
     * ("Workers'", "Region", "Information"); the head is written capitalised or in capitals.
     */
    boolean beforeHead(Tokens t, int to) {
        int n = t.size();
        if (to >= n || !t.joinable(to)) {
            return false;
        }
        for (int k = to; k < n && k <= to + 2; k++) {
            if (k > to && !joinedName(t, k)) {
                return false;
            }
            if (!t.isCapitalised(k) && !t.isAllCaps(k)) {
                return false;
            }
            if (headAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean headAt(Tokens t, int k) {
        int n = t.size();
        // one token has no white space: its lower-case form is already the normal one but for apostrophes
        if (in(t, k, SpotWords.ORG_HEAD_WORD, heads, true)) {
            return true;
        }
        if (!in(t, k, SpotWords.ORG_HEAD_PREFIX, multiWordPrefixes, true)) {
            return false; // the normal form of a longer span starts with this word: no head of several words does
        }
        for (int m = 2; m <= maxHeadWords && k + m <= n; m++) {
            if (!joinedName(t, k + m - 1)) {
                break;
            }
            if (heads.contains(normal(t.span(k, k + m)))) {
                return true;
            }
        }
        return false;
    }

    /** Joined to the word before by spaces or a hyphen, or by a possessive apostrophe ("Workers' Party"). */
    private static boolean joinedName(Tokens t, int k) {
        if (t.joinable(k)) {
            return true;
        }
        if (k == 0) {
            return false;
        }
        // the gap is an apostrophe and white space, after a word ending in "s" (read in place: no gap string)
        String text = t.text();
        int from = t.end(k - 1);
        int to = t.start(k);
        if (to <= from || !isApostrophe(text.charAt(from)) || text.charAt(from - 1) != 's') {
            return false;
        }
        for (int p = from + 1; p < to; p++) {
            if (!Character.isWhitespace(text.charAt(p))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * True if the name at {@code from} ends a run that a capitalised unit word opens, through capitalised words and
     * lower-case connectors: "Tehreek-i-Taliban X", "Harakat Y X".
     */
    boolean endsUnitName(Tokens t, int from) {
        int k = from;
        int words = 0;
        while (k > 0 && words < 6 && (t.joinable(k) || apostropheJoin(t, k))) {
            int prev = k - 1;
            if (t.isCapitalised(prev) && t.has(prev, SpotWords.UNIT_WORD)) {
                return true;
            }
            boolean ok = t.isCapitalised(prev) || t.isLower(prev) && in(t, prev, SpotWords.ORG_CONNECTOR, connectors, false)
                    || t.length(prev) <= 2 && apostropheJoin(t, prev); // "Sawa'd": the "d" after the apostrophe
            if (!ok) {
                return false;
            }
            k = prev;
            words++;
        }
        return false;
    }

    private static boolean apostropheJoin(Tokens t, int k) {
        if (k == 0) {
            return false;
        }
        int from = t.end(k - 1);
        return t.start(k) == from + 1 && isApostrophe(t.text().charAt(from));
    }

    /** True if a people word follows the name: "the X people", "X tribesmen". */
    boolean beforePeopleWord(Tokens t, int to) {
        return to < t.size() && t.joinable(to) && t.isLower(to) && in(t, to, SpotWords.PEOPLE_WORD, peopleWords, false);
    }

    /** True if the word at {@code i} opens many multiword names ("Wadi", "Jabal"). */
    boolean isGeneric(Tokens t, int i) {
        return in(t, i, SpotWords.NAME_GENERIC, generics, false);
    }

    /**
     * Why the spot is part of another name, or null: an organisation head after it, the end of a unit's name, a
     * people, a fragment of an unknown multiword name, a given name before a surname. {@code facts}: the
     * {@link Candidates#facts} of the spot's candidates (countries, first-order regions and big cities keep their name
     * whatever follows).
     */
    RejectReason reason(Spot s, NotPlaceFilters.Window w, NameMatcher names, int facts) {
        Tokens t = w.t();
        int from = w.from();
        int to = w.to();
        int n = t.size();
        if (beforeHead(t, to) || endsUnitName(t, from)) {
            return RejectReason.ORGANISATION_NAME;
        }
        boolean major = (facts & (Candidates.COUNTRY | Candidates.ADMIN1 | Candidates.BIG_CITY)) != 0;
        if (!major && beforePeopleWord(t, to)) {
            return RejectReason.ETHNONYM;
        }
        boolean single = to == w.head() + 1;
        if (!single || s.properAdmin) {
            return null;
        }
        // "Wadi X", "Jabal X": a generic first word alone before a capitalised word that is no place
        // (the word after it first: most names end their sentence's run, and the set is asked only where one goes on)
        if (to < n && t.joinable(to) && (t.isCapitalised(to) || t.has(to, SpotWords.ARTICLE))
                && isGeneric(t, w.head()) && (t.isCapitalised(to)
                && !names.isPlaceOrDemonymWord(t, to) || t.has(to, SpotWords.ARTICLE) && to + 1 < n
                && t.hyphenBefore(to + 1) && t.isCapitalised(to + 1))) {
            return RejectReason.PARTIAL_NAME;
        }
        // "Ain X" where only X is in the gazetteer: the second word of an unknown two-word name
        if (!major && from >= 1 && t.joinable(from) && t.isCapitalised(from - 1) && !t.isAllCaps(from - 1)
                && isGeneric(t, from - 1)) {
            return RejectReason.PARTIAL_NAME;
        }
        if (w.headline() || (facts & (Candidates.COUNTRY | Candidates.BIG_CITY)) != 0) {
            return null;
        }
        // "X al-Y": a given name before a family name or nisba that is no place
        if (to + 1 < n && t.joinable(to) && t.has(to, SpotWords.ARTICLE) && t.hyphenBefore(to + 1)
                && t.isCapitalised(to + 1) && !names.isPlaceOrDemonymWord(t, to + 1)) {
            return RejectReason.PERSON_NAME;
        }
        // "X Y" with Y a capitalised word that is no place, no ordinary word and no head: X is a fragment
        if (!major && to < n && t.joinable(to) && !t.hyphenBefore(to) && t.isCapitalised(to) && !t.isAllCaps(to)
                && t.rank(to) == 0 && !t.has(to, NAME_CONTINUATION) && !names.isPlaceOrDemonymWord(t, to)) {
            return RejectReason.PARTIAL_NAME;
        }
        return null;
    }

    /** Words after a name that continue it as a place, a facility or an organisation (decided elsewhere). */
    private static final long NAME_CONTINUATION = SpotWords.COMMON | SpotWords.ORG_HEAD | SpotWords.FACILITY_HEAD
            | SpotWords.STREET_HEAD | SpotWords.FEATURE_AFTER | SpotWords.HEAD_WORD | SpotWords.SETTLEMENT_NOUN
            | SpotWords.ADMIN1_WORD | SpotWords.MEDIA_HEAD | SpotWords.GROUP | SpotWords.TITLE | SpotWords.OUTLET_AFTER
            | SpotWords.CONNECTOR | SpotWords.GIVEN_NAME | SpotWords.UNIT_WORD | SpotWords.WEAPON_WORD
            | SpotWords.SEAT_SUFFIX | SpotWords.REPORT_VERB | SpotWords.METONYM_AFTER;
}
