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
 * The words around a spotted name that say what it is, recorded on the {@link Spot} for the resolver: a feature
 * word after it ("X province", "X Military Base") or before it ("the town of X", with the adjective before that:
 * "the Syrian town of X"), a first-level area word that makes the name that area ("Kharkiv region"), a generic head
 * noun that joins the surface ("Balad air base"), locative words ("in X") and metonymy cues ("Washington said",
 * "between Washington and Tehran").
 */
final class ContextCues {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final HeadNouns heads;
    private final NameMatcher names;

    ContextCues(Gazetteer gazetteer, Lexicon lexicon, HeadNouns heads, NameMatcher names) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.heads = heads;
        this.names = names;
    }

    // ---------------------------------------------------------------- context cues

    void context(Spot s, Tokens t, int from, int to, int sentenceStart) {
        int n = t.size();
        // After: "X province", "X Military Base"
        int a = to;
        if (a < n && t.joinable(a) && t.is(a, Word.MILITARY)) {
            a++;
        }
        boolean airBase = a < n && t.is(a, Word.AIR) && a + 1 < n && t.is(a + 1, Word.BASE);
        if (a < n && (a == to || t.joinable(a)) && (airBase || t.has(a, SpotWords.FEATURE_AFTER))) {
            String w = airBase ? "base" : t.lower(a);
            String hint = SpotWords.featureAfter(w);
            if (hint != null && t.joinable(a)) {
                s.typeHint = hint;
                s.typeWord = w;
                boolean proper = a == to && t.isCapitalised(a) && SpotWords.PROPER_ADMINS.contains(w);
                if ((SpotWords.SURFACE_FEATURES.contains(w) || proper) && a == to) {
                    s.end = t.end(a);
                    s.properAdmin = proper;
                }
            }
        }
        // "Kharkiv region", "North Darfur state", "Arauca department": the word of a first-level area after a name
        // that is also a town's makes the mention that area, and belongs to its surface. A vague "region" after a
        // name that only names an area ("Kurdistan region") fixes nothing and stays out.
        if (to < n && t.joinable(to) && s.end == t.end(to - 1) && t.has(to, SpotWords.ADMIN1_WORD)
                && !s.candidates.isEmpty()) {
            List<Place> areas = firstLevelAreasNamed(s.candidates);
            if (!areas.isEmpty() && (!t.is(to, Word.REGION) || hasSettlement(s.candidates))) {
                s.end = t.end(to);
                s.candidates = areas;
                s.typeHint = "admin";
                s.typeWord = t.lower(to);
                s.properAdmin = true;
            }
        }
        // A generic head noun after the name belongs to the surface: "Qaim district", "Balad air base",
        // "al-Omar oil field", "US embassy", "Dora neighborhood" (place-heads.tsv).
        if (to < n && t.joinable(to) && s.end == t.end(to - 1)) {
            HeadNouns.Head h = heads.at(t, to);
            if (h != null && from >= 1 && (t.is(from - 1, Word.A) || t.is(from - 1, Word.AN))) {
                h = null; // "a Borno village", "an Anbar town": somewhere in the area, not a place of that name
            }
            if (h != null && (h.kind() == PlaceKind.VILLAGE && hasFirstLevelArea(s.candidates)
                    || (h.kind() == PlaceKind.TOWN || h.kind() == PlaceKind.CITY) && hasFirstLevelArea(s.candidates)
                    && !hasSettlement(s.candidates))) {
                h = null; // "Borno village", "an attack on Sagaing village": a village in that area
                s.typeHint = "admin";
            }
            if (h != null && hasCountry(s.candidates) && h.kind() != PlaceKind.EMBASSY) {
                h = null; // "a U.S. base", "US military base": a base of the country, not a place called so
            }
            if (h != null && !(t.isCapitalised(to) && to + h.tokens() < n && t.joinable(to + h.tokens())
                    && t.isCapitalised(to + h.tokens()) && !t.has(to + h.tokens(), SpotWords.HEAD_WORD))) {
                int last = to + h.tokens() - 1;
                s.head = t.span(to, last + 1);
                s.headKind = h.kind();
                s.typeHint = h.hint();
                s.typeWord = t.lower(last);
                s.end = t.end(last);
            }
        }
        // Before: "the province of X", "the village of X"
        if (from >= 2 && t.is(from - 1, Word.OF) && t.has(from - 2, SpotWords.FEATURE_BEFORE)) {
            String hint = SpotWords.featureBefore(t.lower(from - 2));
            if (hint != null) {
                s.typeHint = hint;
                s.typeWord = t.lower(from - 2);
                s.adjectiveQualifier = adjectiveBefore(t, from - 3);
            }
        }
        if (from >= 1) {
            boolean the = t.is(from - 1, Word.THE);
            s.definite = the && t.isLower(from - 1) && t.joinable(from);
            if (t.has(from - 1, SpotWords.LOCATIVE) && !t.is(from - 1, Word.OF)
                    && !(t.is(from - 1, Word.TO) && from >= 2 && t.is(from - 2, Word.ACCORDING))) {
                s.locative = true; // but "according to X" says who, not where
            }
            if (the && from >= 2 && t.is(from - 2, Word.IN)) {
                s.locative = true;
            }
        }
        // Metonymy cues: "Washington said", "the Baghdad government", "between Washington and Tehran"
        if (to < n) {
            if (t.has(to, SpotWords.METONYM_AFTER) && t.gapBlank(to, sentenceStart)) {
                s.metonymCue = true;
            }
        }
        if (from >= 1) {
            if (t.is(from - 1, Word.BETWEEN) || (t.is(from - 1, Word.WITH) && from >= 2
                    && t.has(from - 2, SpotWords.RELATION))) {
                s.metonymCue = true;
            }
            if (t.is(from - 1, Word.AND)) {
                for (int k = from - 2; k >= Math.max(0, from - 6); k--) {
                    if (t.is(k, Word.BETWEEN)) {
                        s.metonymCue = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * The country or region named by the adjective at token {@code k} or, after a direction word, before it:
     * "the English city of", "the southern Iraqi city of", "the Kurdish town of". Null if there is none.
     */
    private Place adjectiveBefore(Tokens t, int k) {
        if (k >= 1 && t.has(k, SpotWords.DIRECTION)) {
            k--;
        }
        if (k < 0 || !t.isCapitalised(k)) {
            return null;
        }
        String iso = names.demonym(t, k, k + 1);
        if (iso != null) {
            return gazetteer.country(iso).orElse(null);
        }
        String region = lexicon.regionOfAdjective(t.lower(k));
        if (region == null) {
            return null;
        }
        for (Place p : gazetteer.find(names.fold(region))) {
            if (p.kind().isArea()) {
                return p;
            }
        }
        return null;
    }

    /**
     * The first-level areas among the candidates, and those whose seat is a candidate of the same name (Kharkiv
     * the city is the seat of Kharkiv oblast; Timbuktu of Tombouctou region).
     */
    private List<Place> firstLevelAreasNamed(List<Place> ps) {
        List<Place> out = new ArrayList<>(2);
        for (int ix = 0, nx = ps.size(); ix < nx; ix++) {
            Place p = ps.get(ix);
            if (p.kind() == PlaceKind.ADMIN1 && !out.contains(p)) {
                out.add(p);
            }
        }
        for (int ix2 = 0, nx2 = ps.size(); ix2 < nx2; ix2++) {
            Place p = ps.get(ix2);
            if (!"PPLA".equals(p.featureCode()) || p.country() == null || p.admin1() == null || p.admin1().isEmpty()) {
                continue;
            }
            Place area = gazetteer.byId("a1:" + p.country() + "." + p.admin1()).orElse(null);
            if (area == null || out.contains(area)) {
                continue;
            }
            String bare = area.name().replaceFirst("\\s+(Region|State|Oblast|Department|Province|Governorate|Prefecture)$", "");
            if (gazetteer.find(names.fold(bare)).contains(p)) {
                out.add(area);
            }
        }
        return out;
    }
}
