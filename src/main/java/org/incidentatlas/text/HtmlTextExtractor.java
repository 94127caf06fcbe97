package org.incidentatlas.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.TextSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * HTML page to plain text with a map from every text offset back to the source, so a quote shown to the analyst
 * can be found in the original page. Block elements become line breaks (paragraph-like ones a blank line, so
 * each ends a sentence); script, style and other non-content elements yield nothing; navigation, footers,
 * sidebars, forms and comment or sharing widgets keep their text but come back as boilerplate spans.
 */
public final class HtmlTextExtractor {
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "head",
            "select", "button", "input", "textarea", "map", "audio", "video", "math");
    private static final Set<String> PARAGRAPH_BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "blockquote", "ul", "ol", "dl",
            "table", "figure", "figcaption", "header", "footer", "nav", "aside", "main", "pre", "form", "hr",
            "address", "fieldset", "details", "summary", "body", "center");
    private static final Set<String> LINE_BLOCKS = Set.of("li", "br", "tr", "dt", "dd", "caption", "option");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "footer", "aside", "form");
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?:^|[\\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|share|sharing|social|related"
                    + "|newsletter|subscribe|subscription|paywall|comments?|cookies?|promo|advert|advertisement"
                    + "|ads?|byline|author-bio|tags|skip-link)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "contentinfo", "complementary", "banner", "search", "form");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private HtmlTextExtractor() {
    }

    /**
     * The extracted page. {@code sourceOffsets[i]} is the offset in the HTML source of text character {@code i};
     * the array has one extra element, the source offset just after the last character. {@code boilerplate}
     * holds spans of the text that came from navigation, footers, forms and similar page furniture.
     * {@code title} and {@code published} are null when the page does not state them.
     */
    public record HtmlText(String text, int[] sourceOffsets, List<TextSpan> boilerplate, String title,
            LocalDate published) {
        public HtmlText {
            boilerplate = List.copyOf(boilerplate);
        }
    }

    /**
     * The page's text, sanitised ({@link TextSanitizer}: a {@code &#0;} or {@code &#xD800;} becomes U+FFFD, control
     * characters are dropped) with offsets into {@code html} as given.
     */
    public static HtmlText extract(String html) {
        html = TextSanitizer.cleanKeepingLength(html);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        Builder b = new Builder(html);
        b.walk(doc.body() != null ? doc.body() : doc, false, false);
        b.finish();
        String raw = b.out.toString();
        TextSanitizer.Cleaned clean = TextSanitizer.clean(raw, Arrays.copyOf(b.offsets, raw.length() + 1));
        List<TextSpan> furniture = b.boilerplate;
        if (clean.text() != raw) {
            furniture = remap(furniture, raw, clean);
        }
        String title = title(doc);
        return new HtmlText(clean.text(), clean.offsets(), furniture, title == null ? null : TextSanitizer.clean(title),
                published(doc));
    }

    /** Boilerplate spans moved to the sanitised text (characters were dropped before and inside them). */
    private static List<TextSpan> remap(List<TextSpan> spans, String raw, TextSanitizer.Cleaned clean) {
        // kept[i] = number of sanitised characters produced by raw[0..i); found by re-running the rule per char
        int[] before = new int[raw.length() + 1];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            before[i] = n;
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                before[++i] = n + 1;
                n += 2;
            } else if (c != 0 && TextSanitizer.isDroppedControl(c)) { // NUL is replaced, not dropped
                continue;
            } else {
                n++;
            }
        }
        before[raw.length()] = n;
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : spans) {
            int a = before[s.start()];
            int e = before[s.end()];
            if (e > a) {
                out.add(new TextSpan(a, e));
            }
        }
        return out;
    }

    private static String title(Document doc) {
        for (String q : List.of("meta[property=og:title]", "meta[name=og:title]", "meta[name=twitter:title]")) {
            Element m = doc.selectFirst(q);
            if (m != null && !m.attr("content").isBlank()) {
                return clean(m.attr("content"));
            }
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return clean(h1.text());
        }
        String t = doc.title();
        return t == null || t.isBlank() ? null : clean(t);
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static LocalDate published(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (String q : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[property=og:published_time]", "meta[name=pubdate]",
                "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=parsely-pub-date]",
                "meta[name=sailthru.date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
                "meta[name=dcterms.created]", "meta[name=date]", "meta[name=DC.date]")) {
            for (Element m : doc.select(q)) {
                candidates.add(m.attr("content"));
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            candidates.add(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_PUBLISHED.matcher(s.data());
            if (m.find()) {
                candidates.add(m.group(1));
            }
        }
        Elements times = doc.select("time[pubdate], article time[datetime], time[datetime]");
        for (Element t : times) {
            candidates.add(t.attr("datetime"));
        }
        for (String c : candidates) {
            LocalDate d = parseDateAttribute(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static LocalDate parseDateAttribute(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return HeaderExtractor.parseDate(s.trim());
    }

    private static boolean isBoilerplateContainer(Element e) {
        if (BOILERPLATE_TAGS.contains(e.normalName())) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (BOILERPLATE_ROLES.contains(role)) {
            return true;
        }
        String classes = e.className() + " " + e.id();
        return !classes.isBlank() && BOILERPLATE_CLASS.matcher(classes).find();
    }

    /** Appends text with offsets, collapsing white space the way a browser would. */
    private static final class Builder {
        final String src;
        final StringBuilder out = new StringBuilder();
        int[] offsets = new int[256];
        final List<TextSpan> boilerplate = new ArrayList<>();

        Builder(String src) {
            this.src = src;
        }

        /** One open element of the walk: an explicit stack, so a page nested thousands deep cannot overflow. */
        private static final class Open {
            final Element element;
            final boolean pre;
            final boolean inBoilerplate;
            final boolean para;
            final boolean line;
            final boolean bp;
            final int at;
            final int startLen;
            int next;

            Open(Element element, boolean pre, boolean inBoilerplate, boolean para, boolean line, boolean bp, int at,
                    int startLen) {
                this.element = element;
                this.pre = pre;
                this.inBoilerplate = inBoilerplate;
                this.para = para;
                this.line = line;
                this.bp = bp;
                this.at = at;
                this.startLen = startLen;
            }
        }

        void walk(Node root, boolean rootPre, boolean rootInBoilerplate) {
            java.util.ArrayDeque<Open> stack = new java.util.ArrayDeque<>();
            List<Node> rootChildren = root.childNodes();
            int rootNext = 0;
            while (true) {
                Open top = stack.peek();
                List<Node> children = top == null ? rootChildren : top.element.childNodes();
                int idx = top == null ? rootNext : top.next;
                if (idx >= children.size()) {
                    if (top == null) {
                        return;
                    }
                    stack.pop();
                    close(top);
                    continue;
                }
                if (top == null) {
                    rootNext++;
                } else {
                    top.next++;
                }
                boolean pre = top == null ? rootPre : top.pre;
                boolean inBoilerplate = top == null ? rootInBoilerplate : top.inBoilerplate;
                Node child = children.get(idx);
                if (child instanceof TextNode t) {
                    appendText(t, pre);
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        continue;
                    }
                    int at = sourcePos(e);
                    boolean para = PARAGRAPH_BLOCKS.contains(tag);
                    boolean line = LINE_BLOCKS.contains(tag);
                    if (para) {
                        breakLines(2, at);
                    } else if (line) {
                        breakLines(1, at);
                    } else if (CELLS.contains(tag)) {
                        space(at);
                    }
                    boolean bp = !inBoilerplate && isBoilerplateContainer(e);
                    stack.push(new Open(e, pre || tag.equals("pre"), inBoilerplate || bp, para, line, bp, at,
                            out.length()));
                }
            }
        }

        private void close(Open o) {
            int endAt = endPos(o.element, o.at);
            if (o.para) {
                breakLines(2, endAt);
            } else if (o.line && !o.element.normalName().equals("br")) {
                breakLines(1, endAt);
            }
            if (o.bp) {
                int s = o.startLen;
                while (s < out.length() && Character.isWhitespace(out.charAt(s))) {
                    s++;
                }
                int end = out.length();
                while (end > s && Character.isWhitespace(out.charAt(end - 1))) {
                    end--;
                }
                if (end > s) {
                    boilerplate.add(new TextSpan(s, end));
                }
            }
        }

        private int sourcePos(Node n) {
            var r = n.sourceRange();
            return r.isTracked() ? r.startPos() : lastSource();
        }

        private int endPos(Element e, int fallback) {
            var r = e.endSourceRange();
            if (r.isTracked()) {
                return r.startPos();
            }
            var s = e.sourceRange();
            return s.isTracked() ? s.endPos() : fallback;
        }

        private int lastSource() {
            return out.length() == 0 ? 0 : offsets[out.length() - 1] + 1;
        }

        private void appendText(TextNode t, boolean pre) {
            String s = t.getWholeText();
            var r = t.sourceRange();
            int p = r.isTracked() ? r.startPos() : lastSource();
            int limit = r.isTracked() ? r.endPos() : src.length();
            int entityStart = -1;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int at;
                int entityEnd = p < limit && src.charAt(p) == '&' ? entityEnd(p, limit) : -1;
                if (entityEnd > 0) {
                    at = p;
                    entityStart = p;
                    p = entityEnd;
                } else if (p < limit && src.charAt(p) == c) {
                    at = p++;
                    entityStart = -1;
                } else {
                    // A character the entity before produced beyond its first (a surrogate pair), or source
                    // the parser rewrote: keep it at the nearest source position.
                    at = entityStart >= 0 ? entityStart : Math.min(p, Math.max(0, src.length() - 1));
                }
                if (c == '\r') {
                    continue;
                }
                if (!pre && (Character.isWhitespace(c) || c == '\u00A0')) {
                    space(at);
                } else if (pre && c == '\n') {
                    put('\n', at);
                } else {
                    put(c, at);
                }
            }
        }

        /** End of a character reference like {@code &amp;} or {@code &#8217;} starting at {@code p}, or -1. */
        private int entityEnd(int p, int limit) {
            int i = p + 1;
            while (i < limit && i - p <= 32 && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '#')) {
                i++;
            }
            return i > p + 1 && i < limit && src.charAt(i) == ';' ? i + 1 : -1;
        }

        void space(int at) {
            int len = out.length();
            if (len == 0) {
                return;
            }
            char last = out.charAt(len - 1);
            if (last == ' ' || last == '\n') {
                return;
            }
            put(' ', at);
        }

        void breakLines(int count, int at) {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            if (out.length() == 0) {
                return;
            }
            int have = 0;
            for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
                have++;
            }
            for (int i = have; i < count; i++) {
                put('\n', at);
            }
        }

        void put(char c, int at) {
            if (out.length() + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[out.length()] = at;
            out.append(c);
        }

        void finish() {
            int end = out.length();
            while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            int endSource = end == 0 ? 0 : offsets[end - 1] + 1;
            out.setLength(end);
            if (offsets.length < end + 1) {
                offsets = Arrays.copyOf(offsets, end + 1);
            }
            offsets[end] = endSource;
            // Boilerplate spans may extend past the trimmed end.
            int last = end;
            boilerplate.replaceAll(s -> s.end() <= last ? s : new TextSpan(Math.min(s.start(), last), last));
            boilerplate.removeIf(s -> s.length() == 0);
        }
    }
}
