package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;

/**
 * A name found in a sentence, on its way to becoming a {@link org.incidentatlas.model.PlaceMention}: its span, the
 * places its name matches, the context cues seen around it, and, once decided, its role or rejection reason.
 */
final class Spot {
    final int sentence;
    final int start;
    /** End of the surface (may include a following "province"/"governorate"). */
    int end;
    /** The folded name that was looked up; mentions with the same key share one sense in an article. */
    String key;
    List<Place> candidates;

    /** ISO code of the country a demonym refers to, or null. */
    String demonymOf;
    /** "admin", "settlement", "base", "airport" or null: what the words around the name say it is. */
    String typeHint;
    /** The generic head noun taken into the surface ("district", "air base", "embassy"), as written, or null. */
    String head;
    /** The kind of place the head names (AIRPORT for "airport"), or null without a head. */
    org.incidentatlas.model.PlaceKind headKind;
    /** The kind of place the words around it name, as written ("province"), for notes. */
    String typeWord;
    boolean locative;
    /** Lower-case "the" right before the name: "the Red Sea", "the Gulf", "the West Bank". */
    boolean definite;
    boolean fuzzy;
    /** A one-word ordinary English word or a sentence-initial word: kept only if the resolution is well supported. */
    boolean needsSupport;
    boolean metonymCue;
    /** One capitalised word (after any article): the reading most exposed to surnames and brands. */
    boolean singleWord;
    /** "European", "Kurdish": an adjective of a region that is not a country, resolved like a demonym. */
    boolean regionAdjective;
    /** Found in a headline or title-case line, where capitals say nothing. */
    boolean inHeadline;
    /** The word is also a common given name. */
    boolean givenName;
    boolean seat;
    /**
     * A name the gazetteer lacks that the sentence says is a place ("the village of X", "X village"): resolved to
     * its parent place, with the cue that made it one.
     */
    UnlistedPlaces.Cue unlisted;
    /** A capitalised admin word belongs to the name ("Orange County", "Kherson Oblast"): a place, not a word. */
    boolean properAdmin;
    /** A capitalised word follows the name directly: "Mississippi State", "Ohio Valley". */
    boolean beforeName;
    static final int FACILITY_PART = 1;
    static final int FACILITY_NAME = 2;
    static final int FACILITY_STREET = 3;
    /**
     * {@link #FACILITY_PART}: the name stands inside a facility's name ("Victoria Park", "Stade de France");
     * {@link #FACILITY_STREET}: inside a street's name ("Oxford Street"); {@link #FACILITY_NAME}: the whole
     * gazetteer name is also a facility's ("Hyde Park"); 0 otherwise.
     */
    int facility;
    /**
     * Spots that qualify this one: "X, Syria", "X in Anbar province", "Iraq's X". The shared empty list until
     * {@link #addQualifier} (most spots have none: no list per spot).
     */
    List<Spot> qualifiers = List.of();
    /** The country or region of an adjective before the feature word: "the English city of X", "the Syrian town of X". */
    Place adjectiveQualifier;

    MentionRole role = MentionRole.LITERAL;
    /** Rejection reason, or null while the spot is still a place. */
    RejectReason rejected;

    Spot(int sentence, int start, int end, String key, List<Place> candidates) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.key = key;
        this.candidates = candidates;
    }

    void addQualifier(Spot q) {
        if (qualifiers.isEmpty()) {
            qualifiers = new ArrayList<>(1);
        }
        qualifiers.add(q);
    }

    boolean isRejected() {
        return rejected != null;
    }

    void reject(RejectReason reason) {
        this.role = MentionRole.NOT_A_PLACE;
        this.rejected = reason;
    }

    /** The same with the reason's code ("person-name") and a role, for spotters that name reasons by code. */
    void reject(MentionRole r, String reason) {
        this.role = r;
        this.rejected = RejectReason.ofCode(reason);
    }
}
