package org.incidentatlas.io;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/** A small extraction with the awkward cases every export must survive. */
public final class ExportSamples {
    public static final String TEXT_A = "Rockets hit Ain al-Asad, a \"key\" base, on 5 January 2020. "
            + "Kataib Hezbollah, Harakat Hezbollah al-Nujaba & others <denied> it.";
    public static final String TEXT_B = "Last March the group moved fighters to Albu Kamal,\nsources said. "
            + "Someone threatened to strike.";
    public static final Place AIN_AL_ASAD = new Place("sup:ain-al-asad", "Ain al-Asad Air Base", PlaceKind.BASE,
            "MILB", "IQ", "01", 33.7856, 42.4412, 0, 3);
    public static final Place ABU_KAMAL = new Place("gn:172515", "Abu Kamal", PlaceKind.TOWN, "PPL", "SY", "05",
            34.4506, 40.9171, 51_000, 4);
    public static final Place IRAQ = new Place("cc:IQ", "Iraq", PlaceKind.COUNTRY, "PCLI", "IQ", null, 33, 44, 0, 373.5);
    public static final Place HIT = new Place("gn:95788", "Hit", PlaceKind.TOWN, "PPL", "IQ", "01",
            33.6416, 42.8251, 60_000, 4);

    private ExportSamples() {
    }

    public static Extraction extraction() {
        Article a = new Article("a.txt", "corpus/a.txt", "Strike on \"Ain al-Asad\"", "Sot <al-Iraq>", null,
                "https://example.org/a?x=1&y=2", LocalDate.of(2020, 1, 6), null, TEXT_A,
                List.of(new Sentence(0, new TextSpan(0, 57), false), new Sentence(1, new TextSpan(58, TEXT_A.length()), false)),
                List.of(), null);
        Article b = new Article("b.txt", "corpus/b.txt", null, "Al-Sharq, Al-Awsat", null, null, LocalDate.of(2018, 6, 1),
                null, TEXT_B, List.of(new Sentence(0, new TextSpan(0, 64), false), new Sentence(1, new TextSpan(65, TEXT_B.length()), false)),
                List.of(), null);
        Actor kh = new Actor("kataib-hezbollah", "Kataib Hezbollah", ActorType.ARMED_GROUP, Evidence.of("a.txt", 1, 58, 74));
        Actor nujaba = new Actor("nujaba", "Harakat Hezbollah al-Nujaba", ActorType.ARMED_GROUP, Evidence.of("a.txt", 1, 76, 103));
        Actor others = new Actor(null, "others", ActorType.UNKNOWN, null);
        Incident strike = new Incident("a.txt#1", new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                EventDate.day(LocalDate.of(2020, 1, 5), "5 January 2020"), AIN_AL_ASAD, 1, List.of(kh, nujaba, others), 0,
                EventStatus.REPORTED, List.of(Evidence.of("a.txt", 0, 0, 57), Evidence.of("a.txt", 1, 58, 120)),
                List.of("a.txt"), null);
        Incident move = new Incident("b.txt#1", new EventType("Strategic developments", "Headquarters or base established"),
                new EventDate(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31), DatePrecision.MONTH, "Last March", false),
                ABU_KAMAL, 2, List.of(nujaba), null, EventStatus.ALLEGED, List.of(Evidence.of("b.txt", 0, 0, 64)),
                List.of("b.txt"), "merged with b.txt#3, same place and month");
        Incident threat = new Incident("b.txt#2", new EventType("Strategic developments", "Other"),
                EventDate.unresolved("soon"), null, 3, List.of(), null, EventStatus.THREATENED,
                List.of(Evidence.of("b.txt", 1, 65, 93)), List.of("b.txt"), null, IRAQ);
        Deployment dep = new Deployment("dep-1", nujaba, ABU_KAMAL, 1,
                new EventDate(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 6, 1), DatePrecision.YEAR, "since 2017", true),
                List.of(Evidence.of("b.txt", 0, 0, 64)));
        PlaceMention ainMention = new PlaceMention(Evidence.of("a.txt", 0, 12, 23), "Ain al-Asad", MentionRole.LITERAL,
                MentionStatus.RESOLVED, "supplement", AIN_AL_ASAD,
                List.of(new Candidate(AIN_AL_ASAD, 0.55, "base"), new Candidate(HIT, 0.5, "nearby town")), 0.55);
        PlaceMention outlet = new PlaceMention(Evidence.of("a.txt", 0, 0, 3), "Sot al-Iraq", MentionRole.NOT_A_PLACE,
                MentionStatus.REJECTED, "outlet", null, List.of(), 0);
        return new Extraction(List.of(a, b), List.of(ainMention, outlet), List.of(strike, move, threat), List.of(dep),
                List.of());
    }
}
