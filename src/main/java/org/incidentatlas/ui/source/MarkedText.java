package org.incidentatlas.ui.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.incidentatlas.model.Place;

/** Turns segments into styled {@link Text} nodes: one look for marks in popups and the reader. */
final class MarkedText {
    static final Color PLACE = Color.web("#0b5394");
    static final Color DATE = Color.web("#7a4b00");
    static final Color ACTOR = Color.web("#7b1f5a");

    private MarkedText() {
    }

    static List<Text> nodes(List<Segment> segments, double size, Consumer<Place> onPlace) {
        List<Text> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            Text t = new Text(s.text());
            t.getStyleClass().add("segment");
            boolean bold = s.focus();
            if (s.focus()) {
                t.getStyleClass().add("evidence-focus");
            }
            if (s.mark() != null) {
                t.getStyleClass().add("mark-" + s.mark().kind().name().toLowerCase(java.util.Locale.ROOT));
                bold = true;
                switch (s.mark().kind()) {
                    case PLACE -> {
                        t.setFill(PLACE);
                        t.setUnderline(true);
                        Place p = s.mark().place();
                        if (p != null && onPlace != null) {
                            t.setCursor(Cursor.HAND);
                            t.setOnMouseClicked(e -> onPlace.accept(p));
                        }
                    }
                    case DATE -> t.setFill(DATE);
                    case ACTOR -> t.setFill(ACTOR);
                    default -> { }
                }
            }
            t.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
            out.add(t);
        }
        return out;
    }

    /**
     * The same text as one node per word (each keeping its word's trailing space, fill, font, underline, style
     * classes and click handler). A right-to-left TextFlow of JavaFX 21 lays a long Arabic run out as one line whose
     * start runs off the pane; word nodes wrap and read right to left as they should.
     */
    static List<Text> byWord(List<Text> nodes) {
        List<Text> out = new ArrayList<>(nodes.size() * 8);
        for (Text t : nodes) {
            String s = t.getText();
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isWhitespace(s.charAt(i)) && (i + 1 == s.length() || !Character.isWhitespace(s.charAt(i + 1)))) {
                    out.add(copy(t, s.substring(from, i + 1)));
                    from = i + 1;
                }
            }
            if (from < s.length()) {
                out.add(copy(t, s.substring(from)));
            }
        }
        return out;
    }

    private static Text copy(Text t, String part) {
        Text c = new Text(part);
        c.getStyleClass().setAll(t.getStyleClass());
        c.setFill(t.getFill());
        c.setUnderline(t.isUnderline());
        c.setFont(t.getFont());
        c.setCursor(t.getCursor());
        c.setOnMouseClicked(t.getOnMouseClicked());
        return c;
    }
}
