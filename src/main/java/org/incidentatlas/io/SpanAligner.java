package org.incidentatlas.io;

import java.util.Optional;
import org.incidentatlas.model.TextSpan;

/**
 * Puts a benchmark annotation back on its words when the recorded offsets drifted from the text (TR-News
 * offsets run up to 10 characters late after the text was re-cleaned; a few GeoWebNews spans are off).
 */
public final class SpanAligner {
    private SpanAligner() {
    }

    /**
     * The span of {@code surface} at or nearest to {@code start}, at most {@code maxShift} characters away
     * (an earlier occurrence wins a tie, since drift is usually late); empty if the surface is not there.
     */
    public static Optional<TextSpan> align(String text, String surface, int start, int maxShift) {
        if (surface.isEmpty()) {
            return Optional.empty();
        }
        if (matchesAt(text, surface, start)) {
            return Optional.of(new TextSpan(start, start + surface.length()));
        }
        for (int d = 1; d <= maxShift; d++) {
            if (matchesAt(text, surface, start - d)) {
                return Optional.of(new TextSpan(start - d, start - d + surface.length()));
            }
            if (matchesAt(text, surface, start + d)) {
                return Optional.of(new TextSpan(start + d, start + d + surface.length()));
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAt(String text, String surface, int at) {
        return at >= 0 && at + surface.length() <= text.length() && text.startsWith(surface, at);
    }
}
