package org.incidentatlas.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name to the key the gazetteer is indexed by, so that spelling variants meet.
 * (Owner: gazetteer work. This first version only strips accents, case and punctuation.)
 */
public final class NameFolding {
    private NameFolding() {
    }

    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s;
    }
}
