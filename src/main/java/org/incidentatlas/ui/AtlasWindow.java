package org.incidentatlas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.export.PngWriter;
import org.incidentatlas.ui.export.SnapshotComposer;
import org.incidentatlas.ui.map.AtlasMapView;
import org.incidentatlas.ui.map.ExtractionFeatures;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapPaneView;
import org.incidentatlas.ui.source.ArticleReaderView;

/**
 * The main window: menu, the map pane with zoom buttons and load progress, the article reader on demand, and
 * the status line. A thin view over {@link AtlasViewModel}; all loading happens off the FX thread.
 */
public final class AtlasWindow extends BorderPane {
    private final AtlasViewModel model;
    private final MapPaneView mapPane = new MapPaneView();
    private final ArticleReaderView reader = new ArticleReaderView();
    private final SplitPane split = new SplitPane();
    private final VBox progressBox = new VBox(6);
    private final javafx.beans.property.BooleanProperty showMentions =
            new javafx.beans.property.SimpleBooleanProperty(this, "showMentions", false);
    private final javafx.beans.property.BooleanProperty densityMap =
            new javafx.beans.property.SimpleBooleanProperty(this, "densityMap", false);
    private final javafx.beans.property.BooleanProperty onlineTiles =
            new javafx.beans.property.SimpleBooleanProperty(this, "onlineTiles", false);
    private final Commands commands;
    private final Menu kinds = new Menu("Show event types");
    private final java.util.Set<String> hiddenKinds = new java.util.TreeSet<>();
    private List<MapFeature> allEvents = List.of();
    private final MapCallouts callouts;
    private boolean redrawOnKindChange = true;

    public AtlasWindow(AtlasViewModel model) {
        this.model = model;
        getStyleClass().add("atlas-window");
        // one stylesheet for the shell (the window and every view mounted in it): no inline styles
        getStylesheets().add(AtlasWindow.class.getResource("atlas.css").toExternalForm());
        commands = declareCommands();
        setTop(menus());
        StackPane mapHolder = new StackPane(mapPane, zoomButtons());
        // the load's progress, put over the map when a load first starts (a launch that draws its corpus from the
        // extraction cache never shows it, and its first frame styles none of it)
        whileLoading(mapHolder);
        split.getItems().add(mapHolder);
        setCenter(split);
        setBottom(new StatusBarView(model, this::owner));
        reader.setOnPlace(p -> map().flyTo(p.lat(), p.lon(), 8));
        reader.setOnClose(() -> split.getItems().remove(reader));
        callouts = new MapCallouts(map(), model::extraction, this::openArticle);
        map().setFeatureClickHandler(callouts::featuresClicked);
        model.extractionProperty().addListener((o, a, x) -> show(x));
        map().zoomToAll();
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.load(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public AtlasViewModel model() {
        return model;
    }

    public MapPaneView mapPane() {
        return mapPane;
    }

    public AtlasMapView map() {
        return mapPane.map();
    }

    public ArticleReaderView reader() {
        return reader;
    }

    /** The window's own actions, declared once; the linked views build the full menu bar from them. */
    public record Commands(Command openFiles, Command openFolder, Command openResults, Command exportSnapshot,
                           Command quit,
                           Command zoomToAll, MenuEntry.Switch showMentions, MenuEntry.Switch densityMap,
                           MenuEntry.Switch onlineTiles, MenuEntry.Submenu eventKinds) {
    }

    private Commands declareCommands() {
        Command openFiles = Command.of("Open files…", () -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open articles");
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html",
                    "*.htm", "*.json"), new FileChooser.ExtensionFilter("All files", "*.*"));
            List<File> files = fc.showOpenMultipleDialog(window());
            if (files != null && !files.isEmpty()) {
                model.load(files.stream().map(File::toPath).toList());
            }
        }).key(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        Command openFolder = Command.of("Open folder…", () -> {
            File dir = new DirectoryChooser().showDialog(window());
            if (dir != null) {
                model.load(List.of(dir.toPath()));
            }
        }).key(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        // issue 13: a GeoPackage or GeoParquet file, or the Spark job's output folder (pick its _SUCCESS file; Open
        // folder… on it works too), opened through the same loader
        Command openResults = Command.of("Open results…", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open results: a GeoPackage, a GeoParquet file, or the _SUCCESS file of a Spark output folder");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Results (*.gpkg, *.parquet, _SUCCESS)", "*.gpkg", "*.parquet", "_SUCCESS"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File f = chooser.showOpenDialog(window());
            if (f != null) {
                model.load(List.of(f.getName().equals("_SUCCESS") ? f.toPath().getParent() : f.toPath()));
            }
        });
        Command export = Command.of("Export snapshot…", this::exportSnapshot)
                .key(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        Command quit = Command.of("Quit", Platform::exit)
                .key(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Command all = Command.of("Zoom to all", () -> map().zoomToAll())
                .key(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        map().mentionLayer().visibleProperty().bind(showMentions);
        showMentions.addListener(o -> map().mentionLayer().refresh());
        densityMap.addListener((o, was, on) -> map().symbolLayer().setDensity(on));
        onlineTiles.addListener((o, was, on) -> {
            org.incidentatlas.ui.map.OfflineTileRetriever.useOnline(on ? org.incidentatlas.ui.map.OsmTileReader.standard()
                    : null);
            mapPane.setAttribution(on ? org.incidentatlas.ui.map.OsmTileReader.ATTRIBUTION + "; "
                    + MapPaneView.ATTRIBUTION : MapPaneView.ATTRIBUTION);
            map().reloadTiles();
        });
        return new Commands(openFiles, openFolder, openResults, export, quit, all,
                new MenuEntry.Switch("Show place mentions", showMentions, "show-mentions"),
                new MenuEntry.Switch("Density map (large corpora)", densityMap, "density-map"),
                new MenuEntry.Switch("Online OpenStreetMap tiles (reveals the area to tile.openstreetmap.org)",
                        onlineTiles, "online-tiles"), new MenuEntry.Submenu(kinds));
    }

    /** The window's actions (the linked views declare the menu bar from them and their own). */
    public Commands commands() {
        return commands;
    }

    /** The window alone: File and View from its own commands. */
    private MenuBar menus() {
        Commands c = commands;
        return MenuEntry.bar(MenuEntry.menu("File", List.of(c.openFiles(), c.openFolder(), c.openResults(),
                MenuEntry.SEPARATOR,
                c.exportSnapshot(), MenuEntry.SEPARATOR, c.quit())), MenuEntry.menu("View", List.of(c.zoomToAll(),
                c.eventKinds(), c.showMentions(), c.densityMap(), MenuEntry.SEPARATOR, c.onlineTiles())));
    }

    private VBox zoomButtons() {
        Button in = new Button("+");
        HoverTooltip.install(in, "Zoom in (+, wheel, double-click)");
        in.setOnAction(e -> map().zoomAt(1, map().getWidth() / 2, map().getHeight() / 2));
        Button out = new Button("−");
        HoverTooltip.install(out, "Zoom out (-)");
        out.setOnAction(e -> map().zoomAt(-1, map().getWidth() / 2, map().getHeight() / 2));
        Button all = new Button("⤢");
        HoverTooltip.install(all, "Zoom to all (0)");
        all.getStyleClass().add("zoom-all");
        all.setOnAction(e -> map().zoomToAll());
        for (Button b : List.of(in, out, all)) {
            b.setPrefSize(30, 30);
            b.setFocusTraversable(false);
        }
        VBox box = new VBox(4, in, out, all);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_RIGHT);
        StackPane.setMargin(box, new Insets(10));
        return box;
    }

    private void whileLoading(StackPane mapHolder) {
        if (model.loadingProperty().get()) {
            mapHolder.getChildren().add(progress());
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> first = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    model.loadingProperty().removeListener(this);
                    mapHolder.getChildren().add(progress());
                }
            }
        };
        model.loadingProperty().addListener(first);
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        bar.progressProperty().bind(model.progressProperty());
        Label text = new Label();
        text.textProperty().bind(model.progressTextProperty());
        progressBox.getChildren().addAll(new Label("Loading articles…"), bar, text);
        progressBox.setAlignment(Pos.CENTER);
        progressBox.setMaxSize(320, Region.USE_PREF_SIZE);
        progressBox.setPadding(new Insets(12));
        progressBox.visibleProperty().bind(model.loadingProperty());
        progressBox.getStyleClass().add("load-progress");
        return progressBox;
    }

    private void show(Extraction x) {
        map().popupLayer().hide();
        split.getItems().remove(reader);
        List<MapFeature> events = ExtractionFeatures.events(x);
        List<MapFeature> mentions = ExtractionFeatures.mentions(x);
        allEvents = events;
        hiddenKinds.clear();
        kinds.getItems().clear();
        for (String k : events.stream().map(AtlasWindow::kindOf).distinct().sorted().toList()) {
            CheckMenuItem item = new CheckMenuItem(k);
            item.getStyleClass().add("kind-filter");
            item.setSelected(true);
            item.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    hiddenKinds.remove(k);
                } else {
                    hiddenKinds.add(k);
                }
                applyFilters();
            });
            kinds.getItems().add(item);
        }
        mapPane.setEvents(events);
        map().mentionLayer().setFeatures(mentions);
        if (events.isEmpty() && !mentions.isEmpty()) {
            // Nothing to plot but places: show them rather than an empty map.
            showMentions.set(true);
        }
        double[] bounds = ExtractionFeatures.bounds(events.isEmpty() ? mentions : events);
        map().setHomeBounds(bounds);
        map().zoomToAll();
    }

    /** The filter name of a feature: its event type's legend name, or "Deployments". */
    static String kindOf(MapFeature f) {
        if (f.payload() instanceof Incident i) {
            String k = org.incidentatlas.ui.map.IncidentSymbology.legendKey(i.type());
            return k.isEmpty() ? "Other events" : k;
        }
        return "Deployments";
    }

    private void applyFilters() {
        map().popupLayer().hide();
        if (redrawOnKindChange) {
            mapPane.setEvents(allEvents.stream().filter(f -> !hiddenKinds.contains(kindOf(f))).toList());
        }
    }

    /**
     * For a view that redraws the map itself when a kind is shown or hidden (the linked views, from what the filter
     * shows): the window then only records the change, instead of drawing every event once more first.
     */
    public void leaveKindRedrawTo(boolean other) {
        redrawOnKindChange = !other;
    }

    /** Shows or hides one kind of event, as its item in View → Show event types does. */
    public void setKindVisible(String kind, boolean visible) {
        kinds.getItems().stream().filter(i -> i.getText().equals(kind)).map(CheckMenuItem.class::cast)
                .forEach(i -> i.setSelected(visible));
    }

    /** View → Show event types: one check item per kind of event drawn (rebuilt for every extraction). */
    public Menu eventKindsMenu() {
        return kinds;
    }

    /** Kinds of events hidden by the user (shown in exports as the filters in force). */
    public java.util.Set<String> hiddenKinds() {
        return java.util.Set.copyOf(hiddenKinds);
    }

    /** Called when the analyst picks one feature from a popup's list (the linked views select it everywhere). */
    public void setOnFeaturePicked(java.util.function.Consumer<MapFeature> handler) {
        callouts.setOnFeaturePicked(handler);
    }

    /** Shows the callout of one feature. */
    public void showDetails(MapFeature f) {
        callouts.showDetails(f);
    }

    /** What the incident popup lists as the analyst's edits (the audit trail); none by default. */
    public void setIncidentEdits(java.util.function.Function<Incident, List<String>> edits) {
        callouts.setIncidentEdits(edits);
    }

    /** Opens the reader beside the map at an evidence. */
    public void openArticle(Article a, Evidence at) {
        if (!split.getItems().contains(reader)) {
            split.getItems().add(reader);
            split.setDividerPositions(0.62);
        }
        reader.show(model.extraction(), a, at);
    }

    private void exportSnapshot() {
        Extraction x = model.extraction();
        if (x == null) {
            return;
        }
        ChoiceDialog<String> scale = new ChoiceDialog<>("2x", "1x", "2x", "4x");
        scale.setTitle("Export snapshot");
        scale.setHeaderText("PNG of the current view, with legend, scale bar, attribution and sources.");
        scale.setContentText("Resolution:");
        scale.initOwner(window());
        scale.showAndWait().ifPresent(s -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export snapshot");
            fc.setInitialFileName("incident-atlas.png");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File f = fc.showSaveDialog(window());
            if (f != null) {
                export(f.toPath(), Double.parseDouble(s.replace("x", "")));
            }
        });
    }

    /** Writes the current view as PNG at a scale; the pixels are read on the FX thread, the file written off it. */
    public void export(Path png, double scale) {
        Extraction x = model.extraction();
        WritableImage img = SnapshotComposer.compose(mapPane, x, new SnapshotComposer.Info(model.titleProperty().get(),
                map().mentionLayer().isVisible(), model.unpinned().size(), hiddenKinds), scale);
        var buffered = PngWriter.toBufferedImage(img);
        Thread t = new Thread(() -> {
            try {
                PngWriter.write(buffered, png);
            } catch (java.io.IOException e) {
                Platform.runLater(() -> new Alert(Alert.AlertType.ERROR, "Could not write " + png + ": "
                        + e.getMessage()).showAndWait());
            }
        }, "snapshot-writer");
        t.setDaemon(true);
        t.start();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The window dialogs are owned by (null before the window is shown). */
    public Window owner() {
        return window();
    }

    /** An error in plain words, in a dialog over the window (not waited for). */
    public void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        if (window() != null) {
            a.initOwner(window());
        }
        a.show();
    }

    /** The sample corpus (see {@link SampleCorpus}: in the jar first, so any working folder works), or none. */
    public static List<Path> sampleCorpus() {
        return SampleCorpus.locate(SettingsFolder.path());
    }
}
