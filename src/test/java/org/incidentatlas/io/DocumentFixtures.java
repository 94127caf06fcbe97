package org.incidentatlas.io;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents made in the test, from text written for it: a paginated PDF with metadata, an encrypted PDF, an
 * image-only ("scanned") PDF, a DOCX, an ODT and an EPUB (the last two zipped by hand: their formats are a ZIP of
 * XML parts). {@code main(dir)} writes a demo folder of them.
 */
public final class DocumentFixtures {
    private DocumentFixtures() {
    }

    /** A PDF with one page per entry of {@code pages}, each a list of lines; title, author and creation date set. */
    public static void pdf(Path out, String title, String author, int year, int month, int day,
            List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            fill(doc, pages);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor(author);
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.clear();
            c.set(year, month - 1, day, 9, 0);
            doc.getDocumentInformation().setCreationDate(c);
            doc.save(out.toFile());
        }
    }

    public static void encryptedPdf(Path out, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            fill(doc, List.of(lines));
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out.toFile());
        }
    }

    /** Two pages, each only a grey picture of lines: what a scanner gives without OCR. */
    public static void scannedPdf(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int n = 0; n < 2; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage img = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 400, 560);
                g.setColor(Color.DARK_GRAY);
                for (int y = 40; y < 520; y += 18) {
                    g.fillRect(30, y, 300 + (y % 50), 6);
                }
                g.dispose();
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 50, 100, 400, 560);
                }
            }
            doc.save(out.toFile());
        }
    }

    public static void docx(Path out, String title, String author, List<String> paragraphs) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            for (String p : paragraphs) {
                d.createParagraph().createRun().setText(p);
            }
            d.getProperties().getCoreProperties().setTitle(title);
            d.getProperties().getCoreProperties().setCreator(author);
            d.write(os);
        }
    }

    /** An OpenDocument text: one paragraph per entry, title and author in its meta.xml. */
    public static void odt(Path out, String title, String author, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(xml(p)).append("</text:p>");
        }
        zip(out, "application/vnd.oasis.opendocument.text", new String[][] {
            {"META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """},
            {"meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
                 <office:meta><dc:title>%s</dc:title><dc:creator>%s</dc:creator></office:meta>
                </office:document-meta>
                """.formatted(xml(title), xml(author))},
            {"content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                 <office:body><office:text>%s</office:text></office:body>
                </office:document-content>
                """.formatted(body)}});
    }

    /** An EPUB 2 book of one chapter: one paragraph per entry, title and author in its package document. */
    public static void epub(Path out, String title, String author, String language, List<String> paragraphs)
            throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(xml(p)).append("</p>\n");
        }
        zip(out, "application/epub+zip", new String[][] {
            {"META-INF/container.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                 <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """},
            {"OEBPS/content.opf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
                 <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:language>%s</dc:language>
                  <dc:identifier id="id">urn:uuid:00000000-0000-0000-0000-000000000001</dc:identifier>
                 </metadata>
                 <manifest><item id="c1" href="chapter1.xhtml" media-type="application/xhtml+xml"/></manifest>
                 <spine><itemref idref="c1"/></spine>
                </package>
                """.formatted(xml(title), xml(author), xml(language))},
            {"OEBPS/chapter1.xhtml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title></head>
                <body>
                %s</body></html>
                """.formatted(xml(title), body)}});
    }

    /** A ZIP whose first entry is the uncompressed {@code mimetype}, as ODF and EPUB require. */
    private static void zip(Path out, String mimetype, String[][] parts) throws IOException {
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            byte[] mime = mimetype.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry m = new java.util.zip.ZipEntry("mimetype");
            m.setMethod(java.util.zip.ZipEntry.STORED);
            m.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mime);
            z.closeEntry();
            for (String[] part : parts) {
                z.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                z.write(part[1].strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void fill(PDDocument doc, List<List<String>> pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(15);
                cs.newLineAtOffset(60, 780);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
        }
    }

    /** Writes the demo documents (a PDF report, a Word brief and the three bad PDFs) into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        pdf(dir.resolve("militia-report.pdf"), "Rocket and drone attacks on bases in western Iraq",
                "Regional Security Monitor", 2024, 2, 14, List.of(
                        List.of("Rocket and drone attacks on bases in western Iraq",
                                "Regional Security Monitor, monthly report",
                                "",
                                "Summary. Armed factions kept up pressure on foreign forces in Anbar province during",
                                "early February."),
                        List.of("On February 9, a drone struck Ain al-Asad Air Base in Anbar province, causing minor",
                                "damage to a hangar.",
                                "",
                                "Two days later, rockets were fired at the Victory Base Complex near Baghdad",
                                "International Airport; no casualties were reported."),
                        List.of("Outlook. Further attacks on supply convoys near Rutba are likely in March.")));
        docx(dir.resolve("weekly-brief.docx"), "Weekly brief: eastern Syria", "Analysis desk", List.of(
                "Weekly brief: eastern Syria",
                "Published February 20, 2024.",
                "On Sunday, a roadside bomb hit a fuel truck on the road between Deir ez-Zor and al-Mayadeen, killing"
                        + " the driver.",
                "Later that day, militants clashed with Syrian army troops near Albu Kamal, close to the Iraqi"
                        + " border.",
                "The commander of the local militia met tribal elders in Mayadin on Tuesday."));
        scannedPdf(dir.resolve("scanned-letter.pdf"));
        encryptedPdf(dir.resolve("locked-annex.pdf"), List.of("Annex: list of checkpoints near Kirkuk."));
        Files.write(dir.resolve("broken-report.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
