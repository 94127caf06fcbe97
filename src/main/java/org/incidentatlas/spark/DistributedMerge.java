package org.incidentatlas.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.incidentatlas.events.IncidentMerger;
import org.incidentatlas.io.ModelJson;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import scala.Tuple2;

/**
 * Cross-article merging on a cluster, with the result of {@code IncidentMerger.merge} over the whole corpus.
 *
 * <p>{@code IncidentMerger} indexes each incident under keys (coarse type, 0.25° cell, month) and looks each new
 * one up under the keys of every cell within 25 km and every month its date touches; two incidents that could
 * merge always share a key. Here a key that some incident stores and some incident queries is "used"; an incident
 * ties together all the used keys it has; the connected groups of keys (found on the driver: there are far fewer
 * keys than incidents) cut the incidents into groups that no merge crosses: neighbouring cells and months fall
 * in one group exactly when an incident could bridge them. A shuffle brings each group to one task, which runs
 * {@code IncidentMerger} on it in {@code extract}'s order, so every merge decision is the one {@code extract}
 * makes. Deployments merge by their key (actor and place) the same way.
 */
final class DistributedMerge {
    private DistributedMerge() {
    }

    static JavaRDD<Item> incidents(JavaSparkContext jsc, JavaRDD<Item> incidents) {
        Set<String> used = new HashSet<>(incidents.flatMapToPair(it -> {
            Incident i = ModelJson.read(it.json, Incident.class);
            List<Tuple2<String, Integer>> out = new ArrayList<>();
            IncidentMerger.keys(i, false).forEach(k -> out.add(new Tuple2<>(k, 1)));
            IncidentMerger.keys(i, true).forEach(k -> out.add(new Tuple2<>(k, 2)));
            return out.iterator();
        }).reduceByKey((a, b) -> a | b).filter(t -> t._2() == 3).keys().collect());
        Broadcast<Set<String>> usedKeys = jsc.broadcast(used);
        List<Tuple2<String, String>> links = incidents.flatMap(it -> {
            List<String> ks = usedKeys(ModelJson.read(it.json, Incident.class), usedKeys.value());
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (int k = 1; k < ks.size(); k++) {
                out.add(new Tuple2<>(ks.get(0), ks.get(k)));
            }
            return out.iterator();
        }).distinct().collect();
        Map<String, String> roots = components(used, links);
        Broadcast<Map<String, String>> rootOf = jsc.broadcast(roots);
        return incidents.mapToPair(it -> {
            List<String> ks = usedKeys(ModelJson.read(it.json, Incident.class), usedKeys.value());
            return new Tuple2<>(ks.isEmpty() ? "alone:" + it.order : rootOf.value().get(ks.get(0)), it);
        }).groupByKey().flatMap(g -> mergeGroup(g._2()).iterator());
    }

    static JavaRDD<Item> deployments(JavaRDD<Item> deployments) {
        return deployments.mapToPair(it -> new Tuple2<>(IncidentMerger.deploymentKey(ModelJson.read(it.json, Deployment.class)), it))
                .groupByKey().map(g -> {
                    List<Item> items = sorted(g._2());
                    List<Deployment> ds = new ArrayList<>();
                    for (Item it : items) {
                        ds.add(ModelJson.read(it.json, Deployment.class));
                    }
                    List<Deployment> merged = IncidentMerger.mergeDeployments(ds);
                    if (merged.size() != 1) {
                        throw new IllegalStateException("deployments of one key merged into " + merged.size());
                    }
                    Deployment d = merged.get(0);
                    return withEvidence(items, Item.Kind.DEPLOYMENT, items.get(0).order, ModelJson.write(d), d.evidence(),
                            Item.month(d.since().start()));
                });
    }

    /** The used keys of an incident, in a fixed order. */
    private static List<String> usedKeys(Incident i, Set<String> used) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : IncidentMerger.keys(i, false)) {
            if (used.contains(k)) {
                out.add(k);
            }
        }
        for (String k : IncidentMerger.keys(i, true)) {
            if (used.contains(k)) {
                out.add(k);
            }
        }
        return new ArrayList<>(out);
    }

    /** Union-find over keys: each used key to the root of its connected group. */
    static Map<String, String> components(Set<String> keys, List<Tuple2<String, String>> links) {
        Map<String, String> parent = new HashMap<>();
        for (String k : keys) {
            parent.put(k, k);
        }
        for (Tuple2<String, String> l : links) {
            String a = find(parent, l._1());
            String b = find(parent, l._2());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> roots = new HashMap<>();
        for (String k : keys) {
            roots.put(k, find(parent, k));
        }
        return roots;
    }

    private static String find(Map<String, String> parent, String k) {
        String r = k;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        String c = k;
        while (!c.equals(r)) {
            String next = parent.get(c);
            parent.put(c, r);
            c = next;
        }
        return r;
    }

    /** One group merged in {@code extract}'s order; each merged incident takes the order of its first member. */
    static List<Item> mergeGroup(Iterable<Item> group) {
        List<Item> items = sorted(group);
        List<Incident> incidents = new ArrayList<>();
        Map<String, Item> byId = new HashMap<>();
        for (Item it : items) {
            Incident i = ModelJson.read(it.json, Incident.class);
            incidents.add(i);
            byId.put(i.id(), it);
        }
        IncidentMerger.Merged merged = IncidentMerger.mergeWithMembers(incidents);
        List<Item> out = new ArrayList<>();
        for (Incident m : merged.incidents()) {
            Item first = byId.get(m.id());
            if (!merged.members().containsKey(m.id())) {
                out.add(first);
                continue;
            }
            List<Item> members = new ArrayList<>();
            for (Incident member : merged.members().get(m.id())) {
                members.add(byId.get(member.id()));
            }
            out.add(withEvidence(members, Item.Kind.INCIDENT, first.order, ModelJson.write(m), m.evidence(),
                    Item.month(m.date().start())));
        }
        return out;
    }

    /** A merged record's item: quotes and sources looked up by evidence among its members' items. */
    private static Item withEvidence(List<Item> members, Item.Kind kind, long order, String json, List<Evidence> evidence,
            String month) {
        Map<Evidence, Integer> at = new HashMap<>();
        List<String> quotes = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Item it : members) {
            List<Evidence> ev = evidenceOf(it);
            for (int k = 0; k < ev.size(); k++) {
                if (at.putIfAbsent(ev.get(k), quotes.size()) == null) {
                    quotes.add(k < it.quotes.length ? it.quotes[k] : null);
                    starts.add(k < it.quoteStarts.length ? it.quoteStarts[k] : 0);
                    sources.add(k < it.sources.length ? it.sources[k] : null);
                }
            }
        }
        String[] q = new String[evidence.size()];
        int[] qs = new int[evidence.size()];
        String[] s = new String[evidence.size()];
        for (int k = 0; k < q.length; k++) {
            Integer i = at.get(evidence.get(k));
            q[k] = i == null ? null : quotes.get(i);
            qs[k] = i == null ? 0 : starts.get(i);
            s[k] = i == null ? null : sources.get(i);
        }
        return new Item(kind, order, json, q, qs, s, month);
    }

    private static List<Evidence> evidenceOf(Item it) {
        return it.kind == Item.Kind.INCIDENT ? ModelJson.read(it.json, Incident.class).evidence()
                : ModelJson.read(it.json, Deployment.class).evidence();
    }

    private static List<Item> sorted(Iterable<Item> items) {
        List<Item> out = new ArrayList<>();
        items.forEach(out::add);
        out.sort((a, b) -> Long.compare(a.order, b.order));
        return out;
    }
}
