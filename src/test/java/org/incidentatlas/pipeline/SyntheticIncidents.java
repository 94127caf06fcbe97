package org.incidentatlas.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/** A reproducible extraction of any size for filter tests and the benchmark. */
public final class SyntheticIncidents {
    private static final String[][] TYPES = {
        {"Battles", "Armed clash"}, {"Explosions/Remote violence", "Air/drone strike"},
        {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
        {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
        {"Violence against civilians", "Attack"}, {"Strategic developments", "Headquarters or base established"},
        {"Strategic developments", "Other"}, {"Protests", "Peaceful protest"}};
    private static final String[] ACTORS = {"Harakat Hezbollah al-Nujaba", "Kataib Hezbollah", "Asaib Ahl al-Haq",
        "Kataib Sayyid al-Shuhada", "Popular Mobilization Forces", "Islamic State", "US forces", "Iraqi Army",
        "Turkish Armed Forces", "PKK", "Badr Organization", "Saraya al-Salam", "unidentified gunmen"};
    private static final String[] PLACES = {"Ain al-Asad", "Baghdad", "Abu Kamal", "al-Qaim", "Mosul", "Erbil",
        "Kirkuk", "Tikrit", "Samarra", "Fallujah", "Ramadi", "Hit", "Haditha", "Jurf al-Sakhar", "Basra", "Deir ez-Zor"};
    private static final String[] PUBLISHERS = {"Reuters", "AP", "Al-Monitor", "Rudaw", "Shafaq News", "Sot al-Iraq", null};

    private SyntheticIncidents() {
    }

    public static Extraction generate(int n, long seed) {
        Random r = new Random(seed);
        int articles = Math.max(1, n / 500);
        List<Article> as = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            List<Sentence> sentences = new ArrayList<>();
            for (int s = 0; s < 40; s++) {
                int start = text.length();
                text.append("In ").append(PLACES[r.nextInt(PLACES.length)]).append(", ")
                        .append(ACTORS[r.nextInt(ACTORS.length)]).append(" fighters were reported near the road ")
                        .append("after a strike that sources described in detail on the day. ");
                sentences.add(new Sentence(s, new TextSpan(start, text.length() - 1), false));
            }
            as.add(new Article("art-" + a + ".txt", "synthetic/art-" + a + ".txt", "Article " + a,
                    PUBLISHERS[a % PUBLISHERS.length], null, null, LocalDate.of(2015, 1, 1).plusDays(a), null,
                    text.toString(), sentences, List.of(), null));
        }
        List<Place> places = new ArrayList<>();
        for (int p = 0; p < 500; p++) {
            places.add(new Place("syn:" + p, PLACES[p % PLACES.length] + (p < PLACES.length ? "" : " " + p),
                    PlaceKind.TOWN, "PPL", "IQ", null, 29 + r.nextDouble() * 8, 39 + r.nextDouble() * 9, 1000, 2));
        }
        List<Incident> incidents = new ArrayList<>(n);
        LocalDate base = LocalDate.of(2014, 1, 1);
        for (int i = 0; i < n; i++) {
            String[] t = TYPES[r.nextInt(TYPES.length)];
            int roll = r.nextInt(100);
            LocalDate d = base.plusDays(r.nextInt(3650));
            EventDate date;
            if (roll < 60) {
                date = EventDate.day(d, "on " + d);
            } else if (roll < 70) {
                date = new EventDate(d, d.plusDays(6), DatePrecision.WEEK, "that week", false);
            } else if (roll < 85) {
                LocalDate m = d.withDayOfMonth(1);
                date = new EventDate(m, m.plusMonths(1).minusDays(1), DatePrecision.MONTH, "in " + m.getMonth(), false);
            } else if (roll < 93) {
                LocalDate y = d.withDayOfYear(1);
                date = new EventDate(y, y.plusYears(1).minusDays(1), DatePrecision.YEAR, "in " + y.getYear(), false);
            } else {
                date = EventDate.unresolved("recently");
            }
            List<Actor> actors = new ArrayList<>();
            int na = r.nextInt(3);
            for (int k = 0; k < na; k++) {
                String name = ACTORS[r.nextInt(ACTORS.length)];
                if (actors.stream().noneMatch(x -> x.name().equals(name))) {
                    actors.add(new Actor(null, name, ActorType.ARMED_GROUP, null));
                }
            }
            Article a = as.get(r.nextInt(as.size()));
            int s = r.nextInt(a.sentences().size());
            TextSpan span = a.sentences().get(s).span();
            Place place = r.nextInt(10) == 0 ? null : places.get(r.nextInt(places.size()));
            incidents.add(new Incident("syn-" + i, new EventType(t[0], t[1]), date, place, place == null ? 0 : 1 + r.nextInt(3),
                    actors, r.nextInt(4) == 0 ? r.nextInt(20) : null, EventStatus.values()[r.nextInt(EventStatus.values().length)],
                    List.of(new Evidence(a.id(), s, span)), List.of(a.id()), null));
        }
        return new Extraction(as, List.of(), incidents, List.of(), List.of());
    }
}
