package org.frontdoor.consultation.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.consultation.booking.domain.Fixtures.question;
import static org.frontdoor.consultation.booking.domain.Fixtures.questionAboutCase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** What makes two booking requests "the same request" for an {@code Idempotency-Key}. */
class BookingFingerprintTest {

    @Test
    void theSameKeyWithAnotherCaseOrACaseAddedOrDroppedIsAnotherRequest() {
        assertThat(Bookings.fingerprint(questionAboutCase("case-1")))
                .isEqualTo(Bookings.fingerprint(questionAboutCase("case-1")))
                .isNotEqualTo(Bookings.fingerprint(questionAboutCase("case-2")))
                .isNotEqualTo(Bookings.fingerprint(question()));
    }

    @Test
    void aRequestNamingNoCaseKeepsTheFingerprintItHadBeforeBookingsNamedACase() throws Exception {
        assertThat(Bookings.fingerprint(question())).isEqualTo(fingerprintBeforeCases(question()));
    }

    @Test
    void aCaseCannotBeForgedFromTheEndOfTheQuestionText() {
        ConsultationQuestion withCase = questionAboutCase("case-1");
        ConsultationQuestion textEndingLikeACase = new ConsultationQuestion(withCase.slotId(), withCase.childId(),
                withCase.familyId(), withCase.referralId(), null, withCase.question() + "\u001fcase-1");

        assertThat(Bookings.fingerprint(textEndingLikeACase)).isNotEqualTo(Bookings.fingerprint(withCase));
    }

    /** The fingerprint as the first release computed it: the Idempotency-Keys stored then must still match. */
    private static String fingerprintBeforeCases(ConsultationQuestion question) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String part : new String[] {question.slotId(), question.childId(), question.familyId(),
                question.referralId(), question.question()}) {
            digest.update(part == null ? new byte[] {0} : ("1" + part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
