package org.incidentatlas.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;

/**
 * The incidents of one extraction, indexed once so that filtering and counting facets over 100k incidents is a
 * single pass over int arrays (see {@code docs/exports.md} for measured times). Facet values are interned into
 * dictionaries; the free text of each incident (type, place, actors, quoted sentences) is folded once into a
 * {@link SearchKey} index. Pure and immutable: build a new one for a new extraction.
 */
public final class IncidentFilter {
    /** The facets that have counts. Time and text are constraints without counts (the timeline shows time). */
    public enum Facet { EVENT_TYPE, SUB_EVENT_TYPE, ACTOR, STATUS, PUBLISHER, GEO_PRECISION, DATE_PRECISION }

    static final String UNKNOWN_PUBLISHER = "(unknown)";
    private static final int FACETS = Facet.values().length;
    private static final int TIME = FACETS;
    private static final int TEXT = FACETS + 1;

    private final Extraction extraction;
    private final List<Incident> incidents;
    final Dictionary[] dictionaries = new Dictionary[FACETS];
    /** Per facet, per incident: the value ids (most facets have exactly one). */
    final int[][][] values = new int[FACETS][][];
    final long[] start;
    final long[] end;
    final boolean[] dated;
    final String[] text;
    /** The last text query and what it matched: facet clicks and brushing then skip the text scan. */
    private volatile TextMatches lastText;

    private record TextMatches(String query, BitSet matches) {
    }

    public IncidentFilter(Extraction x) {
        this.extraction = x;
        this.incidents = x.incidents();
        int n = incidents.size();
        for (int f = 0; f < FACETS; f++) {
            dictionaries[f] = new Dictionary();
            values[f] = new int[n][];
        }
        start = new long[n];
        end = new long[n];
        dated = new boolean[n];
        text = new String[n];
        Map<String, Article> articles = new HashMap<>();
        for (Article a : x.articles()) {
            articles.put(a.id(), a);
        }
        for (int i = 0; i < n; i++) {
            Incident inc = incidents.get(i);
            one(Facet.EVENT_TYPE, i, inc.type().type());
            one(Facet.SUB_EVENT_TYPE, i, inc.type().subType());
            Set<String> actorNames = new LinkedHashSet<>();
            inc.actors().forEach(a -> actorNames.add(a.name()));
            many(Facet.ACTOR, i, actorNames);
            one(Facet.STATUS, i, key(inc.status()));
            Set<String> publishers = new LinkedHashSet<>();
            for (String s : inc.sources()) {
                publishers.add(publisher(articles.get(s)));
            }
            many(Facet.PUBLISHER, i, publishers);
            one(Facet.GEO_PRECISION, i, String.valueOf(inc.isPinned() ? inc.geoPrecision() : 0));
            one(Facet.DATE_PRECISION, i, key(inc.date().precision()));
            dated[i] = inc.date().isResolved();
            if (dated[i]) {
                start[i] = inc.date().start().toEpochDay();
                end[i] = inc.date().openEnd() ? Long.MAX_VALUE : inc.date().end().toEpochDay();
            }
        }
        // the text index is most of the build time: chunks in parallel, each with its own word cache
        int chunk = 4096;
        WrittenNames written = WrittenNames.of(x);
        java.util.stream.IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> {
            SearchKey.Indexer indexer = new SearchKey.Indexer();
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                text[i] = indexer.index(searchable(incidents.get(i), articles, written));
            }
        });
    }

    /** The incidents this filter was built over, in extraction order. */
    public List<Incident> incidents() {
        return incidents;
    }

    /** Indexes (into {@link #incidents()}) of the incidents that pass every constraint. */
    public BitSet select(FilterState f) {
        Compiled c = compile(f);
        BitSet out = new BitSet(incidents.size());
        for (int i = 0; i < incidents.size(); i++) {
            if (c.failures(this, i) == 0) {
                out.set(i);
            }
        }
        return out;
    }

    public List<Incident> shown(FilterState f) {
        BitSet b = select(f);
        List<Incident> out = new ArrayList<>(b.cardinality());
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
            out.add(incidents.get(i));
        }
        return out;
    }

    /**
     * "What is shown" as an extraction for the exporters: the incidents that pass, the deployments that pass the
     * constraints that apply to them (time, actor, publisher, text), the mentions of the articles still cited,
     * and all articles (evidence needs them). With no constraint it is the extraction itself.
     */
    public Extraction apply(FilterState f) {
        if (f.isEmpty()) {
            return extraction;
        }
        List<Incident> shown = shown(f);
        Compiled c = compile(f);
        Map<String, Article> articles = new HashMap<>();
        extraction.articles().forEach(a -> articles.put(a.id(), a));
        List<Deployment> deployments = new ArrayList<>();
        for (Deployment d : extraction.deployments()) {
            if (c.passes(d, articles)) {
                deployments.add(d);
            }
        }
        Set<String> cited = new HashSet<>();
        shown.forEach(i -> i.evidence().forEach(e -> cited.add(e.articleId())));
        deployments.forEach(d -> d.evidence().forEach(e -> cited.add(e.articleId())));
        List<PlaceMention> mentions = extraction.mentions().stream().filter(m -> cited.contains(m.articleId())).toList();
        return new Extraction(extraction.articles(), mentions, shown, deployments, extraction.problems());
    }

    /** Counts per facet value under the filter, plus how many are shown and the timeline histogram. */
    public FacetCounts count(FilterState f) {
        return evaluate(f).counts();
    }

    /** What a view needs after every filter change, in one pass: the shown incidents and all counts. */
    public record Evaluation(BitSet shown, FacetCounts counts) {
    }

    public Evaluation evaluate(FilterState f) {
        BitSet selected = new BitSet(incidents.size());
        Compiled c = compile(f);
        int[][] counts = new int[FACETS][];
        for (int k = 0; k < FACETS; k++) {
            counts[k] = new int[dictionaries[k].size()];
        }
        Map<Long, int[]> months = new HashMap<>();
        int shown = 0;
        int undated = 0;
        for (int i = 0; i < incidents.size(); i++) {
            int failed = c.failures(this, i);
            int mask = c.lastMask;
            if (failed == 0) {
                shown++;
                selected.set(i);
                for (int k = 0; k < FACETS; k++) {
                    for (int v : values[k][i]) {
                        counts[k][v]++;
                    }
                }
            } else if (failed == 1 && mask < FACETS) {
                // multi-select facets: a value counts what choosing it would add, ignoring the facet's own filter
                for (int v : values[mask][i]) {
                    counts[mask][v]++;
                }
            }
            if (failed == 0 || (failed == 1 && mask == TIME)) {
                if (dated[i]) {
                    months.computeIfAbsent(epochMonth(start[i]), m -> new int[1])[0]++;
                } else {
                    undated++;
                }
            }
        }
        return new Evaluation(selected, FacetCounts.of(this, counts, shown, incidents.size(), months, undated));
    }

    static long epochMonth(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    private Compiled compile(FilterState f) {
        boolean[][] allowed = new boolean[FACETS][];
        allowed[Facet.EVENT_TYPE.ordinal()] = allow(Facet.EVENT_TYPE, f.eventTypes());
        allowed[Facet.SUB_EVENT_TYPE.ordinal()] = allow(Facet.SUB_EVENT_TYPE, f.subEventTypes());
        allowed[Facet.ACTOR.ordinal()] = allow(Facet.ACTOR, f.actors());
        allowed[Facet.STATUS.ordinal()] = allow(Facet.STATUS, keys(f.statuses()));
        allowed[Facet.PUBLISHER.ordinal()] = allow(Facet.PUBLISHER, f.publishers());
        Set<String> geo = new HashSet<>();
        f.geoPrecisions().forEach(g -> geo.add(String.valueOf(g)));
        allowed[Facet.GEO_PRECISION.ordinal()] = allow(Facet.GEO_PRECISION, geo);
        allowed[Facet.DATE_PRECISION.ordinal()] = allow(Facet.DATE_PRECISION, keys(f.datePrecisions()));
        long from = f.window().from() == null ? Long.MIN_VALUE : f.window().from().toEpochDay();
        long to = f.window().to() == null ? Long.MAX_VALUE : f.window().to().toEpochDay();
        return new Compiled(allowed, !f.window().isAll() || !f.includeUndated(), from, to, f.includeUndated(),
                textMatches(f.text()), SearchKey.query(f.text()), f);
    }

    private BitSet textMatches(String query) {
        SearchKey.Query q = SearchKey.query(query);
        if (q.isEmpty()) {
            return null;
        }
        TextMatches last = lastText;
        if (last != null && last.query().equals(query)) {
            return last.matches();
        }
        BitSet m = new BitSet(text.length);
        for (int i = 0; i < text.length; i++) {
            if (q.matches(text[i])) {
                m.set(i);
            }
        }
        lastText = new TextMatches(query, m);
        return m;
    }

    private boolean[] allow(Facet facet, Set<String> chosen) {
        if (chosen.isEmpty()) {
            return null;
        }
        Dictionary d = dictionaries[facet.ordinal()];
        boolean[] a = new boolean[d.size()];
        for (String s : chosen) {
            Integer id = d.ids.get(s);
            if (id != null) {
                a[id] = true;
            }
        }
        return a;
    }

    /** A filter turned into lookups; {@code lastMask} is the one failed constraint when exactly one failed. */
    private static final class Compiled {
        final boolean[][] allowed;
        final boolean timeActive;
        final long from;
        final long to;
        final boolean includeUndated;
        final BitSet textMatches;
        final SearchKey.Query query;
        final FilterState state;
        int lastMask;

        Compiled(boolean[][] allowed, boolean timeActive, long from, long to, boolean includeUndated,
                 BitSet textMatches, SearchKey.Query query, FilterState state) {
            this.allowed = allowed;
            this.timeActive = timeActive;
            this.from = from;
            this.to = to;
            this.includeUndated = includeUndated;
            this.textMatches = textMatches;
            this.query = query.isEmpty() ? null : query;
            this.state = state;
        }

        /** How many constraints incident {@code i} fails, stopping at two (enough for facet counting). */
        int failures(IncidentFilter x, int i) {
            int failed = 0;
            lastMask = -1;
            for (int k = 0; k < FACETS; k++) {
                boolean[] a = allowed[k];
                if (a != null && !any(a, x.values[k][i])) {
                    failed++;
                    lastMask = k;
                    if (failed > 1) {
                        return failed;
                    }
                }
            }
            if (timeActive && !(x.dated[i] ? x.start[i] <= to && x.end[i] >= from : includeUndated)) {
                failed++;
                lastMask = TIME;
                if (failed > 1) {
                    return failed;
                }
            }
            if (textMatches != null && !textMatches.get(i)) {
                failed++;
                lastMask = TEXT;
            }
            return failed;
        }

        private static boolean any(boolean[] allowed, int[] ids) {
            for (int id : ids) {
                if (allowed[id]) {
                    return true;
                }
            }
            return false;
        }

        boolean passes(Deployment d, Map<String, Article> articles) {
            FilterState f = state;
            if (!f.actors().isEmpty() && !f.actors().contains(d.actor().name())) {
                return false;
            }
            if (!f.publishers().isEmpty() && d.evidence().stream()
                    .noneMatch(e -> f.publishers().contains(publisher(articles.get(e.articleId()))))) {
                return false;
            }
            if (timeActive) {
                if (d.since().isResolved()) {
                    long s = d.since().start().toEpochDay();
                    long e = d.since().openEnd() ? Long.MAX_VALUE : d.since().end().toEpochDay();
                    if (s > to || e < from) {
                        return false;
                    }
                } else if (!includeUndated) {
                    return false;
                }
            }
            if (query != null) {
                StringBuilder b = new StringBuilder(d.actor().name());
                if (d.place() != null) {
                    b.append(' ').append(d.place().name());
                }
                return query.matches(SearchKey.index(b.toString()));
            }
            return true;
        }
    }

    private void one(Facet f, int i, String value) {
        values[f.ordinal()][i] = new int[]{dictionaries[f.ordinal()].id(value)};
    }

    private void many(Facet f, int i, Set<String> vals) {
        int[] ids = new int[vals.size()];
        int k = 0;
        for (String v : vals) {
            ids[k++] = dictionaries[f.ordinal()].id(v);
        }
        values[f.ordinal()][i] = ids;
    }

    private static String searchable(Incident inc, Map<String, Article> articles, WrittenNames written) {
        StringBuilder b = new StringBuilder(256);
        b.append(inc.type().type()).append(' ').append(inc.type().subType());
        if (inc.place() != null) {
            b.append(' ').append(inc.place().name()).append(' ').append(written.place(inc.place().id()));
        }
        if (inc.area() != null) {
            b.append(' ').append(inc.area().name()).append(' ').append(written.place(inc.area().id()));
        }
        for (Actor a : inc.actors()) {
            b.append(' ').append(a.name()).append(' ').append(written.actor(a.id()));
        }
        if (inc.date().text() != null) {
            b.append(' ').append(inc.date().text());
        }
        for (Evidence e : inc.evidence()) {
            Article a = articles.get(e.articleId());
            if (a != null && e.sentence() >= 0 && e.sentence() < a.sentences().size()) {
                b.append(' ').append(a.sentences().get(e.sentence()).of(a.text()));
            }
        }
        return b.toString();
    }

    static String publisher(Article a) {
        return a == null || a.publisher() == null || a.publisher().isBlank() ? UNKNOWN_PUBLISHER : a.publisher();
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> keys(Set<? extends Enum<?>> set) {
        Set<String> out = new HashSet<>();
        set.forEach(e -> out.add(key(e)));
        return out;
    }

    /** Interned facet values, ids in order of first appearance. */
    static final class Dictionary {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> names = new ArrayList<>();

        int id(String name) {
            return ids.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        int size() {
            return names.size();
        }
    }
}
