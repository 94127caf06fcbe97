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
 * image-only ("scanned") PDF and a DOCX. {@code main(dir)} writes a demo folder of them.
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
