package org.incidentatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads office documents, PDF, EPUB, MHTML/XHTML and e-mail through Apache Tika into plain text with the offsets
 * where each page begins (PDF) and the document's own title, author and date.
 *
 * <p>Limits per file, each stated in the problem when met: {@link #MAX_PAGES} pages (the rest is left unread, with
 * a warning), {@link #TIMEOUT_SECONDS} seconds of parsing (the file is given up; Tika cannot be interrupted, so
 * the parse is left to finish on a daemon thread) and the reader's size limit, checked before. No OCR (Tika's OCR
 * module is not shipped): a PDF whose pages carry no text layer is refused as scanned, never guessed at.
 */
public final class DocumentReader {
    public static final int MAX_PAGES = 2_000;
    public static final int TIMEOUT_SECONDS = 60;
    /** Below this many letters per page a PDF is taken as scanned images (page numbers and stamps aside). */
    private static final int MIN_LETTERS_PER_PAGE = 20;

    private static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf", "epub", "xhtml",
            "mhtml", "mht", "eml", "msg", "docm", "dotx", "ott");
    /** Tika's parsers, built on the first document read: a corpus of plain text never pays for them. */
    private static final class Tika {
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "document-reader");
        t.setDaemon(true);
        return t;
    });

    private final int maxPages;
    private final int timeoutSeconds;

    public DocumentReader() {
        this(MAX_PAGES, TIMEOUT_SECONDS);
    }

    public DocumentReader(int maxPages, int timeoutSeconds) {
        this.maxPages = maxPages;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The text of a document, the offsets where its pages start (null if it has none) and its metadata. */
    public record Document(String text, int[] pageStarts, String title, String author, LocalDate created,
            String contentType, List<String> warnings) {
    }

    /** The document could not be read; the message says why in an analyst's words. */
    public static final class DocumentException extends Exception {
        public DocumentException(String message) {
            super(message);
        }
    }

    /** True for the extensions read through Tika. */
    public static boolean isDocumentName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * True when the first bytes say the file is a document whatever its name: PDF, RTF or an OLE2 (old Word,
     * Outlook) file. A ZIP header alone is not enough (any archive has one), so DOCX/ODT/EPUB go by extension.
     */
    public static boolean looksLikeDocument(byte[] head) {
        return startsWith(head, "%PDF-".getBytes()) || startsWith(head, "{\\rtf".getBytes())
                || startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public Document read(Path file) throws DocumentException {
        Future<Document> f = WORKERS.submit(() -> parse(file));
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new DocumentException("gave up after " + timeoutSeconds + " s of parsing (limit per document)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof DocumentException d) {
                throw d;
            }
            throw new DocumentException(describe(c));
        }
    }

    private Document parse(Path file) throws DocumentException, IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext ctx = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ctx.set(PDFParserConfig.class, pdf);
        // Parts inside a container are parsed too: the HTML of a saved MHTML page, an e-mail's attached report.
        ctx.set(org.apache.tika.parser.Parser.class, Tika.PARSER);
        TextHandler h = new TextHandler(maxPages);
        try (InputStream in = Files.newInputStream(file)) {
            Tika.PARSER.parse(in, h, md, ctx);
        } catch (EncryptedDocumentException e) {
            throw new DocumentException("encrypted (password-protected) document: cannot read its text");
        } catch (SAXException e) {
            if (!h.stopped) {
                throw new DocumentException("corrupt or unreadable document (" + describe(e) + ")");
            }
        } catch (UnsupportedFormatException e) {
            throw new DocumentException("unsupported document format (" + describe(e) + ")");
        } catch (TikaException e) {
            if (h.stopped) {
                // the page limit stopped the parse: keep the pages read
            } else if (isEncryption(e)) {
                throw new DocumentException("encrypted (password-protected) document: cannot read its text");
            } else {
                throw new DocumentException("corrupt or unreadable document (" + describe(e) + ")");
            }
        } catch (RuntimeException | NoClassDefFoundError e) {
            throw new DocumentException("corrupt or unreadable document (" + describe(e) + ")");
        }
        String type = md.get(Metadata.CONTENT_TYPE);
        String text = h.text();
        int[] pages = h.pageStarts();
        List<String> warnings = new ArrayList<>();
        if (h.stopped) {
            warnings.add("only the first " + maxPages + " pages were read (limit per document)");
        }
        int letters = letters(text);
        if (type != null && type.startsWith("application/pdf")) {
            int pageCount = Math.max(1, pages == null ? 1 : pages.length);
            if (letters < MIN_LETTERS_PER_PAGE * pageCount && letters < 200) {
                throw new DocumentException("scanned PDF: no text layer (" + pageCount + (pageCount == 1 ? " page" : " pages")
                        + " of images; OCR is not done)");
            }
        } else if (letters == 0) {
            throw new DocumentException("no text in the document (" + (type == null ? "unknown type" : type) + ")");
        } else {
            pages = null;
        }
        return new Document(text, pages, blankToNull(md.get(TikaCoreProperties.TITLE)),
                blankToNull(md.get(TikaCoreProperties.CREATOR)), date(md), type, warnings);
    }

    private static boolean isEncryption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String n = t.getClass().getSimpleName();
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (n.contains("Encrypt") || n.contains("Password") || m.contains("password") || m.contains("encrypt")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String s = root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(Metadata md) {
        for (String v : new String[] {md.get(TikaCoreProperties.CREATED), md.get(TikaCoreProperties.MODIFIED)}) {
            if (v != null && v.length() >= 10) {
                try {
                    return LocalDate.parse(v.substring(0, 10));
                } catch (DateTimeParseException e) {
                    // not ISO: try the next field
                }
            }
        }
        return null;
    }

    /**
     * Builds plain text from Tika's XHTML: blocks end with a blank line (so each ends a sentence), {@code br} with
     * a line break, nothing from {@code head}; a PDF's {@code <div class="page">} records where a page starts.
     */
    private static final class TextHandler extends DefaultHandler {
        private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                "tr", "table", "blockquote", "pre", "section", "article", "ul", "ol", "dd", "dt");
        private final StringBuilder out = new StringBuilder();
        private final List<Integer> pages = new ArrayList<>();
        private final int maxPages;
        private int skip;
        boolean stopped;

        TextHandler(int maxPages) {
            this.maxPages = maxPages;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            String n = local.isEmpty() ? qName : local;
            if (n.equals("head") || n.equals("script") || n.equals("style")) {
                skip++;
                return;
            }
            if (n.equals("div") && "page".equals(atts.getValue("class"))) {
                if (pages.size() >= maxPages) {
                    stopped = true;
                    throw new SAXException("page limit");
                }
                endBlock();
                pages.add(out.length());
                return;
            }
            if (BLOCKS.contains(n)) {
                endBlock();
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String n = local.isEmpty() ? qName : local;
            if (n.equals("head") || n.equals("script") || n.equals("style")) {
                skip--;
            } else if (n.equals("br")) {
                if (skip == 0) {
                    out.append('\n');
                }
            } else if (BLOCKS.contains(n)) {
                endBlock();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skip > 0) {
                return;
            }
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                if (c == '\r') {
                    continue;
                }
                if (c == '\u00A0' || c == '\t') {
                    c = ' ';
                }
                if (c == '\n' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                if (c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' '
                        || out.charAt(out.length() - 1) == '\n')) {
                    continue;
                }
                out.append(c);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            // layout white space between elements carries no text
        }

        private void endBlock() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ') {
                n--;
            }
            out.setLength(n);
            if (n == 0) {
                return;
            }
            if (out.charAt(n - 1) != '\n') {
                out.append("\n\n");
            } else if (n < 2 || out.charAt(n - 2) != '\n') {
                out.append('\n');
            }
        }

        String text() {
            int n = out.length();
            while (n > 0 && Character.isWhitespace(out.charAt(n - 1))) {
                n--;
            }
            return out.substring(0, n);
        }

        int[] pageStarts() {
            if (pages.isEmpty()) {
                return null;
            }
            int len = text().length();
            int[] a = new int[pages.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = Math.min(pages.get(i), len);
            }
            return a;
        }
    }
}
