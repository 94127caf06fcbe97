package org.incidentatlas.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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

    private CrimeNews() {
    }

    static boolean is(ArticleContext ctx) {
        String text = ctx.text();
        if (CONFLICT_WORD.matcher(text).find()) {
            return false;
        }
        Set<String> words = new HashSet<>();
        for (Pattern p : List.of(EventTyping.CRIMINAL, CRIME_WORD)) {
            Matcher m = p.matcher(text);
            while (m.find() && words.size() < 2) {
                if (!ctx.article().isBoilerplate(m.start())) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
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
