package org.incidentatlas.eval;

import java.util.List;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;

/** Builds mentions and places for scorer tests. */
final class Mentions {
    private Mentions() {
    }

    static Place place(String id, double lat, double lon) {
        return new Place(id, id, PlaceKind.CITY, "PPL", null, null, lat, lon, 0, 0);
    }

    static PlaceMention resolved(String article, int start, int end, String surface, MentionRole role, Place p) {
        return new PlaceMention(Evidence.of(article, 0, start, end), surface, role, MentionStatus.RESOLVED, "test", p,
                List.of(), 0.5);
    }

    static PlaceMention literal(String article, int start, int end, String surface, double lat, double lon) {
        return resolved(article, start, end, surface, MentionRole.LITERAL, place("p:" + surface, lat, lon));
    }

    static PlaceMention rejected(String article, int start, int end, String surface, String reason) {
        return new PlaceMention(Evidence.of(article, 0, start, end), surface, MentionRole.NOT_A_PLACE,
                MentionStatus.REJECTED, reason, null, List.of(), 0.9);
    }
}
