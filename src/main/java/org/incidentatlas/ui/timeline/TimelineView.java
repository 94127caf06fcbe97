package org.incidentatlas.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.ui.HoverTooltip;

/**
 * The timeline under the map: a monthly histogram with the brushed window shaded (drag to brush, click a month to
 * take it, double-click to clear), a lane of marks drawn at their precision (a day is a dot, a longer range a bar),
 * and the undated incidents in a lane of their own at the right. Thin: everything it knows comes from
 * {@link TimelineViewModel}.
 */
public final class TimelineView extends VBox {
    static final double UNDATED_W = 90;
    static final double AXIS_H = 14;
    /** One lane per precision ({@link TimelineViewModel#LANES}), top to bottom. */
    static final double LANE_H = 6;
    static final double MARKS_H = LANE_H * 4;
    private final TimelineViewModel vm;
    private final Canvas canvas = new Canvas();
    private final Pane holder = new Pane(canvas);
    private final Timeline player = new Timeline();
    private final Button play = new Button("▶");
    private final Label message = new Label();
    private Incident selected;
    private Consumer<Incident> onPick = i -> { };
    private double dragFrom = Double.NaN;
    private double dragTo = Double.NaN;
    private boolean dirty = true;

    public TimelineView(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add("timeline");
        Button back = new Button("«");
        HoverTooltip.install(back, "Step back by the window's length");
        back.setOnAction(e -> vm.step(false));
        Button fwd = new Button("»");
        HoverTooltip.install(fwd, "Step forward by the window's length");
        fwd.setOnAction(e -> vm.step(true));
        play.getStyleClass().add("timeline-play");
        HoverTooltip.install(play, "Play: step forward every 0.8 s");
        player.getKeyFrames().add(new KeyFrame(Duration.millis(800), e -> {
            if (!vm.step(true)) {
                stopPlaying();
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        play.setOnAction(e -> {
            if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                stopPlaying();
            } else {
                play.setText("■");
                player.play();
            }
        });
        TextField jump = new TextField();
        jump.setPromptText("Jump to date (2020-01)");
        HoverTooltip.install(jump, "Type 2020, 2020-01 or 2020-01-03 and press Enter");
        jump.setPrefColumnCount(16);
        jump.getStyleClass().add("timeline-jump");
        jump.setOnAction(e -> {
            String err = vm.jumpTo(jump.getText());
            message.setText(err == null ? "" : err);
        });
        Button all = new Button("All dates");
        all.getStyleClass().add("timeline-clear");
        all.setOnAction(e -> vm.clearBrush());
        CheckBox undated = new CheckBox();
        undated.getStyleClass().add("timeline-undated");
        undated.selectedProperty().bindBidirectional(vm.includeUndatedProperty());
        undated.textProperty().bind(vm.undatedProperty().asString("Show undated (%d)"));
        Label window = new Label();
        window.getStyleClass().add("timeline-window");
        window.textProperty().bind(vm.windowProperty().map(w -> "Time: " + w.describe()));
        message.getStyleClass().add("timeline-message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(6, back, play, fwd, jump, all, window, message, spacer, undated);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(3, 6, 3, 6));
        holder.setPrefHeight(110);
        holder.setMinHeight(90);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        VBox.setVgrow(holder, Priority.ALWAYS);
        getChildren().addAll(controls, holder);
        getStyleClass().add("timeline");
        // one filter change updates bins, marks and window: draw once, at the next layout
        vm.bins().addListener((ListChangeListener<TimelineViewModel.Bin>) c -> redraw());
        vm.marksProperty().addListener(o -> redraw());
        vm.windowProperty().addListener(o -> redraw());
        vm.undatedProperty().addListener(o -> redraw());
        vm.includeUndatedProperty().addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragFrom = e.getX();
            dragTo = e.getX();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragTo = e.getX();
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released(e));
    }

    private void stopPlaying() {
        player.stop();
        play.setText("▶");
    }

    private void released(MouseEvent e) {
        double a = dragFrom;
        double b = e.getX();
        dragFrom = Double.NaN;
        dragTo = Double.NaN;
        if (Double.isNaN(a) || vm.firstMonth() == null) {
            return;
        }
        double plotW = plotWidth();
        if (e.getClickCount() == 2) {
            vm.clearBrush();
        } else if (a > plotW && b > plotW) {
            vm.includeUndatedProperty().set(!vm.includeUndatedProperty().get());
        } else if (Math.abs(b - a) < 4) {
            Incident hit = markAt(b, e.getY());
            if (hit != null) {
                onPick.accept(hit);
            } else {
                YearMonth m = YearMonth.from(dateAt(b));
                vm.brush(m.atDay(1), m.atEndOfMonth());
            }
        } else {
            vm.brush(dateAt(Math.min(a, b)), dateAt(Math.min(Math.max(a, b), plotW - 0.01)));
        }
        redraw();
    }

    private void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // after the children: resizing the holder resizes the canvas, which asks for a redraw
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    /** Brushes between two x positions on the canvas, as a drag would (the tests and the keyboard use it). */
    public void brushPixels(double x0, double x1) {
        vm.brush(dateAt(Math.min(x0, x1)), dateAt(Math.max(x0, x1)));
    }

    private double plotWidth() {
        return Math.max(10, canvas.getWidth() - UNDATED_W);
    }

    private long dayCount() {
        return vm.lastMonth().atEndOfMonth().toEpochDay() - vm.firstMonth().atDay(1).toEpochDay() + 1;
    }

    /** The x position of the start of a day. */
    public double xOf(LocalDate d) {
        return (d.toEpochDay() - vm.firstMonth().atDay(1).toEpochDay()) * plotWidth() / dayCount();
    }

    /** The day under an x position, clamped to the data's range. */
    public LocalDate dateAt(double x) {
        long d0 = vm.firstMonth().atDay(1).toEpochDay();
        long off = (long) Math.floor(Math.max(0, Math.min(plotWidth() - 0.01, x)) * dayCount() / plotWidth());
        return LocalDate.ofEpochDay(d0 + off);
    }

    private Incident markAt(double x, double y) {
        double top = canvas.getHeight() - AXIS_H - MARKS_H;
        if (y < top || y > top + MARKS_H) {
            return null;
        }
        int lane = (int) Math.min(TimelineViewModel.LANES.size() - 1, Math.floor((y - top) / LANE_H));
        return vm.marks().at(firstDay(), dayCount(), plotWidth(), x, lane, 3);
    }

    private long firstDay() {
        return vm.firstMonth().atDay(1).toEpochDay();
    }

    /** Highlights the selected incident's mark. */
    public void setSelected(Incident i) {
        selected = i;
        redraw();
    }

    /** Called when the analyst clicks a mark (selecting it everywhere). */
    public void setOnPick(Consumer<Incident> pick) {
        onPick = pick;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#fafafa"));
        g.fillRect(0, 0, w, h);
        if (w <= UNDATED_W || h <= AXIS_H + MARKS_H + 8) {
            return;
        }
        double plotW = plotWidth();
        double histH = h - AXIS_H - MARKS_H - 4;
        drawUndated(g, plotW, w, histH);
        if (vm.firstMonth() == null) {
            g.setFill(Color.GRAY);
            g.fillText("No dated incidents", 8, histH / 2);
            return;
        }
        int max = 1;
        for (TimelineViewModel.Bin b : vm.bins()) {
            max = Math.max(max, b.count());
        }
        TimeWindow win = vm.windowProperty().get();
        g.setFont(Font.font(10));
        for (TimelineViewModel.Bin b : vm.bins()) {
            double x0 = xOf(b.month().atDay(1));
            double x1 = xOf(b.month().atEndOfMonth().plusDays(1));
            double bh = b.count() == 0 ? 0 : Math.max(2, histH * b.count() / max);
            boolean in = win.isAll() || win.overlaps(b.month().atDay(1), b.month().atEndOfMonth());
            g.setFill(in ? Color.web("#4a7bb7") : Color.web("#c5cfdb"));
            g.fillRect(x0 + 0.5, 2 + histH - bh, Math.max(1, x1 - x0 - 1), bh);
        }
        if (!win.isAll()) {
            double x0 = win.from() == null ? 0 : xOf(win.from());
            double x1 = win.to() == null ? plotW : xOf(win.to().plusDays(1));
            g.setFill(Color.rgb(255, 190, 60, 0.22));
            g.fillRect(x0, 0, x1 - x0, h - AXIS_H);
            g.setStroke(Color.web("#d08a00"));
            g.strokeRect(x0, 0.5, x1 - x0, h - AXIS_H - 1);
        }
        if (!Double.isNaN(dragFrom) && Math.abs(dragTo - dragFrom) >= 4) {
            g.setFill(Color.rgb(60, 120, 220, 0.2));
            g.fillRect(Math.min(dragFrom, dragTo), 0, Math.abs(dragTo - dragFrom), h - AXIS_H);
        }
        drawMarks(g, plotW, h - AXIS_H - MARKS_H);
        drawAxis(g, plotW, h);
    }

    /**
     * The marks, one lane per precision, aggregated per pixel column: a column's shade says how many marks are
     * there, so 100k shown cost what a thousand columns cost and every precision stays visible.
     */
    private void drawMarks(GraphicsContext g, double plotW, double top) {
        TimelineViewModel.Columns c = vm.marks().columns(firstDay(), dayCount(), plotW);
        for (int l = 0; l < TimelineViewModel.LANES.size(); l++) {
            int max = c.max()[l];
            double logMax = Math.log(Math.max(2, max));
            double mid = top + l * LANE_H + LANE_H / 2;
            int[] bars = c.bars()[l];
            int[] dots = c.dots()[l];
            // bars: runs of columns of one shade as one rectangle
            int k = 0;
            while (k < bars.length) {
                double a = shade(bars[k], max, logMax);
                int e = k + 1;
                while (e < bars.length && shade(bars[e], max, logMax) == a) {
                    e++;
                }
                if (a > 0) {
                    g.setFill(Color.web("#333333", a));
                    g.fillRect(k, mid - 1.5, Math.max(2, e - k), 3);
                }
                k = e;
            }
            for (int x = 0; x < dots.length; x++) {
                if (dots[x] > 0) {
                    g.setFill(Color.web("#333333", shade(dots[x], max, logMax)));
                    g.fillOval(x + 0.5 - 2.5, mid - 2.5, 5, 5);
                }
            }
        }
        if (selected != null && selected.date().isResolved() && vm.firstMonth() != null) {
            LocalDate s = selected.date().start();
            LocalDate e = selected.date().end();
            int l = TimelineViewModel.laneOf(selected.date().precision(), e.toEpochDay() - s.toEpochDay() + 1);
            double mid = top + l * LANE_H + LANE_H / 2;
            g.setFill(Color.web("#d62728"));
            if (l == 0 && s.equals(e)) {
                g.fillOval(xOf(s) + plotW / dayCount() / 2 - 3, mid - 3, 6, 6);
            } else {
                double x0 = xOf(s);
                g.fillRect(x0, mid - 2, Math.max(2, xOf(e.plusDays(1)) - x0), 4);
            }
            g.setStroke(Color.web("#d62728"));
            g.strokeOval(xOf(s) - 6, mid - 6, 12, 12);
        }
    }

    /**
     * Opacity of a cell with {@code n} of its lane's at most {@code max} marks: none for 0, a lone mark as it was
     * always drawn when none overlap, else from light to full on a log scale (in twentieths, so that runs of one
     * shade are drawn as one rectangle).
     */
    static double shade(int n, int max, double logMax) {
        if (n <= 0) {
            return 0;
        }
        if (max <= 1) {
            return 0.75;
        }
        return Math.round((0.6 + 0.4 * Math.log(n) / logMax) * 20) / 20.0;
    }

    private void drawUndated(GraphicsContext g, double plotW, double w, double histH) {
        boolean on = vm.includeUndatedProperty().get();
        g.setFill(on ? Color.web("#eee4f5") : Color.web("#f0f0f0"));
        g.fillRect(plotW + 6, 0, w - plotW - 6, canvas.getHeight());
        g.setStroke(Color.web("#bbb"));
        g.strokeLine(plotW + 6, 0, plotW + 6, canvas.getHeight());
        g.setFill(on ? Color.web("#7b4fa0") : Color.GRAY);
        g.setFont(Font.font(11));
        g.fillText("Undated", plotW + 14, 14);
        g.setFont(Font.font(18));
        g.fillText(String.valueOf(vm.undatedProperty().get()), plotW + 14, 38);
        g.setFont(Font.font(10));
        g.fillText(on ? "shown" : "hidden (click)", plotW + 14, 54);
    }

    private void drawAxis(GraphicsContext g, double plotW, double h) {
        g.setStroke(Color.web("#999"));
        g.strokeLine(0, h - AXIS_H, plotW, h - AXIS_H);
        g.setFill(Color.web("#555"));
        g.setFont(Font.font(10));
        int n = vm.bins().size();
        int every = Math.max(1, (int) Math.ceil(n * 52.0 / plotW));
        double lastX = -100;
        for (int k = 0; k < n; k++) {
            YearMonth m = vm.bins().get(k).month();
            boolean label = k % every == 0 || (m.getMonthValue() == 1 && every < 12);
            double x = xOf(m.atDay(1));
            if (label && x - lastX > 48) {
                g.strokeLine(x, h - AXIS_H, x, h - AXIS_H + 3);
                g.fillText(m.getMonthValue() == 1 || every >= 12 ? String.valueOf(m.getYear())
                        : m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                        + (k == 0 ? " " + m.getYear() : ""), x + 2, h - 2);
                lastX = x;
            }
        }
    }

    public Canvas canvas() {
        return canvas;
    }
}
