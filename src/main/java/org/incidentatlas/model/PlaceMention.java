package org.incidentatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A place name found in an article. Resolved mentions carry the chosen place, the deciding {@code rule} and a
 * confidence in [0,1]; rejected ones carry the {@code rule} that rejected them as their reason and no place.
 * {@code candidates} lists every place considered, best first.
 *
 * <p>{@code head} is the generic head noun the surface ends in ("airport", "air base", "district", "embassy"),
 * or null: with a facility head and a town as the place ("Baghdad airport" resolved to Baghdad because the
 * gazetteer has no such airport), the mention names a site in or near that town (ACLED geo-precision 2).
 * {@code review} is null, or why an analyst should look at the resolution (it contradicts the article's country
 * focus, say); the review queue lists such mentions.
 */
public record PlaceMention(
        Evidence evidence,
        String surface,
        MentionRole role,
        MentionStatus status,
        String rule,
        Place place,
        List<Candidate> candidates,
        double confidence,
        String head,
        String review) {

    /** A mention without a head noun and with nothing to review. */
    public PlaceMention(Evidence evidence, String surface, MentionRole role, MentionStatus status, String rule,
            Place place, List<Candidate> candidates, double confidence) {
        this(evidence, surface, role, status, rule, place, candidates, confidence, null, null);
    }

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

    /** True if the surface names a facility (by its head noun) but the place is the town or area it lies in. */
    public boolean isFacilityAtParent() {
        return head != null && place != null && !place.kind().isFacility() && isFacilityHead();
    }

    private boolean isFacilityHead() {
        String h = head.toLowerCase(java.util.Locale.ROOT);
        return !(h.endsWith("district") || h.endsWith("neighborhood") || h.endsWith("neighbourhood")
                || h.endsWith("village") || h.endsWith("town") || h.endsWith("city") || h.endsWith("province")
                || h.endsWith("governorate") || h.endsWith("township") || h.endsWith("municipality")
                || h.endsWith("government") || h.endsWith("government area") || h.equals("lga"));
    }

    /** The name without its head noun: "Ayn al-Asad" of "Ayn al-Asad Military Base"; the surface if it has none. */
    public String name() {
        if (head == null || !surface.endsWith(head) || surface.length() == head.length()) {
            return surface;
        }
        return surface.substring(0, surface.length() - head.length()).strip();
    }

    public PlaceMention withReview(String reason) {
        return new PlaceMention(evidence, surface, role, status, rule, place, candidates, confidence, head, reason);
    }
}
