package org.incidentatlas.geoparse;

import java.util.concurrent.ConcurrentHashMap;
import org.incidentatlas.text.NameFolding;

/** {@link NameFolding#fold} through a cache shared by all articles and threads: names repeat across a corpus. */
final class FoldCache {
    private static final int MAX_ENTRIES = 500_000;
    private static final ConcurrentHashMap<String, String> FOLDS = new ConcurrentHashMap<>();

    private FoldCache() {
    }

    static String fold(String s) {
        String f = FOLDS.get(s);
        if (f == null) {
            f = NameFolding.fold(s);
            if (FOLDS.size() > MAX_ENTRIES) {
                FOLDS.clear(); // a crude bound: refilling costs less than tracking recency
            }
            FOLDS.put(s, f);
        }
        return f;
    }
}
