package org.incidentatlas.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.incidentatlas.model.ActorType;

/**
 * Whether an article reads as crime news: crime or accident words in at least two forms ("suspect", "charged with",
 * "robbery") and neither a conflict actor nor a word of armed conflict or terrorism anywhere in it. Its shootings,
 * stabbings and kidnappings are then not political violence. The words are data ({@link EventCues}).
 */
final class CrimeNews {
    /** Words of crime reporting beyond {@link EventTyping#CRIMINAL}, to tell crime news from conflict news. */
    private static final Pattern CRIME_WORD = EventCues.words("crime-word", Pattern.CASE_INSENSITIVE);
    /** Words that show an article is about terrorism or armed conflict even when no known group is named. */
    private static final Pattern CONFLICT_WORD = EventCues.words("conflict-word", Pattern.CASE_INSENSITIVE);
    /** The three word lists tried only where their first two chars can start a match ({@link PatternGate}): find()'s matches. */
    private static final PatternGate CONFLICT_GATE = new PatternGate(CONFLICT_WORD);
    private static final List<PatternGate> CRIME_GATES = List.of(EventTyping.CRIMINAL_GATE, new PatternGate(CRIME_WORD));

    private CrimeNews() {
    }

    static boolean is(ArticleContext ctx) {
        String text = ctx.text();
        if (CONFLICT_GATE.firstMatch(text) >= 0) {
            return false;
        }
        Set<String> words = new HashSet<>();
        for (PatternGate g : CRIME_GATES) {
            int[] m = g.matches(text, 0, text.length());
            for (int k = 0; k < m.length && words.size() < 2; k += 2) {
                if (!ctx.article().isBoilerplate(m[k])) {
                    words.add(text.substring(m[k], m[k + 1]).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (words.size() < 2) {
            return false;
        }
        for (ActorLexicon.Mention a : ctx.actors()) {
            if (a.entry() != null && (a.entry().type() == ActorType.ARMED_GROUP
                    || a.entry().type() == ActorType.STATE_FORCES && !ActorRoles.WEAK_ALIASES.contains(a.surface()))) {
                return false;
            }
        }
        return true;
    }
}
