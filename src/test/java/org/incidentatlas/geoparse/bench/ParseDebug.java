package org.incidentatlas.geoparse.bench;

import java.nio.file.Path;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.model.PlaceMention;

/** Measurement only: prints every mention of the texts given as arguments (after the gazetteer dir). */
public final class ParseDebug {
    public static void main(String[] args) throws Exception {
        var g = args[0].equals("-") ? org.incidentatlas.gazetteer.GazetteerLoader.loadDefault() : TsvGazetteer.load(Path.of(args[0]));
        var p = new GazetteerGeoparser(g);
        for (int i = 1; i < args.length; i++) {
            System.out.println("== " + args[i]);
            for (PlaceMention m : p.parse(BenchmarkHarness.article("x", args[i]))) {
                System.out.printf("  %-20s %-9s %-18s %-15s %.2f %s%n", m.surface(), m.status(), m.rule(), m.role(),
                        m.confidence(), m.candidates().stream().limit(3).map(c -> c.place().id() + ":" + c.place().name()
                                + "/" + c.place().kind() + "=" + c.score()).toList());
            }
        }
    }
}
