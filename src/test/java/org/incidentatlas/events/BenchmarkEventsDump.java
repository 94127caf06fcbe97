package org.incidentatlas.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.io.GeoWebNewsReader;
import org.incidentatlas.io.GoldCorpus;
import org.incidentatlas.io.GoldDocument;
import org.incidentatlas.io.ToponymGold;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.text.ArticlePreparer;

/**
 * Development aid, run by hand: the extractor over GeoWebNews articles (read from ../shared, never copied) with
 * the benchmark's literal toponyms as places, printing every incident with its sentence, to judge precision on
 * news it was not written for.
 */
final class BenchmarkEventsDump {
    public static void main(String[] args) throws Exception {
        GoldCorpus c = args[0].contains("TR-News") ? new org.incidentatlas.io.TrNewsReader().read(Path.of(args[0])) : new GeoWebNewsReader().read(Path.of(args[0]));
        RuleEventExtractor x = new RuleEventExtractor();
        // With a second argument "geoparser", places come from the standard geoparser instead of the benchmark's gold.
        org.incidentatlas.geoparse.Geoparser geoparser = args.length > 1
                ? new org.incidentatlas.geoparse.GazetteerGeoparser(org.incidentatlas.gazetteer.GazetteerLoader.loadDefault()) : null;
        int n = 0;
        int docs = 0;
        for (GoldDocument d : c.documents()) {
            docs++;
            Article a = ArticlePreparer.prepare(d.id(), d.text(), null);
            List<PlaceMention> ms = new ArrayList<>();
            for (ToponymGold t : d.toponyms()) {
                if (!t.toponym() || !t.hasCoordinates() || !t.type().startsWith("Literal")) {
                    continue;
                }
                Place p = new Place("g:" + t.surface(), t.surface(), PlaceKind.CITY, null, null, null, t.lat(), t.lon(), 0, 10);
                ms.add(new PlaceMention(new Evidence(a.id(), a.sentenceAt(t.span().start()), t.span()), t.surface(), MentionRole.LITERAL,
                        MentionStatus.RESOLVED, "gold", p, List.of(new Candidate(p, 1, "gold")), 1));
            }
            EventExtractor.Result r = x.extract(a, geoparser != null ? geoparser.parse(a) : ms);
            for (org.incidentatlas.model.Deployment dp : r.deployments()) {
                Place p = dp.place() != null ? dp.place() : dp.area();
                System.out.println(d.id() + " | DEPLOYMENT " + dp.actor().name() + " @ " + p.name() + " | "
                        + a.sentences().get(dp.evidence().get(0).sentence()).of(a.text()).replace('\n', ' '));
            }
            for (Incident i : r.incidents()) {
                n++;
                Place p = i.place() != null ? i.place() : i.area();
                System.out.println(d.id() + " | " + i.type().label() + " | " + i.date().text() + " | " + (p == null ? "-" : p.name()) + " | "
                        + i.status() + " | " + a.sentences().get(i.evidence().get(0).sentence()).of(a.text()).replace('\n', ' '));
            }
        }
        System.out.println(n + " incidents in " + docs + " articles");
    }
}
