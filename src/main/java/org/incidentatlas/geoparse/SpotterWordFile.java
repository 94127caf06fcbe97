package org.incidentatlas.geoparse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.text.DataLines;

/**
 * The spotter's short cue-word lists ({@code spotter-words.tsv}: a list's name, a tab, its words separated by spaces;
 * {@code word=hint} in lists that carry a hint), read once through {@link DataLines}. {@link SpotWords} compiles
 * them into its per-token bit table; no list of words is written in the spotter's Java code.
 */
final class SpotterWordFile {
    static final String RESOURCE = "spotter-words.tsv";

    private static final Map<String, String[]> LISTS = load();

    private SpotterWordFile() {
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> lists = new LinkedHashMap<>();
        for (DataLines.Row row : DataLines.read(SpotterWordFile.class, RESOURCE)) {
            int tab = row.text().indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected a list name, a tab and words");
            }
            String name = row.text().substring(0, tab).strip();
            String[] words = row.text().substring(tab + 1).strip().split("\\s+");
            if (lists.putIfAbsent(name, words) != null) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": list '" + name + "' given twice");
            }
        }
        return lists;
    }

    private static String[] words(String list) {
        String[] words = LISTS.get(list);
        if (words == null) {
            throw new IllegalStateException(RESOURCE + " has no list '" + list + "'");
        }
        return words;
    }

    /** The words of a list, in file order. */
    static Set<String> set(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(list)) {
            out.add(w);
        }
        return Collections.unmodifiableSet(out);
    }

    /** The {@code word=hint} pairs of a list, in file order. */
    static Map<String, String> map(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : words(list)) {
            int eq = w.indexOf('=');
            if (eq <= 0 || eq == w.length() - 1) {
                throw new IllegalStateException(RESOURCE + ": list '" + list + "' wants word=hint, not '" + w + "'");
            }
            out.put(w.substring(0, eq), w.substring(eq + 1));
        }
        return Collections.unmodifiableMap(out);
    }
}
