package org.incidentatlas.eval;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.PlaceMention;

/**
 * Which of the geoparser's mentions count as predicted toponyms: resolved ones whose role is in {@code roles}.
 * The standard set is literal, metonymic and demonym, because the benchmarks annotate all three as toponyms
 * (GeoWebNews and TR-News resolve demonyms to their country); organisation seats and not-a-place mentions are
 * the geoparser saying "no toponym here".
 */
public record PredictionPolicy(Set<MentionRole> roles) {
    public PredictionPolicy {
        Objects.requireNonNull(roles, "roles");
        // an EnumSet behind the view: iteration in declaration order, so reports list the roles the same way every run
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(MentionRole.class) : EnumSet.copyOf(roles));
    }

    public static PredictionPolicy standard() {
        return new PredictionPolicy(EnumSet.of(MentionRole.LITERAL, MentionRole.METONYMIC, MentionRole.DEMONYM));
    }

    public boolean counts(PlaceMention m) {
        return m.isResolved() && roles.contains(m.role());
    }
}
