package org.incidentatlas.geoparse;

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
        for (String line : Lexicon.lines(resource)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
