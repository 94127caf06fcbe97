package org.incidentatlas.ui.source;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.TextSpan;

/**
 * The article as stored, with every recognised place, date and actor marked; opened at an evidence it scrolls to
 * that sentence and highlights it. Clicking a marked place hands it to {@code onPlace} (the map flies there).
 */
public final class ArticleReaderView extends BorderPane {
    private final Label title = new Label();
    private final Label meta = new Label();
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final ScrollPane scroll;
    private Consumer<Place> onPlace = p -> { };
    private Runnable onClose = () -> { };
    private java.util.function.BiConsumer<Article, Integer> onSentence = (a, k) -> { };
    private Article current;
    private TextSpan focus;
    private boolean scrollPending;

    public ArticleReaderView() {
        getStyleClass().add("article-reader");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        meta.setWrapText(true);
        meta.setStyle("-fx-text-fill: #555; -fx-font-size: 11px;");
        Button close = new Button("Close");
        close.setOnAction(e -> onClose.run());
        VBox head = new VBox(4, title, meta, close);
        head.setPadding(new Insets(8));
        setTop(head);
        flow.setLineSpacing(3);
        flow.setPadding(new Insets(8));
        highlight.setFill(Color.web("#fff3a0"));
        highlight.setStroke(null);
        highlight.setManaged(false);
        Pane under = new Pane(highlight);
        under.setMouseTransparent(true);
        StackPane stack = new StackPane(under, flow);
        scroll = new ScrollPane(stack);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setPrefWidth(420);
        // a click on a sentence (not on a marked place, which flies the map) hands its index to onSentence
        flow.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (current == null || !e.isStillSincePress() || e.getTarget() instanceof Text t
                    && t.getStyleClass().contains("mark-place")) {
                return;
            }
            int at = flow.hitTest(new javafx.geometry.Point2D(e.getX(), e.getY())).getCharIndex();
            if (at >= 0 && at < current.text().length()) {
                int k = current.sentenceAt(at);
                if (k >= 0) {
                    onSentence.accept(current, k);
                }
            }
        });
        // Re-wrapping moves the sentence: redraw after the new text layout, not during the bounds change.
        flow.layoutBoundsProperty().addListener(o -> Platform.runLater(this::afterLayout));
        // A reader just added beside the map has no viewport yet: scroll once it has one.
        scroll.viewportBoundsProperty().addListener(o -> Platform.runLater(this::afterLayout));
    }

    public void setOnPlace(Consumer<Place> handler) {
        this.onPlace = handler;
    }

    /** Called with the article and the index of a sentence the analyst clicked. */
    public void setOnSentence(java.util.function.BiConsumer<Article, Integer> handler) {
        this.onSentence = handler;
    }

    /** The article shown, or null. */
    public Article article() {
        return current;
    }

    public void setOnClose(Runnable handler) {
        this.onClose = handler;
    }

    /** Shows an article; with an evidence, scrolls to its sentence and highlights it. */
    public void show(Extraction x, Article a, Evidence at) {
        current = a;
        title.setText(a.displayTitle());
        meta.setText(EvidencePopupView.source(a) + (a.url() != null ? "\n" + a.url() : "") + "\n" + a.id());
        focus = at == null ? null : EvidenceMarkup.sentenceOf(a, at);
        List<Mark> marks = EvidenceMarkup.forArticle(x, a);
        List<Segment> segs = EvidenceMarkup.segments(a.text(), new TextSpan(0, a.text().length()), marks, focus);
        List<Text> nodes = MarkedText.nodes(segs, 13, p -> onPlace.accept(p));
        flow.getChildren().setAll(EvidencePopupView.rightToLeft(a) ? MarkedText.byWord(nodes) : nodes);
        flow.setNodeOrientation(EvidencePopupView.rightToLeft(a) ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        scrollPending = true;
        Platform.runLater(() -> {
            flow.applyCss();
            flow.layout();
            afterLayout();
        });
    }

    /** The text nodes of the highlighted evidence sentence (for tests and accessibility). */
    public List<Text> focusNodes() {
        return flow.getChildren().stream().filter(n -> n.getStyleClass().contains("evidence-focus"))
                .map(Text.class::cast).toList();
    }

    public TextFlow textFlow() {
        return flow;
    }

    private int offsetInFlow(int articleOffset) {
        int pos = 0;
        for (Node n : flow.getChildren()) {
            Text t = (Text) n;
            if (n.getStyleClass().contains("evidence-focus")) {
                return pos;
            }
            pos += t.getText().length();
        }
        return -1;
    }

    private void drawHighlight() {
        if (focus == null) {
            highlight.getElements().clear();
            return;
        }
        int start = offsetInFlow(focus.start());
        if (start < 0) {
            return;
        }
        PathElement[] shape = flow.rangeShape(start, start + focus.length());
        highlight.getElements().setAll(shape);
    }

    private void afterLayout() {
        drawHighlight();
        if (scrollPending && scroll.getViewportBounds().getHeight() > 0 && flow.getLayoutBounds().getHeight() > 0) {
            scrollToFocus();
            scrollPending = false;
        }
    }

    private void scrollToFocus() {
        List<Text> f = focusNodes();
        if (f.isEmpty()) {
            return;
        }
        Bounds b = f.get(0).getBoundsInParent();
        double contentH = flow.getLayoutBounds().getHeight();
        double viewH = scroll.getViewportBounds().getHeight();
        if (contentH > viewH) {
            scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewH / 3) / (contentH - viewH))));
        }
    }
}
