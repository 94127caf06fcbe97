package org.incidentatlas.events;

import java.util.Random;

/** Random texts for the tests that hold a gate or a scanner to the regex it stands for. */
final class RandomTexts {
    private RandomTexts() {
    }

    /** {@code count} of {@code pieces}, each drawn from {@code r}, one after another. */
    static String of(Random r, int count, String[] pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = count; k > 0; k--) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /** {@code count} of {@code words}, each followed by one of {@code gaps}, drawn from {@code r} in that order. */
    static String of(Random r, int count, String[] words, String[] gaps) {
        StringBuilder b = new StringBuilder();
        for (int k = count; k > 0; k--) {
            b.append(words[r.nextInt(words.length)]).append(gaps[r.nextInt(gaps.length)]);
        }
        return b.toString();
    }
}
