package org.incidentatlas.ui.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapPaneView;
import org.incidentatlas.ui.map.ScreenClusters;
import org.incidentatlas.ui.map.SymbolLayer;

/**
 * Makes the exported image: a title with the time window and layers in force, the map pane exactly as shown
 * (legend, scale bar, attribution and open popup included) and numbered footnotes for the sources of the
 * incidents visible. Vector content is redrawn at the output scale, so 2x and 4x stay sharp.
 */
public final class SnapshotComposer {
    /** The layer info printed under the title. */
    public record Info(String title, boolean mentionsShown, int unpinned, java.util.Set<String> hiddenKinds) {
        public Info {
            hiddenKinds = java.util.Set.copyOf(hiddenKinds);
        }

        public Info(String title, boolean mentionsShown, int unpinned) {
            this(title, mentionsShown, unpinned, java.util.Set.of());
        }
    }

    private SnapshotComposer() {
    }

    /**
     * Must run on the FX thread with {@code pane} laid out. The map occupies the top {@code height × scale}
     * pixels exactly as projected (so a pixel is computable from a coordinate); title, time window, filters and
     * footnotes follow below it.
     */
    public static WritableImage compose(MapPaneView pane, Extraction x, Info info, double scale) {
        double w = pane.getWidth();
        double h = pane.getHeight();
        List<Object> visible = visiblePayloads(pane.map().symbolLayer());
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        // A popup is drawn whole or not at all: one cut by the map's edge is left out of the image.
        javafx.scene.Node popup = pane.map().popupLayer().popup();
        boolean hidePopup = popup != null && popup.isVisible() && !pane.map().popupLayer().popupFullyVisible();
        if (hidePopup) {
            popup.setVisible(false);
        }
        WritableImage mapImage;
        try {
            mapImage = pane.snapshot(p, null);
        } finally {
            if (hidePopup) {
                popup.setVisible(true);
            }
        }
        ImageView map = new ImageView(mapImage);
        map.setFitWidth(w);
        map.setFitHeight(h);
        map.setSmooth(false);
        VBox notesBox = new VBox(2);
        notesBox.setPadding(new Insets(6, 10, 8, 10));
        // Title and filters go under the map, like a figure caption, so that they never hide a marker.
        Label title = new Label(info.title());
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        title.setWrapText(true);
        title.setMaxWidth(w - 20);
        Label sub = new Label(subtitle(x, visible, info));
        sub.setStyle("-fx-font-size: 11px; -fx-text-fill: #333;");
        sub.setWrapText(true);
        sub.setMaxWidth(w - 20);
        notesBox.getChildren().addAll(title, sub);
        List<String> notes = footnotes(x, visible);
        if (!notes.isEmpty()) {
            Label head = new Label("Sources of the incidents shown:");
            head.setStyle("-fx-font-size: 11px; -fx-font-weight: bold; -fx-padding: 4 0 0 0;");
            notesBox.getChildren().add(head);
            for (String n : notes) {
                Label l = new Label(n);
                l.setWrapText(true);
                l.setMaxWidth(w - 20);
                l.setStyle("-fx-font-size: 10px;");
                notesBox.getChildren().add(l);
            }
        }
        Label attr = new Label("Basemap " + pane.attribution() + ". Made with Incident Atlas.");
        attr.setStyle("-fx-font-size: 9px; -fx-text-fill: #666;");
        attr.setWrapText(true);
        attr.setMaxWidth(w - 20);
        notesBox.getChildren().add(attr);
        VBox root = new VBox(0, new Group(map), notesBox);
        root.setStyle("-fx-background-color: white;");
        new Scene(root);
        root.applyCss();
        root.resize(w, root.prefHeight(w));
        root.layout();
        SnapshotParameters q = new SnapshotParameters();
        q.setTransform(Transform.scale(scale, scale));
        q.setFill(Color.WHITE);
        return root.snapshot(q, null);
    }

    /** The incidents and deployments drawn in the view's last frame, in drawing order. */
    static List<Object> visiblePayloads(SymbolLayer layer) {
        List<Object> out = new ArrayList<>();
        List<MapFeature> features = layer.drawnFeatures();
        for (ScreenClusters.Cluster c : layer.drawn()) {
            if (c.x() < 0 || c.y() < 0 || c.x() > layer.viewport().width() || c.y() > layer.viewport().height()) {
                continue;
            }
            for (int i : c.members()) {
                out.add(features.get(i).payload());
            }
        }
        return out;
    }

    static String subtitle(Extraction x, List<Object> visible, Info info) {
        LocalDate from = null;
        LocalDate to = null;
        int incidents = 0;
        int deployments = 0;
        for (Object o : visible) {
            if (o instanceof Incident i) {
                incidents++;
                if (i.date().isResolved()) {
                    from = from == null || i.date().start().isBefore(from) ? i.date().start() : from;
                    to = to == null || i.date().end().isAfter(to) ? i.date().end() : to;
                }
            } else if (o instanceof Deployment) {
                deployments++;
            }
        }
        String window = from == null ? "dates unknown" : from.equals(to) ? from.toString() : from + " – " + to;
        return plural(incidents, "incident") + " and " + plural(deployments, "deployment") + " shown; time window: " + window
                + "; filters: " + (info.hiddenKinds().isEmpty() ? "all event types"
                : "hidden " + String.join(", ", new java.util.TreeSet<>(info.hiddenKinds())))
                + (info.mentionsShown() ? ", place mentions shown" : "")
                + (info.unpinned() > 0 ? "; " + info.unpinned() + " unpinned incidents not drawn" : "");
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static List<String> footnotes(Extraction x, List<Object> visible) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object o : visible) {
            List<Evidence> ev = o instanceof Incident i ? i.evidence() : o instanceof Deployment d ? d.evidence()
                    : List.of();
            ev.forEach(e -> ids.add(e.articleId()));
        }
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String id : ids) {
            Article a = x.article(id).orElse(null);
            n++;
            if (a == null) {
                out.add("[" + n + "] " + id);
                continue;
            }
            out.add("[" + n + "] " + (a.publisher() != null ? a.publisher() + ", " : "") + "“" + a.displayTitle()
                    + "”" + (a.published() != null ? ", " + a.published() : a.publishedApprox() != null
                    ? ", ≈" + a.publishedApprox() : ", undated") + (a.url() != null ? ", " + a.url() : "")
                    + " (" + a.id() + ")");
        }
        return out;
    }
}
