package org.incidentatlas.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incidentatlas.io.SeedsGold;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.TextSpan;

/**
 * Scores an extraction against the seeds gold. A required place passes when some counted mention has its surface
 * (case-insensitive) and every such mention resolves within the gold tolerance: one wrong sense in an article is
 * worth seeing. Optional places are reported but neither required nor penalised. A not-place fails when any
 * resolved mention other than {@link MentionRole#NOT_A_PLACE} has its surface or overlaps one of its occurrences
 * (so "Middle East" resolved inside "Middle East Institute" is an error). Pure.
 */
public final class SeedsScorer {
    private final PredictionPolicy policy;

    public SeedsScorer(PredictionPolicy policy) {
        this.policy = policy;
    }

    public SeedsScore score(SeedsGold gold, Extraction extraction) {
        List<SeedsScore.ArticlePlaces> rows = new ArrayList<>();
        for (SeedsGold.ArticleGold ag : gold.articles().values()) {
            Optional<Article> article = extraction.article(ag.file());
            if (article.isEmpty()) {
                rows.add(new SeedsScore.ArticlePlaces(ag.file(), false,
                        ag.places().stream().map(p -> missing(p)).toList(), List.of()));
                continue;
            }
            String text = article.get().text();
            List<PlaceMention> mentions = extraction.mentions().stream()
                    .filter(m -> m.articleId().equals(ag.file())).toList();
            List<PlaceCheck> checks = ag.places().stream().map(p -> check(p, text, mentions)).toList();
            List<NotPlaceError> errors = new ArrayList<>();
            for (SeedsGold.NotPlaceGold np : ag.notPlaces()) {
                List<TextSpan> occ = occurrences(text, np.surface());
                for (PlaceMention m : mentions) {
                    if (m.isResolved() && m.role() != MentionRole.NOT_A_PLACE
                            && (m.surface().equalsIgnoreCase(np.surface()) || overlapsAny(m.span(), occ))) {
                        errors.add(new NotPlaceError(np, m.surface(), m.span().start(), m.span().end(),
                                m.role().name(), m.rule(), m.place().id(), m.place().name()));
                    }
                }
            }
            rows.add(new SeedsScore.ArticlePlaces(ag.file(), true, checks, errors));
        }
        return new SeedsScore(gold.source(), new SeedsScore.PlacesScore(rows), List.of(), new EventScorer().score(gold, extraction));
    }

    PlaceCheck check(SeedsGold.PlaceGold gold, String text, List<PlaceMention> mentions) {
        List<PlaceMention> counted = mentions.stream().filter(policy::counts).toList();
        // "Ayn al-Asad" is found as "Ayn al-Asad Military Base" too: the mention's name without its head noun
        List<PlaceMention> same = counted.stream().filter(m -> m.surface().equalsIgnoreCase(gold.surface())
                || m.name().equalsIgnoreCase(gold.surface())).toList();
        if (!same.isEmpty()) {
            PlaceMention worst = same.stream().max(Comparator.comparingDouble(m -> error(gold, m))).orElseThrow();
            double err = error(gold, worst);
            return found(gold, err <= gold.toleranceKm() ? PlaceStatus.OK : PlaceStatus.TOO_FAR, same.size(), worst, err);
        }
        List<TextSpan> occ = occurrences(text, gold.surface());
        List<PlaceMention> partial = counted.stream().filter(m -> overlapsAny(m.span(), occ)).toList();
        if (!partial.isEmpty()) {
            PlaceMention best = partial.stream().min(Comparator.comparingDouble(m -> error(gold, m))).orElseThrow();
            double err = error(gold, best);
            return found(gold, err <= gold.toleranceKm() ? PlaceStatus.PARTIAL_SPAN : PlaceStatus.TOO_FAR,
                    partial.size(), best, err);
        }
        Optional<PlaceMention> spotted = mentions.stream()
                .filter(m -> m.surface().equalsIgnoreCase(gold.surface()) || overlapsAny(m.span(), occ)).findFirst();
        if (spotted.isPresent()) {
            PlaceMention m = spotted.get();
            return new PlaceCheck(gold, PlaceStatus.REJECTED, 0, m.surface(), m.role().name(), m.rule(),
                    m.place() == null ? null : m.place().id(), m.place() == null ? null : m.place().name(),
                    null, null, null);
        }
        return missing(gold);
    }

    private static PlaceCheck missing(SeedsGold.PlaceGold gold) {
        return new PlaceCheck(gold, PlaceStatus.MISSING, 0, null, null, null, null, null, null, null, null);
    }

    private static PlaceCheck found(SeedsGold.PlaceGold gold, PlaceStatus status, int n, PlaceMention m, double err) {
        return new PlaceCheck(gold, status, n, m.surface(), m.role().name(), m.rule(), m.place().id(),
                m.place().name(), m.place().lat(), m.place().lon(), err);
    }

    private static double error(SeedsGold.PlaceGold gold, PlaceMention m) {
        return GreatCircle.distanceKm(gold.lat(), gold.lon(), m.place().lat(), m.place().lon());
    }

    /** Case-insensitive occurrences of {@code phrase} in {@code text} that are whole words. */
    static List<TextSpan> occurrences(String text, String phrase) {
        List<TextSpan> out = new ArrayList<>();
        String t = text.toLowerCase(Locale.ROOT);
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.isEmpty() || t.length() != text.length()) {
            // Lower-casing changed the length (rare scripts): fall back to a case-sensitive search.
            t = text;
            p = phrase;
        }
        for (int i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
            int end = i + p.length();
            if ((i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))) {
                out.add(new TextSpan(i, end));
            }
        }
        return out;
    }

    private static boolean overlapsAny(TextSpan s, List<TextSpan> spans) {
        for (TextSpan o : spans) {
            if (s.overlaps(o)) {
                return true;
            }
        }
        return false;
    }
}
