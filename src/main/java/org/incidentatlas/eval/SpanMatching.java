package org.incidentatlas.eval;

import java.util.Arrays;
import java.util.List;
import org.incidentatlas.model.TextSpan;

/**
 * One-to-one matching of gold spans to predicted spans within one document, so that a prediction is credited to
 * at most one gold span and vice versa. In {@link MatchMode#OVERLAP} an exact match is preferred, then the
 * largest overlap, then the earliest prediction.
 */
public final class SpanMatching {
    private SpanMatching() {
    }

    /** For each gold span, the index of its matched prediction, or -1. */
    public static int[] match(List<TextSpan> gold, List<TextSpan> predicted, MatchMode mode) {
        int[] out = new int[gold.size()];
        Arrays.fill(out, -1);
        boolean[] used = new boolean[predicted.size()];
        // Exact matches first in both modes, so that overlap never steals a prediction from its exact gold span.
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p] && predicted.get(p).equals(gold.get(g))) {
                    out[g] = p;
                    used[p] = true;
                    break;
                }
            }
        }
        if (mode == MatchMode.OVERLAP) {
            for (int g = 0; g < gold.size(); g++) {
                if (out[g] >= 0) {
                    continue;
                }
                int best = -1;
                int bestOverlap = 0;
                for (int p = 0; p < predicted.size(); p++) {
                    int ov = overlap(gold.get(g), predicted.get(p));
                    if (!used[p] && ov > bestOverlap) {
                        best = p;
                        bestOverlap = ov;
                    }
                }
                if (best >= 0) {
                    out[g] = best;
                    used[best] = true;
                }
            }
        }
        return out;
    }

    static int overlap(TextSpan a, TextSpan b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
