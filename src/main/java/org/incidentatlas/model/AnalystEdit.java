package org.incidentatlas.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change an analyst made, kept BESIDE the machine's value (never overwriting it) with who made it and when,
 * so an investigation is an audit trail that can be replayed on a fresh extraction of the same corpus.
 * Each edit names its target by id (incident) or by evidence (a place mention), which are stable across runs.
 */
public sealed interface AnalystEdit {
    String author();

    Instant at();

    /** The incident id, or for a mention "article#start-end", that this edit is about. */
    String target();

    private static void check(String author, Instant at) {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    /** Puts an incident at another point; the machine's place (null when it was unpinned) stays recorded. */
    record MovePin(String author, Instant at, String incidentId, String machinePlaceId, Double machineLat,
                   Double machineLon, double lat, double lon) implements AnalystEdit {
        public MovePin {
            check(author, at);
            Objects.requireNonNull(incidentId, "incidentId");
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("pin out of range: " + lat + "," + lon);
            }
        }

        @Override
        public String target() {
            return incidentId;
        }
    }

    /** Picks another of a mention's candidates; incidents placed by that mention's sentence follow. */
    record ChoosePlace(String author, Instant at, Evidence mention, String machinePlaceId, String chosenPlaceId)
            implements AnalystEdit {
        public ChoosePlace {
            check(author, at);
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(chosenPlaceId, "chosenPlaceId");
        }

        @Override
        public String target() {
            return mention.articleId() + "#" + mention.span().start() + "-" + mention.span().end();
        }
    }

    record EditDate(String author, Instant at, String incidentId, EventDate machine, EventDate analyst)
            implements AnalystEdit {
        public EditDate {
            check(author, at);
            Objects.requireNonNull(incidentId, "incidentId");
            Objects.requireNonNull(analyst, "analyst");
        }

        @Override
        public String target() {
            return incidentId;
        }
    }

    record EditType(String author, Instant at, String incidentId, EventType machine, EventType analyst)
            implements AnalystEdit {
        public EditType {
            check(author, at);
            Objects.requireNonNull(incidentId, "incidentId");
            Objects.requireNonNull(analyst, "analyst");
        }

        @Override
        public String target() {
            return incidentId;
        }
    }

    /** The incident is not real (misread sentence, wrong place...): hidden from the analyst's view, kept on file. */
    record MarkWrong(String author, Instant at, String incidentId, String reason) implements AnalystEdit {
        public MarkWrong {
            check(author, at);
            Objects.requireNonNull(incidentId, "incidentId");
        }

        @Override
        public String target() {
            return incidentId;
        }
    }

    /** Several incidents are one; the first gives type, date and place, the others add evidence and actors. */
    record Merge(String author, Instant at, List<String> incidentIds, String mergedId) implements AnalystEdit {
        public Merge {
            check(author, at);
            incidentIds = List.copyOf(incidentIds);
            Objects.requireNonNull(mergedId, "mergedId");
            if (incidentIds.size() < 2) {
                throw new IllegalArgumentException("a merge needs at least two incidents");
            }
        }

        @Override
        public String target() {
            return mergedId;
        }
    }

    /** Moves some of an incident's evidence into a new incident {@code newId} (a copy otherwise). */
    record Split(String author, Instant at, String incidentId, List<Evidence> detached, String newId)
            implements AnalystEdit {
        public Split {
            check(author, at);
            Objects.requireNonNull(incidentId, "incidentId");
            Objects.requireNonNull(newId, "newId");
            detached = List.copyOf(detached);
            if (detached.isEmpty()) {
                throw new IllegalArgumentException("a split must detach at least one piece of evidence");
            }
        }

        @Override
        public String target() {
            return incidentId;
        }
    }

    /** Free text about an incident, a mention or the whole investigation (target "*"). */
    record Note(String author, Instant at, String target, String text) implements AnalystEdit {
        public Note {
            check(author, at);
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(text, "text");
        }
    }
}
