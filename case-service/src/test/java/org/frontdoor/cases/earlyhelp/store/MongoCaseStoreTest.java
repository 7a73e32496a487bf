package org.frontdoor.cases.earlyhelp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.CaseChange;
import org.frontdoor.cases.earlyhelp.domain.CaseStore;
import org.frontdoor.cases.earlyhelp.domain.ClosureJudgement;
import org.frontdoor.cases.earlyhelp.domain.ClosureReason;
import org.frontdoor.cases.earlyhelp.domain.ConcurrentCaseChange;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Mongo store: state and events in one document, optimistic locking, a faithful round trip. */
class MongoCaseStoreTest extends CaseServiceIntegrationTest {

    static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    CaseStore store;

    CaseChange opening() {
        return EarlyHelpCase.openFrom(new TriageRouting(UUID.randomUUID().toString(), Route.EARLY_HELP_TARGETED, AT,
                "family-1", List.of("child-" + UUID.randomUUID()), "WEST"));
    }

    @Test
    void openingTheSameCaseTwiceStoresItOnce() {
        CaseChange opening = opening();

        assertThat(store.open(opening)).isTrue();
        assertThat(store.open(opening)).isFalse();
    }

    @Test
    void aCaseRoundTripsThroughTheStore() {
        CaseChange opening = opening();
        store.open(opening);
        String caseId = opening.after().caseId();
        EarlyHelpCase led = store.find(caseId).orElseThrow();
        store.save(led.allocate(new LeadProfessional("worker-1", Agency.VOLUNTARY_SECTOR, AT)));
        EarlyHelpCase closed = store.find(caseId).orElseThrow().close(ClosureReason.OUTCOMES_ACHIEVED,
                ClosureJudgement.PARTIALLY_ACHIEVED, "summary", "worker-1", AT).after();
        store.save(new CaseChange(closed, List.of()));
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
        CaseChange opening = opening();
        store.open(opening);
        String caseId = opening.after().caseId();
        EarlyHelpCase firstRead = store.find(caseId).orElseThrow();
        EarlyHelpCase secondRead = store.find(caseId).orElseThrow();

        store.save(firstRead.allocate(new LeadProfessional("worker-1", Agency.SCHOOL, AT)));

        assertThatThrownBy(() -> store.save(secondRead.allocate(new LeadProfessional("worker-2", Agency.SCHOOL, AT))))
                .isInstanceOf(ConcurrentCaseChange.class);
        assertThat(store.find(caseId).orElseThrow().isLedBy("worker-1")).isTrue();
    }

    @Test
    void publishingTheOutboxDoesNotMakeAReadStale() {
        CaseChange opening = opening();
        store.open(opening);
        String caseId = opening.after().caseId();
        EarlyHelpCase read = store.find(caseId).orElseThrow();

        awaitOutboxEmpty(caseId);

        store.save(read.allocate(new LeadProfessional("worker-1", Agency.SCHOOL, AT)));
        assertThat(store.find(caseId).orElseThrow().isLedBy("worker-1")).isTrue();
    }
}
