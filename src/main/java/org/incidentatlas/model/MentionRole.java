package org.incidentatlas.model;

/** How a place name is used in its sentence. Only literal mentions can locate events. */
public enum MentionRole {
    /** The place itself: "in Baghdad". */
    LITERAL,
    /** The place stands for a government or institution: "Washington said". */
    METONYMIC,
    /** An adjective or people: "Iraqi" is evidence for Iraq, never a pin. */
    DEMONYM,
    /** The seat of an organisation: "London-based daily". */
    ORGANISATION_SEAT,
    /** Looks like a place but is not: an outlet, a person's nisba, part of an organisation's name. */
    NOT_A_PLACE
}
