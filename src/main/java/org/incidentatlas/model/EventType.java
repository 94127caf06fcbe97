package org.incidentatlas.model;

import java.util.Objects;

/** An ACLED event type and sub-event type, e.g. "Explosions/Remote violence" / "Air/drone strike". */
public record EventType(String type, String subType) {
    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subType, "subType");
    }

    /** "Type: Sub-type", the form used in gold files and exports. */
    public String label() {
        return type + ": " + subType;
    }

    /** ACLED's event types and sub-event types (ACLED codebook), the choices an analyst picks a type from. */
    public static final java.util.List<EventType> ACLED = acled(
            "Battles", "Armed clash", "Government regains territory", "Non-state actor overtakes territory", null,
            "Explosions/Remote violence", "Chemical weapon", "Air/drone strike", "Suicide bomb",
            "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", null,
            "Violence against civilians", "Sexual violence", "Attack", "Abduction/forced disappearance", null,
            "Protests", "Peaceful protest", "Protest with intervention", "Excessive force against protesters", null,
            "Riots", "Violent demonstration", "Mob violence", null,
            "Strategic developments", "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
            "Other", null);

    private static java.util.List<EventType> acled(String... typeThenSubtypes) {
        java.util.List<EventType> out = new java.util.ArrayList<>();
        String type = null;
        for (String s : typeThenSubtypes) {
            if (s == null) {
                type = null;
            } else if (type == null) {
                type = s;
            } else {
                out.add(new EventType(type, s));
            }
        }
        return java.util.List.copyOf(out);
    }

    public static EventType parse(String label) {
        int i = label.indexOf(':');
        return i < 0 ? new EventType(label.trim(), "") : new EventType(label.substring(0, i).trim(), label.substring(i + 1).trim());
    }
}
