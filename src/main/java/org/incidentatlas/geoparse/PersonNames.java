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
 * The person-name pass, over every sentence before any place is spotted: tokens inside person names (a title or a
 * given name and the name run after it: "Sayyed Mojtaba Hosseini", "Abu Bakr al-Baghdadi", "Ursula von der
 * Leyen"), whose surnames the article then uses for that person everywhere ({@link ArticleMemory#personKeys}).
 * Name runs are followed forward where a rule asks and kept per sentence ({@link Tokens#runEnd}): linear however
 * long the run.
 */
final class PersonNames {
    private final NameMatcher names;
    private final ArticleMemory memory;

    PersonNames(NameMatcher names, ArticleMemory memory) {
        this.names = names;
        this.memory = memory;
    }

    // ---------------------------------------------------------------- persons (first pass over all sentences)

    /** Marks the tokens of person names in a sentence and remembers their surnames for the whole article. */
    boolean[] persons(Tokens t) {
        int n = t.size();
        boolean[] person = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!t.has(i, SpotWords.TITLE | SpotWords.GIVEN_NAME)) {
                continue; // one bit test for most words: both rules start at a title or a given name
            }
            if (i + 1 >= n || !(t.isCapitalised(i + 1) || t.length(i + 1) <= 3)) {
                continue; // both rules need a name (or an article) right after this word
            }
            int e = titledPerson(t, person, i);
            if (e < 0) {
                e = givenNamePerson(t, person, i);
            }
            if (e > 0) {
                i = e - 1;
            }
        }
        return person;
    }

    /**
     * "President Bashar al-Assad", "Sayyed Mojtaba Hosseini": a title, then a name. Marks it and returns its end,
     * or -1. A title-like word that starts a country's or province's name is that name ("DR Congo").
     */
    private int titledPerson(Tokens t, boolean[] person, int i) {
        boolean title = t.has(i, SpotWords.TITLE) && !t.is(i + 1, Word.OF)
                && !(t.isAllCaps(i) && startsAreaName(t, i));
        if (!title || !t.joinable(i + 1) || !startsName(t, i + 1)) {
            return -1;
        }
        int e = nameRunEnd(t, i + 1);
        markPerson(t, person, i + 1, e);
        if (t.isCapitalised(i)) {
            person[i] = true; // the title is no place either
        }
        return e;
    }

    /**
     * "Mohammed Hassan": a capitalised given name, then a name that is no ordinary word and does not make a
     * gazetteer name with it. Marks it and returns its end, or -1.
     */
    private int givenNamePerson(Tokens t, boolean[] person, int i) {
        if (!(t.isCapitalised(i) && !t.isAllCaps(i) && t.has(i, SpotWords.GIVEN_NAME)
                && !t.has(i, SpotWords.DIRECTION) && t.joinable(i + 1) && startsName(t, i + 1))) {
            return -1;
        }
        int e = nameRunEnd(t, i);
        int second = t.has(i + 1, SpotWords.ARTICLE) || t.has(i + 1, SpotWords.NAME_PARTICLE) ? i + 2 : i + 1;
        if (second < e && !isOrdinaryWord(t, second) && names.longestPlace(t, i) <= i + 1) {
            markPerson(t, person, i, e);
            return e;
        }
        return -1;
    }

    private boolean startsAreaName(Tokens t, int i) {
        int e = names.longestPlace(t, i);
        return e > i + 1 && names.isCountryName(t, i, e);
    }

    private static boolean isOrdinaryWord(Tokens t, int i) {
        int r = t.rank(i);
        return (r > 0 && r <= 4000) || t.has(i, SpotWords.FEATURE_AFTER | SpotWords.NEVER_PLACE);
    }

    static boolean startsName(Tokens t, int i) {
        if (t.isCapitalised(i)) {
            return true;
        }
        return (t.has(i, SpotWords.ARTICLE) && i + 1 < t.size() && t.hyphenBefore(i + 1) && t.isCapitalised(i + 1))
                || (t.has(i, SpotWords.NAME_PARTICLE) && t.isLower(i) && i + 1 < t.size() && t.joinable(i + 1)
                && t.isCapitalised(i + 1));
    }

    /**
     * End (exclusive) of a run of capitalised name tokens and Arabic articles from {@code i}: the first token
     * needs no join before it, every later one does. The run's end is {@link Tokens#runEnd} (the sentence's
     * {@link #continuations}, found only where asked and kept), so the answer costs one lookup however long the run
     * ("Harakat Al-Al-Al-…" is linear, not quadratic).
     */
    static int nameRunEnd(Tokens t, int i) {
        int e;
        if (t.isCapitalised(i) && !t.isAllCaps(i)) {
            e = t.runEnd(i + 1);
        } else if (joinsNextName(t, i, false)) {
            e = t.runEnd(i + 2); // "al-Baghdadi", "bin Laden" as the first words
        } else {
            e = i;
        }
        return Math.max(e, i + 1);
    }

    /**
     * For every token {@code e}, where a name run that has already reached {@code e} ends: one backward pass over
     * the sentence. The run goes on through capitalised words and through an article or surname particle before a
     * capitalised word ("Abu Bakr al-Baghdadi", "Mike de Kock", "Ursula von der Leyen"), each joined to the one
     * before by a space or hyphen. Two extra slots so that {@code runs[i + 2]} is always defined. The spotter asks
     * {@link Tokens#runEnd}, which follows only the runs it needs; this whole pass is the specification tests hold
     * it to.
     */
    static int[] continuations(Tokens t) {
        int n = t.size();
        int[] runs = new int[n + 2];
        runs[n] = n;
        runs[n + 1] = n + 1;
        for (int e = n - 1; e >= 0; e--) {
            int step = runStep(t, e);
            runs[e] = step == 0 ? e : runs[e + step];
        }
        return runs;
    }

    /**
     * How a name run that has reached token {@code e} goes on: 0 if it ends there (no join before it, or neither a
     * capitalised word nor a particle before one), 1 through a capitalised word, 2 through an article or particle and
     * the capitalised word after it.
     */
    static int runStep(Tokens t, int e) {
        if (e == 0 || !t.joinable(e)) {
            return 0;
        }
        if (t.isCapitalised(e) && !t.isAllCaps(e)) {
            return 1;
        }
        return joinsNextName(t, e, true) ? 2 : 0;
    }

    /** An article, "bin"/"ibn" or (inside a run) a lower-case surname particle, joined to a capitalised word. */
    private static boolean joinsNextName(Tokens t, int e, boolean insideRun) {
        boolean particle = t.has(e, SpotWords.ARTICLE | SpotWords.BIN)
                || (insideRun && t.isLower(e) && t.has(e, SpotWords.NAME_PARTICLE));
        return particle && e + 1 < t.size() && t.joinable(e + 1) && t.isCapitalised(e + 1);
    }

    private void markPerson(Tokens t, boolean[] person, int from, int to) {
        for (int k = from; k < to; k++) {
            person[k] = true;
        }
        int last = to - 1;
        int first = last > from && t.has(last - 1, SpotWords.ARTICLE) ? last - 1 : last;
        String surname = t.lookup(first, to, names.gazetteer()).folded;
        if (!surname.isEmpty() && !names.isCountryName(t, first, to)) {
            memory.personKeys.add(surname);
        }
    }
}
