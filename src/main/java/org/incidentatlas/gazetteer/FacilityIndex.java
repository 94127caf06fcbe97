package org.incidentatlas.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.Place;

/**
 * The gazetteer's facilities in a coarse latitude/longitude grid of one-degree cells, for "which airport or base
 * lies near this town". Facilities are a few thousand rows, so the grid is built once and a query looks at the
 * cells around the point only.
 */
final class FacilityIndex {
    private final java.util.Map<Long, List<Place>> cells = new java.util.HashMap<>();

    private FacilityIndex() {
    }

    static FacilityIndex of(Stream<Place> places) {
        FacilityIndex ix = new FacilityIndex();
        places.filter(p -> p.kind().isFacility()).forEach(p -> ix.cells
                .computeIfAbsent(cell((int) Math.floor(p.lat()), (int) Math.floor(p.lon())), k -> new ArrayList<>())
                .add(p));
        return ix;
    }

    private static long cell(int lat, int lon) {
        return ((long) lat << 32) ^ (lon & 0xffffffffL);
    }

    List<Place> near(double lat, double lon, double km) {
        int reach = (int) Math.ceil(km / 80.0) + 1; // a degree of longitude is ≥ 80 km below 44°; wide enough beyond
        int la = (int) Math.floor(lat);
        int lo = (int) Math.floor(lon);
        List<Place> out = new ArrayList<>();
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                List<Place> c = cells.get(cell(la + dy, lo + dx));
                if (c == null) {
                    continue;
                }
                for (Place p : c) {
                    if (Geography.km(lat, lon, p.lat(), p.lon()) <= km) {
                        out.add(p);
                    }
                }
            }
        }
        out.sort(Comparator.comparingDouble((Place p) -> Geography.km(lat, lon, p.lat(), p.lon()))
                .thenComparing(Place::id));
        return out;
    }
}
