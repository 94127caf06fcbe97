package org.incidentatlas.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;

/** Hand-built articles and place mentions for unit tests. */
final class Fixtures {
    static final Place IRAQ = place("cc:IQ", "Iraq", PlaceKind.COUNTRY, "IQ", 33.0, 43.7, 500);
    static final Place SYRIA = place("cc:SY", "Syria", PlaceKind.COUNTRY, "SY", 35.0, 38.5, 400);
    static final Place BAGHDAD = place("gn:98182", "Baghdad", PlaceKind.CITY, "IQ", 33.341, 44.401, 15);
    static final Place ANBAR = place("a1:IQ.01", "Al Anbar", PlaceKind.ADMIN1, "IQ", 33.0, 42.0, 150);
    static final Place KIRKUK = place("a1:IQ.13", "Kirkuk", PlaceKind.ADMIN1, "IQ", 35.4, 44.2, 80);
    static final Place ASAD = place("sup:ain-al-asad", "Al Asad Airbase", PlaceKind.BASE, "IQ", 33.786, 42.441, 3);
    static final Place ABU_KAMAL = place("gn:1", "Abu Kamal", PlaceKind.TOWN, "SY", 34.452, 40.919, 5);
    static final Place MAYADIN = place("gn:2", "Al Mayadin", PlaceKind.TOWN, "SY", 35.021, 40.451, 5);
    static final Place RAQQA = place("gn:3", "Raqqa", PlaceKind.CITY, "SY", 35.953, 39.008, 10);
    static final Place DEIR = place("a1:SY.05", "Deir ez-Zor", PlaceKind.ADMIN1, "SY", 35.0, 40.3, 100);
    static final Place LONDON = place("gn:2643743", "London", PlaceKind.CITY, "GB", 51.507, -0.128, 20);
    static final Place MOSCOW = place("gn:524901", "Moscow", PlaceKind.CITY, "RU", 55.756, 37.617, 20);

    static Place place(String id, String name, PlaceKind kind, String cc, double lat, double lon, double radius) {
        return new Place(id, name, kind, null, cc, null, lat, lon, 0, radius);
    }

    record Doc(Article article, List<PlaceMention> mentions) {
    }

    /**
     * An article whose places are given as "surface=place" pairs; a surface may be prefixed with a role
     * ("seat:London"). Every occurrence of each surface becomes a mention.
     */
    static Doc doc(String text, LocalDate published, Object... surfacesAndPlaces) {
        Article a = new Article("t.txt", "t.txt", null, null, null, null, published, null, text, SeedsFixture.sentences(text), List.of(), null);
        List<PlaceMention> ms = new ArrayList<>();
        for (int i = 0; i < surfacesAndPlaces.length; i += 2) {
            String surface = (String) surfacesAndPlaces[i];
            Place p = (Place) surfacesAndPlaces[i + 1];
            MentionRole role = MentionRole.LITERAL;
            if (surface.startsWith("seat:")) {
                role = MentionRole.ORGANISATION_SEAT;
                surface = surface.substring(5);
            } else if (surface.startsWith("demonym:")) {
                role = MentionRole.DEMONYM;
                surface = surface.substring(8);
            } else if (surface.startsWith("outlet:")) {
                role = MentionRole.NOT_A_PLACE;
                surface = surface.substring(7);
            }
            Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(surface) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                boolean rejected = role == MentionRole.NOT_A_PLACE;
                ms.add(new PlaceMention(Evidence.of(a.id(), a.sentenceAt(m.start()), m.start(), m.end()), m.group(), role,
                        rejected ? MentionStatus.REJECTED : MentionStatus.RESOLVED, "test", rejected ? null : p,
                        rejected ? List.of() : List.of(new Candidate(p, 1, "test")), 1));
            }
        }
        ms.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
        return new Doc(a, ms);
    }

    static String lower(Object o) {
        return String.valueOf(o).toLowerCase(Locale.ROOT);
    }
}
