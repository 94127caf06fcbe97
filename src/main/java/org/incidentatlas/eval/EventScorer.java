package org.incidentatlas.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.incidentatlas.io.SeedsGold;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;

/**
 * Scores incidents and deployments against gold. An incident matches a gold one from the same article when
 * <ul>
 * <li>its place is within the gold tolerance: its pin, or for an unpinned (country-level) incident its area,
 *     so "somewhere in Iraq" meets a gold point for Iraq with the gold's country-sized tolerance;</li>
 * <li>its date agrees: a gold day within {@code date_tolerance_days} of the found range; a gold month or year
 *     the same month or year as the found start; a null gold date only an unresolved found date (never a guess);
 *     and the found precision is not coarser than the gold's;</li>
 * <li>its coarse type (the part before ':') is the gold's.</li>
 * </ul>
 * Each found incident matches at most one gold incident. Every found incident from a gold article that matches
 * none is an extra, listed so it can be judged. Deployments match by article and place. Pure.
 */
public final class EventScorer {

    /** An expected incident; {@code date} ISO ("2020-02-16", "2018-02", "2013") or null when the article gives none. */
    public record GoldIncident(String article, String date, String datePrecision, int dateToleranceDays, String type,
            String place, double lat, double lon, double toleranceKm, String evidence) {
        public GoldIncident {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(type, "type");
        }
    }

    /** An expected deployment. */
    public record GoldDeployment(String article, String actor, String place, double lat, double lon, double toleranceKm,
            String evidence) {
        public GoldDeployment {
            Objects.requireNonNull(article, "article");
        }
    }

    /** A found incident as scored and reported: plain values, with the first quote that reports it. */
    public record Found(String id, String type, String date, String dateEnd, String datePrecision, String dateText,
            String place, String placeId, Double lat, Double lon, boolean pinned, int geoPrecision, String status,
            List<String> actors, List<String> sources, String quote) {
        public Found {
            actors = List.copyOf(actors);
            sources = List.copyOf(sources);
        }

        static Found of(Incident i, Extraction x) {
            Place p = i.place() != null ? i.place() : i.area();
            EventDate d = i.date();
            return new Found(i.id(), i.type().label(), d.iso(), d.end() == null ? null : d.end().toString(),
                    d.precision().name().toLowerCase(Locale.ROOT), d.text(), p == null ? null : p.name(), p == null ? null : p.id(),
                    p == null ? null : p.lat(), p == null ? null : p.lon(), i.isPinned(), i.geoPrecision(),
                    i.status().name().toLowerCase(Locale.ROOT), i.actors().stream().map(a -> a.name()).toList(), i.sources(),
                    quoteOf(i.evidence().isEmpty() ? null : i.evidence().get(0), x));
        }

        @Override
        public String toString() {
            return id + " " + type + " " + (date != null ? date : "undated('" + dateText + "')") + " @ "
                    + (place == null ? "nowhere" : place + (pinned ? "" : " (area)"));
        }
    }

    /** A found deployment as scored and reported. */
    public record FoundDeployment(String id, String actor, String place, String placeId, Double lat, Double lon, boolean pinned,
            String since, List<String> articles, String quote) {
        public FoundDeployment {
            articles = List.copyOf(articles);
        }

        static FoundDeployment of(Deployment d, Extraction x) {
            Place p = d.place() != null ? d.place() : d.area();
            return new FoundDeployment(d.id(), d.actor().name(), p == null ? null : p.name(), p == null ? null : p.id(),
                    p == null ? null : p.lat(), p == null ? null : p.lon(), d.place() != null, d.since().iso(),
                    d.evidence().stream().map(e -> e.articleId()).distinct().toList(), quoteOf(d.evidence().get(0), x));
        }
    }

    /** A gold incident and what it was matched to ({@code found} null when missed, with the nearest miss explained). */
    public record IncidentResult(GoldIncident gold, Found found, Found nearest, List<String> problems) {
        public IncidentResult {
            problems = List.copyOf(problems);
        }

        public boolean matched() {
            return found != null;
        }
    }

    public record DeploymentResult(GoldDeployment gold, FoundDeployment found, Double km) {
        public boolean matched() {
            return found != null;
        }
    }

    public record Score(List<IncidentResult> incidents, List<Found> extraIncidents, List<DeploymentResult> deployments,
            List<FoundDeployment> extraDeployments, List<String> articles) {
        public Score {
            incidents = List.copyOf(incidents);
            extraIncidents = List.copyOf(extraIncidents);
            deployments = List.copyOf(deployments);
            extraDeployments = List.copyOf(extraDeployments);
            articles = List.copyOf(articles);
        }

        /** Every gold incident and deployment found; extras are listed for judgement, not failed. */
        public boolean passed() {
            return incidentsMatched() == incidents.size() && deploymentsMatched() == deployments.size();
        }

        public long incidentsMatched() {
            return incidents.stream().filter(IncidentResult::matched).count();
        }

        public double incidentRecall() {
            return incidents.isEmpty() ? 1 : (double) incidentsMatched() / incidents.size();
        }

        /** Matched over matched plus extras: every found incident from a gold article counts once. */
        public double incidentPrecision() {
            long m = incidentsMatched();
            return m + extraIncidents.size() == 0 ? 1 : (double) m / (m + extraIncidents.size());
        }

        public long deploymentsMatched() {
            return deployments.stream().filter(DeploymentResult::matched).count();
        }

        public double deploymentRecall() {
            return deployments.isEmpty() ? 1 : (double) deploymentsMatched() / deployments.size();
        }

        public double deploymentPrecision() {
            long m = deploymentsMatched();
            return m + extraDeployments.size() == 0 ? 1 : (double) m / (m + extraDeployments.size());
        }

        /** Extra incidents per gold article, in article order. */
        public Map<String, Integer> extrasPerArticle() {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (String a : articles) {
                out.put(a, 0);
            }
            for (Found i : extraIncidents) {
                for (String s : i.sources()) {
                    if (out.containsKey(s)) {
                        out.merge(s, 1, Integer::sum);
                        break;
                    }
                }
            }
            return out;
        }
    }

    /** Scores against the seeds gold's incidents and deployments. */
    public Score score(SeedsGold gold, Extraction extraction) {
        List<GoldIncident> gi = new ArrayList<>();
        List<GoldDeployment> gd = new ArrayList<>();
        for (SeedsGold.ArticleGold a : gold.articles().values()) {
            for (SeedsGold.IncidentGold i : a.incidents()) {
                gi.add(new GoldIncident(a.file(), i.date(), i.datePrecision(), i.dateToleranceDays() == null ? 0 : i.dateToleranceDays(),
                        i.type(), i.place(), nz(i.lat()), nz(i.lon()), i.toleranceKm() == null ? 0 : i.toleranceKm(), i.evidence()));
            }
            for (SeedsGold.DeploymentGold d : a.deployments()) {
                gd.add(new GoldDeployment(a.file(), d.actor(), d.place(), nz(d.lat()), nz(d.lon()),
                        d.toleranceKm() == null ? 0 : d.toleranceKm(), d.evidence()));
            }
        }
        return score(gi, gd, new ArrayList<>(gold.articles().keySet()), extraction);
    }

    private static double nz(Double d) {
        return d == null ? Double.NaN : d;
    }

    public Score score(List<GoldIncident> goldIncidents, List<GoldDeployment> goldDeployments, List<String> goldArticles,
            Extraction extraction) {
        Set<String> articles = new HashSet<>(goldArticles);
        // A merged incident reports several articles: it can meet one gold incident per article.
        Set<String> used = new HashSet<>();
        List<IncidentResult> results = new ArrayList<>();
        // Stricter gold first would be fairer, but gold is small: file order keeps the report readable.
        for (GoldIncident g : goldIncidents) {
            Incident found = null;
            Incident nearest = null;
            List<String> nearestProblems = List.of("no incident from this article");
            for (Incident i : extraction.incidents()) {
                if (used.contains(key(i.id(), g.article())) || !i.sources().contains(g.article())) {
                    continue;
                }
                List<String> p = problems(g, i);
                if (p.isEmpty()) {
                    found = i;
                    break;
                }
                if (nearest == null || p.size() < nearestProblems.size()) {
                    nearest = i;
                    nearestProblems = p;
                }
            }
            if (found != null) {
                used.add(key(found.id(), g.article()));
                results.add(new IncidentResult(g, Found.of(found, extraction), null, List.of()));
            } else {
                results.add(new IncidentResult(g, null, nearest == null ? null : Found.of(nearest, extraction), nearestProblems));
            }
        }
        List<Found> extras = new ArrayList<>();
        for (Incident i : extraction.incidents()) {
            if (i.sources().stream().anyMatch(a -> articles.contains(a) && !used.contains(key(i.id(), a)))) {
                extras.add(Found.of(i, extraction));
            }
        }
        Set<String> usedD = new HashSet<>();
        List<DeploymentResult> dres = new ArrayList<>();
        for (GoldDeployment g : goldDeployments) {
            Deployment best = null;
            double bestKm = Double.MAX_VALUE;
            for (Deployment d : extraction.deployments()) {
                if (usedD.contains(key(d.id(), g.article())) || d.evidence().stream().noneMatch(e -> e.articleId().equals(g.article()))) {
                    continue;
                }
                Place p = d.place() != null ? d.place() : d.area();
                if (p == null) {
                    continue;
                }
                double km = GreatCircleKm.between(p.lat(), p.lon(), g.lat(), g.lon());
                if (km <= g.toleranceKm() && km < bestKm) {
                    best = d;
                    bestKm = km;
                }
            }
            if (best != null) {
                usedD.add(key(best.id(), g.article()));
            }
            dres.add(new DeploymentResult(g, best == null ? null : FoundDeployment.of(best, extraction), best == null ? null : bestKm));
        }
        List<FoundDeployment> extraD = new ArrayList<>();
        for (Deployment d : extraction.deployments()) {
            if (d.evidence().stream().anyMatch(e -> articles.contains(e.articleId()) && !usedD.contains(key(d.id(), e.articleId())))) {
                extraD.add(FoundDeployment.of(d, extraction));
            }
        }
        return new Score(results, extras, dres, extraD, goldArticles);
    }

    private static String key(String id, String article) {
        return id + "\u0000" + article;
    }

    /** Why {@code i} is not {@code g}; empty when it is. */
    static List<String> problems(GoldIncident g, Incident i) {
        List<String> out = new ArrayList<>();
        Place p = i.place() != null ? i.place() : i.area();
        if (p == null) {
            out.add("no place");
        } else {
            double km = GreatCircleKm.between(p.lat(), p.lon(), g.lat(), g.lon());
            if (km > g.toleranceKm()) {
                out.add(String.format(Locale.ROOT, "place %s is %.0f km from %s (tolerance %.0f)", p.name(), km, g.place(), g.toleranceKm()));
            }
        }
        String dateProblem = dateProblem(g, i.date());
        if (dateProblem != null) {
            out.add(dateProblem);
        }
        String coarse = g.type().contains(":") ? g.type().substring(0, g.type().indexOf(':')).trim() : g.type().trim();
        if (!coarse.equalsIgnoreCase(i.type().type())) {
            out.add("type " + i.type().label() + " is not " + coarse);
        }
        return out;
    }

    static String dateProblem(GoldIncident g, EventDate d) {
        if (g.date() == null) {
            return d.isResolved() ? "date " + d.iso() + " but the article gives none" : null;
        }
        if (!d.isResolved()) {
            return "no date (gold " + g.date() + ")";
        }
        DatePrecision gp = precisionOf(g);
        if (d.precision().ordinal() > gp.ordinal()) {
            return "date precision " + d.precision() + " coarser than " + gp;
        }
        switch (gp) {
            case DAY, WEEK: {
                LocalDate gd = LocalDate.parse(g.date().length() == 10 ? g.date() : g.date() + "-01".repeat(3 - g.date().split("-").length));
                long before = ChronoUnit.DAYS.between(gd, d.start());
                long after = ChronoUnit.DAYS.between(d.end(), gd);
                long off = Math.max(0, Math.max(before, after));
                int tol = gp == DatePrecision.WEEK ? Math.max(g.dateToleranceDays(), 7) : g.dateToleranceDays();
                return off <= tol ? null : "date " + d.iso() + " is " + off + " days from " + g.date();
            }
            case MONTH: {
                YearMonth gm = YearMonth.parse(g.date().substring(0, 7));
                return YearMonth.from(d.start()).equals(gm) ? null : "date " + d.iso() + " not in " + gm;
            }
            case YEAR: {
                int gy = Integer.parseInt(g.date().substring(0, 4));
                return d.start().getYear() == gy ? null : "date " + d.iso() + " not in " + gy;
            }
            default:
                return null;
        }
    }

    static DatePrecision precisionOf(GoldIncident g) {
        if (g.datePrecision() != null) {
            try {
                return DatePrecision.valueOf(g.datePrecision().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through to the shape of the date
            }
        }
        return switch (g.date().length()) {
            case 4 -> DatePrecision.YEAR;
            case 7 -> DatePrecision.MONTH;
            default -> DatePrecision.DAY;
        };
    }

    /** Human-readable lines: totals, each gold incident with its match or nearest miss, and every extra with its quote. */
    public static List<String> report(Score s) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "incidents: recall %.2f (%d/%d), precision %.2f (%d extra)", s.incidentRecall(),
                s.incidentsMatched(), s.incidents().size(), s.incidentPrecision(), s.extraIncidents().size()));
        out.add(String.format(Locale.ROOT, "deployments: recall %.2f (%d/%d), precision %.2f (%d extra)", s.deploymentRecall(),
                s.deploymentsMatched(), s.deployments().size(), s.deploymentPrecision(), s.extraDeployments().size()));
        out.add("extra incidents per article: " + s.extrasPerArticle());
        for (IncidentResult r : s.incidents()) {
            GoldIncident g = r.gold();
            String head = g.article() + " " + g.type() + " @ " + g.place() + " " + g.date();
            out.add((r.matched() ? "  ok    " : "  MISS  ") + head + (r.matched() ? " <- " + r.found() : ""));
            if (!r.matched()) {
                out.add("        nearest: " + (r.nearest() == null ? "none" : r.nearest()) + " " + r.problems());
            }
        }
        for (Found i : s.extraIncidents()) {
            out.add("  EXTRA " + i + " | " + i.quote());
        }
        for (DeploymentResult r : s.deployments()) {
            GoldDeployment g = r.gold();
            out.add((r.matched() ? "  ok    " : "  MISS  ") + g.article() + " deployment " + g.actor() + " @ " + g.place()
                    + (r.matched() ? " <- " + r.found().actor() + " @ " + r.found().place() : ""));
        }
        for (FoundDeployment d : s.extraDeployments()) {
            out.add("  EXTRA deployment " + d.id() + " " + d.actor() + " @ " + d.place() + " | " + d.quote());
        }
        return out;
    }

    private static String quoteOf(org.incidentatlas.model.Evidence e, Extraction x) {
        if (e == null) {
            return null;
        }
        return x.article(e.articleId()).map(a -> {
            String t = e.span().of(a.text()).replace('\n', ' ');
            return t.length() > 200 ? t.substring(0, 197) + "..." : t;
        }).orElse(null);
    }

    /** The core's great-circle distance ({@link org.incidentatlas.model.Geography#km}). */
    static final class GreatCircleKm {
        private GreatCircleKm() {
        }

        static double between(double lat1, double lon1, double lat2, double lon2) {
            return org.incidentatlas.model.Geography.km(lat1, lon1, lat2, lon2);
        }
    }
}
