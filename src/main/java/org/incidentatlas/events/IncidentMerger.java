package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;

/**
 * Joins reports of the same incident from several articles: same coarse type (the part before ':'), places
 * within {@value #MAX_KM} km (or the same country for unpinned ones), and overlapping dates (a day either way
 * for day-precise dates). Undated reports never merge across articles: nothing shows they are the same event.
 * Each source keeps its own evidence; the merged incident's {@code mergeNote} says why and lists the original
 * ids, and {@link #mergeWithMembers} returns the originals so a merge can be undone. Pure.
 */
public final class IncidentMerger {
    public static final double MAX_KM = 25;

    /** Merged incidents, and for each merged id the incidents it was made of (only for actual merges). */
    public record Merged(List<Incident> incidents, Map<String, List<Incident>> members) {
        public Merged {
            incidents = List.copyOf(incidents);
            members = Map.copyOf(members);
        }
    }

    private IncidentMerger() {
    }

    public static List<Incident> merge(List<Incident> incidents) {
        return mergeWithMembers(incidents).incidents();
    }

    public static Merged mergeWithMembers(List<Incident> incidents) {
        List<List<Incident>> groups = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        // A group takes an incident only if its first member does, so only groups whose first member shares the
        // coarse type, a 0.25° cell (or the area) and a month can take it: an index on those keys keeps merging
        // near-linear where trying every group made 100k incidents take hours. Candidates are still tried in the
        // order the groups were made, so the result is the same as trying them all.
        Map<String, List<Integer>> index = new java.util.HashMap<>();
        for (Incident i : incidents) {
            boolean placed = false;
            for (int g : candidateGroups(i, index)) {
                List<Incident> group = groups.get(g);
                String why = null;
                for (Incident o : group) {
                    why = sameIncident(o, i);
                    if (why == null) {
                        break;
                    }
                }
                if (why != null) {
                    group.add(i);
                    reasons.get(g).add(why);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                groups.add(new ArrayList<>(List.of(i)));
                reasons.add(new ArrayList<>());
                for (String k : keys(i, false)) {
                    index.computeIfAbsent(k, x -> new ArrayList<>()).add(groups.size() - 1);
                }
            }
        }
        List<Incident> out = new ArrayList<>();
        Map<String, List<Incident>> members = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Incident> group = groups.get(g);
            if (group.size() == 1) {
                out.add(group.get(0));
                continue;
            }
            Incident m = combine(group, reasons.get(g));
            out.add(m);
            members.put(m.id(), List.copyOf(group));
        }
        return new Merged(out, members);
    }

    private static final double CELL_DEG = 0.25;
    private static final int LON_CELLS = (int) Math.round(360 / CELL_DEG);
    /** Beyond this many months a date is indexed (and looked up) by place alone. */
    private static final int MAX_MONTHS = 36;

    /** Indexes of the groups, in the order they were made, whose first member could take {@code i}. */
    private static int[] candidateGroups(Incident i, Map<String, List<Integer>> index) {
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        for (String k : keys(i, true)) {
            List<Integer> gs = index.get(k);
            if (gs != null) {
                found.addAll(gs);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Index keys. Stored ({@code query} false) under the incident's own cell; looked up in every cell within
     * {@value #MAX_KM} km, so two incidents that {@link #sameIncident} could join always share a key. Months run
     * over the dates widened by the one day of slack; long spans go under "*" and a long query reads all of a
     * cell's groups ("all"). No keys for what can never merge: unresolved dates, nothing placed. Public so that a
     * distributed merge (package {@code spark}) can put every pair that could merge into the same group.
     */
    public static List<String> keys(Incident i, boolean query) {
        List<String> out = new ArrayList<>();
        EventDate d = i.date();
        if (!d.isResolved()) {
            return out;
        }
        List<String> places = new ArrayList<>();
        String type = coarse(i);
        if (i.place() != null) {
            double lat = i.place().lat();
            double lon = i.place().lon();
            int row = (int) Math.floor(lat / CELL_DEG);
            int col = (int) Math.floor(lon / CELL_DEG);
            if (!query) {
                places.add(type + "|" + row + "|" + (polar(row) ? 0 : Math.floorMod(col, LON_CELLS)));
            } else {
                // 25 km is under 0.23° of latitude; of longitude it is that over cos(latitude), plus a cell of margin.
                double cos = Math.cos(Math.toRadians(Math.min(90, Math.abs(lat) + 0.5)));
                int span = (int) Math.ceil(0.23 / Math.max(cos, 1e-9) / CELL_DEG) + 1;
                for (int r = row - 1; r <= row + 1; r++) {
                    if (polar(r) || span * 2 + 1 >= LON_CELLS) {
                        if (polar(r)) {
                            places.add(type + "|" + r + "|0");
                        } else {
                            for (int c = 0; c < LON_CELLS; c++) {
                                places.add(type + "|" + r + "|" + c);
                            }
                        }
                        continue;
                    }
                    for (int c = col - span; c <= col + span; c++) {
                        places.add(type + "|" + r + "|" + Math.floorMod(c, LON_CELLS));
                    }
                }
            }
        } else if (i.area() != null) {
            places.add(type + "|area|" + i.area().id());
        } else {
            return out;
        }
        java.time.YearMonth first = java.time.YearMonth.from(query ? d.start() : d.start().minusDays(1));
        java.time.YearMonth last = java.time.YearMonth.from(query ? d.end() : d.end().plusDays(1));
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        for (String p : places) {
            if (months > MAX_MONTHS) {
                out.add(p + (query ? "|all" : "|*"));
                if (!query) {
                    out.add(p + "|all");
                }
                continue;
            }
            if (query) {
                out.add(p + "|*");
            } else {
                out.add(p + "|all");
            }
            for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                out.add(p + "|" + m);
            }
        }
        return out;
    }

    /** Rows within a degree of a pole: longitude cells there are too narrow to index by, so one cell per row. */
    private static boolean polar(int row) {
        return Math.abs((row + 0.5) * CELL_DEG) > 89;
    }

    /** Why {@code a} and {@code b} are one incident, or null if they are not. */
    static String sameIncident(Incident a, Incident b) {
        if (a.sources().stream().anyMatch(b.sources()::contains)) {
            return null;
        }
        String ta = coarse(a);
        if (!ta.equals(coarse(b))) {
            return null;
        }
        EventDate x = a.date();
        EventDate y = b.date();
        if (!x.isResolved() || !y.isResolved()) {
            return null;
        }
        int slack = x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY ? 1 : 0;
        if (x.end().plusDays(slack).isBefore(y.start()) || y.end().plusDays(slack).isBefore(x.start())) {
            return null;
        }
        String where;
        if (a.place() != null && b.place() != null) {
            double km = Places.km(a.place(), b.place());
            if (km > MAX_KM) {
                return null;
            }
            where = String.format(Locale.ROOT, "%.1f km apart", km);
        } else if (a.place() == null && b.place() == null && a.area() != null && b.area() != null
                && a.area().id().equals(b.area().id())) {
            where = "both only known to be in " + a.area().name();
        } else {
            return null;
        }
        return "same type " + ta + ", " + where + ", dates overlap (" + x.iso() + " / " + y.iso() + ")";
    }

    static String coarse(Incident i) {
        return i.type().type();
    }

    private static Incident combine(List<Incident> group, List<String> reasons) {
        Incident first = group.get(0);
        Incident placeFrom = first;
        Incident dateFrom = first;
        List<Actor> actors = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        Integer fatalities = null;
        EventStatus status = first.status();
        List<String> ids = new ArrayList<>();
        for (Incident i : group) {
            ids.add(i.id());
            if (i.place() != null && (placeFrom.place() == null || Places.specificity(i.place()) < Places.specificity(placeFrom.place()))) {
                placeFrom = i;
            }
            if (i.date().precision().ordinal() < dateFrom.date().precision().ordinal()) {
                dateFrom = i;
            }
            actors.addAll(i.actors());
            evidence.addAll(i.evidence());
            sources.addAll(i.sources());
            fatalities = conservative(fatalities, i.fatalities());
            if (i.status() == EventStatus.REPORTED) {
                status = EventStatus.REPORTED;
            }
        }
        String note = "merged from " + String.join(", ", ids) + ": " + String.join("; ", reasons);
        return new Incident(first.id(), first.type(), dateFrom.date(), placeFrom.place(), placeFrom.geoPrecision(),
                RuleEventExtractor.dedupe(actors), fatalities, status, evidence, List.copyOf(sources), note,
                placeFrom.place() == null ? first.area() : null);
    }

    /** The lowest stated count; a 0 (nothing stated) only when no report gives more. */
    private static Integer conservative(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        return Math.min(a, b);
    }

    /** Deployments with the same key are one deployment: the actor and the place (or area). */
    public static String deploymentKey(Deployment d) {
        Place where = d.place() != null ? d.place() : d.area();
        String actor = d.actor().id() != null ? d.actor().id() : d.actor().name().toLowerCase(Locale.ROOT);
        return actor + "@" + (where == null ? "?" : where.id());
    }

    /** One deployment per actor and place across articles, with every article's evidence; the earliest "since" wins. */
    public static List<Deployment> mergeDeployments(List<Deployment> deployments) {
        Map<String, Deployment> byKey = new LinkedHashMap<>();
        for (Deployment d : deployments) {
            String key = deploymentKey(d);
            Deployment prev = byKey.get(key);
            if (prev == null) {
                byKey.put(key, d);
                continue;
            }
            List<Evidence> ev = new ArrayList<>(prev.evidence());
            ev.addAll(d.evidence());
            EventDate since = prev.since();
            if (d.since().isResolved() && (!since.isResolved() || d.since().start().isBefore(since.start()))) {
                since = d.since();
            }
            byKey.put(key, new Deployment(prev.id(), prev.actor(), prev.place(), Math.min(prev.geoPrecision(), d.geoPrecision()),
                    since, ev, prev.area()));
        }
        return new ArrayList<>(byKey.values());
    }
}
