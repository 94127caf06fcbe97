package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.ui.export.FxSnapshotRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How sure the source is shows on the map: reported solid, claimed and the like hollow, background faint. */
class SymbolStyleTest {
    private static final EventType CLASH = new EventType("Battles", "Armed clash");
    private static final Color BATTLES = Color.web("#D55E00");

    @BeforeAll
    static void fx() {
        FxSnapshotRenderer.startToolkit();
    }

    private static <T> T onFx(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(20, TimeUnit.SECONDS);
    }

    /** The symbol drawn at (15, 15) on white: {centre, a point 5 px right of it, on the ring}. */
    private static Color[] drawn(Symbol s) throws Exception {
        return onFx(() -> {
            Canvas c = new Canvas(30, 30);
            c.getGraphicsContext2D().setFill(Color.WHITE);
            c.getGraphicsContext2D().fillRect(0, 0, 30, 30);
            SymbolLayer.drawSymbol(c.getGraphicsContext2D(), s, 15, 15);
            PixelReader px = c.snapshot(null, null).getPixelReader();
            return new Color[] {px.getColor(15, 15), px.getColor(20, 15)};
        });
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void reportedIsSolidClaimedIsARingAndBackgroundIsFaint() throws Exception {
        Color[] reported = drawn(IncidentSymbology.of(CLASH, EventStatus.REPORTED));
        Color[] claimed = drawn(IncidentSymbology.of(CLASH, EventStatus.CLAIMED));
        Color[] background = drawn(IncidentSymbology.of(CLASH, EventStatus.BACKGROUND));
        assertThat(distance(reported[0], BATTLES)).as("reported: filled in the type's colour").isLessThan(0.05);
        assertThat(distance(claimed[0], Color.WHITE)).as("claimed: white inside").isLessThan(0.05);
        assertThat(distance(claimed[1], BATTLES.darker())).as("claimed: a ring in the type's colour").isLessThan(0.35);
        // faint: between the colour and white, closer to white
        assertThat(distance(background[0], Color.WHITE)).isLessThan(distance(background[0], BATTLES)).isGreaterThan(0.1);
        for (EventStatus s : List.of(EventStatus.ALLEGED, EventStatus.DENIED, EventStatus.PLANNED,
                EventStatus.THREATENED)) {
            assertThat(IncidentSymbology.styleOf(s)).isEqualTo(Symbol.Style.HOLLOW);
        }
    }

    @Test
    void theLegendKeysHollowAndFadedSymbolsOnlyWhenSomeAreShown() throws Exception {
        List<String> shown = onFx(() -> {
            LegendView l = new LegendView(null, true, false);
            l.setStyles(Set.of(Symbol.Style.SOLID, Symbol.Style.HOLLOW));
            l.show(null, true, false);
            return l.getChildren().stream().filter(n -> n instanceof HBox && n.isVisible())
                    .map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList();
        });
        assertThat(shown).contains("Claimed, alleged, denied, planned or threatened")
                .doesNotContain("Background (context, not news)");
    }
}
