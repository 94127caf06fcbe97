package org.incidentatlas.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.ui.map.AtlasMapView;
import org.incidentatlas.ui.map.ExtractionFeatures;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.source.EvidenceMarkup;
import org.incidentatlas.ui.source.EvidencePopupView;

/**
 * The map's callouts: what a click on a symbol opens (an incident's, a deployment's or a mentioned place's
 * evidence; the list of the events at one spot; a cluster of several spots is zoomed into instead), placed in the
 * map's popup layer. Picking one event from a list is passed on, so the linked views select it everywhere.
 */
final class MapCallouts {
    private final AtlasMapView map;
    private final Supplier<Extraction> extraction;
    private final EvidencePopupView.ArticleOpener openArticle;
    private Consumer<MapFeature> onFeaturePicked = f -> { };
    private Function<Incident, List<String>> incidentEdits = i -> List.of();

    MapCallouts(AtlasMapView map, Supplier<Extraction> extraction, EvidencePopupView.ArticleOpener openArticle) {
        this.map = map;
        this.extraction = extraction;
        this.openArticle = openArticle;
    }

    /** A click on the map: one feature's callout, a same-spot group's list, or a cluster zoomed into. */
    void featuresClicked(List<MapFeature> hit, Point2D at) {
        Extraction x = extraction.get();
        if (x == null || hit.isEmpty()) {
            return;
        }
        boolean sameSpot = hit.stream().map(MapFeature::spotKey).distinct().count() == 1;
        if (hit.size() == 1) {
            showDetails(hit.get(0));
        } else if (sameSpot) {
            MapFeature first = hit.get(0);
            List<String> entries = hit.stream().map(MapFeature::label).toList();
            map.popupLayer().show(EvidencePopupView.forList(hit.size() + " at " + placeName(first), entries,
                    k -> {
                        onFeaturePicked.accept(hit.get(k));
                        showDetails(hit.get(k));
                    }, () -> map.popupLayer().hide()), first.lat(), first.lon());
        } else {
            double[] b = ExtractionFeatures.bounds(hit);
            map.fitTo(b);
        }
    }

    /** Called when the analyst picks one feature from a popup's list (the linked views select it everywhere). */
    void setOnFeaturePicked(java.util.function.Consumer<MapFeature> handler) {
        onFeaturePicked = handler == null ? f -> { } : handler;
    }

    private static String placeName(MapFeature f) {
        if (f.payload() instanceof Incident i && i.place() != null) {
            return i.place().name();
        }
        if (f.payload() instanceof Deployment d && d.place() != null) {
            return d.place().name();
        }
        if (f.payload() instanceof ExtractionFeatures.MentionedPlace m) {
            return m.place().name();
        }
        return "this place";
    }

    /** Shows the callout of one feature. */
    void showDetails(MapFeature f) {
        Extraction x = extraction.get();
        Runnable close = () -> map.popupLayer().hide();
        EvidencePopupView.ArticleOpener opener = openArticle;
        if (f.payload() instanceof Incident i) {
            map.popupLayer().show(EvidencePopupView.forIncident(x, i, opener, close, incidentEdits.apply(i)),
                    f.lat(), f.lon());
        } else if (f.payload() instanceof Deployment d) {
            map.popupLayer().show(EvidencePopupView.forDeployment(x, d, opener, close), f.lat(), f.lon());
        } else if (f.payload() instanceof ExtractionFeatures.MentionedPlace m) {
            List<PlaceMention> ms = m.mentions();
            List<String> entries = ms.stream().map(pm -> x.article(pm.articleId())
                    .map(a -> "“" + EvidenceMarkup.sentenceOf(a, pm.evidence()).of(a.text()).strip() + "” — " + a.id())
                    .orElse(pm.articleId())).toList();
            map.popupLayer().show(EvidencePopupView.forList(m.place().name() + " — mentioned " + ms.size() + "×",
                    entries, k -> x.article(ms.get(k).articleId()).ifPresent(a -> openArticle.open(a, ms.get(k).evidence())),
                    close), f.lat(), f.lon());
        }
    }

    /** What the incident popup lists as the analyst's edits (the audit trail); none by default. */
    void setIncidentEdits(java.util.function.Function<Incident, List<String>> edits) {
        this.incidentEdits = edits;
    }
}
