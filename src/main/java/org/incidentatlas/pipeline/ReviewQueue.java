package org.incidentatlas.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.PlaceMention;

/**
 * What needs an analyst's eye, each item with the {@link Evidence} the UI opens: places resolved with low
 * confidence or with a close runner-up, names rejected as outlets, persons or organisation seats (the reason
 * kept), unresolved dates, dates counted from an approximate publication date, unpinned incidents, and incidents
 * that rest on one uncertain sentence (alleged,
 * claimed or threatened, and a single piece of evidence). Ordered by kind, then article and position.
 */
public final class ReviewQueue {
    public enum Kind { LOW_CONFIDENCE_PLACE, AMBIGUOUS_PLACE, REJECTED_PLACE, UNRESOLVED_DATE, APPROXIMATE_DATE_ANCHOR,
        UNPINNED, SINGLE_UNCERTAIN_SOURCE }

    /** One thing to check: {@code subject} is an incident or deployment id, or the mention's words. */
    public record Item(Kind kind, String subject, String reason, Evidence evidence) {
        public Item {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * @param minConfidence a resolved place below this is flagged
     * @param minMargin     a resolved place whose best candidate leads the second by less than this is flagged
     */
    public record Thresholds(double minConfidence, double minMargin) {
        public static final Thresholds DEFAULT = new Thresholds(0.6, 0.1);
    }

    private ReviewQueue() {
    }

    public static List<Item> of(Extraction x) {
        return of(x, Thresholds.DEFAULT);
    }

    public static List<Item> of(Extraction x, Thresholds t) {
        List<Item> items = new ArrayList<>();
        for (PlaceMention m : x.mentions()) {
            if (m.status() == MentionStatus.RESOLVED && m.role() == MentionRole.LITERAL) {
                if (InvestigationEdits.ANALYST_RULE.equals(m.rule())) {
                    continue;
                }
                if (m.confidence() < t.minConfidence()) {
                    items.add(new Item(Kind.LOW_CONFIDENCE_PLACE, m.surface(), String.format(Locale.ROOT,
                            "\"%s\" resolved to %s with confidence %.2f (rule %s)", m.surface(), m.place().name(),
                            m.confidence(), m.rule()), m.evidence()));
                }
                if (m.review() != null) {
                    // the geoparser's own doubt: a namesake outside the countries the article is about, or a
                    // place the gazetteer lacks, pinned at the place it lies in
                    String why = "unlisted-place".equals(m.review())
                            ? String.format(Locale.ROOT, "\"%s\" is not in the gazetteer; pinned at %s (%s), the "
                                    + "place it lies in (%s)", m.surface(), m.place().name(), m.place().country(),
                                    m.review())
                            : String.format(Locale.ROOT,
                                    "\"%s\" resolved to %s (%s), which the article's countries do not support (%s)",
                                    m.surface(), m.place().name(), m.place().country(), m.review());
                    items.add(new Item(Kind.AMBIGUOUS_PLACE, m.surface(), why, m.evidence()));
                }
                if (m.candidates().size() >= 2) {
                    double margin = m.candidates().get(0).score() - m.candidates().get(1).score();
                    if (margin < t.minMargin()) {
                        items.add(new Item(Kind.AMBIGUOUS_PLACE, m.surface(), String.format(Locale.ROOT,
                                "\"%s\": %s (%.2f) barely beats %s (%.2f)", m.surface(),
                                m.candidates().get(0).place().name(), m.candidates().get(0).score(),
                                m.candidates().get(1).place().name(), m.candidates().get(1).score()), m.evidence()));
                    }
                }
            } else if (m.status() == MentionStatus.REJECTED && isNotAPlaceDecision(m)) {
                List<PlaceChoices.Option> named = PlaceChoices.forMention(m);
                items.add(new Item(Kind.REJECTED_PLACE, m.surface(), "\"" + m.surface() + "\" rejected: " + m.rule()
                        + (named.isEmpty() ? "" : " (the gazetteer knows " + describe(named.get(0).candidate().place())
                        + ")"), m.evidence()));
            }
        }
        for (Incident i : x.incidents()) {
            Evidence first = i.evidence().get(0);
            if (!i.date().isResolved()) {
                items.add(new Item(Kind.UNRESOLVED_DATE, i.id(), "no date" + (i.date().text() == null ? ""
                        : " for \"" + i.date().text() + "\""), first));
            } else if (i.date().approxAnchor()) {
                items.add(new Item(Kind.APPROXIMATE_DATE_ANCHOR, i.id(), i.date().iso() + " anchored on an approximate publication date"
                        + (i.date().text() == null ? "" : " (from \"" + i.date().text() + "\")"), first));
            }
            if (!i.isPinned()) {
                items.add(new Item(Kind.UNPINNED, i.id(), "no place found for " + i.type().label()
                        + (i.area() == null ? "" : " (only the area: " + i.area().name() + ")"), first));
            }
            if (i.evidence().size() == 1 && (i.status() == EventStatus.ALLEGED || i.status() == EventStatus.CLAIMED
                    || i.status() == EventStatus.THREATENED)) {
                items.add(new Item(Kind.SINGLE_UNCERTAIN_SOURCE, i.id(), i.status().name().toLowerCase(Locale.ROOT)
                        + ", reported by one sentence only", first));
            }
        }
        for (Deployment d : x.deployments()) {
            if (!d.since().isResolved()) {
                items.add(new Item(Kind.UNRESOLVED_DATE, d.id(), "deployment of " + d.actor().name() + " with no date",
                        d.evidence().get(0)));
            }
        }
        items.sort(Comparator.comparing(Item::kind).thenComparing(i -> i.evidence().articleId())
                .thenComparingInt(i -> i.evidence().span().start()));
        return List.copyOf(items);
    }

    private static String describe(org.incidentatlas.model.Place p) {
        return p.name() + (p.country() == null ? "" : ", " + p.country());
    }

    /** Rejections an analyst may want to overturn: the name was taken for an outlet, a person, a seat. */
    private static boolean isNotAPlaceDecision(PlaceMention m) {
        if (m.role() == MentionRole.ORGANISATION_SEAT) {
            return true;
        }
        String r = m.rule().toLowerCase(Locale.ROOT);
        if (r.contains("outlet") || r.contains("based")) {
            return true;
        }
        // a nisba, a person's name or a common word is only worth a look when the gazetteer has a place named
        // exactly so, the places the analyst could then choose ("al-Baghdadi" the town; not "Minister" ~ Minster);
        // for a person or a word, a notable one (a town of 50,000, an area): "Ali" the person is not Ali the hamlet
        List<PlaceChoices.Option> named = PlaceChoices.forMention(m);
        if (r.contains("nisba")) {
            return !named.isEmpty();
        }
        return named.stream().map(o -> o.candidate().place())
                .anyMatch(p -> p.population() >= 50_000 || p.kind().isArea());
    }
}
