package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.text.SentenceSplitter;

/**
 * A small hand-made extraction for UI tests until the real pipeline finds incidents: two articles, six places
 * (Baghdad, Ayn al-Asad, Albu Kamal, al-Mayadeen, Kirkuk governorate, Moscow), one incident at each, a
 * deployment, an unpinned incident and a rejected mention, each with evidence into the article text.
 */
public final class SyntheticExtraction {
    public static final Place BAGHDAD = new Place("gn:98182", "Baghdad", PlaceKind.CITY, "PPLC", "IQ", "IQ.07",
            33.341, 44.401, 7_216_000, 20);
    public static final Place AYN_AL_ASAD = new Place("sup:ain-al-asad", "Ayn al-Asad", PlaceKind.BASE, "MILB", "IQ",
            "IQ.01", 33.786, 42.441, 0, 3);
    public static final Place ALBU_KAMAL = new Place("gn:172515", "Albu Kamal", PlaceKind.TOWN, "PPL", "SY", "SY.05",
            34.452, 40.919, 50_000, 4);
    public static final Place AL_MAYADEEN = new Place("gn:166365", "al-Mayadeen", PlaceKind.TOWN, "PPL", "SY",
            "SY.05", 35.021, 40.451, 44_000, 4);
    public static final Place KIRKUK = new Place("a1:IQ.13", "Kirkuk", PlaceKind.ADMIN1, "ADM1", "IQ", "IQ.13",
            35.4, 44.2, 1_600_000, 60);
    /** The city of Kirkuk: the other candidate for "Kirkuk" (the governorate wins). */
    public static final Place KIRKUK_CITY = new Place("gn:94787", "Kirkuk", PlaceKind.CITY, "PPLA", "IQ", "IQ.13",
            35.468, 44.392, 601_433, 8);
    public static final Place MOSCOW = new Place("gn:524901", "Moscow", PlaceKind.CITY, "PPLC", "RU", "RU.48",
            55.756, 37.617, 10_381_222, 25);

    public static final String TEXT_1 = "US strikes and militia reprisals\n\n"
            + "On 3 January 2020 a US drone strike near Baghdad airport killed the commander of the Quds Force. "
            + "Five days later Iran fired missiles at Ayn al-Asad air base, where US troops are stationed. "
            + "Harakat al-Nujaba fighters have been deployed in Albu Kamal since 2018. "
            + "The donor notice below is not news.";
    public static final String TEXT_2 = "Border clashes\n\n"
            + "Militiamen clashed with Islamic State remnants near al-Mayadeen on 12 February 2020. "
            + "A new headquarters was set up in Kirkuk province in March 2020. "
            + "Nujaba leaders met officials in Moscow in May 2020. "
            + "Unknown gunmen attacked a checkpoint somewhere in the desert.";

    private SyntheticExtraction() {
    }

    public static Article article(String id, String title, String publisher, LocalDate published, String text) {
        return new Article(id, "/fixture/" + id, title, publisher, null, "https://example.org/" + id, published, null,
                text, SentenceSplitter.split(text), List.of(), null);
    }

    public static Extraction extraction() {
        Article a1 = article("001_strikes.txt", "US strike in Baghdad, Iranian missiles on Ayn al-Asad", "Example Post",
                LocalDate.of(2020, 1, 9), TEXT_1);
        Article a2 = article("002_clashes.txt", "Clashes near al-Mayadeen", "Example Wire", LocalDate.of(2020, 5, 20),
                TEXT_2);
        List<PlaceMention> mentions = new ArrayList<>();
        mentions.add(mention(a1, "Baghdad", BAGHDAD));
        mentions.add(mention(a1, "Ayn al-Asad", AYN_AL_ASAD));
        mentions.add(mention(a1, "Albu Kamal", ALBU_KAMAL));
        mentions.add(mention(a2, "al-Mayadeen", AL_MAYADEEN));
        mentions.add(new PlaceMention(ev(a2, "Kirkuk"), "Kirkuk", MentionRole.LITERAL, MentionStatus.RESOLVED,
                "fixture", KIRKUK, List.of(new Candidate(KIRKUK, 0.9, "province named"),
                        new Candidate(KIRKUK_CITY, 0.5, "city of the same name")), 0.9));
        mentions.add(mention(a2, "Moscow", MOSCOW));
        mentions.add(new PlaceMention(ev(a2, "Islamic State"), "Islamic State", MentionRole.NOT_A_PLACE,
                MentionStatus.REJECTED, "organisation-name", null, List.of(), 0.9));
        Actor us = new Actor("us-forces", "US", ActorType.STATE_FORCES, ev(a1, "US drone"));
        Actor iran = new Actor("iran", "Iran", ActorType.STATE_FORCES, ev(a1, "Iran"));
        Actor nujaba = new Actor("nujaba", "Harakat al-Nujaba", ActorType.ARMED_GROUP, ev(a1, "Harakat al-Nujaba"));
        List<Incident> incidents = List.of(
                incident("i1", "Explosions/Remote violence: Air/drone strike", day(2020, 1, 3, "3 January 2020"),
                        BAGHDAD, 2, List.of(us), 1, ev(a1, "a US drone strike near Baghdad airport")),
                incident("i2", "Explosions/Remote violence: Shelling/artillery/missile attack",
                        day(2020, 1, 8, "Five days later"), AYN_AL_ASAD, 1, List.of(iran), null,
                        ev(a1, "Iran fired missiles at Ayn al-Asad")),
                incident("i3", "Battles: Armed clash", day(2020, 2, 12, "12 February 2020"), AL_MAYADEEN, 2,
                        List.of(), null, ev(a2, "clashed with Islamic State remnants near al-Mayadeen")),
                incident("i4", "Strategic developments: Headquarters or base established",
                        month(2020, 3, "March 2020"), KIRKUK, 3, List.of(), null,
                        ev(a2, "A new headquarters was set up in Kirkuk province")),
                incident("i5", "Strategic developments: Agreement", month(2020, 5, "May 2020"), MOSCOW, 1,
                        List.of(), null, ev(a2, "Nujaba leaders met officials in Moscow")),
                incident("i6", "Violence against civilians: Attack", EventDate.unresolved("somewhere"), null, 0,
                        List.of(), null, ev(a2, "Unknown gunmen attacked a checkpoint")),
                incident("i7", "Violence against civilians: Attack", day(2020, 1, 3, "3 January 2020"), BAGHDAD, 1,
                        List.of(), null, ev(a1, "killed the commander of the Quds Force")));
        List<Deployment> deployments = List.of(new Deployment("d1", nujaba, ALBU_KAMAL, 1,
                new EventDate(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), DatePrecision.YEAR, "since 2018",
                        true), List.of(ev(a1, "Harakat al-Nujaba fighters have been deployed in Albu Kamal"))));
        return new Extraction(List.of(a1, a2), mentions, incidents, deployments,
                List.of(new LoadProblem("/fixture/broken.html", LoadProblem.Severity.ERROR, "not UTF-8 at byte 12")));
    }

    static EventDate day(int y, int m, int d, String text) {
        return EventDate.day(LocalDate.of(y, m, d), text);
    }

    static EventDate month(int y, int m, String text) {
        LocalDate s = LocalDate.of(y, m, 1);
        return new EventDate(s, s.plusMonths(1).minusDays(1), DatePrecision.MONTH, text, false);
    }

    static Incident incident(String id, String type, EventDate date, Place place, int prec, List<Actor> actors,
                             Integer killed, Evidence evidence) {
        return new Incident(id, EventType.parse(type), date, place, prec, actors, killed, EventStatus.REPORTED,
                List.of(evidence), List.of(evidence.articleId()), null);
    }

    /** Evidence for the first occurrence of {@code words} in the article (fails loudly if absent). */
    public static Evidence ev(Article a, String words) {
        int start = a.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("not in " + a.id() + ": " + words);
        }
        return Evidence.of(a.id(), a.sentenceAt(start), start, start + words.length());
    }

    static PlaceMention mention(Article a, String surface, Place p) {
        return new PlaceMention(ev(a, surface), surface, MentionRole.LITERAL, MentionStatus.RESOLVED, "fixture", p,
                List.of(new Candidate(p, 1, "only")), 0.9);
    }
}
