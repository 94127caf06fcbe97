package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;

/**
 * What of an extraction goes on the map: pinned incidents and deployments as symbols (an area place with its
 * extent, so a governorate is drawn as a ring and not as a false point), literal place mentions grouped per
 * place, and the box to fit. Unpinned incidents are not drawn here; the app lists them.
 */
public final class ExtractionFeatures {
    /** Several mentions of one place (payload of mention features). */
    public record MentionedPlace(Place place, List<PlaceMention> mentions) {
        public MentionedPlace {
            mentions = List.copyOf(mentions);
        }
    }

    private ExtractionFeatures() {
    }

    public static List<MapFeature> events(Extraction x) {
        List<MapFeature> out = new ArrayList<>();
        for (Incident i : x.incidents()) {
            if (i.isPinned()) {
                Place p = i.place();
                String when = i.date().iso() != null ? i.date().iso() : "undated";
                double extent = extentKm(p, i.geoPrecision());
                Admin1Areas.Area area = extent > 0 ? Admin1Areas.shared().forPlace(p).orElse(null) : null;
                out.add(new MapFeature(i, (i.type().subType().isBlank() ? i.type().type() : i.type().subType())
                        + " — " + p.name() + ", " + when, p.id(), p.lat(), p.lon(), extent,
                        IncidentSymbology.of(i.type(), i.status()), p.name(), area, isAdmin1(p)));
            }
        }
        for (Deployment d : x.deployments()) {
            if (d.place() != null) {
                Place p = d.place();
                double extent = extentKm(p, d.geoPrecision());
                Admin1Areas.Area area = extent > 0 ? Admin1Areas.shared().forPlace(p).orElse(null) : null;
                out.add(new MapFeature(d, d.actor().name() + " at " + p.name(), p.id(), p.lat(), p.lon(),
                        extent, IncidentSymbology.DEPLOYMENT, p.name(), area, isAdmin1(p)));
            }
        }
        return out;
    }

    public static List<MapFeature> mentions(Extraction x) {
        Map<String, List<PlaceMention>> byPlace = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (PlaceMention m : x.mentions()) {
            if (m.isResolved() && m.role() == MentionRole.LITERAL) {
                byPlace.computeIfAbsent(m.place().id(), k -> new ArrayList<>()).add(m);
                places.putIfAbsent(m.place().id(), m.place());
            }
        }
        List<MapFeature> out = new ArrayList<>();
        for (Map.Entry<String, List<PlaceMention>> e : byPlace.entrySet()) {
            Place p = places.get(e.getKey());
            out.add(new MapFeature(new MentionedPlace(p, e.getValue()), p.name() + " — mentioned "
                    + e.getValue().size() + "×", p.id(), p.lat(), p.lon(), 0, IncidentSymbology.MENTION));
        }
        return out;
    }

    private static boolean isAdmin1(Place p) {
        return p.kind() == org.incidentatlas.model.PlaceKind.ADMIN1;
    }

    /** Area places get their extent drawn; a point place, or a precise event at an area, none. */
    static double extentKm(Place p, int geoPrecision) {
        return p.kind().isArea() || geoPrecision >= 3 ? p.radiusKm() : 0;
    }

    /** minLon, minLat, maxLon, maxLat of the drawn events, else of the mentions; null if nothing is placed. */
    public static double[] bounds(List<MapFeature> features) {
        if (features.isEmpty()) {
            return null;
        }
        double[] b = {180, 90, -180, -90};
        for (MapFeature f : features) {
            b[0] = Math.min(b[0], f.lon());
            b[1] = Math.min(b[1], f.lat());
            b[2] = Math.max(b[2], f.lon());
            b[3] = Math.max(b[3], f.lat());
        }
        // A single place: show a town-sized neighbourhood rather than zoom 9 on nothing.
        if (b[2] - b[0] < 0.5 && b[3] - b[1] < 0.5) {
            b[0] -= 0.5;
            b[1] -= 0.5;
            b[2] += 0.5;
            b[3] += 0.5;
        }
        return b;
    }
}
