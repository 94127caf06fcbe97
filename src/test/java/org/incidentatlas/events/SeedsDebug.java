package org.incidentatlas.events;

final class SeedsDebug {
    public static void main(String[] args) throws Exception {
        for (SeedsFixture.Doc d : SeedsFixture.load(SeedsFixture.seeds())) {
            if (!d.article().id().startsWith(args[0])) continue;
            for (var s : d.article().sentences()) System.out.println(s.index() + (s.boilerplate() ? " B " : "   ") + s.of(d.article().text()).substring(0, Math.min(100, s.span().length())));
            for (var m : d.mentions()) System.out.println(m.surface() + " " + m.role() + " " + m.span());
        }
    }
}
