package org.incidentatlas.ui.map;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Holds callouts as nodes anchored to a coordinate, so they move with the map and appear in snapshots (a
 * window would not). A popup swallows presses and scrolls so that reading it never drags or zooms the map.
 */
public final class PopupLayer extends AtlasLayer {
    private Node popup;
    private double lat;
    private double lon;
    private Node hover;
    private Point2D hoverAt;

    public PopupLayer() {
        setPickOnBounds(false);
    }

    /** Shows {@code node} with its bottom-left tip at the coordinate; replaces any popup shown. */
    public void show(Node node, double lat, double lon) {
        hide();
        this.popup = node;
        this.lat = lat;
        this.lon = lon;
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, MouseEvent::consume);
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        node.addEventHandler(ScrollEvent.SCROLL, ScrollEvent::consume);
        getChildren().add(node);
        markDirty();
    }

    public void hide() {
        if (popup != null) {
            getChildren().remove(popup);
            popup = null;
        }
    }

    public Node popup() {
        return popup;
    }

    /** A small mouse-transparent note next to the pointer (the hover tooltip); null hides it. */
    public void hover(Node node, double x, double y) {
        if (hover != null) {
            getChildren().remove(hover);
        }
        hover = node;
        hoverAt = new Point2D(x, y);
        if (node != null) {
            node.setMouseTransparent(true);
            getChildren().add(node);
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        MapViewport v = viewport();
        if (v == null) {
            return;
        }
        if (popup != null) {
            popup.applyCss();
            if (popup instanceof javafx.scene.Parent p) {
                p.layout();
            }
            double w = popup.prefWidth(-1);
            double h = popup.prefHeight(w);
            popup.resize(w, h);
            double x = v.screenX(lon);
            double y = v.screenY(lat);
            // Keep the callout inside the view when the anchor is near an edge.
            double px = Math.max(4, Math.min(x - 18, v.width() - w - 4));
            double py = y - h - 12 < 4 ? y + 14 : y - h - 12;
            popup.relocate(px, py);
        }
        if (hover != null) {
            hover.applyCss();
            double w = hover.prefWidth(-1);
            double h = hover.prefHeight(w);
            hover.resize(w, h);
            hover.relocate(Math.min(hoverAt.getX() + 14, v.width() - w - 2), Math.max(2, hoverAt.getY() - h - 6));
        }
    }
}
