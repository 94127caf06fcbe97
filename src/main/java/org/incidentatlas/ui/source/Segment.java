package org.incidentatlas.ui.source;

import org.incidentatlas.model.TextSpan;

/** A run of text to show: plain ({@code mark} null) or marked; {@code focus} when inside the evidence sentence. */
public record Segment(TextSpan span, String text, Mark mark, boolean focus) {
}
