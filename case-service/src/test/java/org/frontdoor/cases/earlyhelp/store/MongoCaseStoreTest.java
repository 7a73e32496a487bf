package org.frontdoor.cases.earlyhelp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.Change;
import org.frontdoor.cases.earlyhelp.domain.CaseStore;
import org.frontdoor.cases.earlyhelp.domain.CaseWork;
import org.frontdoor.cases.earlyhelp.domain.ClosureJudgement;
import org.frontdoor.cases.earlyhelp.domain.ClosureReason;
import org.frontdoor.cases.earlyhelp.domain.ConcurrentChange;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.OutcomeEvidence;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.StepUp;
import org.frontdoor.cases.earlyhelp.domain.ThemeFramework;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.frontdoor.cases.earlyhelp.domain.WebstarAssessment;
import org.frontdoor.cases.earlyhelp.domain.WebstarRole;
import org.frontdoor.cases.earlyhelp.domain.WebstarType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Mongo store: state and events in one document, optimistic locking, a faithful round trip. */
class MongoCaseStoreTest extends CaseServiceIntegrationTest {

    static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    CaseStore store;

    Change opening() {
        return EarlyHelpCase.openFrom(new TriageRouting(UUID.randomUUID().toString(), Route.EARLY_HELP_TARGETED, AT,
                "family-1", List.of("child-" + UUID.randomUUID()), "WEST"));
    }

    @Test
    void openingTheSameCaseTwiceStoresItOnce() {
        Change opening = opening();

        assertThat(store.open(opening)).isTrue();
        assertThat(store.open(opening)).isFalse();
    }

    @Test
    void aCaseRoundTripsThroughTheStore() {
        Change opening = opening();
        store.open(opening);
        String caseId = opening.after().caseId();
        EarlyHelpCase led = store.find(caseId).orElseThrow();
        store.save(led.allocate(new LeadProfessional("worker-1", Agency.VOLUNTARY_SECTOR, AT)));
        EarlyHelpCase closed = store.find(caseId).orElseThrow().close(ClosureReason.OUTCOMES_ACHIEVED,
                ClosureJudgement.PARTIALLY_ACHIEVED, "summary", "worker-1", AT).after();
        store.save(new Change(closed, List.of()));
        store.save(store.find(caseId).orElseThrow().reopen(AT.plusSeconds(1)));

        EarlyHelpCase found = store.find(caseId).orElseThrow();
        assertThat(found.revision()).isEqualTo(3);
        assertThat(found.isClosed()).isFalse();
        assertThat(found.isLedBy("worker-1")).isTrue();
        assertThat(found.leadProfessional().orElseThrow().agency()).isEqualTo(Agency.VOLUNTARY_SECTOR);
        assertThat(found.earlierClosures()).singleElement().satisfies(closure -> {
            assertThat(closure.reason()).isEqualTo(ClosureReason.OUTCOMES_ACHIEVED);
            assertThat(closure.judgement()).isEqualTo(ClosureJudgement.PARTIALLY_ACHIEVED);
            assertThat(closure.summary()).isEqualTo("summary");
        });
        assertThat(found.members()).isEqualTo(opening.after().members());
        assertThat(found.openedAt()).isEqualTo(AT);
        assertThat(store.ofChild(found.childIds().get(0))).extracting(EarlyHelpCase::caseId).containsExactly(caseId);
    }

    @Test
    void aChangeMadeOnAStaleReadIsRefusedAndNotSaved() {
        Change opening = opening();
        store.open(opening);
        String caseId = opening.after().caseId();
        EarlyHelpCase firstRead = store.find(caseId).orElseThrow();
        EarlyHelpCase secondRead = store.find(caseId).orElseThrow();

        store.save(firstRead.allocate(new LeadProfessional("worker-1", Agency.SCHOOL, AT)));

        assertThatThrownBy(() -> store.save(secondRead.allocate(new LeadProfessional("worker-2", Agency.SCHOOL, AT))))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(store.find(caseId).orElseThrow().isLedBy("worker-1")).isTrue();
    }

    @Test
    void publishingTheOutboxDoesNotMakeAReadStale() {
        Change opening = opening();
        store.open(opening);
        String caseId = opening.after().caseId();
        EarlyHelpCase read = store.find(caseId).orElseThrow();

        awaitOutboxEmpty(caseId);

        store.save(read.allocate(new LeadProfessional("worker-1", Agency.SCHOOL, AT)));
        assertThat(store.find(caseId).orElseThrow().isLedBy("worker-1")).isTrue();
    }

    @Test
    void theWorkOnACaseRoundTripsThroughTheStoreWithItsDatesAndKeys() {
        Change opening = opening();
        store.open(opening);
        String caseId = opening.after().caseId();
        String childId = opening.after().childIds().get(0);
        store.save(store.find(caseId).orElseThrow().allocate(new LeadProfessional("worker-1", Agency.SCHOOL, AT)));
        store.save(store.find(caseId).orElseThrow().addParent("adult-1"));
        RequestKey key = new RequestKey("worker-1", "k-1", "hash");
        store.save(store.find(caseId).orElseThrow().recordWebstar(new WebstarAssessment("w-1", "adult-1",
                WebstarRole.PARENT, WebstarType.BASELINE, AT, "INDIVIDUAL_WEBSTAR", "1",
                Map.of("safe", 3), "worker-1", AT, key)));
        store.save(store.find(caseId).orElseThrow().identifyThemes(ThemeFramework.STRENGTHENING_FAMILIES,
                List.of("WORK_FINANCES", "HEALTH"), "worker-1", AT));
        store.save(store.find(caseId).orElseThrow().evidenceOutcome(ThemeFramework.STRENGTHENING_FAMILIES,
                new OutcomeEvidence("e-1", "WORK_FINANCES", LocalDate.parse("2026-01-31"), 26, AT, "worker-1", null),
                LocalDate.parse("2026-02-01")));
        store.save(store.find(caseId).orElseThrow().reviewPlan("r-1", AT, LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-03-15"), "worker-1", AT, null));
        EarlyHelpCase before = store.find(caseId).orElseThrow();
        store.save(before.stepUp(List.of(childId), "referral-1", null, null, "worker-1", AT));

        EarlyHelpCase found = store.find(caseId).orElseThrow();
        CaseWork work = found.work();
        assertThat(found.members()).hasSize(2);
        assertThat(work.webstars()).containsExactly(before.work().webstars().get(0));
        assertThat(work.webstars().get(0).requestKey()).isEqualTo(key);
        assertThat(work.themes()).isEqualTo(before.work().themes());
        assertThat(work.evidence().get(0).sustainedFrom()).isEqualTo(LocalDate.parse("2026-01-31"));
        assertThat(work.evidence().get(0).windowWeeks()).isEqualTo(26);
        assertThat(work.reviews().get(0).nextReviewDue()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(work.stepUps()).extracting(StepUp::referralId).containsExactly("referral-1");
        assertThat(found.closure().orElseThrow().reason()).isEqualTo(ClosureReason.STEPPED_UP_TO_SOCIAL_CARE);
        assertThat(found.createdWith(key)).isPresent();
    }
}
