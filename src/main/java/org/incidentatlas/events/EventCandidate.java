package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;

/**
 * One candidate event inside an article, before the article's mentions are merged: the working state the
 * components fill in ({@link TriggerDetection} creates it, {@link EventDating}, {@link IncidentPlacement} and
 * {@link ActorRoles} complete it, {@link MentionMerging} folds later mentions into it). Mutable by design and never
 * leaves the package: {@link RuleEventExtractor} turns it into an immutable {@link org.incidentatlas.model.Incident}.
 */
final class EventCandidate {
    Family family;
    EventType type;
    int rank;
    EventDate date;
    boolean dated;
    Place place;
    boolean near;
    Place area;
    final List<Actor> actors = new ArrayList<>();
    final Set<String> victims = new LinkedHashSet<>();
    Integer fatalities;
    EventStatus status;
    /** The sentences that tell of it, in order; add through {@link #addEvidence} (which keeps {@link #hasEvidence} true). */
    final List<Evidence> evidence = new ArrayList<>();
    /** {@link #evidence} as a set, made once it is long enough that a scan per merged sentence would grow quadratic. */
    private Set<Evidence> evidenceSet;
    boolean anaphoric;
    /** Named with a determiner ("the attack", "the rally"): a reference back to an event already told. */
    boolean definite;
    /** The words of that reference, lower case ("attack"). */
    String definiteHead;
    boolean plainKill;
    /** Typed by the attacker or victims, not by the means ("attacked", "fired on"): any means may be the real one. */
    boolean generic;
    /** Typed only by a generic attack word ("attack", "targeted", "struck"), no weapon, no killing. */
    boolean attackWord;
    /** The text names the place as a province ("the province of Kirkuk") though it resolved to the town. */
    boolean provinceQualified;
    /** Index of the sentence it was first found in, and of the last sentence merged into it. */
    int sentence;
    int lastSentence;
    /** Trigger words of its mentions, lower case ("attack", "bombings", "fatally shot"). */
    final Set<String> heads = new LinkedHashSet<>();
    /** Neither a place nor a date of its own: kept only to merge with a fuller mention. */
    boolean weak;
    /** Told as background: long before publication or the origin of the conflict. */
    boolean background;
    /** Announced as a different event from those before ("In another attack", "Separately,"). */
    boolean distinct;
    /**
     * Other places the same violent sentence ties the event to by coordination ("struck sites in X and in Y", "near
     * X and Y"): ACLED codes one event per location, so each becomes an incident of its own.
     */
    final List<PlaceMention> alsoAt = new ArrayList<>();

    /** Adds {@code e} to {@link #evidence}. */
    void addEvidence(Evidence e) {
        evidence.add(e);
        if (evidenceSet != null) {
            evidenceSet.add(e);
        }
    }

    /** Whether {@link #evidence} holds {@code e}: a scan while short, then a set (an event told in thousands of sentences). */
    boolean hasEvidence(Evidence e) {
        if (evidenceSet == null) {
            if (evidence.size() <= 16) {
                return evidence.contains(e);
            }
            evidenceSet = new java.util.HashSet<>(evidence);
        }
        return evidenceSet.contains(e);
    }
}
