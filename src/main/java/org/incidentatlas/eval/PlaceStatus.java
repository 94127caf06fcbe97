package org.incidentatlas.eval;

/** The verdict on one gold place of the seeds. Only {@link #OK} passes a required place. */
public enum PlaceStatus {
    /** Found by its surface and every such mention resolved within tolerance. */
    OK,
    /** Found by its surface but some mention resolved beyond the tolerance (the worst one is reported). */
    TOO_FAR,
    /** Only found inside a shorter or longer span (e.g. "Deir Ezzor" for "Deir Ezzor province"), within tolerance. */
    PARTIAL_SPAN,
    /** The words were spotted but the geoparser rejected them or gave them a role that does not count. */
    REJECTED,
    /** Not found at all. */
    MISSING;

    public boolean passes() {
        return this == OK;
    }
}
