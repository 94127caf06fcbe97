package org.incidentatlas.ui.map;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;
import org.incidentatlas.model.EventType;

/**
 * Colours by ACLED event type from the Okabe–Ito palette, which stays distinguishable with the common colour
 * vision deficiencies; deployments are green diamonds, place mentions small grey dots.
 */
public final class IncidentSymbology {
    /** Diameter in pixels of the symbol of one event. */
    public static final double SIZE = 13;
    /** Legend order: label → symbol. */
    private static final Map<String, Symbol> BY_TYPE = new LinkedHashMap<>();

    static {
        BY_TYPE.put("Battles", new Symbol(Color.web("#D55E00"), Symbol.Shape.CIRCLE, SIZE));
        BY_TYPE.put("Explosions/Remote violence", new Symbol(Color.web("#E69F00"), Symbol.Shape.CIRCLE, SIZE));
        BY_TYPE.put("Violence against civilians", new Symbol(Color.web("#CC79A7"), Symbol.Shape.CIRCLE, SIZE));
        BY_TYPE.put("Strategic developments", new Symbol(Color.web("#0072B2"), Symbol.Shape.CIRCLE, SIZE));
        BY_TYPE.put("Protests", new Symbol(Color.web("#56B4E9"), Symbol.Shape.CIRCLE, SIZE));
        BY_TYPE.put("Riots", new Symbol(Color.web("#F0E442"), Symbol.Shape.CIRCLE, SIZE));
    }

    public static final Symbol OTHER = new Symbol(Color.web("#999999"), Symbol.Shape.CIRCLE, SIZE);
    public static final Symbol DEPLOYMENT = new Symbol(Color.web("#009E73"), Symbol.Shape.DIAMOND, SIZE);
    public static final Symbol MENTION = new Symbol(Color.web("#6f6f6f"), Symbol.Shape.DOT, 7);

    private IncidentSymbology() {
    }

    /** The symbol of an event type as its source presents it (reported, claimed…, background). */
    public static Symbol of(EventType type, org.incidentatlas.model.EventStatus status) {
        return of(type).withStyle(styleOf(status));
    }

    /** Reported: solid; background: faded; any other status (claimed, alleged, denied, planned, threatened): hollow. */
    public static Symbol.Style styleOf(org.incidentatlas.model.EventStatus status) {
        if (status == null || status == org.incidentatlas.model.EventStatus.REPORTED) {
            return Symbol.Style.SOLID;
        }
        return status == org.incidentatlas.model.EventStatus.BACKGROUND ? Symbol.Style.FADED : Symbol.Style.HOLLOW;
    }

    public static Symbol of(EventType type) {
        String t = type.type().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Symbol> e : BY_TYPE.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(t)) {
                return e.getValue();
            }
        }
        return OTHER;
    }

    /** The legend label of a type: its ACLED name, or "" for types drawn as "other". */
    public static String legendKey(EventType type) {
        String t = type.type().toLowerCase(Locale.ROOT);
        return BY_TYPE.keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(t)).findFirst().orElse("");
    }

    /** Event type labels and their symbols, in legend order. */
    public static Map<String, Symbol> legend() {
        return java.util.Collections.unmodifiableMap(BY_TYPE);
    }
}
