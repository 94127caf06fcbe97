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
        List<Place> qualifierAreas = null; // made for the few names with a qualifier
        String qualifierWord = null;
        for (int i = 0, n = group.size(); i < n; i++) {
            Spot s = group.get(i);
            if (s.typeHint != null && hint == null) {
                hint = s.typeHint;
            }
            definite |= s.definite;
            if (s.adjectiveQualifier != null) {
                qualifierAreas = qualifierAreas == null ? new ArrayList<>() : qualifierAreas;
                qualifierAreas.add(s.adjectiveQualifier);
                if (qualifierWord == null) {
                    qualifierWord = s.typeWord;
                }
            }
            for (int k = 0, m = s.qualifiers.size(); k < m; k++) {
                Spot q = s.qualifiers.get(k);
                for (int c = 0, cn = q.candidates.size(); c < cn; c++) {
                    Place p = q.candidates.get(c);
                    if (QualifierLinks.isArea(p)) {
                        qualifierAreas = qualifierAreas == null ? new ArrayList<>() : qualifierAreas;
                        qualifierAreas.add(p);
                    }
                }
                if (qualifierWord == null) {
                    qualifierWord = q.typeWord;
                }
            }
        }
        return new NameEvidence(group.get(0).key, hint, definite, qualifierAreas == null ? List.of() : List.copyOf(qualifierAreas), qualifierWord);
    }
}
