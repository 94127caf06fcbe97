package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Place;

/**
 * What the words around all mentions of one name say about it: the kind of place a type word names ("X
 * province": {@code hint}), whether it took "the", and the areas that qualify it ("X, Syria", "X in Anbar
 * province", "Iraqi X"), with the qualifier's own type word. One sense per name and article, so all its mentions
 * pool their evidence.
 */
record NameEvidence(String key, String hint, boolean definite, List<Place> qualifierAreas, String qualifierWord) {

    static NameEvidence of(List<Spot> group) {
        String hint = null;
        boolean definite = false;
        List<Place> qualifierAreas = new ArrayList<>();
        String qualifierWord = null;
        for (Spot s : group) {
            if (s.typeHint != null && hint == null) {
                hint = s.typeHint;
            }
            definite |= s.definite;
            if (s.adjectiveQualifier != null) {
                qualifierAreas.add(s.adjectiveQualifier);
                if (qualifierWord == null) {
                    qualifierWord = s.typeWord;
                }
            }
            for (Spot q : s.qualifiers) {
                for (Place p : q.candidates) {
                    if (QualifierLinks.isArea(p)) {
                        qualifierAreas.add(p);
                    }
                }
                if (qualifierWord == null) {
                    qualifierWord = q.typeWord;
                }
            }
        }
        return new NameEvidence(group.get(0).key, hint, definite, List.copyOf(qualifierAreas), qualifierWord);
    }
}
