package org.incidentatlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;

/**
 * Writes OGC KML 2.2 for Google Earth and GIS tools: a Folder of incident Placemarks styled by event type, a
 * Folder of deployments, and a Folder of unpinned incidents as Placemarks without geometry (listed, never put on a
 * centroid). A day-precise date becomes a {@code TimeStamp}, anything coarser or a range a {@code TimeSpan}, so the
 * time slider shows an event for as long as it may have happened; undated ones have no time and always show.
 * The description quotes the sentences with publisher, title and date. Text goes through a streaming XML writer,
 * so everything is escaped; characters XML 1.0 forbids are dropped.
 */
public final class KmlWriter {
    public static final String NS = "http://www.opengis.net/kml/2.2";

    /** Icon colours (KML aabbggrr) for the ACLED event types; other types get one from a fixed palette. */
    private static final Map<String, String> TYPE_COLOURS = Map.of(
            "battles", "ff3c3cd7",
            "explosions/remote violence", "ff1e8cff",
            "violence against civilians", "ff8c1e8c",
            "protests", "ff3cb43c",
            "riots", "ff00d7ff",
            "strategic developments", "ffc88c3c");
    private static final String[] PALETTE = {"ff7f7f7f", "ffb4783c", "ff3cb4b4", "ffb43cb4"};

    public void write(Extraction x, String scope, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            write(x, scope, w);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    private void write(Extraction x, String scope, XMLStreamWriter w) throws XMLStreamException {
        ArticleIndex articles = new ArticleIndex(x);
        List<Incident> pinned = new ArrayList<>();
        List<Incident> unpinned = new ArrayList<>();
        Map<String, String> styles = new LinkedHashMap<>();
        for (Incident i : x.incidents()) {
            (i.isPinned() ? pinned : unpinned).add(i);
            styles.computeIfAbsent(i.type().type(), t -> "type-" + styles.size());
        }
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("kml");
        w.writeDefaultNamespace(NS);
        w.writeStartElement("Document");
        element(w, "name", "Incident Atlas export");
        element(w, "description", "Scope: " + scope + ". " + pinned.size() + " incidents on the map, "
                + unpinned.size() + " without a place (folder \"Unpinned incidents\"), "
                + x.deployments().size() + " deployments, from " + x.articles().size() + " articles.");
        for (Map.Entry<String, String> s : styles.entrySet()) {
            style(w, s.getValue(), colour(s.getKey()), 1.0);
        }
        style(w, "deployment", "ff000000", 0.8);
        w.writeStartElement("ExtendedData");
        data(w, "generator", "Incident Atlas");
        data(w, "scope", scope);
        w.writeEndElement();

        folder(w, "Incidents", "Incidents with a place, styled by event type.");
        for (Incident i : pinned) {
            incident(w, i, styles.get(i.type().type()), articles);
        }
        w.writeEndElement();
        folder(w, "Deployments", "Where an actor is said to be present, since when.");
        for (Deployment d : x.deployments()) {
            deployment(w, d, articles);
        }
        w.writeEndElement();
        folder(w, "Unpinned incidents", "Incidents whose place the text does not give; listed, not drawn.");
        for (Incident i : unpinned) {
            incident(w, i, styles.get(i.type().type()), articles);
        }
        w.writeEndElement();

        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
    }

    private static void incident(XMLStreamWriter w, Incident i, String style, ArticleIndex articles)
            throws XMLStreamException {
        w.writeStartElement("Placemark");
        w.writeAttribute("id", xmlId("incident-" + i.id()));
        String where = i.place() != null ? " – " + i.place().name() : i.area() != null ? " – " + i.area().name() : "";
        element(w, "name", (i.type().subType().isEmpty() ? i.type().type() : i.type().subType()) + where);
        StringBuilder html = new StringBuilder();
        html.append("<b>").append(html(i.type().label())).append("</b><br/>");
        html.append("Date: ").append(html(describe(i.date()))).append("<br/>");
        if (i.place() != null) {
            html.append("Place: ").append(html(i.place().name())).append(" (geo precision ").append(i.geoPrecision())
                    .append(")<br/>");
        } else if (i.area() != null) {
            html.append("Somewhere in: ").append(html(i.area().name())).append(" (no point given)<br/>");
        }
        if (!i.actors().isEmpty()) {
            html.append("Actors: ").append(html(i.actors().stream().map(Actor::name).collect(Collectors.joining("; "))))
                    .append("<br/>");
        }
        html.append("Status: ").append(i.status().name().toLowerCase(Locale.ROOT)).append("<br/>");
        if (i.fatalities() != null) {
            html.append("Fatalities: ").append(i.fatalities()).append("<br/>");
        }
        quotes(html, i.evidence(), articles);
        element(w, "description", html.toString());
        time(w, i.date());
        w.writeStartElement("styleUrl");
        w.writeCharacters("#" + style);
        w.writeEndElement();
        w.writeStartElement("ExtendedData");
        data(w, "id", i.id());
        data(w, "event_type", i.type().type());
        data(w, "sub_event_type", i.type().subType());
        data(w, "date", i.date().iso());
        data(w, "date_precision", i.date().precision().name().toLowerCase(Locale.ROOT));
        data(w, "actors", i.actors().stream().map(Actor::name).collect(Collectors.joining("; ")));
        data(w, "status", i.status().name().toLowerCase(Locale.ROOT));
        data(w, "sources", String.join("; ", i.sources()));
        w.writeEndElement();
        point(w, i.place());
        w.writeEndElement();
    }

    private static void deployment(XMLStreamWriter w, Deployment d, ArticleIndex articles) throws XMLStreamException {
        w.writeStartElement("Placemark");
        w.writeAttribute("id", xmlId("deployment-" + d.id()));
        element(w, "name", d.actor().name() + (d.place() != null ? " at " + d.place().name()
                : d.area() != null ? " in " + d.area().name() : ""));
        StringBuilder html = new StringBuilder();
        html.append("<b>Deployment: ").append(html(d.actor().name())).append("</b><br/>");
        html.append("Since: ").append(html(describe(d.since()))).append("<br/>");
        if (d.place() == null && d.area() != null) {
            html.append("Somewhere in: ").append(html(d.area().name())).append(" (no point given)<br/>");
        }
        quotes(html, d.evidence(), articles);
        element(w, "description", html.toString());
        time(w, d.since());
        w.writeStartElement("styleUrl");
        w.writeCharacters("#deployment");
        w.writeEndElement();
        w.writeStartElement("ExtendedData");
        data(w, "id", d.id());
        data(w, "actor", d.actor().name());
        data(w, "since", d.since().iso());
        w.writeEndElement();
        point(w, d.place());
        w.writeEndElement();
    }

    private static void quotes(StringBuilder html, List<Evidence> evidence, ArticleIndex articles) {
        for (Evidence e : evidence) {
            String q = articles.sentence(e);
            Article a = articles.get(e.articleId());
            // dir="auto": an Arabic quote reads right to left beside the English place name
            html.append("<blockquote dir=\"auto\">“").append(html(q == null ? "(sentence not available)" : q.strip()))
                    .append("”</blockquote>— ");
            if (a == null) {
                html.append(html(e.articleId()));
            } else {
                if (a.publisher() != null) {
                    html.append(html(a.publisher())).append(", ");
                }
                html.append("<i>").append(html(a.displayTitle())).append("</i>");
                if (a.published() != null) {
                    html.append(", ").append(a.published());
                } else if (a.publishedApprox() != null) {
                    html.append(", ~").append(html(a.publishedApprox()));
                }
                if (Links.webOnly(a.url()) != null) {
                    html.append(" <a href=\"").append(html(Links.webOnly(a.url()))).append("\">source</a>");
                }
            }
            html.append("<br/>");
        }
    }

    /** TimeStamp for one day, TimeSpan for a coarser date or a range ("since" ranges have no end). */
    private static void time(XMLStreamWriter w, EventDate d) throws XMLStreamException {
        if (!d.isResolved()) {
            return;
        }
        if (d.precision() == DatePrecision.DAY && d.start().equals(d.end()) && !d.openEnd()) {
            w.writeStartElement("TimeStamp");
            element(w, "when", d.start().toString());
            w.writeEndElement();
            return;
        }
        w.writeStartElement("TimeSpan");
        element(w, "begin", d.start().toString());
        if (!d.openEnd()) {
            element(w, "end", d.end().toString());
        }
        w.writeEndElement();
    }

    private static void point(XMLStreamWriter w, Place p) throws XMLStreamException {
        if (p == null) {
            return;
        }
        w.writeStartElement("Point");
        element(w, "coordinates", plain(p.lon()) + "," + plain(p.lat()));
        w.writeEndElement();
    }

    private static void style(XMLStreamWriter w, String id, String colour, double scale) throws XMLStreamException {
        w.writeStartElement("Style");
        w.writeAttribute("id", id);
        w.writeStartElement("IconStyle");
        element(w, "color", colour);
        element(w, "scale", String.valueOf(scale));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void folder(XMLStreamWriter w, String name, String description) throws XMLStreamException {
        w.writeStartElement("Folder");
        element(w, "name", name);
        element(w, "description", description);
    }

    private static void data(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("Data");
        w.writeAttribute("name", name);
        element(w, "value", value == null ? "" : value);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(xmlSafe(text));
        w.writeEndElement();
    }

    private static String colour(String type) {
        String c = TYPE_COLOURS.get(type.toLowerCase(Locale.ROOT));
        return c != null ? c : PALETTE[Math.floorMod(type.hashCode(), PALETTE.length)];
    }

    private static String describe(EventDate d) {
        if (!d.isResolved()) {
            return "unknown" + (d.text() == null ? "" : " (\"" + d.text() + "\")");
        }
        String p = d.precision().name().toLowerCase(Locale.ROOT);
        if (d.openEnd()) {
            return "since " + d.iso() + " (" + p + ")";
        }
        return (d.start().equals(d.end()) || d.precision() != DatePrecision.DAY ? d.iso() : d.start() + " to " + d.end())
                + " (" + p + ")";
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).toPlainString();
    }

    /** An xsd:ID: letters, digits, '-', '_', '.', starting with a letter. */
    private static String xmlId(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Drops characters XML 1.0 does not allow (control characters, lone surrogates). */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1)))
                    || (Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(s.charAt(k - 1)));
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, k));
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
