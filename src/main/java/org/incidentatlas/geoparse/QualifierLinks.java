package org.incidentatlas.geoparse;

import java.util.List;
import java.util.regex.Pattern;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.RegexSpace;

/**
 * Links a name to the area that qualifies it in the text: "X, Syria", "X, in Anbar", "X in the north of Y"
 * (the area after it) and "Iraq's X" (the area before it). Lists are not qualifiers ("A, B, C"; "Mosul, Iraq and
 * Raqqa" keeps its country).
 */
final class QualifierLinks {
    private static final String DIRECTION = "(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)"
            + "(?:ern)?\\s+|central\\s+)?";
    /** "X, Y", "X, in Y", "X in the Y", "X, western Y": what may stand between a place and its qualifier. */
    private static final Pattern QUALIFIER_GAP = Pattern.compile("\\s*,\\s*(?:in\\s+(?:the\\s+)?)?" + DIRECTION
            + "|\\s+in\\s+(?:the\\s+)?" + DIRECTION);
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("['’]s\\s+(?:(?:north|south|east|west)(?:ern)?\\s+)?");
    private static final Pattern LIST_AND = Pattern.compile("\\s+(?:and|or)\\s+");

    private QualifierLinks() {
    }

    /**
     * Adds to each spot's {@code qualifiers} the spot that qualifies it; {@code spots} in text order; {@code memo}:
     * the calling thread's.
     */
    static void link(String text, List<Spot> spots, CandidateMemo memo) {
        for (int k = 0; k + 1 < spots.size(); k++) {
            Spot a = spots.get(k);
            Spot b = spots.get(k + 1);
            if (a.sentence != b.sentence || a.isRejected() || b.isRejected() || a.demonymOf != null
                    || b.demonymOf != null || b.start - a.end > 40 || b.start < a.end) {
                continue;
            }
            // the cheap tests first: the gap is copied and the patterns run only where the candidates and the
            // gap's first char allow
            char first = a.end < b.start ? text.charAt(a.end) : 0;
            if (opensQualifierGap(first, a.end < b.start) && hasArea(b.candidates, memo)
                    && (memo.facts(a.candidates) & Candidates.COUNTRY) == 0) {
                String gap = text.substring(a.end, b.start);
                if (QUALIFIER_GAP.matcher(gap).matches() && !(gap.strip().equals(",") && inList(text, spots, k))) {
                    a.addQualifier(b);
                    continue;
                }
            }
            if (opensPossessive(first) && hasArea(a.candidates, memo) && !onlyCountries(b.candidates, memo)
                    && POSSESSIVE_GAP.matcher(text.substring(a.end, b.start)).matches()) {
                b.addQualifier(a);
            }
        }
    }

    /**
     * True if the spot after {@code k} starts a list: "A, B, C" and "in Washington, New York and Boston"; but
     * "Mosul, Iraq and Raqqa" keeps its country.
     */
    private static boolean inList(String text, List<Spot> spots, int k) {
        Spot b = spots.get(k + 1);
        if (k + 2 < spots.size() && spots.get(k + 2).sentence == b.sentence && spots.get(k + 2).start - b.end <= 6
                && spots.get(k + 2).start >= b.end) {
            String next = text.substring(b.end, spots.get(k + 2).start);
            return next.contains(",") || (LIST_AND.matcher(next).matches() && !hasKind(b.candidates, PlaceKind.COUNTRY));
        }
        return false;
    }

    /** The first char {@link #QUALIFIER_GAP} can match: a comma or white space ({@code \s}). */
    private static boolean opensQualifierGap(char c, boolean any) {
        return any && (c == ',' || RegexSpace.is(c));
    }

    /** The first char {@link #POSSESSIVE_GAP} can match: an apostrophe (0 for an empty gap). */
    private static boolean opensPossessive(char c) {
        return c == '\'' || c == '’';
    }

    /** Areas that may qualify a name: countries, first- and second-level areas, regions, districts. */
    static boolean isArea(Place p) {
        return p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.ADMIN2
                || p.kind() == PlaceKind.REGION || p.kind() == PlaceKind.DISTRICT;
    }

    static boolean hasKind(List<Place> ps, PlaceKind k) {
        for (int i = 0, n = ps.size(); i < n; i++) {
            Place p = ps.get(i);
            if (p.kind() == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lists longer than this are asked through the memo's {@link Candidates#facts} (remembered per list: the same
     * long lists come back in article after article); shorter ones are read, a few kinds being cheaper than a
     * lookup and than all of the facts.
     */
    private static final int READ_UP_TO = 4;

    private static boolean hasArea(List<Place> ps, CandidateMemo memo) {
        if (ps.size() > READ_UP_TO) {
            return (memo.facts(ps) & Candidates.AREA) != 0;
        }
        for (int i = 0, n = ps.size(); i < n; i++) {
            Place p = ps.get(i);
            if (isArea(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyCountries(List<Place> ps, CandidateMemo memo) {
        if (ps.size() > READ_UP_TO) {
            return (memo.facts(ps) & Candidates.NOT_COUNTRY) == 0;
        }
        for (int i = 0, n = ps.size(); i < n; i++) {
            Place p = ps.get(i);
            if (p.kind() != PlaceKind.COUNTRY) {
                return false;
            }
        }
        return true;
    }
}
