package org.frontdoor.triage.letters.pdf;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.frontdoor.triage.letters.domain.LetterContent;
import org.frontdoor.triage.letters.domain.LetterRenderer;

/**
 * Lays an outcome letter out on A4 with Apache PDFBox. A posted letter's address block sits where GOV.UK Notify's
 * precompiled letter specification puts it (24.6 mm from the left, from 39.5 mm below the top, 95.9 mm wide, at
 * most 7 lines), so Notify can print and post the PDF as it is. The font is DejaVu Sans, embedded (subset) in
 * every letter as Notify's letter specification requires (the standard PDF fonts are not embedded); it covers
 * Latin, Greek and Cyrillic scripts, and a character it cannot print is shown as {@code ?} rather than failing
 * the letter.
 */
public class PdfLetterRenderer implements LetterRenderer {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 24.6f * MM;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 20f * MM;
    private static final float TOP = PDRectangle.A4.getHeight();
    private static final float BOTTOM = 25f * MM;
    private static final float BODY_SIZE = 11f;
    private static final float LEADING = 15f;
    private static final int ADDRESS_LINES = 7;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final byte[] regularFont = font("DejaVuSans.ttf");
    private final byte[] boldFont = font("DejaVuSans-Bold.ttf");

    private static byte[] font(String name) {
        try (InputStream in = PdfLetterRenderer.class.getResourceAsStream("/letters/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The letter font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font " + name + " cannot be read", e);
        }
    }

    @Override
    public byte[] render(LetterContent content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(content.frontDoorName() + " - outcome of referral " + content.referralReference());
            info.setCreator(content.frontDoorName());
            PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont));
            PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont));
            Writer writer = new Writer(document, regular, bold);
            writer.heading(content.frontDoorName(), TOP - 20f * MM, 16f);
            if (!content.addressLines().isEmpty()) {
                writer.addressBlock(content.addressLines());
            }
            writer.moveTo(TOP - 80f * MM);
            writer.paragraph(DATE.format(content.date()), regular);
            writer.paragraph("Our reference: " + content.referralReference(), regular);
            writer.gap();
            writer.paragraph("Dear " + content.addressee() + ",", regular);
            writer.gap();
            writer.paragraph(content.revised() ? "Revised outcome of your referral" : "Outcome of your referral", bold);
            writer.gap();
            if (content.revised()) {
                writer.paragraph("A team manager has reviewed the decision on your referral to "
                        + content.frontDoorName() + ". This letter replaces our earlier letter about it.", regular);
            } else {
                writer.paragraph("Thank you for your referral to " + content.frontDoorName() + ". We have looked"
                        + " at it against the threshold of need, and this letter tells you what we decided and why.",
                        regular);
            }
            writer.gap();
            writer.paragraph("Level of need", bold);
            writer.paragraph(content.levelWording(), regular);
            writer.gap();
            writer.paragraph("What happens next", bold);
            writer.paragraph(content.routeWording(), regular);
            if (content.earlyHelp() != null) {
                writer.paragraph(content.earlyHelp(), regular);
            }
            if (content.team() != null) {
                writer.paragraph("Team or service: " + content.team(), regular);
            }
            writer.gap();
            writer.paragraph("Why we decided this", bold);
            for (String paragraph : content.rationale().split("\\R")) {
                if (!paragraph.isBlank()) {
                    writer.paragraph(paragraph.strip(), regular);
                }
            }
            writer.gap();
            writer.paragraph("If you have a question about this decision, please contact " + content.frontDoorName()
                    + " and quote the reference above.", regular);
            writer.gap();
            writer.paragraph("Yours sincerely,", regular);
            writer.paragraph(content.frontDoorName(), regular);
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The outcome letter could not be rendered", e);
        }
    }

    /** Writes lines down the page, wrapping words and starting a new page at the bottom margin. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void heading(String text, float atY, float size) throws IOException {
            line(printable(text, bold), bold, size, LEFT, atY);
        }

        void addressBlock(List<String> lines) throws IOException {
            float lineY = TOP - 39.5f * MM - 10f;
            int shown = 0;
            for (String line : lines) {
                if (shown == ADDRESS_LINES - 1 && lines.size() > ADDRESS_LINES) {
                    // the postcode must be on the block's last line: fold what does not fit into the line above
                    break;
                }
                line(fit(printable(line, regular), 95.9f * MM), regular, 10f, LEFT, lineY);
                lineY -= 12f;
                shown++;
            }
            if (lines.size() > ADDRESS_LINES) {
                line(printable(lines.get(lines.size() - 1), regular), regular, 10f, LEFT, lineY);
            }
        }

        void moveTo(float newY) {
            y = newY;
        }

        void gap() {
            y -= LEADING / 2;
        }

        void paragraph(String text, PDFont font) throws IOException {
            for (String line : wrap(printable(text, font), font, BODY_SIZE, RIGHT - LEFT)) {
                if (y < BOTTOM) {
                    newPage();
                }
                line(line, font, BODY_SIZE, LEFT, y);
                y -= LEADING;
            }
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP - 25f * MM;
        }

        private void line(String text, PDFont font, float size, float x, float atY) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        private String fit(String text, float width) throws IOException {
            String fitted = text;
            while (!fitted.isEmpty() && regular.getStringWidth(fitted) / 1000f * 10f > width) {
                fitted = fitted.substring(0, fitted.length() - 1);
            }
            return fitted;
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000f * size <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with tabs as spaces and every character the font cannot encode replaced by {@code ?}. */
    static String printable(String text, PDFont font) {
        StringBuilder printable = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                printable.append('?');
            }
        });
        return printable.toString();
    }
}
