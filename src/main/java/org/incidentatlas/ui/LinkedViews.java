package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.incidentatlas.io.ExportFormat;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Investigation;
import org.incidentatlas.model.ViewState;
import org.incidentatlas.ui.filter.FacetPanelView;
import org.incidentatlas.ui.filter.FacetViewModel;
import org.incidentatlas.ui.investigation.InvestigationViewModel;
import org.incidentatlas.ui.map.ExtractionFeatures;
import org.incidentatlas.ui.map.IncidentFeatures;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapViewport;
import org.incidentatlas.ui.search.SearchBoxView;
import org.incidentatlas.ui.search.SearchViewModel;
import org.incidentatlas.ui.table.ArticleListView;
import org.incidentatlas.ui.table.ArticleListViewModel;
import org.incidentatlas.ui.table.EventTableView;
import org.incidentatlas.ui.table.EventTableViewModel;
import org.incidentatlas.ui.timeline.TimelineView;
import org.incidentatlas.ui.timeline.TimelineViewModel;

/**
 * The analyst's linked views mounted around the map window: facet panel on the left, search above the map,
 * timeline and the event table / article list below it, and the File menu's investigation and data-export items.
 * Everything goes through the window's public face (its BorderPane slots, its map, its menu bar), so
 * {@link AtlasWindow} itself needs only to be handed to {@link #mount}. One {@link FilterModel} and one
 * {@link SelectionModel} link map, timeline, table and reader: what one view changes, all show.
 */
public final class LinkedViews {
    private final AtlasWindow window;
    private final FilterModel filter;
    private final SelectionModel selection = new SelectionModel();
    private final FacetViewModel facets;
    private final TimelineViewModel timelineModel;
    private final EventTableViewModel tableModel;
    private final ArticleListViewModel articleModel;
    private final SearchViewModel searchModel = new SearchViewModel();
    private final org.incidentatlas.ui.review.ReviewViewModel reviewModel = new org.incidentatlas.ui.review.ReviewViewModel();
    private final InvestigationViewModel investigation;
    private final TimelineView timeline;
    private final EventTableView table;
    private final SearchBoxView searchBox;
    private final Label status = new Label();
    private final Map<Incident, MapFeature> features = new IdentityHashMap<>();
    private final Map<Incident, Integer> positions = new IdentityHashMap<>();
    private List<MapFeature> deploymentFeatures = List.of();
    private List<Path> corpusPaths = List.of();
    private Investigation pendingRestore;
    private Investigation pendingOpen;
    /** The last extraction the pipeline produced (edits are replayed on it, never on an edited one). */
    private Extraction machine;
    private Extraction edited;
    private long lastMapUpdateNanos;
    private java.util.Set<String> legendKinds;
    private IncidentFeatures mapFeatures;
    private List<MapFeature> mapFeaturesDeployments;

    private final AppEnvironment env;
    /** The inputs an opened investigation waits for (an extraction of other inputs does not restore it). */
    private List<Path> awaitedInputs;
    /** The investigation being put on the screen, once its extraction is indexed (see {@link #afterIndex}). */
    private Investigation restoring;

    private LinkedViews(AtlasWindow window, AppEnvironment env) {
        this.window = window;
        this.env = env;
        this.filter = new FilterModel(env.background(), Platform::runLater);
        this.facets = new FacetViewModel(filter);
        this.timelineModel = new TimelineViewModel(filter);
        this.tableModel = new EventTableViewModel(filter, selection);
        this.articleModel = new ArticleListViewModel(filter);
        this.investigation = new InvestigationViewModel(filter, selection, mapState(), () -> corpusPaths);
        this.timeline = new TimelineView(timelineModel);
        this.table = new EventTableView(tableModel);
        this.searchBox = new SearchBoxView(searchModel, this::flyTo);
    }

    /** Mounts the linked views into a window with the app's standard environment (daemon threads, ~/.incident-atlas). */
    public static LinkedViews mount(AtlasWindow window) {
        return mount(window, AppEnvironment.standard());
    }

    /** Mounts the linked views into a window; indexes run on the environment's background executor. */
    public static LinkedViews mount(AtlasWindow window, AppEnvironment env) {
        LinkedViews v = new LinkedViews(window, env);
        v.layout();
        v.wire();
        v.menus();
        v.tableMenu();
        return v;
    }

    private void layout() {
        Node center = window.getCenter();
        org.incidentatlas.ui.review.ReviewListView reviewList = new org.incidentatlas.ui.review.ReviewListView(
                reviewModel, this::openReview);
        reviewMenu(reviewList);
        Tab review = new Tab("Review", reviewList);
        review.textProperty().bind(reviewModel.titleProperty());
        TabPane tabs = new TabPane(new Tab("Events", table), new Tab("Articles",
                new ArticleListView(articleModel, this::openArticle)), review);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox below = new VBox(timeline, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        SplitPane vertical = new SplitPane(center, below);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.57);
        SplitPane horizontal = new SplitPane(new FacetPanelView(facets), vertical);
        horizontal.setDividerPositions(0.21);
        SplitPane.setResizableWithParent(horizontal.getItems().get(0), false);
        window.setCenter(horizontal);
        Label shown = new Label();
        shown.getStyleClass().add("toolbar-summary");
        shown.textProperty().bind(filter.summaryProperty());
        status.setStyle("-fx-text-fill: #555;");
        status.textProperty().bind(investigation.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, searchBox, shown, spacer, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setStyle("-fx-background-color: #f4f4f4; -fx-border-color: transparent transparent #ccc transparent;");
        window.setTop(new VBox(window.getTop(), bar));
    }

    private void wire() {
        window.model().extractionProperty().addListener((o, a, x) -> extractionChanged(x));
        if (window.model().extraction() != null) {
            extractionChanged(window.model().extraction());
        }
        filter.shown().addListener((ListChangeListener<Incident>) c -> showOnMap());
        selection.selectedProperty().addListener((o, a, i) -> selected(i));
        timeline.setOnPick(selection::select);
        window.map().viewportProperty().addListener((o, a, v) -> {
            if (v != null) {
                tableModel.viewportProperty().set(v.bounds());
            }
        });
        window.map().viewportProperty().addListener(o -> investigation.changed());
        // an event picked from a multi-event popup is selected everywhere (its table row too)
        window.setOnFeaturePicked(f -> {
            if (f.payload() instanceof Incident i) {
                selection.select(i);
            }
        });
        // picks on the map join the shared selection; the window still opens its own popups
        window.map().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                List<MapFeature> hit = window.map().hitAt(e.getX(), e.getY());
                if (hit.size() == 1 && hit.get(0).payload() instanceof Incident i) {
                    selection.select(i);
                }
            }
        });
        investigation.enableAutosave(env.timer(), env.autosaveEvery(),
                new org.incidentatlas.io.InvestigationRecovery(env.settingsFolder()), Platform::runLater);
    }

    private void extractionChanged(Extraction x) {
        if (x != edited) {
            machine = x;
        }
        features.clear();
        List<MapFeature> deps = new ArrayList<>();
        if (x != null) {
            for (MapFeature f : ExtractionFeatures.events(x)) {
                if (f.payload() instanceof Incident i) {
                    features.put(i, f);
                } else {
                    deps.add(f);
                }
            }
            if (window.model().inputs() != null && !window.model().inputs().isEmpty()) {
                corpusPaths = window.model().inputs();
            }
        }
        deploymentFeatures = deps;
        // View → Show event types redraws the map from all events; redraw from what the filter shows after it
        for (MenuItem k : window.eventKindsMenu().getItems()) {
            if (k instanceof javafx.scene.control.CheckMenuItem c) {
                c.selectedProperty().addListener(o -> Platform.runLater(() -> {
                    legendKinds = null;
                    showOnMap();
                }));
            }
        }
        // the types are filtered by the facet panel (with counts, chips, exports); View keeps the deployments layer
        window.setKindVisible("Deployments", showDeployments.isSelected());
        searchModel.setExtraction(x);
        reviewModel.setExtraction(x);
        selection.clear();
        if (x == null) {
            return;
        }
        if (pendingOpen != null && awaitedInputsArrived()) {
            // the corpus of an opened investigation is in: replay the analyst's edits on it, then show that
            Investigation inv = pendingOpen;
            pendingOpen = null;
            restoring = inv;
            Extraction e = investigation.applyEdits(x);
            if (e != x) {
                edited = e;
                Platform.runLater(() -> window.model().setExtraction(e));
                return;
            }
        }
        filter.setExtraction(x).thenRun(() -> Platform.runLater(() -> afterIndex(x)));
    }

    private boolean awaitedInputsArrived() {
        return awaitedInputs == null || awaitedInputs.equals(window.model().inputs().stream()
                .map(Path::toAbsolutePath).toList());
    }

    private void afterIndex(Extraction x) {
        if (filter.extraction() != x || filter.indexingProperty().get()) {
            return; // a newer extraction is on its way; it restores when indexed
        }
        List<Incident> indexed = filter.indexProperty().get() == null ? List.of()
                : filter.indexProperty().get().incidents();
        if (restoring != null && x == window.model().extraction()) {
            // an opened (or recovered) investigation: everything it holds is on screen before anything may save
            Investigation inv = restoring;
            restoring = null;
            pendingRestore = null;
            awaitedInputs = null;
            investigation.restoreScreen(inv, indexed);
            investigation.finishRestore(inv);
        } else if (pendingRestore != null && restoring == null) {
            Investigation inv = pendingRestore;
            pendingRestore = null;
            investigation.restoreScreen(inv, indexed);
        }
    }

    /** The map shows exactly the incidents that pass (and the deployments the same filter keeps). */
    private void showOnMap() {
        long t0 = System.nanoTime();
        var index = filter.indexProperty().get();
        var evaluation = filter.evaluationProperty().get();
        List<Incident> order = index == null ? List.of() : index.incidents();
        // the features lined up with the index once per index (or extraction): a brush is then int arrays only
        if (mapFeatures == null || mapFeatures.incidents() != order || mapFeaturesDeployments != deploymentFeatures) {
            mapFeatures = new IncidentFeatures(order, features::get, deploymentFeatures, AtlasWindow::kindOf);
            mapFeaturesDeployments = deploymentFeatures;
        }
        java.util.BitSet bits = evaluation == null || evaluation.shown().length() > order.size()
                ? new java.util.BitSet() : evaluation.shown();
        var st = filter.state();
        var hidden = window.hiddenKinds();
        java.util.function.Predicate<MapFeature> keepDeployment = f -> false;
        if (st.eventTypes().isEmpty() && st.subEventTypes().isEmpty() && st.statuses().isEmpty()
                && st.geoPrecisions().isEmpty() && st.datePrecisions().isEmpty()) {
            if (st.publishers().isEmpty() && st.text().isEmpty()) {
                // the common case (brushing, actors) checked here: apply() would pass over every incident again
                keepDeployment = f -> deploymentPasses((Deployment) f.payload(), st);
            } else if (!deploymentFeatures.isEmpty() && !hidden.contains("Deployments")) {
                var kept = java.util.Collections.newSetFromMap(new IdentityHashMap<Deployment, Boolean>());
                kept.addAll(filter.forExport(true).deployments());
                keepDeployment = f -> kept.contains((Deployment) f.payload());
            }
        }
        int[] shown = mapFeatures.select(bits, hidden, keepDeployment);
        // the legend lists the kinds shown: hand the pane one feature per kind, and only when they change
        // (its legend walk over 100k features and a new legend node per brush were most of a frame)
        Map<String, MapFeature> kinds = new LinkedHashMap<>(mapFeatures.kindsOf(shown));
        // and one per symbol style, so the legend keys hollow (claimed, alleged…) and faded (background) symbols
        mapFeatures.stylesOf(shown).forEach((style, f) -> kinds.putIfAbsent("style:" + style, f));
        if (!kinds.keySet().equals(legendKinds)) {
            legendKinds = new java.util.HashSet<>(kinds.keySet());
            window.mapPane().setEvents(new ArrayList<>(kinds.values()));
        }
        window.map().symbolLayer().show(mapFeatures.prepared(), shown);
        Incident sel = selection.selected();
        if (sel != null && !isShown(sel)) {
            selection.clear();
        }
        lastMapUpdateNanos = System.nanoTime() - t0;
    }

    /** The time window and actor rules of {@code IncidentFilter.apply} for deployments (undated kept if asked). */
    static boolean deploymentPasses(Deployment d, org.incidentatlas.model.FilterState st) {
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

    private void selected(Incident i) {
        timeline.setSelected(i);
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
        // the reader, when open, follows the selection to the incident's first sentence
        Extraction x = window.model().extraction();
        if (!fromReader && x != null && window.reader().getScene() != null && !i.evidence().isEmpty()) {
            Evidence ev = i.evidence().get(0);
            x.article(ev.articleId()).ifPresent(a -> window.openArticle(a, ev));
        }
    }

    private void flyTo(SearchViewModel.Result r) {
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

    /** Right-click on a review item about a place name: choose another of its candidates there. */
    private void reviewMenu(org.incidentatlas.ui.review.ReviewListView list) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.setOnShowing(e -> {
            var r = list.getSelectionModel().getSelectedItem();
            Extraction x = filter.extraction();
            org.incidentatlas.model.PlaceMention m = r == null || x == null ? null
                    : org.incidentatlas.pipeline.PlaceChoices.find(x, r.item().evidence());
            MenuItem open = action("Open the sentence", () -> openReview(r));
            open.setDisable(r == null);
            MenuItem choose = action("Choose the place of \u201c" + (m == null ? "…" : m.surface()) + "\u201d…",
                    () -> org.incidentatlas.ui.investigation.EditDialogs.choosePlace(owner(), m,
                            org.incidentatlas.pipeline.PlaceChoices.forMention(m))
                            .ifPresent(o -> choosePlace(o.mention(), o.candidate().place())));
            choose.setDisable(m == null || org.incidentatlas.pipeline.PlaceChoices.forMention(m).isEmpty());
            menu.getItems().setAll(open, choose);
        });
        list.setContextMenu(menu);
    }

    /** A review item: select its incident if it is one, and open the sentence in the reader. */
    private void openReview(org.incidentatlas.ui.review.ReviewViewModel.Row r) {
        if (r.incident() != null) {
            selection.select(r.incident());
        }
        if (r.article() != null) {
            window.openArticle(r.article(), r.item().evidence());
        }
    }

    private void openArticle(Article a) {
        Extraction x = filter.extraction();
        Evidence at = null;
        for (Incident i : filter.shown()) {
            for (Evidence e : i.evidence()) {
                if (at == null && e.articleId().equals(a.id())) {
                    at = e;
                }
            }
        }
        if (x != null) {
            window.openArticle(a, at);
        }
    }

    private InvestigationViewModel.MapState mapState() {
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
                double w = v != null ? v.width() : Math.max(1, window.map().getWidth());
                double h = v != null ? v.height() : Math.max(1, window.map().getHeight());
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
                    viewMenuItems().stream().filter(i -> i instanceof javafx.scene.control.CheckMenuItem
                            && i.getText().equals("Show place mentions")).forEach(i ->
                            ((javafx.scene.control.CheckMenuItem) i).setSelected(mentions));
                }
                Boolean deps = layers.get("deployments");
                if (deps != null) {
                    showDeployments.setSelected(deps);
                    window.setKindVisible("Deployments", deps);
                }
                showOnMap();
            }
        };
    }

    private List<MenuItem> viewMenuItems() {
        if (window.getTop() instanceof VBox top && top.getChildren().get(0) instanceof MenuBar bar
                && bar.getMenus().size() > 1) {
            return bar.getMenus().get(1).getItems();
        }
        return List.of();
    }

    private final javafx.scene.control.CheckMenuItem showDeployments = new javafx.scene.control.CheckMenuItem(
            "Show deployments");

    private void menus() {
        if (!(window.getTop() instanceof VBox top) || !(top.getChildren().get(0) instanceof MenuBar bar)) {
            return;
        }
        // one way to filter event types: the facet panel. View → Show event types would hide kinds from the map
        // only (not from the table, the counts or the exports); in its place, a switch for the deployments layer.
        if (bar.getMenus().size() > 1) {
            List<MenuItem> view = bar.getMenus().get(1).getItems();
            int at = view.indexOf(window.eventKindsMenu());
            if (at >= 0) {
                showDeployments.setSelected(true);
                showDeployments.getStyleClass().add("show-deployments");
                showDeployments.selectedProperty().addListener((o, was, on) -> window.setKindVisible("Deployments",
                        on));
                view.set(at, showDeployments);
            }
        }
        Menu file = bar.getMenus().get(0);
        MenuItem open = new MenuItem("Open investigation…");
        open.setOnAction(e -> chooseInvestigation(false));
        MenuItem save = new MenuItem("Save investigation");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> {
            if (investigation.fileProperty().get() == null) {
                chooseInvestigation(true);
            } else {
                saveTo(investigation.fileProperty().get());
            }
        });
        MenuItem saveAs = new MenuItem("Save investigation as…");
        saveAs.setOnAction(e -> chooseInvestigation(true));
        MenuItem export = new MenuItem("Export data…");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        export.setOnAction(e -> exportDialog());
        // the snapshot's caption carries the filters and time window in force, as the data exports' scope does
        file.getItems().stream().filter(i -> "Export snapshot…".equals(i.getText())).findFirst()
                .ifPresent(i -> i.setOnAction(e -> snapshotDialog()));
        int at = Math.max(0, file.getItems().size() - 2);
        file.getItems().addAll(at, List.of(new SeparatorMenuItem(), open, save, saveAs, new SeparatorMenuItem(),
                export));
    }

    private void chooseInvestigation(boolean saving) {
        FileChooser fc = new FileChooser();
        fc.setTitle(saving ? "Save investigation" : "Open investigation");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Investigation", "*.json"));
        fc.setInitialFileName("investigation.json");
        File f = saving ? fc.showSaveDialog(window.getScene().getWindow())
                : fc.showOpenDialog(window.getScene().getWindow());
        if (f != null) {
            if (saving) {
                saveTo(f.toPath());
            } else {
                open(f.toPath());
            }
        }
    }

    private void saveTo(Path p) {
        try {
            investigation.save(p);
        } catch (IOException ex) {
            error("Could not save " + p + ": " + ex.getMessage());
        }
    }

    /**
     * Opens an investigation: if autosave kept newer work beside it, the analyst is asked first whether to recover
     * it. Then its corpus is loaded (unless already shown), the edits replayed and the screen restored; nothing is
     * saved before all of that is on screen.
     */
    public void open(Path p) {
        Investigation inv;
        try {
            inv = investigation.read(p);
        } catch (IOException ex) {
            error(ex.getMessage());
            return;
        }
        var offer = investigation.recovery() == null ? java.util.Optional.<org.incidentatlas.io.InvestigationRecovery
                .Offer>empty() : investigation.recovery().offerFor(p);
        if (offer.isPresent()) {
            offerRecovery(offer.get(), inv);
        } else {
            show(inv, p, inv);
        }
    }

    /**
     * At start: offers the newest recovery file the settings folder leads to (unsaved work, or the investigation
     * open last); true if one was offered.
     */
    public boolean offerRecoveryAtStart() {
        if (investigation.recovery() == null) {
            return false;
        }
        var offers = investigation.recovery().offersAtStart();
        var newest = offers.stream().max(java.util.Comparator.comparing(
                org.incidentatlas.io.InvestigationRecovery.Offer::written));
        if (newest.isEmpty()) {
            return false;
        }
        Investigation onDisk = null;
        if (newest.get().investigation() != null) {
            try {
                onDisk = investigation.read(newest.get().investigation());
            } catch (IOException e) {
                onDisk = null;
            }
        }
        offerRecovery(newest.get(), onDisk);
        return true;
    }

    /** Asks, then recovers (the file stays the analyst's until Save) or sets the recovery aside and opens the file. */
    private void offerRecovery(org.incidentatlas.io.InvestigationRecovery.Offer offer, Investigation onDisk) {
        investigation.awaitAnswer();
        env.recoveryPrompt().ask(owner(), offer, recover -> {
            if (recover) {
                try {
                    show(investigation.read(offer.recovery()), offer.investigation(), onDisk);
                    return;
                } catch (IOException e) {
                    error("Could not recover: " + e.getMessage());
                }
            }
            try {
                investigation.recovery().discard(offer);
            } catch (IOException e) {
                error("Could not set aside " + offer.recovery() + ": " + e.getMessage());
            }
            investigation.answered();
            if (onDisk != null && offer.investigation() != null) {
                show(onDisk, offer.investigation(), onDisk);
            }
        });
    }

    /** Puts an investigation on the screen; {@code onDisk} is what its file holds (it differs for recovered work). */
    private void show(Investigation inv, Path from, Investigation onDisk) {
        investigation.beginRestore(inv, from, onDisk);
        List<Path> paths = inv.corpusPaths().stream().map(Path::of).toList();
        pendingOpen = inv;
        pendingRestore = null;
        awaitedInputs = paths.isEmpty() ? null : paths.stream().map(Path::toAbsolutePath).toList();
        if (!paths.isEmpty() && !paths.equals(corpusPaths.stream().map(Path::toAbsolutePath).toList())) {
            window.model().load(paths);
        } else if (machine != null) {
            if (window.model().extraction() == machine) {
                extractionChanged(machine);
            } else {
                window.model().setExtraction(machine);
            }
        }
    }

    /**
     * Records an analyst's edit and shows its effect: the edits are replayed on the machine's extraction, and the
     * screen (filters, selection, view) stays as it was.
     */
    public void applyEdit(org.incidentatlas.model.AnalystEdit e) {
        investigation.record(e);
        if (machine == null || restoring != null || pendingOpen != null) {
            return;
        }
        pendingRestore = investigation.snapshot();
        Extraction x = investigation.applyEdits(machine);
        edited = x;
        window.model().setExtraction(x);
    }

    /** The table's context menu and the Incident menu: the analyst's edits of the selected incident(s). */
    private void tableMenu() {
        table.table().getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.setOnShowing(e -> menu.getItems().setAll(incidentActions(null)));
        table.table().setContextMenu(menu);
        if (window.getTop() instanceof VBox top && top.getChildren().get(0) instanceof MenuBar bar) {
            Menu incident = new Menu("Incident");
            incident.getItems().add(new MenuItem("(select an incident)"));
            incident.setOnShowing(e -> incident.getItems().setAll(incidentActions(null)));
            bar.getMenus().add(Math.min(2, bar.getMenus().size()), incident);
        }
        // right-click on the map: the incident under the pointer (or the selected one), and "move the pin here"
        // (a secondary click rather than CONTEXT_MENU_REQUESTED: the same on every platform, headless included)
        window.map().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            MapViewport v = window.map().viewport();
            if (v == null || e.getButton() != javafx.scene.input.MouseButton.SECONDARY || !e.isStillSincePress()) {
                return;
            }
            List<MapFeature> hit = window.map().hitAt(e.getX(), e.getY());
            if (hit.size() == 1 && hit.get(0).payload() instanceof Incident i && i != selection.selected()) {
                selection.select(i);
            }
            double[] at = {v.latAt(e.getY()), ((v.lonAt(e.getX()) + 540) % 360) - 180};
            mapMenu.getItems().setAll(incidentActions(at));
            mapMenu.show(window.map(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
        window.map().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mapMenu.hide());
        // "Move pin…": the next click on the map puts the pin there; Esc cancels
        window.map().addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (moving != null && e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()) {
                MapViewport v = window.map().viewport();
                Incident i = moving;
                stopMoving(null);
                if (v != null) {
                    movePin(i, v.latAt(e.getY()), ((v.lonAt(e.getX()) + 540) % 360) - 180);
                }
                e.consume();
            }
        });
        window.map().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (moving != null && e.getCode() == KeyCode.ESCAPE) {
                stopMoving("Move cancelled");
                e.consume();
            }
        });
        // a click on a sentence in the reader selects the incident it reports
        window.reader().setOnSentence(this::sentenceClicked);
        window.setIncidentEdits(investigation::history);
        // a kind switched (View → Show deployments) is redrawn by showOnMap, from what the filter shows
        window.leaveKindRedrawTo(true);
    }

    private final javafx.scene.control.ContextMenu mapMenu = new javafx.scene.control.ContextMenu();
    private Incident moving;

    /**
     * The edits offered for the selection: fresh items each time (a menu item lives in one menu). {@code at} is the
     * map point right-clicked, when there is one: then the pin can be moved there.
     */
    List<MenuItem> incidentActions(double[] at) {
        Incident i = selection.selected();
        List<Incident> many = table.table().getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).distinct().toList();
        List<MenuItem> items = new ArrayList<>();
        if (i == null) {
            MenuItem none = new MenuItem("Select an incident to edit it");
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem head = new MenuItem(i.type().label() + ", " + EventTableViewModel.date(i) + ", "
                    + EventTableViewModel.place(i));
            head.setDisable(true);
            items.add(head);
            items.add(new SeparatorMenuItem());
            if (at != null) {
                items.add(action(String.format(java.util.Locale.ROOT, "Move the pin here (%.4f, %.4f)", at[0], at[1]),
                        () -> movePin(i, at[0], at[1])));
            }
            items.add(action("Move pin… (then click the map)", () -> startMoving(i)));
            MenuItem choose = action("Choose another place…", () -> choosePlaceDialog(i));
            choose.setDisable(filter.extraction() == null
                    || org.incidentatlas.pipeline.PlaceChoices.forIncident(filter.extraction(), i).isEmpty());
            items.add(choose);
            items.add(action("Edit date…", () -> editDateDialog(i)));
            items.add(action("Edit type…", () -> editTypeDialog(i)));
            MenuItem split = action("Split…", () -> splitDialog(i));
            split.setDisable(i.evidence().size() < 2);
            items.add(split);
        }
        MenuItem merge = action("Merge " + (many.size() >= 2 ? many.size() + " " : "") + "selected incidents",
                () -> merge(many));
        merge.setDisable(many.size() < 2);
        items.add(merge);
        if (i != null) {
            items.add(action("Mark as wrong", () -> applyEdit(new org.incidentatlas.model.AnalystEdit.MarkWrong(
                    analyst(), java.time.Instant.now(), i.id(), "marked by the analyst"))));
            items.add(new SeparatorMenuItem());
            items.add(action("Add note…", () -> noteDialog(i)));
            items.add(action("History…", () -> org.incidentatlas.ui.investigation.EditDialogs.history(owner(), i,
                    investigation.history(i))));
        }
        return items;
    }

    private static MenuItem action(String text, Runnable run) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> run.run());
        return m;
    }

    private javafx.stage.Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }

    private void startMoving(Incident i) {
        moving = i;
        window.map().setCursor(javafx.scene.Cursor.CROSSHAIR);
        window.map().requestFocus();
        investigation.say("Click the map where " + i.id() + " happened (Esc cancels)");
    }

    private void stopMoving(String message) {
        moving = null;
        window.map().setCursor(null);
        if (message != null) {
            investigation.say(message);
        }
    }

    /** Puts an incident's pin at a point (the machine's place stays in the edit). */
    public void movePin(Incident i, double lat, double lon) {
        Incident m = machineOf(i);
        applyEdit(new org.incidentatlas.model.AnalystEdit.MovePin(analyst(), java.time.Instant.now(), i.id(),
                m.place() == null ? null : m.place().id(), m.place() == null ? null : m.place().lat(),
                m.place() == null ? null : m.place().lon(), lat, lon));
        investigation.say(String.format(java.util.Locale.ROOT, "Moved %s to %.4f, %.4f", i.id(), lat, lon));
    }

    /** Chooses another of a mention's candidate places; incidents placed by it follow. */
    public void choosePlace(org.incidentatlas.model.PlaceMention mention, org.incidentatlas.model.Place chosen) {
        org.incidentatlas.model.PlaceMention m = machine == null ? null
                : org.incidentatlas.pipeline.PlaceChoices.find(machine, mention.evidence());
        org.incidentatlas.model.PlaceMention was = m != null ? m : mention;
        applyEdit(new org.incidentatlas.model.AnalystEdit.ChoosePlace(analyst(), java.time.Instant.now(),
                mention.evidence(), was.place() == null ? null : was.place().id(), chosen.id()));
        investigation.say("\u201c" + mention.surface() + "\u201d is now " + chosen.name());
    }

    /** Merges incidents into one; the first (in the order given) gives type, date and place. */
    public void merge(List<Incident> parts) {
        if (parts.size() < 2) {
            return;
        }
        String id = freshId(parts.get(0).id() + "+merged");
        applyEdit(new org.incidentatlas.model.AnalystEdit.Merge(analyst(), java.time.Instant.now(),
                parts.stream().map(Incident::id).toList(), id));
        investigation.say("Merged " + parts.size() + " incidents into " + id);
    }

    /** Moves some of an incident's sentences into a new incident. */
    public void split(Incident i, List<Evidence> detached) {
        String id = freshId(i.id() + "/split");
        applyEdit(new org.incidentatlas.model.AnalystEdit.Split(analyst(), java.time.Instant.now(), i.id(), detached,
                id));
        investigation.say("Split " + detached.size() + " sentence(s) of " + i.id() + " into " + id);
    }

    /** An id no incident of the machine's or the analyst's extraction has (and no earlier edit made). */
    private String freshId(String base) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Extraction x : java.util.Arrays.asList(machine, filter.extraction())) {
            if (x != null) {
                x.incidents().forEach(i -> taken.add(i.id()));
            }
        }
        investigation.edits().forEach(e -> taken.add(e.target()));
        String id = base;
        for (int k = 2; taken.contains(id); k++) {
            id = base + k;
        }
        return id;
    }

    private void choosePlaceDialog(Incident i) {
        Extraction x = filter.extraction();
        if (x == null) {
            return;
        }
        org.incidentatlas.ui.investigation.EditDialogs.choosePlace(owner(), i,
                org.incidentatlas.pipeline.PlaceChoices.forIncident(x, i))
                .ifPresent(o -> o.mentions().forEach(m -> choosePlace(m, o.candidate().place())));
    }

    private void splitDialog(Incident i) {
        Extraction x = filter.extraction();
        if (x != null) {
            org.incidentatlas.ui.investigation.EditDialogs.split(owner(), x, i).ifPresent(d -> split(i, d));
        }
    }

    private void noteDialog(Incident i) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.setTitle("Note on " + i.id());
        d.setHeaderText(i.type().label() + ", " + EventTableViewModel.date(i) + ", " + EventTableViewModel.place(i));
        d.initOwner(owner());
        d.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> investigation.record(
                new org.incidentatlas.model.AnalystEdit.Note(analyst(), java.time.Instant.now(), i.id(), t)));
    }

    private void editDateDialog(Incident i) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                i.date().iso() == null ? "" : i.date().iso());
        d.setTitle("Date of " + i.id());
        d.setHeaderText("Type 2020, 2020-01, 2020-01-05 or 2020-01-05..2020-01-09 (machine: "
                + EventTableViewModel.date(machineOf(i)) + ")");
        d.initOwner(owner());
        d.showAndWait().ifPresent(t -> {
            org.incidentatlas.model.EventDate typed = EventTableViewModel.typedDate(t);
            if (typed == null) {
                error("Not a date: \u201c" + t + "\u201d");
            } else {
                applyEdit(new org.incidentatlas.model.AnalystEdit.EditDate(analyst(), java.time.Instant.now(),
                        i.id(), machineOf(i).date(), typed));
            }
        });
    }

    private void editTypeDialog(Incident i) {
        if (filter.extraction() == null) {
            return;
        }
        List<String> labels = java.util.stream.Stream.concat(filter.extraction().incidents().stream()
                .map(x -> x.type().label()), org.incidentatlas.model.EventType.ACLED.stream().map(org.incidentatlas.model.EventType::label))
                .distinct().sorted().toList();
        javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(i.type().label(),
                labels);
        d.setTitle("Type of " + i.id());
        d.setHeaderText("Machine: " + machineOf(i).type().label());
        d.initOwner(owner());
        d.showAndWait().filter(t -> !t.equals(i.type().label())).ifPresent(t -> applyEdit(
                new org.incidentatlas.model.AnalystEdit.EditType(analyst(), java.time.Instant.now(), i.id(),
                        machineOf(i).type(), org.incidentatlas.model.EventType.parse(t))));
    }

    /** A sentence clicked in the reader: select the (shown, else any) incident it is evidence of. */
    private void sentenceClicked(Article a, int sentence) {
        Incident found = null;
        for (Incident i : filter.shown()) {
            if (i.evidence().stream().anyMatch(e -> e.articleId().equals(a.id()) && e.sentence() == sentence)) {
                found = i;
                break;
            }
        }
        if (found != null && found != selection.selected()) {
            fromReader = true;
            try {
                selection.select(found);
            } finally {
                fromReader = false;
            }
            // the reader highlights the sentence clicked (its own, not the incident's first)
            found.evidence().stream().filter(e -> e.articleId().equals(a.id()) && e.sentence() == sentence)
                    .findFirst().ifPresent(e -> window.openArticle(a, e));
        }
    }

    private boolean fromReader;

    /** The machine's version of an incident (edits record the machine value beside the analyst's). */
    private Incident machineOf(Incident i) {
        if (machine != null) {
            for (Incident m : machine.incidents()) {
                if (m.id().equals(i.id())) {
                    return m;
                }
            }
        }
        return i;
    }

    private static String analyst() {
        return System.getProperty("user.name", "analyst");
    }

    /** Saves the investigation to a file (what File → Save does after choosing it). */
    public void save(Path p) throws IOException {
        investigation.save(p);
    }

    /** What the snapshot caption says: the window's title, then the filter scope; unpinned counts what is shown. */
    public org.incidentatlas.ui.export.SnapshotComposer.Info snapshotInfo() {
        String scope = filter.scope(!filter.state().isEmpty());
        int unpinned = (int) filter.shown().stream().filter(i -> !i.isPinned()).count();
        return new org.incidentatlas.ui.export.SnapshotComposer.Info(window.model().titleProperty().get()
                + (filter.state().isEmpty() ? "" : " — " + scope), window.map().mentionLayer().isVisible(),
                unpinned, window.hiddenKinds());
    }

    /** Writes the current view as PNG with {@link #snapshotInfo()}; pixels read here, the file written off-thread. */
    public CompletableFuture<Void> exportSnapshot(Path png, double scale) {
        var img = org.incidentatlas.ui.export.SnapshotComposer.compose(window.mapPane(), window.model().extraction(),
                snapshotInfo(), scale);
        var buffered = org.incidentatlas.ui.export.PngWriter.toBufferedImage(img);
        return CompletableFuture.runAsync(() -> {
            try {
                org.incidentatlas.ui.export.PngWriter.write(buffered, png);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void snapshotDialog() {
        if (window.model().extraction() == null) {
            return;
        }
        javafx.scene.control.ChoiceDialog<String> scale = new javafx.scene.control.ChoiceDialog<>("2x", "1x", "2x",
                "4x");
        scale.setTitle("Export snapshot");
        scale.setHeaderText("PNG of the current view, with legend, scale bar, attribution, sources and the filters "
                + "in force (" + filter.scope(!filter.state().isEmpty()) + ").");
        scale.setContentText("Resolution:");
        scale.initOwner(window.getScene().getWindow());
        scale.showAndWait().ifPresent(sc -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export snapshot");
            fc.setInitialFileName("incident-atlas.png");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File f = fc.showSaveDialog(window.getScene().getWindow());
            if (f != null) {
                exportSnapshot(f.toPath(), Double.parseDouble(sc.replace("x", ""))).exceptionally(ex -> {
                    Platform.runLater(() -> error("Could not write " + f + ": " + ex.getMessage()));
                    return null;
                });
            }
        });
    }

    private void exportDialog() {
        if (filter.extraction() == null) {
            return;
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Export data");
        d.setHeaderText("Export incidents, deployments and places with their evidence.");
        d.initOwner(window.getScene().getWindow());
        ChoiceBox<ExportFormat> format = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                ExportFormat.values()));
        format.setValue(ExportFormat.values()[0]);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.label() + " (*." + f.extension() + ")";
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        ToggleGroup scope = new ToggleGroup();
        RadioButton shown = new RadioButton("What is shown: " + filter.summaryProperty().get() + " — "
                + filter.scope(true));
        shown.setToggleGroup(scope);
        shown.setSelected(true);
        RadioButton all = new RadioButton("Everything (" + filter.extraction().incidents().size() + " incidents)");
        all.setToggleGroup(scope);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Format:"), format);
        g.addRow(1, new Label("Scope:"), shown);
        g.add(all, 1, 2);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            ExportFormat f = format.getValue();
            FileChooser fc = new FileChooser();
            fc.setTitle("Export data");
            fc.setInitialFileName("incident-atlas." + f.extension());
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label(), "*." + f.extension()));
            File out = fc.showSaveDialog(window.getScene().getWindow());
            if (out != null) {
                exportData(f, shown.isSelected(), out.toPath()).exceptionally(ex -> {
                    Platform.runLater(() -> error("Could not export " + out + ": " + ex.getMessage()));
                    return null;
                });
            }
        });
    }

    /**
     * Exports "what is shown" (the filters and time window in force, said in the file's scope) or everything; the
     * extraction is taken on the calling (FX) thread, the file written off it.
     */
    public CompletableFuture<Void> exportData(ExportFormat format, boolean shownOnly, Path out) {
        Extraction x = filter.forExport(shownOnly);
        String scope = filter.scope(shownOnly);
        return CompletableFuture.runAsync(() -> {
            try {
                format.write(x, scope, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        if (window.getScene() != null) {
            a.initOwner(window.getScene().getWindow());
        }
        a.show();
    }

    public FilterModel filter() {
        return filter;
    }

    public SelectionModel selection() {
        return selection;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public TimelineViewModel timelineModel() {
        return timelineModel;
    }

    public EventTableView table() {
        return table;
    }

    public SearchBoxView searchBox() {
        return searchBox;
    }

    public InvestigationViewModel investigation() {
        return investigation;
    }

    /** How long the last map update (features for the shown incidents) took. */
    public long lastMapUpdateNanos() {
        return lastMapUpdateNanos;
    }
}
