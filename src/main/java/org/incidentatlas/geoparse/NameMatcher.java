package org.incidentatlas.geoparse;

import static org.incidentatlas.geoparse.Candidates.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Where names start and end at a token, for every spotter component: the longest gazetteer name, the longest
 * outlet or organisation name, whether a name is a country's or a demonym. One per article (it keeps the article's
 * folds); the gazetteer answers for spans of plain words are cached across articles ({@link FoldCache}).
 */
final class NameMatcher {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final Map<String, String> foldCache = new HashMap<>();

    NameMatcher(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    private static final int MAX_NAME_TOKENS = 7;

    String fold(String s) {
        String f = foldCache.get(s);
        if (f == null) {
            f = FoldCache.fold(s);
            foldCache.put(s, f);
        }
        return f;
    }

    /** End (exclusive) of the longest gazetteer name starting at token i, or -1; walked once per token. */
    int longestPlace(Tokens t, int i) {
        int e = t.rememberedLongestPlace(i, gazetteer);
        if (e == -2) {
            e = walkLongestPlace(t, i);
            t.rememberLongestPlace(i, e, gazetteer);
        }
        return e;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The gazetteer's answer for the name of tokens {@code [from, to)} (cached per token and across articles). */
    FoldCache.Lookup lookup(Tokens t, int from, int to) {
        return t.lookup(from, to, gazetteer);
    }

    private int walkLongestPlace(Tokens t, int i) {
        int best = -1;
        int max = Math.min(t.size(), i + MAX_NAME_TOKENS);
        for (int j = i; j < max; j++) {
            if (j > i) {
                if (!t.joinable(j)) {
                    break;
                }
                if (!t.isCapitalised(j) && !t.isDigit(j)
                        && !t.has(j, SpotWords.CONNECTOR | SpotWords.FEATURE_AFTER | SpotWords.HEAD_WORD)
                        && !t.hyphenBefore(j)) {
                    break;
                }
            }
            FoldCache.Lookup look = t.lookup(i, j + 1, gazetteer);
            List<Place> found = look.places;
            if (!found.isEmpty() && (lastTokenOk(t, i, j) || t.has(j, SpotWords.HEAD_WORD) && j > i
                    || t.is(j, Word.REGION) && hasKind(found, PlaceKind.ADMIN1))) { // "Sagaing region"
                best = j + 1;
            } else if (t.isAcronym(j) && j == i) {
                String compact = t.word(j).replace(".", "").toLowerCase(Locale.ROOT);
                if (!gazetteer.find(compact).isEmpty()) {
                    best = j + 1;
                }
            }
            boolean article = t.has(j, SpotWords.ARTICLE) || t.has(j, SpotWords.CONNECTOR);
            if (!article && !look.longer) {
                break;
            }
        }
        return best;
    }

    private static boolean lastTokenOk(Tokens t, int i, int j) {
        if (j == i) {
            return true;
        }
        if (t.is(i, Word.THE) && !t.isCapitalised(i + 1)) {
            return false;
        }
        if (t.is(j, Word.REGION) || t.is(j, Word.AREA)) {
            return t.isCapitalised(j); // "Kurdistan Region" the name, but "Kurdistan region": the vague head is left out
        }
        return t.isCapitalised(j) || t.isDigit(j) || t.has(j, SpotWords.FEATURE_AFTER)
                || (t.hyphenBefore(j) && !t.has(j, SpotWords.CONNECTOR));
    }

    /** Longest outlet/organisation name starting at token i, or -1. */
    int organisationEnd(Tokens t, int i) {
        int best = -1;
        int max = Math.min(t.size(), i + lexicon.maxOrganisationTokens());
        for (int j = i; j < max; j++) {
            if (j > i && !t.joinable(j)) {
                break;
            }
            boolean named;
            boolean longer;
            if (j == i) {
                // the first word through the gazetteer's answer for it, which the place walk asks next anyway
                int org = organisationFacts(t.lookup(i, i + 1, gazetteer));
                named = (org & FoldCache.Lookup.ORGANISATION) != 0;
                longer = (org & FoldCache.Lookup.LONGER_ORGANISATION) != 0;
            } else {
                String key = t.name(i, j + 1);
                named = lexicon.organisation(key) != null;
                longer = lexicon.hasLongerOrganisation(key);
            }
            if (named) {
                best = j + 1;
            }
            if (!longer && !t.has(j, SpotWords.ARTICLE)) {
                break;
            }
        }
        return best;
    }

    /**
     * The lexicon's answers for a one-word name ({@link FoldCache.Lookup#ORGANISATION} bits), kept on the shared
     * lookup for the standard lexicon: a capitalised word is asked at every occurrence in every article.
     */
    private int organisationFacts(FoldCache.Lookup look) {
        boolean shared = lexicon == Lexicon.standard();
        int facts = shared ? look.organisationFacts : 0;
        if (facts == 0) {
            facts = FoldCache.Lookup.KNOWN;
            if (lexicon.organisation(look.folded) != null) {
                facts |= FoldCache.Lookup.ORGANISATION;
            }
            if (lexicon.hasLongerOrganisation(look.folded)) {
                facts |= FoldCache.Lookup.LONGER_ORGANISATION;
            }
            if (shared) {
                look.organisationFacts = (byte) facts; // racy on purpose: one byte, always the same value
            }
        }
        return facts;
    }

    boolean isCountryName(String key) {
        return isCountryName(gazetteer.find(key));
    }

    /**
     * {@link #isCountryName(String)} of the name of tokens {@code [from, to)}, from the shared lookup's candidate
     * facts (found once per name for the run): a country or first-level area, or a capital
     * ({@link Candidates#GOVERNMENT_LIKE} is a country's or a capital's). No walk over a surname's many namesakes at
     * every person.
     */
    boolean isCountryName(Tokens t, int from, int to) {
        int facts = t.lookup(from, to, gazetteer).candidateFacts();
        return (facts & (Candidates.COUNTRY | Candidates.ADMIN1 | Candidates.GOVERNMENT_LIKE)) != 0;
    }

    private static boolean isCountryName(List<Place> places) {
        for (int i = 0, n = places.size(); i < n; i++) {
            Place p = places.get(i);
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || "PPLC".equals(p.featureCode())) {
                return true;
            }
        }
        return false;
    }

    String demonym(String word) {
        return demonymOfFolded(fold(word));
    }

    /** {@link #demonym(String)} of the words of tokens {@code [from, to)}, folded once per article. */
    String demonym(Tokens t, int from, int to) {
        // one word, or plain words: the answer is kept on the shared lookup ("South Korean" is asked at every
        // pair of capitalised words)
        if (to == from + 2 && !mayStartDemonym(t, from)) {
            return null;
        }
        FoldCache.Lookup look = to == from + 1 ? t.lookup(from, to, gazetteer) : t.plainLookup(from, to, gazetteer);
        if (look == null) {
            return demonymOfFolded(t.name(from, to));
        }
        String iso = look.demonym;
        if (iso == null) {
            String found = demonymOfFolded(look.folded);
            iso = found == null ? "" : found;
            look.demonym = iso; // racy on purpose: always the same value
        }
        return iso.isEmpty() ? null : iso;
    }

    /**
     * False if the two plain joined words at {@code from} can be no demonym: two such words fold to the first word's
     * fold, a space and the second's, unless folding drops or joins the first (an article, "the", a single letter),
     * which {@link Gazetteer#mayStartDemonym} answers true for; a demonym's plural ends the same way. Any other pair is
     * asked in full. Saves the pair's lookup at most pairs of capitalised words (persons, organisations).
     */
    private boolean mayStartDemonym(Tokens t, int from) {
        if (!t.has(from, SpotText.PLAIN) || !t.has(from + 1, SpotText.PLAIN) || !t.joinable(from + 1)) {
            return true;
        }
        FoldCache.Lookup look = t.lookup(from, from + 1, gazetteer);
        int known = look.demonymStart;
        if (known == 0) {
            // once per word and gazetteer, kept on the shared lookup: no read of the folded string at every pair
            known = FoldCache.Lookup.KNOWN
                    | (gazetteer.mayStartDemonym(look.folded) ? FoldCache.Lookup.DEMONYM_START : 0);
            look.demonymStart = (byte) known;
        }
        return (known & FoldCache.Lookup.DEMONYM_START) != 0;
    }

    private String demonymOfFolded(String f) {
        var iso = gazetteer.countryOfDemonym(f);
        if (iso.isEmpty() && f.endsWith("s") && f.length() > 4) {
            iso = gazetteer.countryOfDemonym(f.substring(0, f.length() - 1));
        }
        return iso.orElse(null);
    }

    boolean canStart(Tokens t, int i) {
        if (t.isCapitalised(i)) {
            return true;
        }
        return t.length(i) <= 3 && t.has(i, SpotWords.ARTICLE) && i + 1 < t.size() && t.hyphenBefore(i + 1) && t.isCapitalised(i + 1);
    }

    boolean isPlaceOrDemonymWord(Tokens t, int i) {
        FoldCache.Lookup look = t.lookup(i, i + 1, gazetteer);
        String f = look.folded;
        return !look.places.isEmpty() || gazetteer.countryOfDemonym(f).isPresent() || t.has(i, SpotWords.TITLE)
                || t.has(i, SpotWords.FEATURE_BEFORE) || t.has(i, SpotWords.FEATURE_AFTER);
    }
}
