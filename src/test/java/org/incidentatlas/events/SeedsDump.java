package org.incidentatlas.events;

import java.nio.file.Path;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Incident;

/** Prints what the extractor finds on the sample corpus with gold places (a development aid, run by hand). */
final class SeedsDump {
    public static void main(String[] args) throws Exception {
        Path seeds = SeedsFixture.seeds();
        RuleEventExtractor x = new RuleEventExtractor();
        for (SeedsFixture.Doc d : SeedsFixture.load(seeds)) {
            EventExtractor.Result r = x.extract(d.article(), d.mentions());
            System.out.println("=== " + d.article().id());
            for (Incident i : r.incidents()) {
                String where = i.place() != null ? i.place().name() + " gp" + i.geoPrecision() : "area " + (i.area() == null ? null : i.area().name());
                System.out.println("  I " + i.type().label() + " | " + i.date().iso() + " " + i.date().precision() + " '" + i.date().text() + "' | " + where
                        + " | " + i.status() + " | f=" + i.fatalities() + " | " + i.actors().stream().map(a -> a.name()).toList());
                i.evidence().forEach(e -> System.out.println("      " + e.span().of(d.article().text()).replace('\n', ' ').substring(0, Math.min(140, e.span().length()))));
            }
            for (Deployment dp : r.deployments()) {
                System.out.println("  D " + dp.actor().name() + " @ " + (dp.place() != null ? dp.place().name() : "area " + dp.area().name()) + " since " + dp.since().iso());
            }
        }
    }
}
