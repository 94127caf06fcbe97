package org.incidentatlas.geoparse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.PlaceKind;

/**
 * Generic head nouns after a place name ("district", "air base", "oil field", "embassy"), read from
 * {@code place-heads.tsv}: which kind of place the name plus its head is, and what the words say about the name.
 * Matched longest first on lower-case words, a hyphen counting as a space ("sub-district").
 */
final class HeadNouns {
    /** A head found after a name: how many tokens it takes, the kind it names and the resolver hint. */
    record Head(int tokens, PlaceKind kind, String hint) {
        /** Facilities and fine places: a head that makes the mention finer than the town it is named after. */
        boolean isFacility() {
            return switch (kind) {
                case AIRPORT, BASE, CAMP, OIL_FIELD, EMBASSY, CROSSING, LANDMARK -> true;
                default -> false;
            };
        }
    }

    private static volatile HeadNouns standard;

    private final Map<String, Head> heads;
    private final Set<String> words;
    private final int maxTokens;

    HeadNouns(Map<String, Head> heads) {
        this.heads = Map.copyOf(heads);
        Set<String> w = new HashSet<>();
        int max = 1;
        for (String k : heads.keySet()) {
            String[] parts = k.split(" ");
            max = Math.max(max, parts.length);
            w.addAll(java.util.List.of(parts));
        }
        this.words = Set.copyOf(w);
        this.maxTokens = max;
    }

    static HeadNouns standard() {
        HeadNouns h = standard;
        if (h == null) {
            synchronized (HeadNouns.class) {
                h = standard;
                if (h == null) {
                    h = load("place-heads.tsv");
                    standard = h;
                }
            }
        }
        return h;
    }

    static HeadNouns load(String resource) {
        Map<String, Head> heads = new HashMap<>();
        for (org.incidentatlas.text.DataLines.Row row : org.incidentatlas.text.DataLines.read(HeadNouns.class, resource)) {
            String line = row.text();
            int n = row.line();
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalStateException(resource + " line " + n + ": expected phrase, kind and hint");
            }
            String phrase = cols[0].strip().toLowerCase(Locale.ROOT);
            heads.put(phrase, new Head(phrase.split(" ").length, PlaceKind.valueOf(cols[1].strip()),
                    cols[2].strip()));
        }
        return new HeadNouns(heads);
    }

    /** Every word that occurs in some head. */
    Set<String> words() {
        return words;
    }

    /** True if the lower-case word occurs in some head ("oil", "air", "military", "base"). */
    boolean isHeadWord(String lower) {
        return words.contains(lower);
    }

    /**
     * The longest head starting at token {@code i}, each of its words joined to the one before by a space or a
     * hyphen, or null. {@code capitalisedOnly}: only heads written with capitals ("Air Base"), for names
     * whose capitalised continuation may be another name.
     */
    Head at(Tokens t, int i) {
        if (i >= t.size() || !t.joinable(i) || !t.has(i, SpotWords.HEAD_WORD)) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        Head best = null;
        for (int k = i; k < Math.min(t.size(), i + maxTokens); k++) {
            if (k > i && !t.joinable(k)) {
                break;
            }
            if (k > i) {
                b.append(' ');
            }
            b.append(t.lower(k));
            Head h = heads.get(b.toString());
            if (h != null) {
                best = h;
            }
        }
        return best;
    }
}
