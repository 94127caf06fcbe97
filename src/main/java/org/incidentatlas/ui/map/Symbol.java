package org.incidentatlas.ui.map;

import javafx.scene.paint.Color;

/**
 * How a feature is drawn: fill colour, shape and style. The style says how sure the source is: {@code SOLID} for an
 * event reported as fact, {@code HOLLOW} for one claimed, alleged, denied, planned or threatened, {@code FADED} for
 * background told as context.
 */
public record Symbol(Color fill, Shape shape, double size, Style style) {
    public enum Shape { CIRCLE, DIAMOND, DOT }

    public enum Style { SOLID, HOLLOW, FADED }

    public Symbol {
        java.util.Objects.requireNonNull(style, "style");
    }

    public Symbol(Color fill, Shape shape, double size) {
        this(fill, shape, size, Style.SOLID);
    }

    public Symbol withStyle(Style s) {
        return s == style ? this : new Symbol(fill, shape, size, s);
    }
}
