package org.incidentatlas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
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
import javafx.scene.control.Tooltip;
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
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.ui.export.PngWriter;
import org.incidentatlas.ui.export.SnapshotComposer;
import org.incidentatlas.ui.map.AtlasMapView;
import org.incidentatlas.ui.map.ExtractionFeatures;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapPaneView;
import org.incidentatlas.ui.source.ArticleReaderView;
import org.incidentatlas.ui.source.EvidenceMarkup;
import org.incidentatlas.ui.source.EvidencePopupView;

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
    private final CheckMenuItem showMentions = new CheckMenuItem("Show place mentions");
    private final Menu kinds = new Menu("Show event types");
    private final java.util.Set<String> hiddenKinds = new java.util.TreeSet<>();
    private List<MapFeature> allEvents = List.of();
    private java.util.function.Function<Incident, List<String>> incidentEdits = i -> List.of();
    private boolean redrawOnKindChange = true;

    public AtlasWindow(AtlasViewModel model) {
        this.model = model;
        getStyleClass().add("atlas-window");
        setTop(menus());
        StackPane mapHolder = new StackPane(mapPane, zoomButtons(), progress());
        split.getItems().add(mapHolder);
        setCenter(split);
        setBottom(statusBar());
        reader.setOnPlace(p -> map().flyTo(p.lat(), p.lon(), 8));
        reader.setOnClose(() -> split.getItems().remove(reader));
        map().setFeatureClickHandler(this::featuresClicked);
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

    private MenuBar menus() {
        MenuItem openFiles = new MenuItem("Open files…");
        openFiles.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openFiles.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open articles");
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html",
                    "*.htm", "*.json"), new FileChooser.ExtensionFilter("All files", "*.*"));
            List<File> files = fc.showOpenMultipleDialog(window());
            if (files != null && !files.isEmpty()) {
                model.load(files.stream().map(File::toPath).toList());
            }
        });
        MenuItem openFolder = new MenuItem("Open folder…");
        openFolder.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        openFolder.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(window());
            if (dir != null) {
                model.load(List.of(dir.toPath()));
            }
        });
        // issue 13: the output folder of the Spark job (spark.ExtractJob), opened through the same loader
        MenuItem openResults = new MenuItem("Open results…");
        openResults.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(window());
            if (dir != null) {
                model.load(List.of(dir.toPath()));
            }
        });
        MenuItem export = new MenuItem("Export snapshot…");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> exportSnapshot());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File", null, openFiles, openFolder, openResults, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
        MenuItem all = new MenuItem("Zoom to all");
        all.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        all.setOnAction(e -> map().zoomToAll());
        showMentions.setSelected(false);
        map().mentionLayer().visibleProperty().bind(showMentions.selectedProperty());
        showMentions.selectedProperty().addListener(o -> map().mentionLayer().refresh());
        CheckMenuItem online = new CheckMenuItem("Online OpenStreetMap tiles (reveals the area to tile.openstreetmap.org)");
        online.getStyleClass().add("online-tiles");
        online.setSelected(false);
        online.selectedProperty().addListener((o, was, on) -> {
            org.incidentatlas.ui.map.OfflineTileRetriever.useOnline(on ? org.incidentatlas.ui.map.OsmTileReader.standard()
                    : null);
            mapPane.setAttribution(on ? org.incidentatlas.ui.map.OsmTileReader.ATTRIBUTION + "; "
                    + MapPaneView.ATTRIBUTION : MapPaneView.ATTRIBUTION);
            map().reloadTiles();
        });
        Menu view = new Menu("View", null, all, kinds, showMentions, new SeparatorMenuItem(), online);
        return new MenuBar(file, view);
    }

    private VBox zoomButtons() {
        Button in = new Button("+");
        in.setTooltip(new Tooltip("Zoom in (+, wheel, double-click)"));
        in.setOnAction(e -> map().zoomAt(1, map().getWidth() / 2, map().getHeight() / 2));
        Button out = new Button("−");
        out.setTooltip(new Tooltip("Zoom out (-)"));
        out.setOnAction(e -> map().zoomAt(-1, map().getWidth() / 2, map().getHeight() / 2));
        Button all = new Button("⤢");
        all.setTooltip(new Tooltip("Zoom to all (0)"));
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
        progressBox.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #888;");
        progressBox.visibleProperty().bind(model.loadingProperty());
        progressBox.getStyleClass().add("load-progress");
        return progressBox;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.getStyleClass().add("status-line");
        status.textProperty().bind(model.statusProperty());
        Hyperlink showRejected = new Hyperlink("— show");
        showRejected.getStyleClass().add("show-rejected");
        showRejected.setOnAction(e -> list("Rejected place mentions", model.rejected().stream()
                .map(AtlasWindow::describeRejected).toList()));
        Hyperlink unpinned = new Hyperlink();
        unpinned.getStyleClass().add("show-unpinned");
        unpinned.setOnAction(e -> list("Incidents without a place (not drawn)", model.unpinned().stream()
                .map(this::describeUnpinned).toList()));
        Hyperlink problems = new Hyperlink();
        problems.getStyleClass().add("show-problems");
        problems.setOnAction(e -> list("Load problems", List.copyOf(model.problems())));
        showRejected.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.rejected()));
        Runnable update = () -> {
            unpinned.setText(model.unpinned().isEmpty() ? "" : model.unpinned().size() + " unpinned (listed, not drawn)");
            unpinned.setVisible(!model.unpinned().isEmpty());
            problems.setText(model.problems().size() + " load problem" + (model.problems().size() == 1 ? "" : "s"));
            problems.setVisible(!model.problems().isEmpty());
            problems.setStyle("-fx-text-fill: #b00020;");
        };
        model.unpinned().addListener((javafx.collections.ListChangeListener<Incident>) c -> update.run());
        model.problems().addListener((javafx.collections.ListChangeListener<String>) c -> update.run());
        update.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Drag to pan · wheel / double-click / +− to zoom · 0: zoom to all");
        hint.setStyle("-fx-text-fill: #777; -fx-font-size: 11px;");
        HBox bar = new HBox(6, status, showRejected, unpinned, problems, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setStyle("-fx-background-color: #eeeeee; -fx-border-color: #ccc transparent transparent transparent;");
        return bar;
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
            showMentions.setSelected(true);
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

    private void featuresClicked(List<MapFeature> hit, Point2D at) {
        Extraction x = model.extraction();
        if (x == null || hit.isEmpty()) {
            return;
        }
        boolean sameSpot = hit.stream().map(MapFeature::spotKey).distinct().count() == 1;
        if (hit.size() == 1) {
            showDetails(hit.get(0));
        } else if (sameSpot) {
            MapFeature first = hit.get(0);
            List<String> entries = hit.stream().map(MapFeature::label).toList();
            map().popupLayer().show(EvidencePopupView.forList(hit.size() + " at " + placeName(first), entries,
                    k -> {
                        onFeaturePicked.accept(hit.get(k));
                        showDetails(hit.get(k));
                    }, () -> map().popupLayer().hide()), first.lat(), first.lon());
        } else {
            double[] b = ExtractionFeatures.bounds(hit);
            map().fitTo(b);
        }
    }

    private java.util.function.Consumer<MapFeature> onFeaturePicked = f -> { };

    /** Called when the analyst picks one feature from a popup's list (the linked views select it everywhere). */
    public void setOnFeaturePicked(java.util.function.Consumer<MapFeature> handler) {
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
    public void showDetails(MapFeature f) {
        Extraction x = model.extraction();
        Runnable close = () -> map().popupLayer().hide();
        EvidencePopupView.ArticleOpener opener = this::openArticle;
        if (f.payload() instanceof Incident i) {
            map().popupLayer().show(EvidencePopupView.forIncident(x, i, opener, close, incidentEdits.apply(i)),
                    f.lat(), f.lon());
        } else if (f.payload() instanceof Deployment d) {
            map().popupLayer().show(EvidencePopupView.forDeployment(x, d, opener, close), f.lat(), f.lon());
        } else if (f.payload() instanceof ExtractionFeatures.MentionedPlace m) {
            List<PlaceMention> ms = m.mentions();
            List<String> entries = ms.stream().map(pm -> x.article(pm.articleId())
                    .map(a -> "“" + EvidenceMarkup.sentenceOf(a, pm.evidence()).of(a.text()).strip() + "” — " + a.id())
                    .orElse(pm.articleId())).toList();
            map().popupLayer().show(EvidencePopupView.forList(m.place().name() + " — mentioned " + ms.size() + "×",
                    entries, k -> x.article(ms.get(k).articleId()).ifPresent(a -> openArticle(a, ms.get(k).evidence())),
                    close), f.lat(), f.lon());
        }
    }

    /** What the incident popup lists as the analyst's edits (the audit trail); none by default. */
    public void setIncidentEdits(java.util.function.Function<Incident, List<String>> edits) {
        this.incidentEdits = edits;
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

    private void list(String title, List<String> lines) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(window());
        a.setTitle(title);
        a.setHeaderText(title + " (" + lines.size() + ")");
        ListView<String> lv = new ListView<>(javafx.collections.FXCollections.observableArrayList(lines));
        lv.setPrefSize(640, 320);
        a.getDialogPane().setContent(lv);
        a.setResizable(true);
        a.show();
    }

    private static String describeRejected(PlaceMention m) {
        return "“" + m.surface() + "” in " + m.articleId() + ": " + m.rule() + " (" + m.role().name()
                .toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    private String describeUnpinned(Incident i) {
        Extraction x = model.extraction();
        String quote = i.evidence().isEmpty() ? "" : x.article(i.evidence().get(0).articleId())
                .map(a -> " — “" + EvidenceMarkup.sentenceOf(a, i.evidence().get(0)).of(a.text()).strip() + "”")
                .orElse("");
        return i.type().label() + ", " + EvidencePopupView.describe(i.date()) + quote;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The sample corpus shipped in {@code geodata/corpus} (working directory or a parent), or none. */
    public static List<Path> sampleCorpus() {
        String prop = System.getProperty("incidentatlas.geodata");
        List<Path> candidates = new ArrayList<>();
        if (prop != null) {
            candidates.add(Path.of(prop, "corpus"));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("geodata").resolve("corpus"));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().map(List::of).orElse(List.of());
    }
}
