package org.incidentatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A place name found in an article. Resolved mentions carry the chosen place, the deciding {@code rule} and a
 * confidence in [0,1]; rejected ones carry the {@code rule} that rejected them as their reason and no place.
 * {@code candidates} lists every place considered, best first.
 */
public record PlaceMention(
        Evidence evidence,
        String surface,
        MentionRole role,
        MentionStatus status,
        String rule,
        Place place,
        List<Candidate> candidates,
        double confidence) {

    public PlaceMention {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rule, "rule");
        candidates = List.copyOf(candidates);
        if (status == MentionStatus.RESOLVED && place == null) {
            throw new IllegalArgumentException("resolved mention without a place: " + surface);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public boolean isResolved() {
        return status == MentionStatus.RESOLVED;
    }

    public String articleId() {
        return evidence.articleId();
    }

    public TextSpan span() {
        return evidence.span();
    }
}
