package org.frontdoor.triage.letters.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.serviceplatform.RetrySchedule;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.junit.jupiter.api.Test;
import org.frontdoor.testkit.time.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterDeskTest {

    private final InMemoryOutcomeLetters letters = new InMemoryOutcomeLetters();
    private final Map<String, Referrer> referrers = new HashMap<>();
    private final Map<String, String> rationales = new HashMap<>();
    private final java.util.Set<String> decidedElsewhere = new java.util.HashSet<>();
    private final Map<String, String> partners = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final FakeNotify notify = new FakeNotify();
    private final List<String> measured = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-15T09:00:00Z"));
    private boolean referralServiceDown;

    private final LetterDesk desk = new LetterDesk(letters,
            referralId -> {
                if (referralServiceDown) {
                    throw new ReferrerUnavailable("referral-service answered 503");
                }
                return referrers.get(referralId);
            },
            (referralId, decisionId) -> Optional.ofNullable(rationales.get(decisionId)),
            (referralId, decisionId) -> !decidedElsewhere.contains(decisionId),
            content -> ("PDF for " + content.referralReference()).getBytes(),
            notify,
            new LetterMeasures() {
                @Override
                public void sent(Channel channel) {
                    measured.add("sent " + channel);
                }

                @Override
                public void failed() {
                    measured.add("failed");
                }
            },
            new ReferralPartners() {
                @Override
                public void posted(String referralId, String partnerId) {
                    partners.put(referralId, partnerId);
                }

                @Override
                public Optional<String> partnerOf(String referralId) {
                    return Optional.ofNullable(partners.get(referralId));
                }
            },
            audit::add,
            new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(15)),
            LetterFixtures.compass(), clock);

    private String decided(String referralId, Referrer referrer) {
        DecisionFacts decision = LetterFixtures.targetedEarlyHelp(referralId);
        referrers.put(referralId, referrer);
        rationales.put(decision.decisionId(), LetterFixtures.RATIONALE);
        desk.decisionMade("event-" + referralId, decision);
        return LetterDesk.letterIdFor("event-" + referralId);
    }

    private OutcomeLetter letter(String letterId) {
        return letters.find(letterId).orElseThrow();
    }

    @Test
    void aRedeliveredDecisionEventStoresNoSecondLetter() {
        decided("ref-1", LetterFixtures.professionalByEmail());

        boolean again = desk.decisionMade("event-ref-1", LetterFixtures.targetedEarlyHelp("ref-1"));

        assertThat(again).isFalse();
        assertThat(letters.all()).hasSize(1);
        assertThat(letters.all().get(0).status()).isEqualTo(LetterStatus.PENDING);
    }

    @Test
    void aDecisionThisServiceDidNotMakeGetsNoLetterAndNothingIsStored() {
        DecisionFacts imported = LetterFixtures.targetedEarlyHelp("ref-imported");
        decidedElsewhere.add(imported.decisionId());

        boolean stored = desk.decisionMade("event-ref-imported", imported);

        assertThat(stored).isFalse();
        assertThat(letters.all()).isEmpty();
        assertThat(desk.sendDue()).isZero();
        assertThat(notify.requests).isEmpty();
    }

    @Test
    void aReferrerWithAnEmailAddressIsSentTheLetterByEmailOnce() {
        String letterId = decided("ref-2", LetterFixtures.professionalByEmail());

        desk.sendDue();
        desk.sendDue();

        OutcomeLetter sent = letter(letterId);
        assertThat(sent.status()).isEqualTo(LetterStatus.SENT);
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
        assertThat(sent.notificationId()).isEqualTo("notification-1");
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(notify.requests).containsExactly("email " + letterId + " to sam.teacher@school.example");
        assertThat(measured).containsExactly("sent EMAIL");
    }

    @Test
    void aReferrerWithOnlyAPostalAddressIsSentAPrecompiledLetter() {
        String letterId = decided("ref-3", LetterFixtures.familyMemberByPost());

        desk.sendDue();

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        assertThat(letter(letterId).channel()).isEqualTo(Channel.POST);
        assertThat(notify.requests).containsExactly("letter " + letterId);
    }

    @Test
    void aReferrerWithNoContactDetailsKeepsAWrittenLetterThatIsNotSent() {
        String letterId = decided("ref-4", LetterFixtures.publicWithNoContact());

        desk.sendDue();

        OutcomeLetter kept = letter(letterId);
        assertThat(kept.status()).isEqualTo(LetterStatus.NO_CONTACT_DETAILS);
        assertThat(kept.pdf()).isNotEmpty();
        assertThat(kept.problem()).contains("neither an email address nor a postal address");
        assertThat(notify.requests).isEmpty();
    }

    @Test
    void anAnonymousReferrerGetsNoLetter() {
        String letterId = decided("ref-5", LetterFixtures.anonymous());

        desk.sendDue();

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.ANONYMOUS_REFERRER);
        assertThat(letter(letterId).hasPdf()).isFalse();
        assertThat(notify.requests).isEmpty();
    }

    @Test
    void whileReferralServiceIsDownTheLetterWaitsLongerEachTimeAndIsSentWhenItIsBack() {
        String letterId = decided("ref-6", LetterFixtures.professionalByEmail());
        referralServiceDown = true;

        desk.sendDue();
        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(letter(letterId).problem()).contains("503");
        assertThat(letter(letterId).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(desk.sendDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        desk.sendDue();
        assertThat(letter(letterId).attempts()).isEqualTo(2);
        assertThat(letter(letterId).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));

        referralServiceDown = false;
        clock.advance(Duration.ofSeconds(60));
        desk.sendDue();
        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        assertThat(notify.requests).hasSize(1);
    }

    @Test
    void aLetterWhoseRationaleIsNotFoundYetWaits() {
        String letterId = decided("ref-7", LetterFixtures.professionalByEmail());
        rationales.clear();

        desk.sendDue();

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(letter(letterId).problem()).contains("rationale");
        assertThat(notify.requests).isEmpty();
    }

    @Test
    void notifyRefusingTheLetterFailsItWithTheReasonAndIsNotRetried() {
        String letterId = decided("ref-8", LetterFixtures.professionalByEmail());
        notify.answers.add(new NotifyAnswer.Refused(400, "ValidationError: email_address Not a valid email address"));

        desk.sendDue();
        clock.advance(Duration.ofHours(1));
        desk.sendDue();

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.FAILED);
        assertThat(letter(letterId).problem()).contains("400").contains("Not a valid email address");
        assertThat(notify.requests).hasSize(1);
        assertThat(measured).containsExactly("failed");
    }

    @Test
    void afterAnUnknownOutcomeNotifyIsAskedBeforeTheLetterIsSentAgain() {
        String letterId = decided("ref-9", LetterFixtures.professionalByEmail());
        notify.answers.add(new NotifyAnswer.Unavailable("GOV.UK Notify answered 502", null));
        notify.found = new NotifyAnswer.Accepted("notification-accepted-before");

        desk.sendDue();
        clock.advance(Duration.ofSeconds(30));
        desk.sendDue();

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        assertThat(letter(letterId).notificationId()).isEqualTo("notification-accepted-before");
        assertThat(notify.requests).containsExactly("email " + letterId + " to sam.teacher@school.example",
                "find " + letterId);
    }

    @Test
    void aWaitNotifyAsksForIsRespected() {
        String letterId = decided("ref-10", LetterFixtures.professionalByEmail());
        notify.answers.add(new NotifyAnswer.Unavailable("GOV.UK Notify answered 429", Duration.ofMinutes(5)));

        desk.sendDue();

        assertThat(letter(letterId).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void aLetterAnotherSenderHoldsIsLeftAlone() {
        String letterId = decided("ref-11", LetterFixtures.professionalByEmail());
        OutcomeLetter stored = letter(letterId);
        letters.update(stored.leasedUntil(clock.instant().plus(LetterDesk.LEASE)));

        assertThat(desk.sendDue()).isZero();
        assertThat(notify.requests).isEmpty();
    }

    @Test
    void triageStaffReadAnyLetterAndEveryReadIsAudited() {
        String letterId = decided("ref-12", LetterFixtures.professionalByEmail());
        desk.sendDue();
        LetterReader worker = new LetterReader("worker-1", java.util.Set.of("TRIAGE_WORKER"), null);

        assertThat(desk.lettersOf("ref-12", worker)).hasSize(1);
        assertThat(desk.letterToRead(letterId, worker).pdf()).isNotEmpty();

        assertThat(audit).extracting(AuditEntry::what)
                .containsExactly("LIST outcome letters", "READ outcome letter " + letterId);
        assertThat(audit).extracting(AuditEntry::who).containsOnly("worker-1");
    }

    @Test
    void aPartnerReadsOnlyTheLettersOfReferralsItPosted() {
        desk.referralPosted("ref-13", "school-mis");
        String letterId = decided("ref-13", LetterFixtures.professionalByEmail());
        desk.sendDue();
        LetterReader poster = new LetterReader("client-a", java.util.Set.of("PARTNER_SYSTEM"), "school-mis");
        LetterReader other = new LetterReader("client-b", java.util.Set.of("PARTNER_SYSTEM"), "police");

        assertThat(desk.lettersOf("ref-13", poster)).hasSize(1);
        assertThat(desk.letterToRead(letterId, poster).letterId()).isEqualTo(letterId);
        assertThatThrownBy(() -> desk.lettersOf("ref-13", other)).isInstanceOf(LetterNotFound.class);
        assertThatThrownBy(() -> desk.letterToRead(letterId, other)).isInstanceOf(LetterNotFound.class);
        assertThat(audit).extracting(AuditEntry::who).containsOnly("client-a");
    }

    @Test
    void anAdministratorReadsLettersOnlyByBreakGlassAndTheReasonIsAudited() {
        String letterId = decided("ref-15", LetterFixtures.professionalByEmail());
        desk.sendDue();
        LetterReader admin = new LetterReader("admin-1", java.util.Set.of("ADMIN"), null);
        LetterReader breakingGlass = new LetterReader("admin-1", java.util.Set.of("ADMIN"), null,
                "Subject access request SAR-2026-114");

        assertThatThrownBy(() -> desk.lettersOf("ref-15", admin)).isInstanceOf(LetterNotFound.class);
        assertThat(desk.lettersOf("ref-15", breakingGlass)).hasSize(1);
        assertThat(desk.letterToRead(letterId, breakingGlass).pdf()).isNotEmpty();

        assertThat(audit).extracting(AuditEntry::action).containsExactly(AuditEntry.LETTERS_LIST, AuditEntry.LETTER_READ);
        assertThat(audit).extracting(AuditEntry::breakGlassReason).containsOnly("Subject access request SAR-2026-114");
        assertThat(audit).extracting(AuditEntry::records).containsOnly(List.of("ref-15"));
    }

    @Test
    void aLetterWithNoPdfCannotBeDownloaded() {
        String letterId = decided("ref-14", LetterFixtures.anonymous());
        desk.sendDue();

        assertThatThrownBy(() -> desk.letterToRead(letterId,
                new LetterReader("worker-1", java.util.Set.of("TRIAGE_MANAGER"), null)))
                .isInstanceOf(LetterNotFound.class);
    }

    /** Records every request; answers from a queue (accepted by default). */
    static final class FakeNotify implements GovUkNotify {

        final List<String> requests = new ArrayList<>();
        final Deque<NotifyAnswer> answers = new ArrayDeque<>();
        NotifyAnswer found = new NotifyAnswer.NotFound();
        private int accepted;

        @Override
        public NotifyAnswer sendEmail(OutcomeEmail email) {
            requests.add("email " + email.reference() + " to " + email.emailAddress());
            return answer();
        }

        @Override
        public NotifyAnswer sendLetter(String reference, byte[] pdf) {
            requests.add("letter " + reference);
            return answer();
        }

        @Override
        public NotifyAnswer find(String reference) {
            requests.add("find " + reference);
            return found;
        }

        private NotifyAnswer answer() {
            return answers.isEmpty() ? new NotifyAnswer.Accepted("notification-" + (++accepted)) : answers.poll();
        }
    }
}
