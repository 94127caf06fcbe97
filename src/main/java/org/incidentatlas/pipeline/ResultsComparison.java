package org.incidentatlas.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;

/**
 * Whether stored results (a Spark run's output, read back) hold exactly what the pipeline extracts from the same
 * texts: the same incidents, resolved mentions and deployments, record for record and in the same order. Pure.
 */
public final class ResultsComparison {
    /** One table's counts and, when they differ, the first differing position with both records. */
    public record Table(String name, int expected, int actual, int firstDifference, String expectedRecord, String actualRecord) {
        public boolean equal() {
            return firstDifference < 0;
        }

        @Override
        public String toString() {
            return name + ": " + expected + " from the pipeline, " + actual + " in the results"
                    + (equal() ? ", equal" : ", first difference at " + firstDifference + ":\n  pipeline: " + expectedRecord
                            + "\n  results:  " + actualRecord);
        }
    }

    private ResultsComparison() {
    }

    public static List<Table> compare(Extraction expected, List<Incident> incidents, List<PlaceMention> resolvedMentions,
            List<Deployment> deployments) {
        List<Table> out = new ArrayList<>();
        out.add(table("incidents", expected.incidents(), incidents));
        out.add(table("resolved mentions", expected.mentions().stream().filter(PlaceMention::isResolved).toList(),
                resolvedMentions));
        out.add(table("deployments", expected.deployments(), deployments));
        return out;
    }

    static <T> Table table(String name, List<T> expected, List<T> actual) {
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            T e = i < expected.size() ? expected.get(i) : null;
            T a = i < actual.size() ? actual.get(i) : null;
            if (e == null || !e.equals(a)) {
                return new Table(name, expected.size(), actual.size(), i, String.valueOf(e), String.valueOf(a));
            }
        }
        return new Table(name, expected.size(), actual.size(), -1, null, null);
    }
}
