package org.incidentatlas.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;

/**
 * Replays an analyst's edits, in order, on a fresh extraction of the same corpus: the analyst's view. Pure: the
 * extraction is not changed, the machine's values stay in it and in the edits. An edit whose target is gone (the
 * pipeline changed) is not dropped silently but reported as stale; one that still applies but whose machine value
 * differs from the one recorded is applied and reported as a conflict, so the analyst can look again.
 */
public final class InvestigationEdits {
    /** Rule recorded on a mention whose place the analyst chose. */
    public static final String ANALYST_RULE = "analyst-choice";

    private InvestigationEdits() {
    }

    /**
     * The analyst's view: the edited extraction, the incidents marked wrong (hidden from the map, kept here), the
     * edits per target for the audit trail, notes, and what could not be applied.
     */
    public record AnalystView(
            Extraction extraction,
            List<Incident> markedWrong,
            Map<String, List<AnalystEdit>> editsByTarget,
            List<AnalystEdit.Note> notes,
            List<String> stale,
            List<String> conflicts) {
        public AnalystView {
            markedWrong = List.copyOf(markedWrong);
            editsByTarget = Map.copyOf(editsByTarget);
            notes = List.copyOf(notes);
            stale = List.copyOf(stale);
            conflicts = List.copyOf(conflicts);
        }

        /** The audit trail of one incident or mention, oldest first. */
        public List<AnalystEdit> history(String target) {
            return editsByTarget.getOrDefault(target, List.of());
        }
    }

    public static AnalystView apply(Extraction x, List<AnalystEdit> edits) {
        Map<String, Incident> incidents = new LinkedHashMap<>();
        x.incidents().forEach(i -> incidents.put(i.id(), i));
        List<PlaceMention> mentions = new ArrayList<>(x.mentions());
        List<Incident> wrong = new ArrayList<>();
        Map<String, List<AnalystEdit>> byTarget = new LinkedHashMap<>();
        List<AnalystEdit.Note> notes = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        int n = 0;
        for (AnalystEdit e : edits) {
            n++;
            String label = "edit " + n + " by " + e.author() + " at " + e.at() + ": ";
            byTarget.computeIfAbsent(e.target(), t -> new ArrayList<>()).add(e);
            if (e instanceof AnalystEdit.Note note) {
                notes.add(note);
            } else if (e instanceof AnalystEdit.MovePin m) {
                Incident i = incidents.get(m.incidentId());
                if (i == null) {
                    stale.add(label + "move pin: no incident " + m.incidentId());
                    continue;
                }
                String now = i.place() == null ? null : i.place().id();
                // a pin moved again (or placed by the analyst's choice) is compared with the machine's, not ours
                if (!isAnalysts(i.place()) && !Objects.equals(now, m.machinePlaceId())) {
                    conflicts.add(label + "move pin: the machine now places " + m.incidentId() + " at " + now
                            + ", not " + m.machinePlaceId());
                }
                Place p = i.place();
                Place moved = p == null
                        ? new Place("analyst:" + i.id(), "analyst pin", PlaceKind.OTHER, null, null, null, m.lat(), m.lon(), 0, 0)
                        : new Place("analyst:" + i.id(), p.name(), p.kind(), p.featureCode(), p.country(), p.admin1(),
                                m.lat(), m.lon(), p.population(), 0);
                incidents.put(i.id(), withPlace(i, moved, 1));
            } else if (e instanceof AnalystEdit.ChoosePlace c) {
                int k = indexOf(mentions, c.mention());
                if (k < 0) {
                    stale.add(label + "choose place: no mention at " + c.target());
                    continue;
                }
                PlaceMention m = mentions.get(k);
                Place chosen = m.candidates().stream().map(Candidate::place).filter(p -> p.id().equals(c.chosenPlaceId()))
                        .findFirst().orElse(null);
                if (chosen == null) {
                    stale.add(label + "choose place: " + c.chosenPlaceId() + " is no longer a candidate for \""
                            + m.surface() + "\"");
                    continue;
                }
                String before = m.place() == null ? null : m.place().id();
                if (!ANALYST_RULE.equals(m.rule()) && !Objects.equals(before, c.machinePlaceId())) {
                    conflicts.add(label + "choose place: the machine now resolves \"" + m.surface() + "\" to " + before
                            + ", not " + c.machinePlaceId());
                }
                mentions.set(k, new PlaceMention(m.evidence(), m.surface(), m.role(), MentionStatus.RESOLVED,
                        ANALYST_RULE, chosen, m.candidates(), 1.0));
                // incidents placed by this mention: same sentence and same place, or unpinned with it in their sentence
                for (Incident i : List.copyOf(incidents.values())) {
                    boolean inSentence = i.evidence().stream().anyMatch(ev -> ev.articleId().equals(m.articleId())
                            && ev.sentence() == m.evidence().sentence());
                    if (!inSentence) {
                        continue;
                    }
                    if (i.place() != null && before != null && i.place().id().equals(before)) {
                        incidents.put(i.id(), withPlace(i, chosen, i.geoPrecision()));
                    } else if (i.place() == null) {
                        incidents.put(i.id(), withPlace(i, chosen, chosen.kind().isArea() ? 3 : 1));
                    }
                }
            } else if (e instanceof AnalystEdit.EditDate d) {
                Incident i = incidents.get(d.incidentId());
                if (i == null) {
                    stale.add(label + "edit date: no incident " + d.incidentId());
                    continue;
                }
                if (d.machine() != null && !d.machine().equals(i.date())) {
                    conflicts.add(label + "edit date: the machine's date of " + i.id() + " is now " + i.date().iso());
                }
                incidents.put(i.id(), new Incident(i.id(), i.type(), d.analyst(), i.place(), i.geoPrecision(), i.actors(),
                        i.fatalities(), i.status(), i.evidence(), i.sources(), i.mergeNote(), i.area()));
            } else if (e instanceof AnalystEdit.EditType t) {
                Incident i = incidents.get(t.incidentId());
                if (i == null) {
                    stale.add(label + "edit type: no incident " + t.incidentId());
                    continue;
                }
                if (t.machine() != null && !t.machine().equals(i.type())) {
                    conflicts.add(label + "edit type: the machine's type of " + i.id() + " is now " + i.type().label());
                }
                incidents.put(i.id(), new Incident(i.id(), t.analyst(), i.date(), i.place(), i.geoPrecision(), i.actors(),
                        i.fatalities(), i.status(), i.evidence(), i.sources(), i.mergeNote(), i.area()));
            } else if (e instanceof AnalystEdit.MarkWrong w) {
                Incident i = incidents.remove(w.incidentId());
                if (i == null) {
                    stale.add(label + "mark wrong: no incident " + w.incidentId());
                } else {
                    wrong.add(i);
                }
            } else if (e instanceof AnalystEdit.Merge m) {
                List<Incident> parts = new ArrayList<>();
                for (String id : m.incidentIds()) {
                    Incident i = incidents.get(id);
                    if (i != null) {
                        parts.add(i);
                    }
                }
                if (parts.size() < 2) {
                    stale.add(label + "merge: fewer than two of " + m.incidentIds() + " remain");
                    continue;
                }
                if (parts.size() < m.incidentIds().size()) {
                    conflicts.add(label + "merge: only " + parts.size() + " of " + m.incidentIds() + " remain");
                }
                Incident merged = merge(m, parts);
                Map<String, Incident> rebuilt = new LinkedHashMap<>();
                for (Map.Entry<String, Incident> en : incidents.entrySet()) {
                    if (en.getKey().equals(parts.get(0).id())) {
                        rebuilt.put(merged.id(), merged);
                    } else if (parts.stream().noneMatch(p -> p.id().equals(en.getKey()))) {
                        rebuilt.put(en.getKey(), en.getValue());
                    }
                }
                incidents.clear();
                incidents.putAll(rebuilt);
            } else if (e instanceof AnalystEdit.Split s) {
                Incident i = incidents.get(s.incidentId());
                if (i == null || !i.evidence().containsAll(s.detached()) || s.detached().containsAll(i.evidence())) {
                    stale.add(label + "split: " + s.incidentId() + (i == null ? " is gone"
                            : " does not hold that evidence (or would be left without any)"));
                    continue;
                }
                List<Evidence> kept = new ArrayList<>(i.evidence());
                kept.removeAll(s.detached());
                Incident rest = new Incident(i.id(), i.type(), i.date(), i.place(), i.geoPrecision(), i.actors(),
                        i.fatalities(), i.status(), kept, sourcesOf(kept), i.mergeNote(), i.area());
                Incident split = new Incident(s.newId(), i.type(), i.date(), i.place(), i.geoPrecision(), i.actors(),
                        i.fatalities(), i.status(), s.detached(), sourcesOf(s.detached()),
                        "split from " + i.id() + " by " + s.author(), i.area());
                Map<String, Incident> rebuilt = new LinkedHashMap<>();
                for (Map.Entry<String, Incident> en : incidents.entrySet()) {
                    if (en.getKey().equals(i.id())) {
                        rebuilt.put(rest.id(), rest);
                        rebuilt.put(split.id(), split);
                    } else {
                        rebuilt.put(en.getKey(), en.getValue());
                    }
                }
                incidents.clear();
                incidents.putAll(rebuilt);
            }
        }
        Extraction edited = new Extraction(x.articles(), mentions, List.copyOf(incidents.values()), x.deployments(),
                x.problems());
        Map<String, List<AnalystEdit>> frozen = new LinkedHashMap<>();
        byTarget.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new AnalystView(edited, wrong, frozen, notes, stale, conflicts);
    }

    private static boolean isAnalysts(Place p) {
        return p != null && p.id().startsWith("analyst:");
    }

    /**
     * The audit trail of one incident, oldest first: the edits made to it by id (date, type, pin, wrong, notes), the
     * merge that made it or the split that detached it, and the place choices for mentions in its sentences.
     */
    public static List<AnalystEdit> historyOf(List<AnalystEdit> edits, Incident i) {
        List<AnalystEdit> out = new ArrayList<>();
        for (AnalystEdit e : edits) {
            boolean mine = e.target().equals(i.id())
                    || e instanceof AnalystEdit.Split s && s.newId().equals(i.id())
                    || e instanceof AnalystEdit.ChoosePlace c && i.evidence().stream().anyMatch(ev ->
                    ev.articleId().equals(c.mention().articleId()) && ev.sentence() == c.mention().sentence());
            if (mine) {
                out.add(e);
            }
        }
        return out;
    }

    /** One line of the audit trail: when (UTC), who, and what changed, with the machine's value beside it. */
    public static String describe(AnalystEdit e) {
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(e.at());
        String what;
        if (e instanceof AnalystEdit.MovePin m) {
            what = String.format(java.util.Locale.ROOT, "moved the pin to %.4f, %.4f (machine: %s)", m.lat(), m.lon(),
                    m.machineLat() == null ? "not pinned" : String.format(java.util.Locale.ROOT, "%.4f, %.4f",
                            m.machineLat(), m.machineLon()));
        } else if (e instanceof AnalystEdit.ChoosePlace c) {
            what = "chose " + c.chosenPlaceId() + " for the mention at " + c.target() + " (machine: "
                    + (c.machinePlaceId() == null ? "none" : c.machinePlaceId()) + ")";
        } else if (e instanceof AnalystEdit.EditDate d) {
            what = "set the date to " + iso(d.analyst()) + " (machine: " + iso(d.machine()) + ")";
        } else if (e instanceof AnalystEdit.EditType t) {
            what = "set the type to " + t.analyst().label() + " (machine: "
                    + (t.machine() == null ? "none" : t.machine().label()) + ")";
        } else if (e instanceof AnalystEdit.MarkWrong w) {
            what = "marked it wrong" + (w.reason() == null || w.reason().isBlank() ? "" : ": " + w.reason());
        } else if (e instanceof AnalystEdit.Merge m) {
            what = "merged " + String.join(", ", m.incidentIds()) + " into " + m.mergedId();
        } else if (e instanceof AnalystEdit.Split s) {
            what = "split " + s.detached().size() + " sentence(s) of " + s.incidentId() + " into " + s.newId();
        } else {
            what = "note: " + ((AnalystEdit.Note) e).text();
        }
        return when + " " + e.author() + ": " + what;
    }

    private static String iso(org.incidentatlas.model.EventDate d) {
        return d == null || d.iso() == null ? "unknown" : d.iso();
    }

    /** A pinned incident needs no area: the area only says where an unpinned one lies. */
    private static Incident withPlace(Incident i, Place p, int geoPrecision) {
        return new Incident(i.id(), i.type(), i.date(), p, geoPrecision, i.actors(), i.fatalities(), i.status(),
                i.evidence(), i.sources(), i.mergeNote(), null);
    }

    private static Incident merge(AnalystEdit.Merge m, List<Incident> parts) {
        Incident first = parts.get(0);
        Map<String, Actor> actors = new LinkedHashMap<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Integer fatalities = null;
        for (Incident p : parts) {
            p.actors().forEach(a -> actors.putIfAbsent(a.id() != null ? a.id() : a.name(), a));
            evidence.addAll(p.evidence());
            sources.addAll(p.sources());
            if (p.fatalities() != null) {
                fatalities = fatalities == null ? p.fatalities() : Math.max(fatalities, p.fatalities());
            }
        }
        String note = "merged by " + m.author() + " from " + String.join(", ", parts.stream().map(Incident::id).toList());
        return new Incident(m.mergedId(), first.type(), first.date(), first.place(), first.geoPrecision(),
                List.copyOf(actors.values()), fatalities, first.status(), List.copyOf(evidence), List.copyOf(sources), note,
                first.area());
    }

    private static List<String> sourcesOf(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::articleId).distinct().toList();
    }

    private static int indexOf(List<PlaceMention> mentions, Evidence e) {
        for (int k = 0; k < mentions.size(); k++) {
            Evidence m = mentions.get(k).evidence();
            if (m.articleId().equals(e.articleId()) && m.span().equals(e.span())) {
                return k;
            }
        }
        return -1;
    }
}
