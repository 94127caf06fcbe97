package org.incidentatlas.eval;

/**
 * Counts for recognising toponyms. Precision and recall are 0 when undefined (nothing predicted / no gold) so
 * that an empty system scores 0, not NaN.
 */
public record RecognitionScore(long truePositives, long falsePositives, long falseNegatives) {
    public RecognitionScore {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public static final RecognitionScore ZERO = new RecognitionScore(0, 0, 0);

    /** From the counts of one document: matched pairs, predictions and gold spans. */
    public static RecognitionScore of(long matched, long predicted, long gold) {
        return new RecognitionScore(matched, predicted - matched, gold - matched);
    }

    public RecognitionScore plus(RecognitionScore o) {
        return new RecognitionScore(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    public double precision() {
        long d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        long d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
