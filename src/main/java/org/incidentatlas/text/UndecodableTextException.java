package org.incidentatlas.text;

/** The bytes are not article text (binary, empty, or invalid in the encoding their BOM declares). */
public final class UndecodableTextException extends Exception {
    private static final long serialVersionUID = 1L;

    public UndecodableTextException(String message) {
        super(message);
    }
}
