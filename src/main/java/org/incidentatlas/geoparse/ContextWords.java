package org.incidentatlas.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists that tell a place-like name is something else by the words around it, each a resource file beside
 * this class: unit words that open an armed group's name ({@code unit-words.txt}), buildings that stand for an
 * institution ({@code institution-metonyms.txt}), and words that make a name a weapon model
 * ({@code weapon-words.txt}).
 */
final class ContextWords {
    private static volatile ContextWords standard;

    final Set<String> unitWords;
    final Set<String> institutionMetonyms;
    final Set<String> weaponWords;

    ContextWords(Set<String> unitWords, Set<String> institutionMetonyms, Set<String> weaponWords) {
        this.unitWords = Set.copyOf(unitWords);
        this.institutionMetonyms = Set.copyOf(institutionMetonyms);
        this.weaponWords = Set.copyOf(weaponWords);
    }

    static ContextWords standard() {
        ContextWords c = standard;
        if (c == null) {
            synchronized (ContextWords.class) {
                c = standard;
                if (c == null) {
                    c = new ContextWords(words("unit-words.txt"), words("institution-metonyms.txt"),
                            words("weapon-words.txt"));
                    standard = c;
                }
            }
        }
        return c;
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = ContextWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing geoparser resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read geoparser resource " + resource, e);
        }
        return out;
    }
}
