package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.ViewState;
import org.incidentatlas.ui.investigation.InvestigationViewModel;
import org.incidentatlas.ui.map.ExtractionFeatures;
import org.incidentatlas.ui.map.IncidentFeatures;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapViewport;
import org.incidentatlas.ui.search.SearchViewModel;

/**
 * What the map shows of the linked views: exactly the incidents that pass the filter, the deployments the same
 * filter (time window and actors included) keeps, the selection as a popup, and the map's side of an investigation
 * (its view and layer switches). The map itself (tiles, layers, popups) stays in {@code ui.map}.
 */
final class MapPresenter {
    private final AtlasWindow window;
    private final FilterModel filter;
    private final SelectionModel selection;
    private final BooleanProperty showDeployments = new SimpleBooleanProperty(this, "showDeployments", true);
    private final Map<Incident, MapFeature> features = new IdentityHashMap<>();
    private final Map<Incident, Integer> positions = new IdentityHashMap<>();
    private List<MapFeature> deploymentFeatures = List.of();
    private IncidentFeatures mapFeatures;
    private List<MapFeature> mapFeaturesDeployments;
    private Set<String> legendKinds;
    private long lastMapUpdateNanos;

    MapPresenter(AtlasWindow window, FilterModel filter, SelectionModel selection) {
        this.window = window;
        this.filter = filter;
        this.selection = selection;
        showDeployments.addListener((o, was, on) -> {
            window.setKindVisible("Deployments", on);
            legendKinds = null;
            showOnMap();
        });
        // a kind switched in View is redrawn here, from what the filter shows (not by the window from every event)
        window.leaveKindRedrawTo(true);
    }

    /** View → Show deployments. */
    BooleanProperty showDeploymentsProperty() {
        return showDeployments;
    }

    /** A new extraction: its incidents' features are kept by incident (drawn once the filter says which pass). */
    void setExtraction(Extraction x) {
        features.clear();
        positions.clear();
        List<MapFeature> deps = new ArrayList<>();
        if (x != null) {
            for (MapFeature f : ExtractionFeatures.events(x)) {
                if (f.payload() instanceof Incident i) {
                    features.put(i, f);
                } else {
                    deps.add(f);
                }
            }
        }
        deploymentFeatures = deps;
        legendKinds = null;
        // the window lists every kind again for a new extraction; the deployments switch is ours
        window.setKindVisible("Deployments", showDeployments.get());
    }

    /** The map shows exactly the incidents that pass (and the deployments the same filter keeps). */
    void showOnMap() {
        long t0 = System.nanoTime();
        var index = filter.indexProperty().get();
        var evaluation = filter.evaluationProperty().get();
        List<Incident> order = index == null ? List.of() : index.incidents();
        // the features lined up with the index once per index (or extraction): a brush is then int arrays only
        if (mapFeatures == null || mapFeatures.incidents() != order || mapFeaturesDeployments != deploymentFeatures) {
            mapFeatures = new IncidentFeatures(order, features::get, deploymentFeatures, AtlasWindow::kindOf);
            mapFeaturesDeployments = deploymentFeatures;
        }
        BitSet bits = evaluation == null || evaluation.shown().length() > order.size() ? new BitSet()
                : evaluation.shown();
        int[] shown = mapFeatures.select(bits, window.hiddenKinds(), keptDeployments(filter.state()));
        // the legend lists the kinds shown: hand the pane one feature per kind, and only when they change
        // (its legend walk over 100k features and a new legend node per brush were most of a frame)
        Map<String, MapFeature> kinds = new LinkedHashMap<>(mapFeatures.kindsOf(shown));
        // and one per symbol style, so the legend keys hollow (claimed, alleged…) and faded (background) symbols
        mapFeatures.stylesOf(shown).forEach((style, f) -> kinds.putIfAbsent("style:" + style, f));
        if (!kinds.keySet().equals(legendKinds)) {
            legendKinds = new HashSet<>(kinds.keySet());
            window.mapPane().setEvents(new ArrayList<>(kinds.values()));
        }
        window.map().symbolLayer().show(mapFeatures.prepared(), shown);
        Incident sel = selection.selected();
        if (sel != null && !isShown(sel)) {
            selection.clear();
        }
        lastMapUpdateNanos = System.nanoTime() - t0;
    }

    /**
     * Which deployments pass: the time window and actors as for incidents; facets that only incidents have (type,
     * status, precision) hide them; publishers and text go through the filter's own export selection.
     */
    private Predicate<MapFeature> keptDeployments(FilterState st) {
        if (!st.eventTypes().isEmpty() || !st.subEventTypes().isEmpty() || !st.statuses().isEmpty()
                || !st.geoPrecisions().isEmpty() || !st.datePrecisions().isEmpty()) {
            return f -> false;
        }
        if (st.publishers().isEmpty() && st.text().isEmpty()) {
            // the common case (brushing, actors) checked here: apply() would pass over every incident again
            return f -> deploymentPasses((Deployment) f.payload(), st);
        }
        if (deploymentFeatures.isEmpty() || window.hiddenKinds().contains("Deployments")) {
            return f -> false;
        }
        Set<Deployment> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(filter.forExport(true).deployments());
        return f -> kept.contains((Deployment) f.payload());
    }

    /** The time window and actor rules of {@code IncidentFilter.apply} for deployments (undated kept if asked). */
    static boolean deploymentPasses(Deployment d, FilterState st) {
        if (!st.actors().isEmpty() && !st.actors().contains(d.actor().name())) {
            return false;
        }
        if (st.window().isAll() && st.includeUndated()) {
            return true;
        }
        if (!d.since().isResolved()) {
            return st.includeUndated();
        }
        java.time.LocalDate end = d.since().openEnd() ? java.time.LocalDate.MAX : d.since().end();
        return st.window().overlaps(d.since().start(), end);
    }

    /** Whether an incident passes the filter, by its position in the index (no scan of the shown list). */
    private boolean isShown(Incident i) {
        var e = filter.evaluationProperty().get();
        var f = filter.indexProperty().get();
        if (e == null || f == null) {
            return false;
        }
        Integer pos = positions.get(i);
        if (pos == null) {
            positions.clear();
            for (int k = 0; k < f.incidents().size(); k++) {
                positions.put(f.incidents().get(k), k);
            }
            pos = positions.get(i);
        }
        return pos != null && e.shown().get(pos);
    }

    /** The selected incident's popup, and the map moved to it when it is near an edge or outside. */
    void showSelected(Incident i) {
        if (i == null) {
            window.map().popupLayer().hide();
            return;
        }
        MapFeature f = features.get(i);
        if (f != null) {
            MapViewport v = window.map().viewport();
            if (v != null) {
                double x = v.screenX(f.lon());
                double y = v.screenY(f.lat());
                if (x < 40 || y < 40 || x > v.width() - 40 || y > v.height() - 40) {
                    window.map().flyTo(f.lat(), f.lon(), v.zoom());
                }
            }
            window.showDetails(f);
        }
    }

    /** A search result: its incident selected, or the map moved to its place or area. */
    void flyTo(SearchViewModel.Result r) {
        if (r.incident() != null) {
            selection.select(r.incident());
            return;
        }
        double[] b = r.bounds();
        if (b == null) {
            return;
        }
        if (b[0] == b[2] && b[1] == b[3]) {
            window.map().flyTo(b[1], b[0], 10);
        } else {
            window.map().fitTo(b);
        }
    }

    /** The map's side of an investigation: its drawn view and the layer switches. */
    InvestigationViewModel.MapState investigationState() {
        return new InvestigationViewModel.MapState() {
            @Override
            public ViewState view() {
                MapViewport v = window.map().viewport();
                if (v == null) {
                    return null;
                }
                double lat = Math.max(-85, Math.min(85, v.centerLat()));
                double lon = ((v.centerLon() + 540) % 360) - 180;
                return new ViewState(lat, lon, Math.max(0, Math.min(25, v.zoom())));
            }

            @Override
            public void restoreView(ViewState s) {
                if (window.map().getWidth() <= 0 || window.map().getHeight() <= 0) {
                    // not laid out yet: centre it once it has its real size (a 1×1 guess would shift the centre)
                    javafx.beans.InvalidationListener[] once = new javafx.beans.InvalidationListener[1];
                    once[0] = o -> {
                        if (window.map().getWidth() > 0 && window.map().getHeight() > 0) {
                            window.map().widthProperty().removeListener(once[0]);
                            window.map().heightProperty().removeListener(once[0]);
                            restoreView(s);
                        }
                    };
                    window.map().widthProperty().addListener(once[0]);
                    window.map().heightProperty().addListener(once[0]);
                    return;
                }
                MapViewport v = window.map().viewport();
                double w = v != null ? v.width() : window.map().getWidth();
                double h = v != null ? v.height() : window.map().getHeight();
                window.map().setViewport(MapViewport.centredOn(s.centerLat(), s.centerLon(),
                        Math.max(MapViewport.MIN_ZOOM, Math.min(MapViewport.MAX_ZOOM, s.zoom())), w, h));
            }

            @Override
            public Map<String, Boolean> layers() {
                Map<String, Boolean> m = new LinkedHashMap<>();
                m.put("incidents", true);
                m.put("mentions", window.map().mentionLayer().isVisible());
                m.put("deployments", !window.hiddenKinds().contains("Deployments"));
                return m;
            }

            @Override
            public void restoreLayers(Map<String, Boolean> layers) {
                Boolean mentions = layers.get("mentions");
                if (mentions != null) {
                    window.commands().showMentions().on().set(mentions);
                }
                Boolean deps = layers.get("deployments");
                if (deps != null) {
                    showDeployments.set(deps);
                    window.setKindVisible("Deployments", deps);
                }
                showOnMap();
            }
        };
    }

    /** How long the last map update (features for the shown incidents) took. */
    long lastMapUpdateNanos() {
        return lastMapUpdateNanos;
    }
}
