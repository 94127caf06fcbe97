package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.TokenArray;
import org.junit.jupiter.api.Test;

/**
 * The resolver's and the spot text's shortcuts give the answers of the code they replace, kept here as the
 * specification, on random inputs: the anchors outside a name's candidates, the own-named town of a remembered
 * list, and whether a token joins the one before.
 */
class ResolverShortcutsTest {
    private static final PlaceKind[] KINDS = {PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.DISTRICT,
        PlaceKind.ADMIN1, PlaceKind.AIRPORT};
    private static final String[] COUNTRIES = {"XA", "XB", "XC", null};

    private static Place place(Random r, int ids) {
        String name = r.nextBoolean() ? "Millbrook" : "Millbrook Falls";
        return new Place("t:" + r.nextInt(ids), name, KINDS[r.nextInt(KINDS.length)], "PPL",
                COUNTRIES[r.nextInt(COUNTRIES.length)], "01", 10, 20, r.nextInt(3) * 6_000, 5);
    }

    /** {@code PlaceResolver.othersThan} as it was: one {@link Candidates#containsPlace} pass per anchor. */
    private static List<Place> othersThanAsBefore(List<Place> anchors, List<Place> candidates) {
        List<Place> others = new ArrayList<>();
        for (Place a : anchors) {
            if (!Candidates.containsPlace(candidates, a)) {
                others.add(a);
            }
        }
        return others.size() == anchors.size() ? anchors : others;
    }

    @Test
    void anchorsOutsideANamesCandidatesAreThoseNoCandidateEquals() {
        Random r = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            List<Place> pool = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Place p = place(r, 20);
                pool.add(p);
                // an equal place under another instance (the analyst's places), or the same id with other fields
                pool.add(r.nextBoolean() ? new Place(p.id(), p.name(), p.kind(), p.featureCode(), p.country(),
                        p.admin1(), p.lat(), p.lon(), p.population(), p.radiusKm()) : place(r, 20));
            }
            List<Place> anchors = new ArrayList<>();
            for (int i = r.nextInt(8); i > 0; i--) {
                anchors.add(pool.get(r.nextInt(pool.size())));
            }
            List<Place> candidates = new ArrayList<>();
            for (int i = r.nextInt(30); i > 0; i--) {
                candidates.add(pool.get(r.nextInt(pool.size())));
            }
            List<Place> expected = othersThanAsBefore(anchors, candidates);
            List<Place> actual = PlaceResolver.othersThan(anchors, PlaceResolver.idHashBits(anchors), candidates);
            assertThat(actual).as("round %d", round).isEqualTo(expected);
            if (expected == anchors) {
                assertThat(actual).isSameAs(anchors);
            }
        }
    }

    /** {@code NamePriors.ownNamedTown} as it was, over the whole list. */
    private static boolean ownNamedTownAsBefore(List<Place> ps, String key, CountryFocus focus) {
        for (Place p : ps) {
            if (CandidatePriors.isOwnName(key, p) && CandidatePriors.isSettlement(p)
                    && (p.population() >= 10_000 || focus.names(p.country()))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRememberedListsOwnNamedTownDependsOnEachArticlesFocus() {
        Random r = new Random(8);
        ResolverWeights w = ResolverWeights.standard();
        for (int round = 0; round < 500; round++) {
            List<Place> ps = new ArrayList<>();
            for (int i = 1 + r.nextInt(6); i > 0; i--) {
                ps.add(place(r, 1_000));
            }
            String key = FoldCache.fold(r.nextBoolean() ? "Millbrook" : "Millbrook Falls");
            NamePriors priors = new NamePriors(ps, key, w);
            for (int article = 0; article < 6; article++) {
                List<Spot> spots = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    Spot s = new Spot(0, i, i + 1, "x", List.of());
                    s.demonymOf = COUNTRIES[r.nextInt(3)];
                    spots.add(s);
                }
                CountryFocus focus = CountryFocus.of(spots, CandidateMemo.get());
                assertThat(priors.ownNamedTown(null, ps.size(), focus)).as("round %d, %s", round, ps)
                        .isEqualTo(ownNamedTownAsBefore(ps, key, focus));
            }
        }
    }

    /** {@code SpotText.joins} as it was: the gap read from the text. */
    private static boolean joinsAsBefore(String text, TokenArray tokens, int i) {
        int f = tokens.flags(i);
        if ((f & TokenArray.HYPHEN_BEFORE) != 0) {
            return true;
        }
        int prevEnd = tokens.end(i - 1);
        int start = tokens.start(i);
        if ((f & TokenArray.BREAK_BEFORE) == 0) {
            if (start - prevEnd > 2) {
                return false;
            }
            for (int k = prevEnd; k < start; k++) {
                char c = text.charAt(k);
                if (c == '\t' || c == '\n') {
                    return false;
                }
            }
            return true;
        }
        int p = tokens.start(i - 1);
        boolean abbreviation = tokens.end(i - 1) - p == 2 && text.charAt(p + 1) == 't'
                && "SMFP".indexOf(text.charAt(p)) >= 0;
        return abbreviation && start - prevEnd == 2 && text.charAt(prevEnd) == '.' && text.charAt(prevEnd + 1) == ' ';
    }

    @Test
    void aTokenJoinsTheOneBeforeAsTheGapBetweenThemSays() {
        String[] pieces = {"St", "Mt", "Pt", "Ab", "al", "x", "U.S.", "9", "é", "Ḥamāh", "’s", "'", " ", " ", " ", "  ",
            "   ", "\u00A0", "\t", "\n", "-", "\u2010", "\u2011", ".", ". ", ",", ", ", "(", "\u2014"};
        Random r = new Random(9);
        int joined = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 2 + r.nextInt(14); k > 0; k--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            SpotText st = SpotText.of(text, 0, text.length(), SpotWords.standard());
            TokenArray t = st.tokens;
            if (t.size() > 0) {
                assertThat(st.bits(0) & SpotText.JOINABLE).as("a first token joins nothing: %s", text).isZero();
            }
            for (int i = 1; i < t.size(); i++) {
                boolean expected = joinsAsBefore(text, t, i);
                assertThat((st.bits(i) & SpotText.JOINABLE) != 0).as("%s at token %d", text, i).isEqualTo(expected);
                joined += expected ? 1 : 0;
            }
        }
        assertThat(joined).isGreaterThan(1_000);
    }
}
