package org.incidentatlas.ui.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.incidentatlas.pipeline.IncidentFilter.Facet;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.HoverTooltip;

/**
 * "N of M incidents shown", one-click reset, the active filters as removable chips, and a list per facet with
 * counts: ticking a value filters to it (values within a facet are alternatives, facets combine).
 */
public final class FacetPanelView extends ScrollPane {
    private final FacetViewModel vm;
    private final FlowPane chips = new FlowPane(4, 4);
    private final Map<Facet, List<CheckBox>> pool = new EnumMap<>(Facet.class);
    private final Map<Facet, Label> moreLabels = new EnumMap<>(Facet.class);
    private final Map<Facet, Label> emptyLabels = new EnumMap<>(Facet.class);

    public FacetPanelView(FacetViewModel vm) {
        this.vm = vm;
        getStyleClass().add("facet-panel");
        Label summary = new Label();
        summary.getStyleClass().add("shown-summary");
        summary.getStyleClass().add("facet-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Button reset = new Button("Reset filters");
        reset.getStyleClass().add("reset-filters");
        reset.setOnAction(e -> vm.reset());
        reset.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.chips()));
        vm.chips().addListener((ListChangeListener<FilterModel.Chip>) c -> chips());
        VBox box = new VBox(6, summary, reset, chips);
        box.setPadding(new Insets(8));
        for (Facet f : Facet.values()) {
            VBox entries = new VBox(2);
            TitledPane pane = new TitledPane(FilterModel.facetName(f), entries);
            pane.getStyleClass().add("facet-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            pane.setExpanded(f != Facet.SUB_EVENT_TYPE && f != Facet.GEO_PRECISION);
            vm.entries(f).addListener((ListChangeListener<FacetViewModel.Entry>) c -> fill(f, entries));
            fill(f, entries);
            box.getChildren().add(pane);
        }
        setContent(box);
        setFitToWidth(true);
        setPrefWidth(250);
        setMinWidth(180);
        chips();
    }

    /**
     * Shows a facet's entries, reusing the check boxes it already has: a filter change alters every count, and a
     * new check box with its tooltip (a popup window) and its CSS pass per entry was a good part of a brush.
     */
    private void fill(Facet f, VBox entries) {
        List<CheckBox> boxes = pool.computeIfAbsent(f, k -> new ArrayList<>());
        List<FacetViewModel.Entry> es = vm.entries(f);
        List<Node> children = new ArrayList<>(es.size() + 1);
        for (int k = 0; k < es.size(); k++) {
            if (k == boxes.size()) {
                boxes.add(entryBox(f));
            }
            CheckBox cb = boxes.get(k);
            FacetViewModel.Entry e = es.get(k);
            cb.setText(e.label() + " (" + e.count() + ")");
            cb.setUserData(e);
            cb.setSelected(e.chosen());
            cb.getStyleClass().remove("empty");
            if (e.count() == 0 && !e.chosen()) {
                cb.getStyleClass().add("empty");
            }
            children.add(cb);
        }
        if (vm.hiddenCount(f) > 0) {
            Label more = moreLabels.computeIfAbsent(f, k -> {
                Label l = new Label();
                l.getStyleClass().add("facet-more");
                return l;
            });
            more.setText("… and " + vm.hiddenCount(f) + " more (use search)");
            children.add(more);
        }
        if (es.isEmpty()) {
            children.add(emptyLabels.computeIfAbsent(f, k -> new Label("—")));
        }
        if (!children.equals(entries.getChildren())) {
            entries.getChildren().setAll(children);
        }
    }

    private CheckBox entryBox(Facet f) {
        CheckBox cb = new CheckBox();
        cb.getStyleClass().add("facet-entry");
        cb.setMnemonicParsing(false);
        // made when the pointer is first over it, with the entry it shows then
        HoverTooltip.install(cb, () -> tip(f, (FacetViewModel.Entry) cb.getUserData()));
        cb.setOnAction(a -> vm.toggle((FacetViewModel.Entry) cb.getUserData()));
        return cb;
    }

    /** "Type: Bombing — 3 (chosen)": the tooltip of an entry. */
    static String tip(Facet f, FacetViewModel.Entry e) {
        return FilterModel.facetName(f) + ": " + e.label() + " — " + e.count() + (e.chosen() ? " (chosen)" : "");
    }

    private void chips() {
        chips.getChildren().clear();
        for (FilterModel.Chip c : vm.chips()) {
            Button b = new Button(c.label() + "  ✕");
            b.getStyleClass().add("filter-chip");
            b.setMnemonicParsing(false);
            b.setOnAction(e -> vm.removeChip(c));
            chips.getChildren().add(b);
        }
    }
}
