package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentatlas.io.ExportFormat;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.PlaceChoices;
import org.incidentatlas.ui.export.SnapshotComposer;
import org.incidentatlas.ui.filter.FacetPanelView;
import org.incidentatlas.ui.filter.FacetViewModel;
import org.incidentatlas.ui.investigation.InvestigationViewModel;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.review.ReviewListView;
import org.incidentatlas.ui.review.ReviewViewModel;
import org.incidentatlas.ui.search.SearchBoxView;
import org.incidentatlas.ui.search.SearchViewModel;
import org.incidentatlas.ui.table.ArticleListView;
import org.incidentatlas.ui.table.ArticleListViewModel;
import org.incidentatlas.ui.table.EventTableView;
import org.incidentatlas.ui.table.EventTableViewModel;
import org.incidentatlas.ui.timeline.TimelineView;
import org.incidentatlas.ui.timeline.TimelineViewModel;

/**
 * The analyst's linked views mounted around the map window, and the composition of the shell's parts: facet panel
 * on the left, search above the map, timeline and the event table / article list / review queue below it; the menu
 * bar declared once from the commands of {@link EditCommands}, {@link ExportActions},
 * {@link InvestigationController} and the window. One {@link FilterModel} and one {@link SelectionModel} link map
 * ({@link MapPresenter}), timeline, table and reader: what one view changes, all show.
 */
public final class LinkedViews {
    private final AtlasWindow window;
    private final AppEnvironment env;
    private final FilterModel filter;
    private final SelectionModel selection = new SelectionModel();
    private final FacetViewModel facets;
    private final TimelineViewModel timelineModel;
    private final EventTableViewModel tableModel;
    private final ArticleListViewModel articleModel;
    private final SearchViewModel searchModel = new SearchViewModel();
    private final ReviewViewModel reviewModel;
    private final InvestigationViewModel investigation;
    private final MapPresenter map;
    private final InvestigationController controller;
    private final EditCommands edits;
    private final ExportActions exports;
    private final TimelineView timeline;
    private final EventTableView table;
    private final SearchBoxView searchBox;
    private final ReviewListView reviewList;
    /** The Review tab (its list put in when the tab is first chosen). */
    private final Tab reviewTab = new Tab("Review");
    /** Where the facet panel goes, and the timeline and the tabs below the map (see {@link #mountFrame}). */
    private final javafx.scene.layout.StackPane facetSlot = new javafx.scene.layout.StackPane();
    private final VBox below = new VBox();
    private boolean fromReader;
    /**
     * The app's launch ({@link #mountFrame}), until its first frame: the updates of the models no pane of that frame
     * shows (the search index, the Review rows), run after it by {@link #addPanes}; null once run, and in {@link #mount}.
     */
    private List<Runnable> afterFirstFrame;

    private LinkedViews(AtlasWindow window, AppEnvironment env) {
        this.window = window;
        this.env = env;
        this.filter = new FilterModel(env.background(), Platform::runLater);
        this.facets = new FacetViewModel(filter);
        this.timelineModel = new TimelineViewModel(filter);
        this.tableModel = new EventTableViewModel(filter, selection);
        this.articleModel = new ArticleListViewModel(filter);
        this.map = new MapPresenter(window, filter, selection);
        InvestigationController[] c = new InvestigationController[1];
        this.investigation = new InvestigationViewModel(filter, selection, map.investigationState(),
                () -> c[0] == null ? List.of() : c[0].corpusPaths());
        this.reviewModel = new ReviewViewModel(investigation.reviewDone());
        this.controller = c[0] = new InvestigationController(new InvestigationController.Shell() {
            @Override
            public AtlasViewModel model() {
                return window.model();
            }

            @Override
            public FilterModel filter() {
                return filter;
            }

            @Override
            public javafx.stage.Window owner() {
                return window.owner();
            }

            @Override
            public void error(String message) {
                window.error(message);
            }
        }, investigation, env);
        this.timeline = new TimelineView(timelineModel);
        this.table = new EventTableView(tableModel);
        this.edits = new EditCommands(window, filter, selection, investigation, controller,
                () -> List.copyOf(table.table().getSelectionModel().getSelectedItems()));
        this.exports = new ExportActions(window, filter, env.background(), investigation::say, window::error);
        this.searchBox = new SearchBoxView(searchModel, map::flyTo);
        this.reviewList = new ReviewListView(reviewModel, this::openReview);
    }

    /** Mounts the linked views into a window with the app's standard environment (daemon threads, ~/.incident-atlas). */
    public static LinkedViews mount(AtlasWindow window) {
        return mount(window, AppEnvironment.standard());
    }

    /** Mounts the linked views into a window; background work runs on the environment's executor. */
    public static LinkedViews mount(AtlasWindow window, AppEnvironment env) {
        LinkedViews v = mountFrame(window, env, false);
        v.panes().forEach(Runnable::run);
        return v;
    }

    /**
     * The app's launch (issue 12: the corpus drawn soon after launch): mounts the map's frame (menus, toolbar, the
     * split panes around the map, status line) with every model and view made and wired, but leaves the facet
     * panel, the timeline and the tabs below the map out of the scene; {@link #addPanes} puts them in, one per
     * frame, after the window is first shown. Their places are kept, so the map has its final size from the start.
     */
    static LinkedViews mountFrame(AtlasWindow window, AppEnvironment env) {
        return mountFrame(window, env, true);
    }

    private static LinkedViews mountFrame(AtlasWindow window, AppEnvironment env, boolean launch) {
        LinkedViews v = new LinkedViews(window, env);
        v.afterFirstFrame = launch ? new ArrayList<>() : null;
        v.layout();
        v.wire();
        v.table.table().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        return v;
    }

    /**
     * Puts the panes {@link #mountFrame} left out into the scene, each after the scene's next layout pass, so
     * each pane's styling and layout is one frame of its own and what else waits on the FX thread (the launch
     * corpus's results) runs between them; {@code done} runs after the last. Before the panes, one step brings the
     * models held back from the first frame up to date. Call on the FX thread once the scene is shown.
     */
    void addPanes(javafx.scene.Scene scene, Runnable done) {
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> {
            List<Runnable> held = afterFirstFrame;
            afterFirstFrame = null;
            if (held != null) {
                held.forEach(Runnable::run);
            }
        });
        steps.addAll(panes());
        steps.add(done);
        FrameSteps.run(scene, steps);
    }

    /** The panes {@link #layout} leaves out, in the order they are put in: facets, timeline, tabs. */
    private List<Runnable> panes() {
        return List.of(() -> facetSlot.getChildren().setAll(new FacetPanelView(facets)),
                () -> below.getChildren().add(0, timeline),
                () -> below.getChildren().add(tabs()));
    }

    /**
     * Events, Articles and Review: the Events table in the scene from the start; the article list and the review
     * list put into their tabs when those are first chosen (the review list exists, and follows its model, before).
     */
    private TabPane tabs() {
        // their menus are popup windows: made with the tabs, after the launch's first frame (issue 12)
        contextMenus();
        Tab articles = new Tab("Articles");
        reviewTab.textProperty().bind(reviewModel.titleProperty());
        TabPane tabs = new TabPane(new Tab("Events", table), articles, reviewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, t) -> {
            if (t == articles && t.getContent() == null) {
                t.setContent(new ArticleListView(articleModel, this::openArticle));
            } else if (t == reviewTab && t.getContent() == null) {
                t.setContent(reviewList);
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return tabs;
    }

    private void layout() {
        Node center = window.getCenter();
        SplitPane vertical = new SplitPane(center, below);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.57);
        SplitPane horizontal = new SplitPane(facetSlot, vertical);
        horizontal.setDividerPositions(0.21);
        SplitPane.setResizableWithParent(horizontal.getItems().get(0), false);
        window.setCenter(horizontal);
        Label shown = new Label();
        shown.getStyleClass().add("toolbar-summary");
        shown.textProperty().bind(filter.summaryProperty());
        Label status = new Label();
        status.getStyleClass().add("investigation-status");
        status.textProperty().bind(investigation.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, searchBox, shown, spacer, status);
        bar.getStyleClass().add("shell-toolbar");
        window.setTop(new VBox(menus(), bar));
    }

    /** The menu bar, declared once: every item is a command of one of the shell's parts. */
    private MenuBar menus() {
        AtlasWindow.Commands w = window.commands();
        javafx.scene.control.Menu incident = MenuEntry.menu("Incident", edits.forSelection(null));
        // the Incident menu follows the selection (rebuilt when it changes, not while it opens)
        Runnable refill = () -> MenuEntry.refill(incident.getItems(), () -> edits.forSelection(null));
        selection.selectedProperty().addListener(o -> refill.run());
        table.table().getSelectionModel().getSelectedItems().addListener((ListChangeListener<Incident>) c ->
                refill.run());
        return MenuEntry.bar(
                MenuEntry.menu("File", List.of(w.openFiles(), w.openFolder(), w.openResults(), MenuEntry.SEPARATOR,
                        controller.openCommand(), controller.saveCommand(), controller.saveAsCommand(),
                        MenuEntry.SEPARATOR, exports.dataCommand(), exports.snapshotCommand(), MenuEntry.SEPARATOR,
                        w.quit())),
                MenuEntry.menu("View", List.of(w.zoomToAll(), new MenuEntry.Switch("Show deployments",
                        map.showDeploymentsProperty(), "show-deployments"), w.showMentions(), w.densityMap(),
                        MenuEntry.SEPARATOR,
                        w.onlineTiles())),
                incident);
    }

    private void wire() {
        window.model().extractionProperty().addListener((o, a, x) -> extractionChanged(x));
        if (window.model().extraction() != null) {
            extractionChanged(window.model().extraction());
        }
        filter.shown().addListener((ListChangeListener<Incident>) c -> map.showOnMap());
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
        edits.wireMap();
        // a click on a sentence in the reader selects the incident it reports
        window.reader().setOnSentence(this::sentenceClicked);
        window.setIncidentEdits(investigation::history);
        investigation.enableAutosave(env.timer(), env.autosaveEvery(),
                new org.incidentatlas.io.InvestigationRecovery(env.settingsFolder()), Platform::runLater);
    }

    private void extractionChanged(Extraction x) {
        map.setExtraction(x);
        Runnable unseen = () -> {
            searchModel.setExtraction(x);
            reviewModel.setExtraction(x);
        };
        if (afterFirstFrame != null) {
            afterFirstFrame.add(unseen); // issue 12: not in the launch's first frame, whose panes do not show them
        } else {
            unseen.run();
        }
        selection.clear();
        Extraction index = controller.arrived(x);
        if (index != null) {
            filter.setExtraction(index).thenRun(() -> Platform.runLater(() -> controller.indexed(index)));
        }
    }

    /**
     * The table's and the Review list's right-click menus (made with the tabs that hold them), filled before they can
     * show (JavaFX never shows an empty context menu, so filling it in onShowing left it empty) and refilled when their
     * selection changes.
     */
    private void contextMenus() {
        ContextMenu tableMenu = MenuEntry.contextMenu(() -> edits.forSelection(null));
        tableMenu.getStyleClass().add("table-menu");
        Runnable refillTable = () -> MenuEntry.refill(tableMenu.getItems(), () -> edits.forSelection(null));
        selection.selectedProperty().addListener(o -> refillTable.run());
        table.table().getSelectionModel().getSelectedItems().addListener((ListChangeListener<Incident>) c ->
                refillTable.run());
        MenuEntry.attach(table.table(), tableMenu);
        ContextMenu reviewMenu = MenuEntry.contextMenu(this::reviewActions);
        reviewMenu.getStyleClass().add("review-menu");
        reviewList.getSelectionModel().selectedItemProperty().addListener(o ->
                MenuEntry.refill(reviewMenu.getItems(), this::reviewActions));
        reviewModel.rows().addListener((ListChangeListener<ReviewViewModel.Row>) c ->
                MenuEntry.refill(reviewMenu.getItems(), this::reviewActions));
        MenuEntry.attach(reviewList, reviewMenu);
    }

    /** Right-click on a review item: open its sentence; for a place name, choose another of its candidates. */
    private List<MenuEntry> reviewActions() {
        ReviewViewModel.Row r = reviewList.getSelectionModel().getSelectedItem();
        Extraction x = filter.extraction();
        PlaceMention m = r == null || x == null ? null : PlaceChoices.find(x, r.item().evidence());
        List<MenuEntry> items = new ArrayList<>();
        if (r == null) {
            items.add(Command.note("Select an item to act on it"));
            return items;
        }
        items.add(Command.of("Open the sentence", () -> openReview(r)).style("review-open"));
        items.add(Command.of(r.done() ? "Not done (undo)" : "Mark as done", () -> reviewModel.toggleDone(r))
                .style("review-done-toggle"));
        items.add(Command.of("Choose the place of \u201c" + (m == null ? "…" : m.surface()) + "\u201d…",
                () -> edits.choosePlaceForMention(m)).when(() -> m != null && !PlaceChoices.forMention(m).isEmpty())
                .style("review-choose-place"));
        return items;
    }

    private void selected(Incident i) {
        timeline.setSelected(i);
        map.showSelected(i);
        // the reader, when open, follows the selection to the incident's first sentence
        Extraction x = window.model().extraction();
        if (i != null && !fromReader && x != null && window.reader().getScene() != null && !i.evidence().isEmpty()) {
            Evidence ev = i.evidence().get(0);
            x.article(ev.articleId()).ifPresent(a -> window.openArticle(a, ev));
        }
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

    /** A review item: select its incident if it is one, and open the sentence in the reader. */
    private void openReview(ReviewViewModel.Row r) {
        if (r.incident() != null) {
            selection.select(r.incident());
        }
        if (r.article() != null) {
            window.openArticle(r.article(), r.item().evidence());
        }
    }

    private void openArticle(Article a) {
        Evidence at = null;
        for (Incident i : filter.shown()) {
            for (Evidence e : i.evidence()) {
                if (at == null && e.articleId().equals(a.id())) {
                    at = e;
                }
            }
        }
        if (filter.extraction() != null) {
            window.openArticle(a, at);
        }
    }

    /** Opens an investigation (asking first about newer autosaved work); see {@link InvestigationController}. */
    public void open(Path p) {
        controller.open(p);
    }

    /** At start: offers the newest autosaved work the settings folder leads to; true if one was offered. */
    public boolean offerRecoveryAtStart() {
        return controller.offerRecoveryAtStart();
    }

    /** Saves the investigation to a file (what File → Save does after choosing it). */
    public void save(Path p) throws IOException {
        controller.save(p);
    }

    /** Records an analyst's edit and shows its effect, the screen staying as it was. */
    public void applyEdit(AnalystEdit e) {
        controller.applyEdit(e);
    }

    public SnapshotComposer.Info snapshotInfo() {
        return exports.snapshotInfo();
    }

    public CompletableFuture<Void> exportSnapshot(Path png, double scale) {
        return exports.exportSnapshot(png, scale);
    }

    public CompletableFuture<Void> exportData(ExportFormat format, boolean shownOnly, Path out) {
        return exports.exportData(format, shownOnly, out);
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

    public ReviewListView reviewList() {
        return reviewList;
    }

    /** The Review tab below the map; its list is put in when the tab is first chosen. */
    public Tab reviewTab() {
        return reviewTab;
    }

    public SearchBoxView searchBox() {
        return searchBox;
    }

    public InvestigationViewModel investigation() {
        return investigation;
    }

    /** How long the last map update (features for the shown incidents) took. */
    public long lastMapUpdateNanos() {
        return map.lastMapUpdateNanos();
    }
}
