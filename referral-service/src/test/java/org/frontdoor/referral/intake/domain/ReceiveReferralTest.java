package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;
import org.frontdoor.referral.access.domain.NotPermitted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.CONTACT_OFFICER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.PARTNER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.RECEIVED_AT;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.phoneReferral;

import java.util.EnumSet;

import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.referral.personindex.domain.InMemoryPersonIndex;
import org.junit.jupiter.api.Test;

class ReceiveReferralTest {

    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final ReceiveReferral receiveReferral = ReferralFixtures.receiving(referrals, new InMemoryPersonIndex());

    @Test
    void aReferralIsStoredWithItsReceivedEventAndTheServerClockAsReceivedAt() {
        ReferralReceipt receipt = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, null);

        assertThat(receipt.replayed()).isFalse();
        Referral referral = receipt.referral();
        assertThat(referral.receivedAt()).isEqualTo(RECEIVED_AT);
        assertThat(referral.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(referral.createdBy()).isEqualTo("officer-1");
        assertThat(referral.partnerId()).isNull();
        ReferralReceived event = (ReferralReceived) referrals.events.get(referral.referralId()).get(0);
        assertThat(event.referralId()).isEqualTo(referral.referralId());
        assertThat(event.sourceCode()).isEqualTo("2A");
        assertThat(event.children()).singleElement()
                .satisfies(child -> assertThat(child.childId()).isEqualTo(referral.children().get(0).childId()));
    }

    @Test
    void theReceivedEventCarriesNoNamesAndNoConcernText() {
        Referral referral = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, null).referral();
        String event = referrals.events.get(referral.referralId()).get(0).toString();
        assertThat(event).doesNotContain("Amy", "Smith", "Jo Teacher", "Oak Primary", "no food", "01743");
    }

    @Test
    void aPartnerSystemsReferralComesByPartnerApiAndCarriesItsPartnerId() {
        NewReferral sentAsPhone = phoneReferral();
        Referral referral = receiveReferral.receive(sentAsPhone, PARTNER, null).referral();
        assertThat(referral.channel()).isEqualTo(Channel.PARTNER_API);
        assertThat(referral.partnerId()).isEqualTo("partner-school-42");
        assertThat(((ReferralReceived) referrals.events.get(referral.referralId()).get(0)).partnerId())
                .isEqualTo("partner-school-42");
    }

    @Test
    void aPartnerTokenWithoutPartnerIdMayNotRecord() {
        Actor anonymousPartner = new Actor("client", EnumSet.of(Role.PARTNER_SYSTEM), null);
        assertThatThrownBy(() -> receiveReferral.receive(phoneReferral(), anonymousPartner, null))
                .isInstanceOf(NotPermitted.class);
        assertThat(referrals.byId).isEmpty();
    }

    @Test
    void onlyContactOfficersAndPartnerSystemsRecordReferrals() {
        Actor triageWorker = new Actor("worker", EnumSet.of(Role.TRIAGE_WORKER), null);
        assertThatThrownBy(() -> receiveReferral.receive(phoneReferral(), triageWorker, null))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aBrokenRuleStoresNothing() {
        NewReferral refused = ReferralFixtures.withConsent(phoneReferral(), new Consent(ConsentStatus.REFUSED, null),
                Pathway.EARLY_HELP);
        assertThatThrownBy(() -> receiveReferral.receive(refused, CONTACT_OFFICER, null))
                .isInstanceOfSatisfying(ReferralRejected.class,
                        rejected -> assertThat(rejected.violations()).extracting(RuleViolation::field).containsExactly("consent.status"));
        assertThat(referrals.byId).isEmpty();
    }

    @Test
    void aRetryWithTheSameKeyAndRequestAnswersWithTheFirstReferral() {
        IdempotencyKey key = new IdempotencyKey("retry-1", "hash-a");
        Referral first = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, key).referral();

        ReferralReceipt retry = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, new IdempotencyKey("retry-1", "hash-a"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.referral()).isEqualTo(first);
        assertThat(referrals.byId).hasSize(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsAConflict() {
        receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, new IdempotencyKey("retry-1", "hash-a"));
        assertThatThrownBy(() -> receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, new IdempotencyKey("retry-1", "hash-b")))
                .isInstanceOf(IdempotencyConflict.class);
        assertThat(referrals.byId).hasSize(1);
    }

    @Test
    void idempotencyKeysAreScopedToTheCaller() {
        receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, new IdempotencyKey("same-key", "hash-a"));
        Actor otherOfficer = new Actor("officer-2", EnumSet.of(Role.CONTACT_OFFICER), null);
        ReferralReceipt other = receiveReferral.receive(phoneReferral(), otherOfficer, new IdempotencyKey("same-key", "hash-b"));
        assertThat(other.replayed()).isFalse();
        assertThat(referrals.byId).hasSize(2);
    }

    @Test
    void aRetryThatLosesTheRaceToStoreAnswersWithTheWinner() {
        IdempotencyKey key = new IdempotencyKey("raced", "hash-a");
        referrals.beforeNextAdd = () -> receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, key);

        ReferralReceipt loser = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, key);

        assertThat(loser.replayed()).isTrue();
        assertThat(referrals.byId).hasSize(1).containsKey(loser.referral().referralId());
    }

    @Test
    void theIdempotencyKeyIsOneToAHundredVisibleCharacters() {
        assertThatThrownBy(() -> new IdempotencyKey("", "h")).isInstanceOf(ReferralRejected.class);
        assertThatThrownBy(() -> new IdempotencyKey("x".repeat(101), "h")).isInstanceOf(ReferralRejected.class);
        assertThatThrownBy(() -> new IdempotencyKey("has space", "h")).isInstanceOf(ReferralRejected.class);
        assertThat(new IdempotencyKey("x".repeat(100), "h").key()).hasSize(100);
    }
}
