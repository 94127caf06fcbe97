package org.incidentatlas.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/**
 * Flags the sentences of a news page that are page furniture rather than reporting, so they yield no places or
 * events; the text itself is left alone. General rules for news pages, each with its reason:
 * <ul>
 * <li><b>cue</b>: phrases that only furniture uses (subscription and login prompts, comment forms, donor
 *     notices, copyright and disclaimer lines, share/follow prompts);</li>
 * <li><b>tail</b>: after a comment form or "related articles" block near the end, everything is furniture;</li>
 * <li><b>navigation</b>: short lines (at most three words) in the header before the first body line, other
 *     than the headline, and lines that are exactly a menu word ("Home", "Read More");</li>
 * <li><b>byline</b> and <b>dateline</b>: "By X | Fellow ..." and lines that are only a date;</li>
 * <li><b>repeat</b>: a line that already appeared verbatim (photo captions, a repeated headline);</li>
 * <li><b>credit</b>: photo credit brackets such as "[Al-Nujaba Lebanon/Twitter]";</li>
 * <li><b>about</b>: a trailing paragraph describing the publisher ("The X Institute is an independent,
 *     non-partisan...") or the author, with the short heading before it and everything after it;</li>
 * <li><b>markup</b>: text the HTML extractor took from navigation, footer, form or sidebar elements.</li>
 * </ul>
 */
public final class BoilerplateMarker {
    private static final String THIS_WAS_PUBLISHED = "this (?:article|story|report|post) (?:was|is|has been) "
            + "(?:originally |first )?(?:published|posted|updated|translated|reported|written|produced) (?:on|in|by|from)";
    /**
     * Cue phrases, each with a lower-case literal that every match contains. The literals are looked up in the
     * whole text first, so each small regex runs only on the few sentences that hold its literal.
     */
    private static final List<Cue> CUES = List.of(
            cue("click here", "click here"),
            cue("click to", "click to (?:read|subscribe|see|view|download)"),
            cue("subscribe", "subscribe (?:now|today|here|to (?:our|the|this|read)|for (?:full|unlimited))"),
            cue("subscription", "subscription (?:information|options|required|details)"),
            cue("available", "available (?:only )?to (?:subscribers|members)"),
            cue("subscriber", "for subscribers|subscribers only|already a subscriber|become a subscriber"),
            cue("become a member", "become a member"),
            cue("in or", "(?:log ?in|sign ?in) or (?:register|sign ?up|subscribe|create)"),
            cue("please", "please (?:log ?in|sign ?in|register)"),
            cue("create", "create (?:a free |an |your )?account"),
            cue("complimentary offering", "complimentary offering"),
            cue("sign up", "sign up (?:for|to receive|to get)"),
            cue("newsletter", "newsletter (?:sign|subscri)|our newsletter"),
            cue("comment policy", "comment policy"),
            cue("required field", "denotes (?:a )?required field|required fields are marked"),
            cue("comment", "leave a (?:comment|reply)|post a comment|add a comment|^\\d+\\s+comments?(?:\\(s\\))?\\b"
                    + "|comments? (?:are|is) closed"),
            cue("leave a reply", "leave a reply"),
            cue("like this", "(?:do|did) you like this (?:article|story|post)"),
            cue("follow", "^follow (?-i:\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}) (?:at|on)\\b"),
            cue("inbox", "(?:directly|straight|delivered) to your inbox"),
            cue("be contacted", "can be contacted (?:at|on|via)"),
            cue("be reached", "can be reached (?:at|on|via)"),
            cue("posted by", "^(?:article|story|post) posted by"),
            cue("read more", "^read more (?:at|on)\\b"),
            cue("helpful", "was this (?:article|story) helpful"),
            cue("rights reserved", "rights reserved"),
            cue("©", "©\\s*\\d{4}"),
            cue("copyright", "copyright\\s+©?\\s*\\d{4}"),
            cue("cookie", "we use cookies|cookie (?:policy|settings|preferences)"),
            cue("privacy policy", "privacy policy"),
            cue("terms of", "terms of (?:use|service)"),
            cue("share", "share (?:this|on) (?:article|story|post|facebook|twitter|x\\b|whatsapp)"),
            cue("follow us", "follow us on"),
            cue("donor", "(?:listing|list) of (?:our |its |(?-i:[A-Z]{2,6} ))?donors"),
            cue("donations", "welcomes (?:financial )?donations"),
            cue("donate", "donate (?:now|today)"),
            cue("support", "support (?:our|independent) (?:work|journalism|reporting)"),
            cue("expressed", "views expressed (?:in|here|by)|opinions expressed"),
            cue("necessarily", "do not necessarily (?:reflect|represent)"),
            cue("editorial control", "retains sole editorial control"),
            cue("editing by", "editing by \\p{L}"),
            cue("this article", THIS_WAS_PUBLISHED), cue("this story", THIS_WAS_PUBLISHED),
            cue("this report", THIS_WAS_PUBLISHED), cue("this post", THIS_WAS_PUBLISHED),
            cue("full text", "full text of this (?:post|article|report) is available"),
            cue("read the full", "read the full (?:article|report|story)"),
            cue("unsubscribe", "you (?:can|may) unsubscribe"),
            cue("opt out", "you (?:can|may) opt out"),
            cue("get ", "get (?:the latest|our) (?:news|headlines|updates) (?:in|delivered|straight)"),
            cue("download", "download (?:our|the) app"),
            cue("with us", "advertis(?:e|ing) with us"),
            cue("contact us", "contact us at"));

    private static final KeywordScanner CUE_SCANNER = new KeywordScanner(CUES.stream().map(Cue::key).toList());

    private record Cue(String key, Pattern pattern) {
    }

    private static Cue cue(String key, String regex) {
        return new Cue(key, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** Cues that open the furniture at the bottom of a page; from there on nothing is reporting. */
    private static final Pattern TAIL_CUES = Pattern.compile(String.join("|",
            "^do you like this (?:article|story|post)", "^comment policy", "^leave a (?:comment|reply)",
            "^\\d+\\s+comments?(?:\\(s\\))?\\b", "^(?:related|recommended|more) (?:articles|stories|posts|reading|news|coverage)\\b",
            "^you (?:may|might) also (?:like|be interested)", "^(?:tags|filed under|topics)\\s*:", "^share this (?:article|story)",
            "^about the author\\b", "^read more\\s*:?$"),
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> MENU_WORDS = Set.of(
            "home", "news", "menu", "search", "share", "tweet", "print", "email", "e-mail", "read more", "more",
            "related", "advertisement", "comments", "subscribe", "log in", "login", "sign in", "register",
            "sections", "top stories", "latest", "latest news", "follow us", "back to top", "next article",
            "previous article", "print this article", "share this article", "skip to content", "skip to main content",
            "close", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "copy link", "listen",
            "listen to this article", "photo", "video", "watch", "most read", "most popular", "trending",
            "related articles", "related stories", "see also", "advertisement - scroll to continue", "ad",
            "sponsored", "loading...", "continue reading", "show comments", "hide comments");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?-i:\\p{Lu}[\\p{Lu} .'’-]+)(?:, [\\p{L}. ]+)?\\s*\\((?:Reuters|AP|AFP|CNN|UPI|dpa|Xinhua|AA|IANS|PTI)\\)\\s*[-—–:]?$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|posted by|reporting by|story by|words by|author:?)\\s+\\p{Lu}.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile(
            "^[\\[(][^\\])]{1,80}[\\])]\\.?$");
    private static final Pattern CREDIT_WORDS = Pattern.compile(
            "/|\\b(?:twitter|x|facebook|instagram|telegram|youtube|getty|afp|reuters|ap|epa|anadolu|file|photo|"
                    + "image|courtesy|social media|handout|via|credit|screenshot|screengrab)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "^(?:photo|image|picture|credit|photo credit|file photo|caption)\\s*[:/|]", Pattern.CASE_INSENSITIVE);
    /** "The Middle East Institute (MEI) is ...", "The Cyber & Jihad Lab monitors ...". */
    private static final Pattern ABOUT_SUBJECT = Pattern.compile(
            "^(?:About\\s+)?(?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|&|of|for|and|on|the|in|at))*"
                    + "(?:\\s+\\([\\p{Lu}][\\p{L}&.-]+\\))?,?\\s+(?:is|are|was|has|monitors|tracks|provides|publishes|works"
                    + "|seeks|aims|promotes|offers|covers|produces|conducts|serves|brings|operates|focuses|was founded"
                    + "|has been|exists|strives|specializes|specialises)\\b");
    private static final Pattern ABOUT_STRONG = Pattern.compile(
            "non-?partisan|non-?profit|not-for-profit|non-for-profit|editorial (?:control|independence)"
                    + "|monitors,? tracks|its scholars|donations|tax-exempt|501\\(c\\)|our mission|is a leading",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_WEAK = Pattern.compile(
            "\\b(?:independent|organi[sz]ation|think[- ]tank|institute|research|educational|mission|analy[sz]es"
                    + "|translates|publishes|headquartered|founded in|policy|scholars|journalism|media outlet)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}\\s+is\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}"
                    + "(?:fellow|analyst|researcher|journalist|correspondent|reporter|writer|professor|contributor"
                    + "|editor|director|lecturer|scholar|columnist)\\b");

    /**
     * Captions and repeated headlines are short; a long paragraph that repeats is duplicated reporting (a
     * scraping artefact), whose facts merge anyway and must not be thrown away.
     */
    private static final int MAX_REPEATED_LINE = 400;
    /** A publisher or author note is a short paragraph in the last part of the page. */
    private static final int MAX_ABOUT_CHARS = 1500;
    private static final double ABOUT_FROM = 0.4;

    private BoilerplateMarker() {
    }

    public static List<Sentence> mark(String text, List<Sentence> sentences) {
        return mark(text, sentences, List.of());
    }

    /** Marks sentences; {@code furniture} are extra spans known to be furniture (from HTML markup). */
    public static List<Sentence> mark(String text, List<Sentence> sentences, List<TextSpan> furniture) {
        return mark(text, text.toCharArray(), sentences, furniture);
    }

    /** {@link #mark(String, List, List)} given the text's chars ({@code text.toCharArray()}), which are left alone. */
    static List<Sentence> mark(String text, char[] chars, List<Sentence> sentences, List<TextSpan> furniture) {
        String[] reasons = classify(text, chars, sentences, furniture);
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean bp = s.boilerplate() || reasons[i] != null;
            out.add(bp == s.boilerplate() ? s : new Sentence(s.index(), s.span(), bp));
        }
        return out;
    }

    /** Why each sentence is furniture (cue, tail, navigation, byline, dateline, repeat, credit, about, markup), or null. */
    static String[] classify(String text, List<Sentence> sentences, List<TextSpan> furniture) {
        return classify(text, text.toCharArray(), sentences, furniture);
    }

    private static String[] classify(String text, char[] chars, List<Sentence> sentences, List<TextSpan> furniture) {
        int n = sentences.size();
        String[] why = new String[n];
        List<Line> lines = lines(text, chars);
        int[] lineOf = new int[n];
        for (int i = 0; i < n; i++) {
            lineOf[i] = lineIndex(lines, sentences.get(i).span().start());
        }
        markFurnitureSpans(sentences, furniture, why);
        markCues(text, chars, sentences, why);
        markTail(text, sentences, why);
        markLines(text, chars, sentences, lines, lineOf, why);
        markAbout(text, sentences, lines, lineOf, why);
        return why;
    }

    private static void markFurnitureSpans(List<Sentence> sentences, List<TextSpan> furniture, String[] why) {
        if (furniture.isEmpty()) {
            return;
        }
        for (int i = 0; i < sentences.size(); i++) {
            TextSpan s = sentences.get(i).span();
            int covered = 0;
            for (TextSpan f : furniture) {
                if (f.overlaps(s)) {
                    covered += Math.min(f.end(), s.end()) - Math.max(f.start(), s.start());
                }
            }
            if (covered * 2 >= s.length()) {
                why[i] = "markup";
            }
        }
    }

    private static void markCues(String text, char[] chars, List<Sentence> sentences, String[] why) {
        Matcher[] matchers = new Matcher[CUES.size()]; // one per cue and article, made when its key is first met
        CUE_SCANNER.scan(chars, (k, start) -> {
            int i = Sentence.indexAt(sentences, start);
            if (i >= 0 && why[i] == null) {
                Matcher m = matchers[k];
                if (m == null) {
                    m = matchers[k] = CUES.get(k).pattern().matcher(text);
                }
                // the sentence as a region with opaque, anchoring bounds: the same matches as on its copy
                TextSpan span = sentences.get(i).span();
                if (m.region(span.start(), span.end()).find()) {
                    why[i] = "cue";
                }
            }
        });
    }

    private static void markTail(String text, List<Sentence> sentences, String[] why) {
        int from = text.length() * 6 / 10;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.span().start() >= from && s.span().length() <= 120 && matchesStripped(TAIL_CUES, text, s.span())) {
                for (int j = i; j < sentences.size(); j++) {
                    if (why[j] == null) {
                        why[j] = "tail";
                    }
                }
                return;
            }
        }
    }

    private static void markLines(String text, char[] chars, List<Sentence> sentences, List<Line> lines, int[] lineOf,
            String[] why) {
        int bodyStart = firstBodyLine(lines);
        int headline = headline(lines, bodyStart);
        boolean[] lineIsFurniture = new boolean[lines.size()];
        String[] lineWhy = new String[lines.size()];
        LineSet seen = new LineSet(chars, lines.size());
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            if (l.isBlank()) {
                continue;
            }
            int len = l.length();
            char first = chars[l.s];
            // counted only as far as the tests below can ask: 25 for a byline at the edges, 12 for a short line
            // or one that may be a photo label, else 2 (a repeat needs two words)
            int cap = li < bodyStart + 3 || li >= lines.size() - 10 ? 26
                    : len <= 90 || mayBeSentenceFurniture(first, false) ? 13 : 2;
            int words = words(chars, l.s, l.e, cap);
            // Captions repeat verbatim, so the stripped line itself is the key (compared in place, not copied).
            boolean keyed = len <= MAX_REPEATED_LINE;
            String reason = null;
            if (len <= 45 && MENU_WORDS.contains(stripTrailing(collapseSpaces(l.text()).toLowerCase(Locale.ROOT), " :»›>|"))) {
                reason = "navigation";
            } else if (li < bodyStart && li != headline && isMenuLike(lines, li)) {
                reason = "navigation";
            } else if ((li < bodyStart + 3 || li >= lines.size() - 10) && words <= 25 && BYLINE.matcher(l.text()).matches()) {
                reason = "byline";
            } else if (li < bodyStart + 3 && len <= 80 && HeaderExtractor.isDateLine(l.text())) {
                reason = "dateline";
            } else if (keyed && words >= 2 && !seen.add(l.s, l.e)) {
                reason = "repeat";
            } else if (len <= 90 && words <= 10 && (first == '[' || first == '(')
                    && CREDIT.matcher(l.text()).matches() && CREDIT_WORDS.matcher(l.text()).find()) {
                reason = "credit";
            } else if (words <= 12 && mayBeSentenceFurniture(first, false) && PHOTO_LABEL.matcher(l.text()).lookingAt()) {
                reason = "credit";
            }
            if (reason != null) {
                lineIsFurniture[li] = true;
                lineWhy[li] = reason;
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (why[i] != null) {
                continue;
            }
            int li = lineOf[i];
            if (li >= 0 && lineIsFurniture[li]) {
                why[i] = lineWhy[li];
                continue;
            }
            TextSpan span = sentences.get(i).span();
            boolean edge = i < 3 || i >= sentences.size() - 3;
            int first = firstNonBlank(text, span.start(), span.end());
            if (first >= 0 && mayBeSentenceFurniture(text.charAt(first), edge) && opensLikeFurniture(text, first, edge)) {
                why[i] = sentenceReason(span.of(text).strip(), edge);
            }
        }
    }

    /**
     * Cheap gate before {@link #sentenceReason}: its patterns all start with a bracket or a letter of one of a
     * few words (photo, image, picture, credit, caption, file; at the edges also by, written, posted, reporting,
     * story, words, author), so a sentence starting with anything else cannot match and is never copied.
     */
    static boolean mayBeSentenceFurniture(char first, boolean edge) {
        switch (first) {
            case '[', '(', 'p', 'P', 'i', 'I', 'c', 'C', 'f', 'F':
                return true;
            case 'b', 'B', 'w', 'W', 'r', 'R', 's', 'S', 'a', 'A':
                return edge;
            default:
                return false;
        }
    }

    /** Why a sentence inside a paragraph is furniture (credit or byline), or null; {@code edge}: among the first or last three. */
    static String sentenceReason(String s, boolean edge) {
        int w = words(s, 13);
        if (w <= 10 && CREDIT.matcher(s).matches() && CREDIT_WORDS.matcher(s).find()) {
            return "credit";
        } else if (w <= 12 && PHOTO_LABEL.matcher(s).lookingAt()) {
            return "credit";
        } else if (w <= 8 && edge && BYLINE.matcher(s).matches()) {
            return "byline"; // "By Peter Goffin, The Canadian Press." inside a paragraph
        }
        return null;
    }

    /** The index of the first character of {@code text[start, end)} that is not white space, or -1 when there is none. */
    private static int firstNonBlank(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The words a {@link #PHOTO_LABEL} starts with ("photo credit" and "file photo" start with these too). */
    private static final String[] LABEL_OPENERS = {"photo", "image", "picture", "credit", "file photo", "caption"};
    /** The words a {@link #BYLINE} starts with. */
    private static final String[] BYLINE_OPENERS = {"by", "written by", "posted by", "reporting by", "story by",
        "words by", "author"};

    /**
     * The finer gate before {@link #sentenceReason}, read in place: a sentence starting at {@code at} can be
     * furniture only if it opens with a bracket ({@link #CREDIT}), a photo label's word, or at the edges a
     * byline's. Case is ignored more widely than the patterns do, so it never refuses what they would match.
     */
    static boolean opensLikeFurniture(String text, int at, boolean edge) {
        char c = text.charAt(at);
        if (c == '[' || c == '(' || startsWithAny(text, at, LABEL_OPENERS)) {
            return true;
        }
        return edge && startsWithAny(text, at, BYLINE_OPENERS);
    }

    private static boolean startsWithAny(String text, int at, String[] words) {
        for (String w : words) {
            if (text.regionMatches(true, at, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A trailing paragraph that describes an organisation or the author, not the news; it and what follows are
     * furniture, as is a short heading line just before it.
     */
    private static void markAbout(String text, List<Sentence> sentences, List<Line> lines, int[] lineOf, String[] why) {
        List<int[]> paragraphs = paragraphs(lines);
        int first = Math.max(0, paragraphs.size() - 4);
        for (int p = first; p < paragraphs.size(); p++) {
            int[] para = paragraphs.get(p);
            int paraStart = lines.get(para[0]).start;
            int paraEnd = lines.get(para[1]).end;
            if (p == 0 || paraStart < text.length() * ABOUT_FROM || paraEnd - paraStart > MAX_ABOUT_CHARS) {
                continue;
            }
            String body = text.substring(paraStart, paraEnd).strip();
            boolean org = ABOUT_SUBJECT.matcher(body).lookingAt()
                    && (ABOUT_STRONG.matcher(body).find() || count(ABOUT_WEAK, body) >= 3);
            boolean author = body.length() < 600 && AUTHOR_BIO.matcher(body).lookingAt();
            if (!org && !author) {
                continue;
            }
            int from = paraStart;
            if (p > 0) {
                int[] prev = paragraphs.get(p - 1);
                String heading = text.substring(lines.get(prev[0]).start, lines.get(prev[1]).end).strip();
                if (prev[0] == prev[1] && words(heading) <= 6 && !endsWithTerminal(heading)) {
                    from = lines.get(prev[0]).start;
                }
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (why[i] == null && sentences.get(i).span().start() >= from) {
                    why[i] = "about";
                }
            }
            return;
        }
    }

    /**
     * A header line that reads like a menu entry: one or two words, or three when a neighbouring line is
     * short too (menus come in runs; a lone three-word line is more likely a short headline). Datelines such as
     * "BAGHDAD (Reuters) —" name the place reported from and are kept.
     */
    private static boolean isMenuLike(List<Line> lines, int li) {
        String t = lines.get(li).text();
        if (!isShortLabel(t) || DATELINE.matcher(t).matches()) {
            return false;
        }
        if (words(t, 4) <= 2) {
            return true;
        }
        return li > 0 && isShortLabel(lines.get(li - 1).text())
                || li + 1 < lines.size() && isShortLabel(lines.get(li + 1).text());
    }

    private static boolean isShortLabel(String t) {
        return !t.isEmpty() && words(t, 4) <= 3 && !endsWithTerminal(t) && !BYLINE.matcher(t).matches()
                && !HeaderExtractor.isDateLine(t);
    }

    /** The first line that reads like body prose: long, or a full sentence of several words. */
    private static int firstBodyLine(List<Line> lines) {
        int nonBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String t = lines.get(i).text();
            if (++nonBlank > 15) {
                return i;
            }
            int w = words(t, 15);
            if (BYLINE.matcher(t).matches() || HeaderExtractor.isDateLine(t)) {
                continue;
            }
            if (w >= 15 || (w >= 4 && endsLikeProse(t))) {
                return i;
            }
        }
        return lines.size();
    }

    /** The longest header line of at least two words that is neither byline nor date: the headline. */
    private static int headline(List<Line> lines, int bodyStart) {
        int best = -1;
        int bestWords = 1;
        for (int i = 0; i < bodyStart && i < lines.size(); i++) {
            String t = lines.get(i).text();
            int w = words(t);
            if (w > bestWords && !BYLINE.matcher(t).matches() && !HeaderExtractor.isDateLine(t)
                    && !MENU_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                best = i;
                bestWords = w;
            }
        }
        return best;
    }

    private static final Pattern ACRONYM_END = Pattern.compile(".*\\b(?:\\p{Lu}\\.){2,}$");

    /** A full stop (or a quote after one) that is not the end of an acronym headline ("... to the U.S."). */
    private static boolean endsLikeProse(String t) {
        if (ACRONYM_END.matcher(t).matches()) {
            return false;
        }
        return t.endsWith(".") || t.endsWith(".\"") || t.endsWith(".”") || t.endsWith(".'") || t.endsWith(".’");
    }

    private static boolean endsWithTerminal(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '…' || c == ']';
    }

    private static int words(String t) {
        return words(t, Integer.MAX_VALUE);
    }

    /** Words in {@code cs[from, to)}, counting no further than {@code cap} (as {@link #words(String, int)}). */
    private static int words(char[] cs, int from, int to, int cap) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = isWhitespace(cs[i]);
            if (!space && !inWord && ++count >= cap) {
                return count;
            }
            inWord = !space;
        }
        return count;
    }

    /** Words in {@code t}, counting no further than {@code cap}. */
    private static int words(String t, int cap) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = isWhitespace(t.charAt(i));
            if (!space && !inWord && ++count >= cap) {
                return count;
            }
            inWord = !space;
        }
        return count;
    }

    /** {@link Character#isWhitespace} without its table lookup for ASCII. */
    private static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) : Character.isWhitespace(c);
    }

    private static String collapseSpaces(String t) {
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String stripTrailing(String t, String chars) {
        int e = t.length();
        while (e > 0 && chars.indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return t.substring(0, e);
    }

    /** {@code p.matcher(span.of(text).strip()).lookingAt()}, without copying the sentence. */
    private static boolean matchesStripped(Pattern p, String text, TextSpan span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return p.matcher(text).region(s, e).lookingAt();
    }

    private static int count(Pattern p, String s) {
        Set<String> distinct = new HashSet<>();
        var m = p.matcher(s);
        while (m.find()) {
            distinct.add(m.group().toLowerCase(Locale.ROOT));
        }
        return distinct.size();
    }

    /**
     * A line {@code [start, end)} of the text (without its line break) and its part {@code [s, e)} without the
     * white space around it; the stripped text is copied only when a test asks for it (header, edge and short
     * lines), not for every paragraph.
     */
    private static final class Line {
        final String full;
        final int start;
        final int end;
        final int s;
        final int e;
        private String text;

        Line(String full, int start, int end, int s, int e) {
            this.full = full;
            this.start = start;
            this.end = end;
            this.s = s;
            this.e = e;
        }

        boolean isBlank() {
            return s == e;
        }

        int length() {
            return e - s;
        }

        /** The stripped line. */
        String text() {
            String t = text;
            if (t == null) {
                t = text = full.substring(s, e);
            }
            return t;
        }
    }

    private static List<Line> lines(String text, char[] chars) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = chars.length;
        while (true) {
            int i = start;
            while (i < n && chars[i] != '\n') {
                i++;
            }
            int s = start;
            int e = i;
            while (s < e && Character.isWhitespace(chars[s])) {
                s++;
            }
            while (e > s && Character.isWhitespace(chars[e - 1])) {
                e--;
            }
            out.add(new Line(text, start, i, s, e));
            if (i == n) {
                return out;
            }
            start = i + 1;
        }
    }

    /**
     * The stripped lines seen so far, as a set of their {@code [s, e)} ranges in {@code chars} compared by their
     * characters: what a set of the lines' strings would say, without copying each line.
     */
    private static final class LineSet {
        private final char[] chars;
        private final int[] starts;
        private final int[] ends;
        private final int mask;

        LineSet(char[] chars, int maxLines) {
            this.chars = chars;
            int size = Integer.highestOneBit(Math.max(8, maxLines) * 2 - 1) << 1;
            starts = new int[size];
            ends = new int[size];
            java.util.Arrays.fill(starts, -1);
            mask = size - 1;
        }

        /** Adds {@code chars[s, e)}; false when an equal range is already in the set. */
        boolean add(int s, int e) {
            int h = 0;
            for (int k = s; k < e; k++) {
                h = 31 * h + chars[k];
            }
            int len = e - s;
            for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
                int os = starts[slot];
                if (os < 0) {
                    starts[slot] = s;
                    ends[slot] = e;
                    return true;
                }
                if (ends[slot] - os == len && java.util.Arrays.equals(chars, os, os + len, chars, s, e)) {
                    return false;
                }
            }
        }
    }

    private static int lineIndex(List<Line> lines, int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Line l = lines.get(mid);
            if (offset < l.start) {
                hi = mid - 1;
            } else if (offset > l.end) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Runs of non-blank lines as [firstLine, lastLine]. */
    private static List<int[]> paragraphs(List<Line> lines) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            boolean blank = lines.get(i).isBlank();
            if (!blank && start < 0) {
                start = i;
            } else if (blank && start >= 0) {
                out.add(new int[] {start, i - 1});
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, lines.size() - 1});
        }
        return out;
    }
}
