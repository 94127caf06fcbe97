package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Place;

/**
 * The last step of both deployment extractors (English {@link DeploymentExtraction}, Arabic
 * {@link ArabicDeployments}): repeats of one actor at one place (or area) become one deployment with the evidence of
 * all and the first known {@code since}, numbered {@code article#d1, #d2...} in order. Pure.
 */
final class DeploymentMerging {
    private DeploymentMerging() {
    }

    /** One deployment per actor (its id, else its name) and place, in the order first seen. */
    static List<Deployment> merged(String articleId, List<Deployment> all) {
        Map<String, Deployment> byKey = new LinkedHashMap<>();
        for (Deployment d : all) {
            Place where = d.place() != null ? d.place() : d.area();
            String key = (d.actor().id() != null ? d.actor().id() : d.actor().name()) + "@" + where.id();
            Deployment prev = byKey.get(key);
            if (prev == null) {
                byKey.put(key, d);
            } else {
                List<Evidence> ev = new ArrayList<>(prev.evidence());
                ev.addAll(d.evidence());
                EventDate since = prev.since().isResolved() ? prev.since() : d.since();
                byKey.put(key, new Deployment(prev.id(), prev.actor(), prev.place(), prev.geoPrecision(), since, ev, prev.area()));
            }
        }
        List<Deployment> out = new ArrayList<>();
        for (Deployment d : byKey.values()) {
            out.add(new Deployment(articleId + "#d" + (out.size() + 1), d.actor(), d.place(), d.geoPrecision(), d.since(),
                    d.evidence(), d.area()));
        }
        return out;
    }
}
