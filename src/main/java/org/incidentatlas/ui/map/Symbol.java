package org.incidentatlas.ui.map;

import javafx.scene.paint.Color;

/** How a feature is drawn: fill colour and shape. */
public record Symbol(Color fill, Shape shape, double size) {
    public enum Shape { CIRCLE, DIAMOND, DOT }
}
