package org.frontdoor.triage.letters.clients;

import org.frontdoor.triage.letters.domain.Referrer;
import org.frontdoor.triage.letters.domain.ReferrerUnavailable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading the referrer out of referral-service's {@code GET /api/referrals/{referralId}/referrer} answer, tolerantly
 * (the service's HTTP side is in LetterSendingTest).
 */
class ReferralServiceReferrersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Referrer read(String json) {
        return ReferralServiceReferrers.referrer("ref-1", JSON.readTree(json));
    }

    @Test
    void theReferrersContactDetailsAreReadAndEverythingElseIsIgnored() {
        Referrer referrer = read("""
                {"referralId": "ref-1", "concerns": "never read by letters",
                 "referrer": {"type": "PROFESSIONAL", "name": "Sam Teacher", "organisation": "Oakmeadow Primary",
                  "role": "DSL", "phone": "01743 000000", "email": "sam.teacher@school.example",
                  "postalAddress": {"lines": ["1 School Lane", "", "Shrewsbury"], "postcode": "SY1 1AA"}}}""");

        assertThat(referrer.type()).isEqualTo("PROFESSIONAL");
        assertThat(referrer.name()).isEqualTo("Sam Teacher");
        assertThat(referrer.organisation()).isEqualTo("Oakmeadow Primary");
        assertThat(referrer.email()).isEqualTo("sam.teacher@school.example");
        assertThat(referrer.postalAddress().lines()).containsExactly("1 School Lane", "Shrewsbury");
        assertThat(referrer.postalAddress().postcode()).isEqualTo("SY1 1AA");
    }

    @Test
    void theEarlierFieldNamesAreReadToo() {
        Referrer referrer = read("""
                {"referrer": {"referrerType": "FAMILY_MEMBER", "name": "Pat", "agency": "none", "email": null}}""");

        assertThat(referrer.type()).isEqualTo("FAMILY_MEMBER");
        assertThat(referrer.organisation()).isEqualTo("none");
        assertThat(referrer.hasEmail()).isFalse();
        assertThat(referrer.hasPostalAddress()).isFalse();
    }

    @Test
    void anAddressWithoutAPostcodeCannotBePosted() {
        Referrer referrer = read("""
                {"referrer": {"type": "PUBLIC", "postalAddress": {"lines": ["2 Church Street"]}}}""");

        assertThat(referrer.hasPostalAddress()).isFalse();
    }

    @Test
    void anAnswerAboutAnotherReferralIsNotUsed() {
        assertThatThrownBy(() -> read("""
                {"referralId": "ref-2", "referrer": {"type": "PROFESSIONAL", "name": "Sam"}}"""))
                .isInstanceOf(ReferrerUnavailable.class);
    }

    @Test
    void aReferralWithoutAReferrerTypeIsNotGuessedAt() {
        assertThatThrownBy(() -> read("{\"referrer\": {\"name\": \"Sam\"}}")).isInstanceOf(ReferrerUnavailable.class);
    }
}
