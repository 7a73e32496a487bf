package org.frontdoor.triage.letters.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.frontdoor.triage.letters.domain.LetterContent;
import org.frontdoor.triage.letters.domain.LetterFixtures;
import org.frontdoor.triage.letters.domain.OutcomeLetterWording;
import org.frontdoor.triage.letters.domain.Referrer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfLetterRendererTest {

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    private static LetterContent content(Referrer referrer, String rationale, boolean forPost) {
        return OutcomeLetterWording.contentFor(LetterFixtures.compass(), LetterFixtures.targetedEarlyHelp("ref-42"),
                referrer, rationale, forPost);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theLetterSaysWhoDecidedWhatAndWhyForWhichReferralAndWhen() throws IOException {
        String text = text(renderer.render(content(LetterFixtures.professionalByEmail(), LetterFixtures.RATIONALE,
                false)));

        assertThat(text).contains("Compass")
                .contains("14 March 2026")
                .contains("Our reference: ref-42")
                .contains("Dear Sam Teacher,")
                .contains("Outcome of your referral")
                .contains("Level 3: Complex needs: targeted early help")
                .contains("Targeted early help: the referral goes to a targeted early help service")
                .contains("Team or service: EnHance")
                .contains("Why we decided this")
                .contains("School reports falling attendance; mother asked for help with routines.")
                .contains("EnHance can offer a family worker within two weeks.");
    }

    @Test
    void anEmailedLetterHasNoAddressBlock() throws IOException {
        String text = text(renderer.render(content(LetterFixtures.professionalByEmail(), LetterFixtures.RATIONALE,
                false)));

        assertThat(text).doesNotContain("SY1 1AA").doesNotContain("1 School Lane");
    }

    @Test
    void aPostedLetterHasTheAddressWhereNotifyReadsIt() throws IOException {
        byte[] pdf = renderer.render(content(LetterFixtures.familyMemberByPost(), LetterFixtures.RATIONALE, true));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            float mm = 72f / 25.4f;
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            // Notify's address block: 24.6 mm from the left, 39.5 mm to 66.3 mm from the top, 95.9 mm wide
            stripper.addRegion("address", new java.awt.geom.Rectangle2D.Float(24.0f * mm, 39.5f * mm, 96.5f * mm,
                    26.8f * mm));
            stripper.extractRegions(document.getPage(0));
            assertThat(stripper.getTextForRegion("address").lines().map(String::strip).toList())
                    .containsExactly("Pat Grandparent", "2 Church Street", "Ludlow", "SY8 1AA");
        }
    }

    @Test
    void aLongRationaleRunsOntoASecondPage() throws IOException {
        String longRationale = ("The family has been known to universal services for some time and the school"
                + " describes a pattern of late arrival and missed homework. ").repeat(60);

        byte[] pdf = renderer.render(content(LetterFixtures.professionalByEmail(), longRationale, false));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("Yours sincerely");
    }

    @Test
    void everyFontIsEmbeddedAsNotifyRequires() throws IOException {
        byte[] pdf = renderer.render(content(LetterFixtures.familyMemberByPost(), LetterFixtures.RATIONALE, true));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.PDResources resources = document.getPage(0).getResources();
            List<org.apache.pdfbox.pdmodel.font.PDFont> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void namesBeyondAsciiArePrinted() throws IOException {
        String text = text(renderer.render(content(new Referrer("FAMILY_MEMBER", "Zofia Wójcik-Łukasiewicz", null,
                "z@example.org", null), LetterFixtures.RATIONALE, false)));

        assertThat(text).contains("Dear Zofia Wójcik-Łukasiewicz,");
    }

    @Test
    void charactersTheFontCannotPrintAreReplacedNotFatal() throws IOException {
        String text = text(renderer.render(content(LetterFixtures.professionalByEmail(),
                "Mother said \u201cwe need help\u201d \u2013 \u4e2d\u6587 were in the note.",
                false)));

        assertThat(text).contains("\u201cwe need help\u201d \u2013 ?? were in the note.");
    }
}
