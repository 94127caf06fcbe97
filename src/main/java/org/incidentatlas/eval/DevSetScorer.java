package org.incidentatlas.eval;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.PlaceMention;

/**
 * Scores an extraction against a {@link DevGold} exactly as the dev set's reference scorer {@code score.py} does for
 * the fields they share (exact-surface toponyms with not-place traps, lenient surfaces, resolution distances,
 * incidents matched one to one by place within 50 km, date within the gold's precision and coarse type), and adds
 * what the reference scorer does not: main and all incidents side by side, a per-field breakdown (place, date, type,
 * actors, fatalities) and a "what was lost where" table (how many gold incidents would be found if one criterion
 * were ignored). Predictions follow {@code to_predictions.py}: resolved mentions other than demonyms, one per
 * distinct surface; incidents with a pin, each counted in every article of its evidence. Pure.
 */
public final class DevSetScorer {
    /** The incident place tolerance of the reference scorer. */
    public static final double PLACE_KM = 50;
    private static final Set<String> POINT_KINDS = Set.of("city", "town", "village", "military_site", "facility", "landmark");

    private final boolean strict;

    /** {@code strict}: associative/metonymic gold places are required too (score.py --strict). */
    public DevSetScorer(boolean strict) {
        this.strict = strict;
    }

    /** Toponym counts as in score.py ("exact" and "lenient"). */
    public record Toponyms(int tp, int fp, int fn, int trapHits) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Resolution distances over exact-surface true positives. */
    public record Resolution(int resolved, double acc161, double within25, int pointCertain, double within25PointCertain,
                             Double medianKm) {
    }

    /**
     * Incidents of one scope (main only, or all). {@code matched} is the reference score; the {@code if...} counts
     * are the gold incidents found when one criterion is dropped; the field counts are the gold incidents for which
     * some predicted incident of their article agrees on that field alone.
     */
    public record Incidents(String scope, int gold, int predicted, int matched, int ifNoDate, int ifNoPlace,
                            int ifNoType, int ifPlaceOnly, int articleHasPin, int placeOk, int dateOk, int typeOk,
                            int actorsOkOfMatched, int fatalitiesOkOfMatched, int fatalitiesKnownOfMatched) {
        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }
    }

    /** One gold incident and how it fared (for listing misses). */
    public record IncidentCheck(String file, DevGold.GoldIncident gold, boolean found, String nearest) {
    }

    public record Score(String gold, int documents, Toponyms exact, Toponyms lenient, Resolution resolution,
                        Incidents main, Incidents all, List<IncidentCheck> checks) {
        public Score {
            checks = List.copyOf(checks);
        }
    }

    private record PredPlace(String surface, double lat, double lon) {
    }

    private record PredIncident(Incident incident, double lat, double lon, String date, String coarse) {
    }

    public Score score(DevGold gold, Extraction ex) {
        Map<String, Map<String, PredPlace>> places = new LinkedHashMap<>();
        for (PlaceMention m : ex.mentions()) {
            if (!m.isResolved() || m.role() == MentionRole.DEMONYM) {
                continue;
            }
            places.computeIfAbsent(m.articleId(), k -> new LinkedHashMap<>())
                    .putIfAbsent(m.surface(), new PredPlace(m.surface(), m.place().lat(), m.place().lon()));
        }
        Map<String, List<PredIncident>> incidents = new LinkedHashMap<>();
        for (Incident i : ex.incidents()) {
            if (i.place() == null) {
                continue;
            }
            Set<String> arts = new java.util.LinkedHashSet<>();
            for (Evidence e : i.evidence()) {
                arts.add(e.articleId());
            }
            if (arts.isEmpty()) {
                arts.addAll(i.sources());
            }
            String date = i.date().start() == null ? null : i.date().start().toString();
            for (String a : arts) {
                incidents.computeIfAbsent(a, k -> new ArrayList<>()).add(new PredIncident(i, i.place().lat(),
                        i.place().lon(), date, coarse(i.type().label())));
            }
        }
        int tp = 0, fp = 0, fn = 0, traps = 0, ltp = 0, lfp = 0, lfn = 0;
        List<Double> errs = new ArrayList<>();
        List<Double> errsPoint = new ArrayList<>();
        Acc main = new Acc("main");
        Acc all = new Acc("all");
        List<IncidentCheck> checks = new ArrayList<>();
        for (DevGold.Doc d : gold.documents()) {
            Map<String, DevGold.GoldPlace> req = new LinkedHashMap<>();
            Set<String> ign = new HashSet<>();
            for (DevGold.GoldPlace p : d.places()) {
                if (!p.optional() && (strict || p.literal())) {
                    req.put(p.surface(), p);
                } else {
                    ign.add(p.surface());
                }
            }
            Map<String, PredPlace> preds = places.getOrDefault(d.file(), places.getOrDefault(d.id(), Map.of()));
            for (PredPlace q : preds.values()) {
                DevGold.GoldPlace e = req.get(q.surface());
                if (e != null) {
                    tp++;
                    double km = haversine(e.lat(), e.lon(), q.lat(), q.lon());
                    errs.add(km);
                    if (POINT_KINDS.contains(e.kind()) && !e.uncertain()) {
                        errsPoint.add(km);
                    }
                } else if (!ign.contains(q.surface())) {
                    fp++;
                    String ns = norm(q.surface());
                    if (d.notPlaces().stream().anyMatch(n -> norm(n).contains(ns))) {
                        traps++;
                    }
                }
            }
            for (String s : req.keySet()) {
                if (!preds.containsKey(s)) {
                    fn++;
                }
            }
            Set<String> used = new HashSet<>();
            for (String s : preds.keySet()) {
                String hit = req.keySet().stream().filter(x -> !used.contains(x) && lenientMatch(s, x)).findFirst().orElse(null);
                if (hit != null) {
                    used.add(hit);
                    ltp++;
                } else if (ign.stream().noneMatch(x -> lenientMatch(s, x))) {
                    lfp++;
                }
            }
            lfn += req.size() - used.size();
            List<PredIncident> pis = incidents.getOrDefault(d.file(), incidents.getOrDefault(d.id(), List.of()));
            List<DevGold.GoldIncident> mains = d.incidents().stream().filter(DevGold.GoldIncident::main).toList();
            main.add(mains, pis, null, d.file());
            all.add(d.incidents(), pis, checks, d.file());
        }
        Resolution res = new Resolution(errs.size(), share(errs, 161), share(errs, 25), errsPoint.size(),
                share(errsPoint, 25), errs.isEmpty() ? null : errs.stream().sorted().toList().get(errs.size() / 2));
        return new Score(gold.source(), gold.documents().size(), new Toponyms(tp, fp, fn, traps),
                new Toponyms(ltp, lfp, lfn, 0), res, main.result(), all.result(), checks);
    }

    /** Counts for one incident scope. */
    private static final class Acc {
        final String scope;
        int gold, predicted, matched, noDate, noPlace, noType, placeOnly, hasPin, placeOk, dateOk, typeOk;
        int actorsOk, fatalOk, fatalKnown;

        Acc(String scope) {
            this.scope = scope;
        }

        void add(List<DevGold.GoldIncident> golds, List<PredIncident> pis, List<IncidentCheck> checks, String file) {
            gold += golds.size();
            predicted += pis.size();
            boolean[] found = new boolean[golds.size()];
            int[] with = new int[golds.size()];
            matched += greedy(golds, pis, (g, q) -> placeOk(g, q) && dateOk(g, q) && typeOk(g, q), found, with);
            noDate += greedy(golds, pis, (g, q) -> placeOk(g, q) && typeOk(g, q), null, null);
            noPlace += greedy(golds, pis, (g, q) -> dateOk(g, q) && typeOk(g, q), null, null);
            noType += greedy(golds, pis, (g, q) -> placeOk(g, q) && dateOk(g, q), null, null);
            placeOnly += greedy(golds, pis, DevSetScorer::placeOk, null, null);
            for (int k = 0; k < golds.size(); k++) {
                DevGold.GoldIncident g = golds.get(k);
                if (!pis.isEmpty()) {
                    hasPin++;
                }
                if (pis.stream().anyMatch(q -> placeOk(g, q))) {
                    placeOk++;
                }
                if (pis.stream().anyMatch(q -> dateOk(g, q))) {
                    dateOk++;
                }
                if (pis.stream().anyMatch(q -> typeOk(g, q))) {
                    typeOk++;
                }
                if (found[k]) {
                    Incident i = pis.get(with[k]).incident();
                    if (actorsAgree(g.actors(), i.actors())) {
                        actorsOk++;
                    }
                    if (g.fatalities() != null) {
                        fatalKnown++;
                        if (g.fatalities().equals(i.fatalities())) {
                            fatalOk++;
                        }
                    }
                }
                if (checks != null) {
                    checks.add(new IncidentCheck(file, g, found[k], found[k] ? describe(pis.get(with[k])) : nearest(g, pis)));
                }
            }
        }

        Incidents result() {
            return new Incidents(scope, gold, predicted, matched, noDate, noPlace, noType, placeOnly, hasPin, placeOk,
                    dateOk, typeOk, actorsOk, fatalOk, fatalKnown);
        }
    }

    /** score.py's matching: each gold in order takes the first untaken prediction that fits. */
    private static int greedy(List<DevGold.GoldIncident> golds, List<PredIncident> pis,
                              BiPredicate<DevGold.GoldIncident, PredIncident> fits, boolean[] found, int[] with) {
        Set<Integer> taken = new HashSet<>();
        int n = 0;
        for (int k = 0; k < golds.size(); k++) {
            for (int j = 0; j < pis.size(); j++) {
                if (!taken.contains(j) && fits.test(golds.get(k), pis.get(j))) {
                    taken.add(j);
                    n++;
                    if (found != null) {
                        found[k] = true;
                        with[k] = j;
                    }
                    break;
                }
            }
        }
        return n;
    }

    private static String nearest(DevGold.GoldIncident g, List<PredIncident> pis) {
        PredIncident best = null;
        int bestScore = -1;
        for (PredIncident q : pis) {
            int s = (placeOk(g, q) ? 1 : 0) + (dateOk(g, q) ? 1 : 0) + (typeOk(g, q) ? 1 : 0);
            if (s > bestScore) {
                best = q;
                bestScore = s;
            }
        }
        if (best == null) {
            return "no pinned incident in the article";
        }
        List<String> wrong = new ArrayList<>();
        if (!placeOk(g, best)) {
            wrong.add(String.format(Locale.ROOT, "place %.0f km", haversine(g.lat(), g.lon(), best.lat(), best.lon())));
        }
        if (!dateOk(g, best)) {
            wrong.add("date");
        }
        if (!typeOk(g, best)) {
            wrong.add("type");
        }
        return describe(best) + " [wrong: " + String.join(", ", wrong) + "]";
    }

    private static String describe(PredIncident q) {
        Incident i = q.incident();
        return i.id() + " " + q.date() + " (" + i.date().text() + ") " + i.type().label() + " @ " + i.place().name();
    }

    static boolean placeOk(DevGold.GoldIncident g, PredIncident q) {
        return haversine(g.lat(), g.lon(), q.lat(), q.lon()) <= PLACE_KM;
    }

    static boolean typeOk(DevGold.GoldIncident g, PredIncident q) {
        if (coarse(g.type()).equals(q.coarse())) {
            return true;
        }
        return g.altTypes().stream().anyMatch(t -> coarse(t).equals(q.coarse()));
    }

    static boolean dateOk(DevGold.GoldIncident g, PredIncident q) {
        return dateOk(g.date(), g.precision(), q.date());
    }

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    /** score.py's date rule: year or month equal at those precisions; a day within one day. */
    public static boolean dateOk(String gold, String precision, String pred) {
        if (gold == null) {
            return true;
        }
        int[] g = parse(gold);
        int[] p = parse(pred);
        if (p == null || g == null) {
            return false;
        }
        if ("year".equals(precision)) {
            return p[0] == g[0];
        }
        if ("month".equals(precision)) {
            return p[0] == g[0] && p[1] == g[1];
        }
        if (p[1] == 0 || p[2] == 0 || g[1] == 0 || g[2] == 0) {
            return false;
        }
        long days = LocalDate.of(p[0], p[1], p[2]).toEpochDay() - LocalDate.of(g[0], g[1], g[2]).toEpochDay();
        return Math.abs(days) <= 1;
    }

    private static int[] parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        return new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
    }

    static String coarse(String type) {
        String t = type == null ? "" : type;
        int c = t.indexOf(':');
        return (c >= 0 ? t.substring(0, c) : t).strip().toLowerCase(Locale.ROOT);
    }

    private static final Set<String> WEAK = Set.of("forces", "force", "military", "of", "the", "and", "group", "groups",
            "armed", "in", "s", "militia", "militias", "backed", "led", "members", "personnel", "suspected", "implied",
            "accused", "by", "a", "an", "al", "el", "troops", "army", "security", "service", "unit", "units");

    /** Actors agree when a predicted actor shares a significant word with a gold actor ("US" = "United States"). */
    static boolean actorsAgree(List<String> gold, List<Actor> pred) {
        Set<String> g = new HashSet<>();
        gold.forEach(s -> g.addAll(significant(s)));
        for (Actor a : pred) {
            for (String t : significant(a.name() + " " + a.id())) {
                if (g.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> significant(String s) {
        String n = norm(s).replace("u.s.", "us").replace("united states", "us").replace("islamic state", "isis")
                .replace("isil", "isis").replace("daesh", "isis");
        Set<String> out = new HashSet<>();
        for (String t : n.split("[^\\p{L}\\p{N}]+")) {
            if (t.length() > 1 && !WEAK.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static String norm(String s) {
        String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2014', '-');
        t = t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    private static List<String> toks(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(norm(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static boolean lenientMatch(String a, String b) {
        List<String> ta = toks(a);
        List<String> tb = toks(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        List<String> s = ta.size() <= tb.size() ? ta : tb;
        List<String> l = s == ta ? tb : ta;
        for (int i = 0; i + s.size() <= l.size(); i++) {
            if (l.subList(i, i + s.size()).equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static double share(List<Double> xs, double km) {
        return xs.isEmpty() ? 0 : xs.stream().filter(x -> x <= km).count() / (double) xs.size();
    }

    /** Great-circle distance: the core's ({@link org.incidentatlas.model.Geography#km}), whose earth radius is the reference scorer's. */
    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        return org.incidentatlas.model.Geography.km(lat1, lon1, lat2, lon2);
    }

    /** The human report: toponyms, then incidents per field and what was lost where, then the missed incidents. */
    public static void print(PrintWriter out, Score s, boolean listMisses) {
        out.printf(Locale.ROOT, "dev-set gold %s: %d documents%n", s.gold(), s.documents());
        Toponyms t = s.exact();
        out.printf(Locale.ROOT, "toponyms exact   P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d; fp on not-places %d)%n",
                t.precision(), t.recall(), t.f1(), t.tp(), t.fp(), t.fn(), t.trapHits());
        Toponyms l = s.lenient();
        out.printf(Locale.ROOT, "toponyms lenient P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)%n",
                l.precision(), l.recall(), l.f1(), l.tp(), l.fp(), l.fn());
        Resolution r = s.resolution();
        out.printf(Locale.ROOT, "resolution: n %d, Acc@161 %.3f, within 25 km %.3f, point sites within 25 km %.3f (n %d), median %s km%n",
                r.resolved(), r.acc161(), r.within25(), r.within25PointCertain(), r.pointCertain(),
                r.medianKm() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.medianKm()));
        out.println();
        out.println("incidents (place within 50 km, date within the gold's precision, coarse type; one to one)");
        out.println("  scope  gold  pred  found  recall  precision | some prediction agrees on: place  date  type | of found: actors  fatalities");
        for (Incidents i : List.of(s.main(), s.all())) {
            out.printf(Locale.ROOT, "  %-5s  %4d  %4d  %5d  %6.3f  %9.3f | %31d  %4d  %4d | %16d  %d/%d%n", i.scope(), i.gold(),
                    i.predicted(), i.matched(), i.recall(), i.precision(), i.placeOk(), i.dateOk(), i.typeOk(),
                    i.actorsOkOfMatched(), i.fatalitiesOkOfMatched(), i.fatalitiesKnownOfMatched());
        }
        out.println();
        out.println("what was lost where (gold incidents found when a criterion is dropped)");
        out.println("  scope  found  if-no-date  if-no-place  if-no-type  place-only  article-has-a-pin");
        for (Incidents i : List.of(s.main(), s.all())) {
            out.printf(Locale.ROOT, "  %-5s  %5d  %10d  %11d  %10d  %10d  %17d%n", i.scope(), i.matched(), i.ifNoDate(),
                    i.ifNoPlace(), i.ifNoType(), i.ifPlaceOnly(), i.articleHasPin());
        }
        if (listMisses) {
            out.println();
            out.println("missed gold incidents (nearest prediction of the article)");
            for (IncidentCheck c : s.checks()) {
                if (!c.found()) {
                    DevGold.GoldIncident g = c.gold();
                    out.printf(Locale.ROOT, "  %s [%s] %s %s @ %s%n      nearest: %s%n", c.file(), g.main() ? "main" : "secondary",
                            g.date(), g.type(), g.place(), c.nearest());
                }
            }
        }
    }
}
