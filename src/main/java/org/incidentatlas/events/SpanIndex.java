package org.incidentatlas.events;

import java.util.Arrays;
import java.util.List;
import org.incidentatlas.model.TextSpan;

/**
 * Spans sorted by start with the running maximum of their ends: "does a longer span contain this one" in
 * O(log n) per question, so a pass over P place mentions and A actor mentions costs O((P + A) log A), not P × A.
 * Immutable.
 */
final class SpanIndex {
    private final int[] starts;
    private final int[] ends;
    private final int[] maxEnd;

    SpanIndex(List<TextSpan> spans) {
        TextSpan[] sorted = spans.toArray(TextSpan[]::new);
        Arrays.sort(sorted, (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        starts = new int[sorted.length];
        ends = new int[sorted.length];
        maxEnd = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].start();
            ends[i] = sorted[i].end();
            maxEnd[i] = i == 0 ? ends[i] : Math.max(maxEnd[i - 1], ends[i]);
        }
    }

    /** True if some span contains {@code s} and is longer than it. */
    boolean containsLonger(TextSpan s) {
        // Last span starting at or before s.start().
        int lo = 0;
        int hi = starts.length - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= s.start()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (last < 0 || maxEnd[last] < s.end()) {
            return false;
        }
        if (maxEnd[last] > s.end()) {
            return true;
        }
        // Some span ends exactly at s.end(): it is longer only if it starts before s.
        for (int i = last; i >= 0 && maxEnd[i] >= s.end(); i--) {
            if (ends[i] == s.end() && starts[i] < s.start()) {
                return true;
            }
        }
        return false;
    }
}
