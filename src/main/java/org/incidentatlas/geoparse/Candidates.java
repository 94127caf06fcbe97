package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * What a name's candidate places are (a country, a first-level area, a big city, a capital) and whether a
 * candidate goes by the name as written: static questions every spotter component asks about a candidate list.
 */
final class Candidates {
    private Candidates() {
    }

    /** {@link #facts}: some candidate is a country. */
    static final int COUNTRY = 1;
    /** {@link #facts}: some candidate is a first-level area. */
    static final int ADMIN1 = 2;
    /** {@link #facts}: {@link #isGovernmentLike}. */
    static final int GOVERNMENT_LIKE = 4;
    /** {@link #facts}: {@link #hasBigCity}. */
    static final int BIG_CITY = 8;
    /** {@link #facts}: {@link #isProminent}. */
    static final int PROMINENT = 16;
    /** {@link #facts}: some candidate has 100,000 people or more (which {@link #bigOwnName} needs). */
    static final int POPULOUS = 32;
    /** {@link #facts}: some candidate is an area that may qualify a name ({@link QualifierLinks#isArea}). */
    static final int AREA = 64;
    /** {@link #facts}: some candidate is not a country. */
    static final int NOT_COUNTRY = 128;

    /**
     * What the candidates are, as bits ({@link #COUNTRY}, {@link #ADMIN1}, {@link #GOVERNMENT_LIKE},
     * {@link #BIG_CITY}, {@link #PROMINENT}, {@link #POPULOUS}, {@link #AREA}, {@link #NOT_COUNTRY}), in one pass over
     * the list instead of one per question.
     */
    static int facts(List<Place> ps) {
        int f = 0;
        for (int i = 0, n = ps.size(); i < n; i++) {
            f |= facts(ps.get(i));
        }
        return f;
    }

    private static int facts(Place p) {
        PlaceKind k = p.kind();
        int f = 0;
        if (k == PlaceKind.COUNTRY) {
            f |= COUNTRY | GOVERNMENT_LIKE | PROMINENT;
        } else {
            f |= NOT_COUNTRY;
            if (k == PlaceKind.ADMIN1) {
                f |= ADMIN1 | PROMINENT;
            } else if (k == PlaceKind.CONTINENT || k == PlaceKind.SEA) {
                f |= PROMINENT;
            }
        }
        if (QualifierLinks.isArea(p)) {
            f |= AREA;
        }
        if ("PPLC".equals(p.featureCode())) {
            f |= GOVERNMENT_LIKE | PROMINENT;
        }
        long pop = p.population();
        if (pop >= 100_000) {
            f |= k.isArea() ? POPULOUS : BIG_CITY | POPULOUS;
        }
        if (pop >= 1_000_000) {
            f |= PROMINENT;
        }
        return f;
    }

    static boolean hasPlaceInCountry(List<Place> ps, String iso) {
        for (int ix = 0, nx = ps.size(); ix < nx; ix++) {
            Place p = ps.get(ix);
            if (p.kind() != PlaceKind.COUNTRY && iso != null && iso.equals(p.country())) {
                return true;
            }
        }
        return false;
    }

    static boolean hasPlaceIn(List<Place> ps, Place state) {
        for (int ix2 = 0, nx2 = ps.size(); ix2 < nx2; ix2++) {
            Place p = ps.get(ix2);
            if (p != state && p.kind() != PlaceKind.ADMIN1 && Geography.sameAdmin1(state, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasCountry(List<Place> ps) {
        for (int ix3 = 0, nx3 = ps.size(); ix3 < nx3; ix3++) {
            Place p = ps.get(ix3);
            if (p.kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    static boolean hasFirstLevelArea(List<Place> ps) {
        for (int ix4 = 0, nx4 = ps.size(); ix4 < nx4; ix4++) {
            Place p = ps.get(ix4);
            if (p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    static boolean hasSettlement(List<Place> ps) {
        for (int ix5 = 0, nx5 = ps.size(); ix5 < nx5; ix5++) {
            Place p = ps.get(ix5);
            if (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN || p.kind() == PlaceKind.VILLAGE) {
                return true;
            }
        }
        return false;
    }

    static List<Place> ownNamed(List<Place> ps, String a, String b) {
        String ka = letters(a);
        String kb = a.equals(b) ? ka : letters(b);
        List<Place> out = new ArrayList<>(2);
        for (int ix6 = 0, nx6 = ps.size(); ix6 < nx6; ix6++) {
            Place p = ps.get(ix6);
            String n = p.name();
            if (sameLetters(n, ka) || kb != ka && sameLetters(n, kb)
                    || sameLettersCity(n, ka) && !"PPLC".equals(p.featureCode())) {
                out.add(p); // "New York" is New York City's own name too (and the state's)
            }
        }
        return out;
    }

    static boolean isCountryOwnName(List<Place> ps, String iso, String word) {
        for (int ix7 = 0, nx7 = ps.size(); ix7 < nx7; ix7++) {
            Place p = ps.get(ix7);
            if (p.kind() == PlaceKind.COUNTRY && iso.equals(p.country()) && letters(p.name()).equals(letters(word))) {
                return true;
            }
        }
        return false;
    }

    static List<Place> areasOnly(List<Place> ps) {
        List<Place> out = new ArrayList<>(2);
        for (int ix8 = 0, nx8 = ps.size(); ix8 < nx8; ix8++) {
            Place p = ps.get(ix8);
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1) {
                out.add(p);
            }
        }
        return out.isEmpty() ? ps : out;
    }

    /** The hand-checked supplement's places among the candidates: their aliases are names in use, not variants. */
    static List<Place> supplementOnly(List<Place> ps) {
        List<Place> out = new ArrayList<>(1);
        for (int ix9 = 0, nx9 = ps.size(); ix9 < nx9; ix9++) {
            Place p = ps.get(ix9);
            if (p.id().startsWith("sup:")) {
                out.add(p);
            }
        }
        return out;
    }

    /** True if some candidate is called exactly this (letters compared without case and accents). */
    static boolean ownName(List<Place> ps, String surface) {
        String k = letters(surface);
        for (int ix10 = 0, nx10 = ps.size(); ix10 < nx10; ix10++) {
            Place p = ps.get(ix10);
            if (sameLetters(p.name(), k)) {
                return true;
            }
        }
        return false;
    }

    static boolean bigOwnName(List<Place> ps, String surface) {
        String k = letters(surface);
        for (int ix11 = 0, nx11 = ps.size(); ix11 < nx11; ix11++) {
            Place p = ps.get(ix11);
            if (p.population() >= 100_000 && sameLetters(p.name(), k)) {
                return true;
            }
        }
        return false;
    }

    static final java.util.concurrent.ConcurrentHashMap<String, String> LETTERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code letters(name).equals(letters)} without building a string when the name is ASCII (most are): candidate
     * names are compared once per spot, and the string cache cost more than the comparison.
     */
    static boolean sameLetters(String name, String letters) {
        int k = 0;
        int n = letters.length();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return letters(name).equals(letters);
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                continue;
            }
            if (k >= n || letters.charAt(k) != c) {
                return mismatchFolds(name, i, letters);
            }
            k++;
        }
        return k == n;
    }

    /**
     * The ASCII comparison of {@link #sameLetters} failed at {@code i}: a later non-ASCII character could still fold
     * onto the rest, so decide on the full form then (kept out of the loop: a small hot method compiles quickly).
     */
    private static boolean mismatchFolds(String name, int i, String letters) {
        return !isAscii(name, i) && letters(name).equals(letters);
    }

    /** {@code sameLetters(name, letters + "city")} without building that string (once per candidate and spot). */
    static boolean sameLettersCity(String name, String letters) {
        int n = letters.length();
        int k = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return letters(name).equals(letters + "city");
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                continue;
            }
            char want = k < n ? letters.charAt(k) : k < n + 4 ? "city".charAt(k - n) : 0;
            if (want == 0 || want != c) {
                return !isAscii(name, i) && letters(name).equals(letters + "city");
            }
            k++;
        }
        return k == n + 4;
    }

    /**
     * {@code ps.contains(p)}, comparing by reference first: the gazetteer hands out one instance per place, and a
     * record's {@code equals} compares every field. Equal records have equal ids, so other ids are skipped unequal.
     */
    static boolean containsPlace(List<Place> ps, Place p) {
        for (int i = 0, n = ps.size(); i < n; i++) {
            if (samePlace(ps.get(i), p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code q.equals(p)}, told apart by identity and then by the ids' hashes first (ids live as long as the
     * gazetteer: their hashes are computed once).
     */
    static boolean samePlace(Place q, Place p) {
        return q == p || q.id().hashCode() == p.id().hashCode() && q.id().equals(p.id()) && q.equals(p);
    }

    static boolean isAscii(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String letters(String s) {
        String cached = LETTERS.get(s);
        if (cached != null) {
            return cached;
        }
        String l = lettersOf(s);
        if (LETTERS.size() > 200_000) {
            LETTERS.clear();
        }
        LETTERS.put(s, l);
        return l;
    }

    static String lettersOf(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    static boolean hasKind(List<Place> ps, PlaceKind k) {
        for (int ix12 = 0, nx12 = ps.size(); ix12 < nx12; ix12++) {
            Place p = ps.get(ix12);
            if (p.kind() == k) {
                return true;
            }
        }
        return false;
    }

    /** A city of 100,000 or more: its name in "X reported" is more likely its police or paper than an outlet. */
    static boolean hasBigCity(List<Place> ps) {
        for (int ix13 = 0, nx13 = ps.size(); ix13 < nx13; ix13++) {
            Place p = ps.get(ix13);
            if (!p.kind().isArea() && p.population() >= 100_000) {
                return true;
            }
        }
        return false;
    }

    /** Countries, capitals and first-order divisions can be named as actors ("according to Iraq"). */
    static boolean isGovernmentLike(List<Place> ps) {
        for (int ix14 = 0, nx14 = ps.size(); ix14 < nx14; ix14++) {
            Place p = ps.get(ix14);
            if (p.kind() == PlaceKind.COUNTRY || "PPLC".equals(p.featureCode())) {
                return true;
            }
        }
        return false;
    }

    /** {@code isProminent(List.of(p))} without the list. */
    static boolean isProminent(Place p) {
        return (facts(p) & PROMINENT) != 0;
    }

    /** Prominent enough that an ordinary-word reading is unlikely when capitalised mid-sentence. */
    static boolean isProminent(List<Place> ps) {
        for (int ix15 = 0, nx15 = ps.size(); ix15 < nx15; ix15++) {
            Place p = ps.get(ix15);
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.CONTINENT
                    || p.kind() == PlaceKind.SEA || "PPLC".equals(p.featureCode()) || p.population() >= 1_000_000) {
                return true;
            }
        }
        return false;
    }
}
