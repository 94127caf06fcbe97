package org.incidentatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** DOM parsing shared by the benchmark readers: no DTDs or external entities, so no file or network access. */
final class BenchmarkXml {
    private BenchmarkXml() {
    }

    static Document parse(Path file) throws GoldFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setCoalescing(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in, file.toUri().toString());
        } catch (SAXException e) {
            throw new GoldFormatException(file, "malformed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new GoldFormatException(file, "cannot read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text of the first child element called {@code name}, or null. Not trimmed: article text keeps its offsets. */
    static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static java.util.List<Element> children(Element parent, String name) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Double number(String s) {
        String t = trimmed(s);
        return t == null ? null : Double.valueOf(t);
    }

    /** Reads one benchmark's toponym element; may add problems; throws on a malformed element. */
    @FunctionalInterface
    interface ToponymParser {
        java.util.Optional<ToponymGold> parse(String id, String text, Element toponym,
                java.util.List<org.incidentatlas.model.LoadProblem> problems, Path file);
    }

    /**
     * The loop both benchmark formats share: {@code <articles><article><text/><toponyms><toponym/>...}. Each article
     * becomes a document whose id is {@code idPrefix} + the {@code idAttribute}; a malformed toponym is skipped with a
     * warning, an article without text with an error, and a file without any article is refused.
     */
    static GoldCorpus readArticles(Path file, String benchmark, String idAttribute, String idPrefix, ToponymParser parser)
            throws GoldFormatException {
        Element root = parse(file).getDocumentElement();
        if (!root.getTagName().equals("articles")) {
            throw new GoldFormatException(file, "not " + benchmark + " XML: root element is <" + root.getTagName()
                    + ">, expected <articles>");
        }
        java.util.List<GoldDocument> docs = new java.util.ArrayList<>();
        java.util.List<org.incidentatlas.model.LoadProblem> problems = new java.util.ArrayList<>();
        for (Element a : children(root, "article")) {
            String id = idPrefix + a.getAttribute(idAttribute);
            String text = childText(a, "text");
            if (text == null) {
                problems.add(new org.incidentatlas.model.LoadProblem(file.toString(),
                        org.incidentatlas.model.LoadProblem.Severity.ERROR, id + ": article without <text>, skipped"));
                continue;
            }
            java.util.List<ToponymGold> toponyms = new java.util.ArrayList<>();
            for (Element t : children(child(a, "toponyms"), "toponym")) {
                try {
                    parser.parse(id, text, t, problems, file).ifPresent(toponyms::add);
                } catch (RuntimeException e) {
                    problems.add(new org.incidentatlas.model.LoadProblem(file.toString(),
                            org.incidentatlas.model.LoadProblem.Severity.WARNING, id + ": toponym skipped: " + e.getMessage()));
                }
            }
            toponyms.sort(java.util.Comparator.comparingInt((ToponymGold g) -> g.span().start())
                    .thenComparingInt(g -> g.span().end()));
            docs.add(new GoldDocument(id, trimmed(childText(a, "title")), text, toponyms));
        }
        if (docs.isEmpty()) {
            throw new GoldFormatException(file, "no <article> with <text> found");
        }
        return new GoldCorpus(benchmark, file.toString(), docs, problems);
    }
}
