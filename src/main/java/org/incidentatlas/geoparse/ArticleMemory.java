package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What spotting has learned about one article so far, shared by its components: the spots found (in text order),
 * the folded names the article uses for persons (surnames, whole names) and for outlets ("fars" after "Fars News
 * Agency"). A name used for a person or an outlet anywhere is not a place elsewhere either, unless a preposition
 * makes it one.
 */
final class ArticleMemory {
    final String text;
    final List<Spot> spots = new ArrayList<>();
    /** Folded names the article uses for persons (surnames, whole names). */
    final Set<String> personKeys = new HashSet<>();
    /** Folded place-like names the article uses for outlets ("fars" after "Fars News Agency"). */
    final Set<String> outletKeys = new HashSet<>();

    ArticleMemory(String text) {
        this.text = text;
    }

    /** Rejects the spot as an outlet and, unless the article's outlets already said so, remembers its name. */
    void outlet(Spot s, String reason) {
        s.reject(RejectReason.OUTLET);
        if (!reason.equals("outlet-in-article")) {
            outletKeys.add(s.key);
        }
        s.typeWord = reason;
    }
}
