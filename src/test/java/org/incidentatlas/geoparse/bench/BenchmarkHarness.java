package org.incidentatlas.geoparse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.geoparse.GeoparseOptions;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.text.SentenceSplitter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Measurement only (not a test): seeds, GeoWebNews and TR-News scores and throughput of the geoparser.
 * Args: [gazetteerDir|-] [verbose]. Benchmarks are read from ../shared, never copied.
 */
public final class BenchmarkHarness {
    static final Path SHARED = Path.of(System.getProperty("shared", "/work/shared"));
    static boolean verbose;

    public static void main(String[] args) throws Exception {
        verbose = args.length > 1 && args[1].equals("verbose");
        long t0 = System.nanoTime();
        Gazetteer g = args.length > 0 && !args[0].equals("-") ? TsvGazetteer.load(Path.of(args[0]))
                : GazetteerLoader.loadDefault();
        System.out.printf("gazetteer: %d places in %.2f s%n", g.size(), (System.nanoTime() - t0) / 1e9);
        GeoparseOptions opts = System.getProperty("aoi") != null ? GeoparseOptions.middleEast()
                : GeoparseOptions.defaults();
        Geoparser p = new GazetteerGeoparser(g, opts);
        String only = System.getProperty("only", "seeds,gwn,tr,speed");
        if (only.contains("seeds")) {
            seeds(p);
        }
        List<Doc> gwn = gwn();
        List<Doc> tr = trNews();
        if (only.contains("gwn")) {
            score("GeoWebNews", p, gwn);
        }
        if (only.contains("tr")) {
            score("TR-News", p, tr);
        }
        if (only.contains("speed")) {
            speed(p, gwn, tr);
        }
    }

    record Gold(int start, int end, String surface, double lat, double lon) {
        boolean hasCoords() {
            return !Double.isNaN(lat);
        }
    }

    record Doc(String id, String text, List<Gold> gold) {
    }

    static Article article(String id, String text) {
        return new Article(id, id, null, null, null, null, null, null, text, SentenceSplitter.split(text), List.of(),
                null);
    }

    static void seeds(Geoparser p) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(SHARED.resolve("gold/seeds.json").toFile());
        int required = 0;
        int found = 0;
        int violations = 0;
        var it = gold.get("articles").fields();
        while (it.hasNext()) {
            var e = it.next();
            String text = Files.readString(SHARED.resolve("corpus").resolve(e.getKey()));
            List<PlaceMention> ms = p.parse(article(e.getKey(), text));
            for (JsonNode g : e.getValue().get("places")) {
                boolean optional = g.path("optional").asBoolean(false);
                String surface = g.get("surface").asText();
                double tol = g.get("tolerance_km").asDouble();
                boolean ok = false;
                String seen = "";
                for (PlaceMention m : ms) {
                    if (m.surface().equalsIgnoreCase(surface)) {
                        if (m.isResolved() && km(m.place().lat(), m.place().lon(), g.get("lat").asDouble(),
                                g.get("lon").asDouble()) <= tol) {
                            ok = true;
                        } else {
                            seen += " " + m.status() + "/" + m.rule() + (m.place() != null ? "/" + m.place().name()
                                    + "(" + m.place().id() + ")" : "");
                        }
                    }
                }
                if (!optional) {
                    required++;
                    if (ok) {
                        found++;
                    }
                }
                if (!ok) {
                    System.out.printf("  seeds %s: %s %s missing%s%n", e.getKey().substring(0, 3), optional ? "(opt)"
                            : "REQUIRED", surface, seen);
                }
            }
            for (JsonNode np : e.getValue().get("not_places")) {
                String s = np.get("surface").asText();
                for (PlaceMention m : ms) {
                    if (!m.isResolved()) {
                        continue;
                    }
                    boolean inside = false;
                    int idx = text.indexOf(s);
                    while (idx >= 0) {
                        if (m.span().start() >= idx && m.span().end() <= idx + s.length()) {
                            inside = true;
                        }
                        idx = text.indexOf(s, idx + 1);
                    }
                    if (m.surface().equalsIgnoreCase(s) || inside) {
                        violations++;
                        System.out.printf("  seeds %s: NOT_PLACE %s resolved as %s (%s)%n", e.getKey().substring(0, 3),
                                m.surface(), m.place().name(), m.rule());
                    }
                }
            }
            if (verbose) {
                for (PlaceMention m : ms) {
                    System.out.printf("    %s %-28s %-9s %-16s %s%n", e.getKey().substring(0, 3), m.surface(), m.status(),
                            m.rule(), m.place() == null ? "" : m.place().name() + " " + m.place().id() + " " + m.role());
                }
            }
        }
        System.out.printf("SEEDS: required found %d/%d, not_places resolved: %d%n", found, required, violations);
    }

    static List<Doc> gwn() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(SHARED.resolve("benchmarks/geowebnews/GWN.xml").toFile());
        List<Doc> docs = new ArrayList<>();
        NodeList arts = d.getElementsByTagName("article");
        java.util.Set<String> types = java.util.Set.of("Literal", "Mixed", "Metonymic", "Literal_Modifier",
                "Non_Literal_Modifier", "Embedded_Literal", "Embedded_Non_Lit", "Coercion", "Demonym", "Homonym",
                "Language");
        for (int i = 0; i < arts.getLength(); i++) {
            Element a = (Element) arts.item(i);
            String text = a.getElementsByTagName("text").item(0).getTextContent();
            List<Gold> gold = new ArrayList<>();
            NodeList tops = a.getElementsByTagName("toponym");
            for (int k = 0; k < tops.getLength(); k++) {
                Element t = (Element) tops.item(k);
                String type = child(t, "type");
                if (!types.contains(type)) {
                    continue;
                }
                String lat = child(t, "latitude");
                String lon = child(t, "longitude");
                gold.add(new Gold(Integer.parseInt(child(t, "start")), Integer.parseInt(child(t, "end")),
                        child(t, "extractedName"), lat == null || lat.isEmpty() ? Double.NaN : Double.parseDouble(lat),
                        lon == null || lon.isEmpty() ? Double.NaN : Double.parseDouble(lon)));
            }
            docs.add(new Doc("gwn" + a.getAttribute("file"), text, gold));
        }
        return docs;
    }

    static List<Doc> trNews() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(SHARED.resolve("benchmarks/tr-news/TR-News.xml").toFile());
        List<Doc> docs = new ArrayList<>();
        NodeList arts = d.getElementsByTagName("article");
        for (int i = 0; i < arts.getLength(); i++) {
            Element a = (Element) arts.item(i);
            String text = a.getElementsByTagName("text").item(0).getTextContent();
            List<Gold> gold = new ArrayList<>();
            NodeList tops = a.getElementsByTagName("toponym");
            for (int k = 0; k < tops.getLength(); k++) {
                Element t = (Element) tops.item(k);
                String phrase = child(t, "phrase");
                int start = Integer.parseInt(child(t, "start"));
                int s = align(text, phrase, start);
                if (s < 0) {
                    continue;
                }
                String lat = child(t, "lat");
                String lon = child(t, "lon");
                gold.add(new Gold(s, s + phrase.length(), phrase,
                        lat == null ? Double.NaN : Double.parseDouble(lat), lon == null ? Double.NaN : Double.parseDouble(lon)));
            }
            docs.add(new Doc("tr" + a.getAttribute("docid"), text, gold));
        }
        return docs;
    }

    static int align(String text, String phrase, int start) {
        for (int delta = 0; delta <= 12; delta++) {
            int s = start - delta;
            if (s >= 0 && s + phrase.length() <= text.length() && text.startsWith(phrase, s)) {
                return s;
            }
        }
        return -1;
    }

    static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().trim();
    }

    static void score(String name, Geoparser p, List<Doc> docs) {
        int goldN = 0;
        int predN = 0;
        int exactTp = 0;
        int overlapTpGold = 0;
        int overlapTpPred = 0;
        int withCoords = 0;
        int strict = 0;
        int resolvedMatched = 0;
        int within = 0;
        java.util.Map<String, Integer> fp = new java.util.TreeMap<>();
        java.util.Map<String, Integer> fn = new java.util.TreeMap<>();
        java.util.Map<String, Integer> far = new java.util.TreeMap<>();
        java.util.Map<String, Integer> farByKind = new java.util.TreeMap<>();
        java.util.Map<String, Integer> rejectedFn = new java.util.TreeMap<>();
        java.util.Map<String, String> rejectedFnEx = new java.util.TreeMap<>();
        java.io.PrintWriter farLog = verbose ? newLog("/tmp/far-" + name + ".txt") : null;
        java.io.PrintWriter fnLog = verbose ? newLog("/tmp/fn-" + name + ".txt") : null;
        java.io.PrintWriter fpLog = verbose ? newLog("/tmp/fp-" + name + ".txt") : null;
        for (Doc d : docs) {
            List<PlaceMention> all = p.parse(article(d.id, d.text));
            List<PlaceMention> ms = all.stream().filter(PlaceMention::isResolved).toList();
            predN += ms.size();
            goldN += d.gold.size();
            boolean[] predHit = new boolean[ms.size()];
            for (Gold g : d.gold) {
                PlaceMention hit = null;
                boolean exact = false;
                for (int i = 0; i < ms.size(); i++) {
                    PlaceMention m = ms.get(i);
                    if (m.span().start() < g.end && g.start < m.span().end()) {
                        predHit[i] = true;
                        if (hit == null || (m.span().start() == g.start && m.span().end() == g.end)) {
                            hit = m;
                        }
                        if (m.span().start() == g.start && m.span().end() == g.end) {
                            exact = true;
                        }
                    }
                }
                if (exact) {
                    exactTp++;
                }
                if (hit != null) {
                    overlapTpGold++;
                } else {
                    fn.merge(g.surface, 1, Integer::sum);
                    for (PlaceMention r : all) {
                        if (!r.isResolved() && r.span().start() < g.end && g.start < r.span().end()) {
                            rejectedFn.merge(r.rule(), 1, Integer::sum);
                            rejectedFnEx.merge(r.rule(), g.surface + " ", String::concat);
                        }
                    }
                    if (fnLog != null) {
                        int a = Math.max(0, Math.min(d.text.length(), g.start - 60));
                        int b = Math.max(a, Math.min(d.text.length(), g.end + 40));
                        fnLog.printf("%s\t%s\t%s%n", d.id, g.surface, d.text.substring(a, b).replace('\n', ' '));
                    }
                }
                if (g.hasCoords()) {
                    withCoords++;
                    if (hit != null) {
                        resolvedMatched++;
                        double km = km(hit.place().lat(), hit.place().lon(), g.lat, g.lon);
                        if (km <= 161) {
                            within++;
                            strict++;
                        } else {
                            far.merge(g.surface + "→" + hit.place().name() + "/" + hit.place().country(), 1, Integer::sum);
                            farByKind.merge(hit.place().kind().name(), 1, Integer::sum);
                            if (farLog != null) {
                                farLog.printf(Locale.ROOT, "%s\t%s\t%.0f km\t%s %s (%.2f,%.2f) gold (%.2f,%.2f) %s%n", d.id,
                                        g.surface, km, hit.place().id(), hit.place().name(), hit.place().lat(),
                                        hit.place().lon(), g.lat, g.lon, hit.rule());
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < ms.size(); i++) {
                if (predHit[i]) {
                    overlapTpPred++;
                } else {
                    fp.merge(ms.get(i).surface() + "(" + ms.get(i).rule() + ")", 1, Integer::sum);
                    if (fpLog != null) {
                        PlaceMention m = ms.get(i);
                        int a = Math.max(0, m.span().start() - 60);
                        int b = Math.min(d.text.length(), m.span().end() + 40);
                        fpLog.printf("%s\t%s\t%s\t%s\t%s%n", d.id, m.surface(), m.rule(), m.place().name() + "/"
                                + m.place().country(), d.text.substring(a, b).replace('\n', ' '));
                    }
                }
            }
        }
        double pe = exactTp / (double) predN;
        double re = exactTp / (double) goldN;
        double po = overlapTpPred / (double) predN;
        double ro = overlapTpGold / (double) goldN;
        System.out.printf(Locale.ROOT, "%s: gold %d pred %d | exact P %.3f R %.3f F1 %.3f | overlap P %.3f R %.3f F1 %.3f"
                        + " | Acc@161 %.3f (%d/%d) | strict Acc@161 %.3f (%d/%d)%n", name, goldN, predN, pe, re,
                f1(pe, re), po, ro, f1(po, ro), within / (double) resolvedMatched, within, resolvedMatched,
                strict / (double) withCoords, strict, withCoords);
        if (verbose) {
            farLog.close();
            fnLog.close();
            fpLog.close();
            System.out.println("  far by kind: " + farByKind);
            System.out.println("  missed because rejected: " + rejectedFn);
            rejectedFnEx.forEach((k, v) -> System.out.println("    " + k + ": " + v.substring(0, Math.min(300, v.length()))));
            System.out.println("  top FP: " + top(fp, 60));
            System.out.println("  top FN: " + top(fn, 60));
            System.out.println("  top far: " + top(far, 40));
        }
    }

    static java.io.PrintWriter newLog(String f) {
        try {
            return new java.io.PrintWriter(f, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String top(java.util.Map<String, Integer> m, int n) {
        return m.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n)
                .map(e -> e.getKey() + "×" + e.getValue()).toList().toString();
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static void speed(Geoparser p, List<Doc> a, List<Doc> b) {
        List<Article> arts = new ArrayList<>();
        long bytes = 0;
        for (List<Doc> l : List.of(a, b)) {
            for (Doc d : l) {
                arts.add(article(d.id, d.text));
                bytes += d.text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        for (int w = 0; w < 3; w++) {
            for (Article x : arts) {
                p.parse(x);
            }
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = 0;
        double bestWall = 0;
        for (int r = 0; r < Integer.getInteger("rounds", 6); r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (Article x : arts) {
                p.parse(x);
            }
            double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            double wall = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, bytes / 1e6 / cpu);
            bestWall = Math.max(bestWall, bytes / 1e6 / wall);
        }
        System.out.printf(Locale.ROOT, "SPEED: best of 6 rounds over %.2f MB: %.2f MB/s thread CPU, %.2f MB/s wall%n",
                bytes / 1e6, best, bestWall);
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
