package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists around the triggers, read from {@value #RESOURCE} (kind, phrase, optional note; one phrase a
 * row): reporting verbs, words that end a clause, nouns that make a capitalised name an institution rather than a
 * place, crime and conflict words. The grammar that uses them (what stands before or after, which flags) stays in
 * the component; the words are data. A phrase ending in {@code *} matches any word it begins ("terror*"). A bad row
 * names the file and line. Immutable once loaded.
 */
final class EventCues {
    static final String RESOURCE = "event-cues.tsv";
    private static final Map<String, List<String>> KINDS = load();

    private EventCues() {
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (org.incidentatlas.text.DataLines.Row row : org.incidentatlas.text.DataLines.read(EventCues.class, RESOURCE)) {
            String line = row.text();
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected kind <TAB> phrase, found \"" + line + "\"");
            }
            kinds.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(f[1].strip());
        }
        kinds.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(kinds);
    }

    /** The phrases of one kind, in file order; a kind the file lacks is a packaging error. */
    static List<String> phrases(String kind) {
        List<String> p = KINDS.get(kind);
        if (p == null) {
            throw new IllegalStateException(RESOURCE + ": no rows of kind " + kind);
        }
        return p;
    }

    static Set<String> set(String kind) {
        return Set.copyOf(new LinkedHashSet<>(phrases(kind)));
    }

    /** The phrases of one kind as a regex alternation without word boundaries: {@code (?:a|b c|terror\w*)}. */
    static String alternation(String kind) {
        StringBuilder sb = new StringBuilder("(?:");
        boolean first = true;
        for (String p : phrases(kind)) {
            if (!first) {
                sb.append('|');
            }
            first = false;
            sb.append(fragment(p));
        }
        return sb.append(')').toString();
    }

    /** {@code \b(?:a|b|c)\b} over the phrases of one kind. */
    static Pattern words(String kind, int flags) {
        return Pattern.compile("\\b" + alternation(kind) + "\\b", flags);
    }

    /** A phrase as a regex: letters, digits, spaces and apostrophes literal, other characters escaped, a final * any word ending. */
    static String fragment(String phrase) {
        boolean prefix = phrase.endsWith("*");
        String body = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '’') {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        if (prefix) {
            sb.append("\\w*");
        }
        return sb.toString();
    }
}
