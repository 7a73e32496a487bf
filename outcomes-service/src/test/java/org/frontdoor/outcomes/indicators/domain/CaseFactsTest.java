package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.outcomes.fixtures.Events.logged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.junit.jupiter.api.Test;

class CaseFactsTest {

    private static EarlyHelpCaseOpened opened(String caseId, String sourceReferralId) {
        return new EarlyHelpCaseOpened(caseId, Instant.parse("2026-06-01T09:00:00Z"), "family-1",
                List.of(new CaseMember("child-1", "CHILD")), sourceReferralId, "NORTH");
    }

    private static LeadProfessionalAllocated allocated(String caseId, String at) {
        return new LeadProfessionalAllocated(caseId, Instant.parse(at), "lead-1", "SCHOOL");
    }

    @Test
    void theFirstAllocationIsTheEarliestWhateverOrderTheyArriveIn() {
        CaseFacts facts = CaseFacts.from(List.of(
                logged(allocated("c1", "2026-06-09T09:00:00Z")),
                logged(opened("c1", "r1")),
                logged(allocated("c1", "2026-06-03T09:00:00Z"))));

        assertThat(facts.cases()).singleElement().satisfies(earlyHelpCase -> {
            assertThat(earlyHelpCase.sourceReferralId()).isEqualTo("r1");
            assertThat(earlyHelpCase.firstAllocatedAt()).isEqualTo(Instant.parse("2026-06-03T09:00:00Z"));
        });
    }

    @Test
    void planReviewsAreKeptOncePerEventEvenBeforeTheCasesOpeningIsLogged() {
        PlanReviewed second = new PlanReviewed("c1", Instant.parse("2026-08-03T09:00:00Z"), 2,
                LocalDate.parse("2026-09-28"));

        CaseFacts facts = CaseFacts.from(List.of(logged("e2", second), logged("e2", second),
                logged(new PlanReviewed("c2", Instant.parse("2026-07-01T09:00:00Z"), 1, null))));

        assertThat(facts.reviews()).containsExactlyInAnyOrder(
                new PlanReview("c1", Instant.parse("2026-08-03T09:00:00Z"), 2),
                new PlanReview("c2", Instant.parse("2026-07-01T09:00:00Z"), 1));
        assertThat(CaseFacts.EVENT_TYPES).contains(PlanReviewed.TYPE);
    }

    @Test
    void aClosureDeliveredTwiceCountsOnce() {
        EarlyHelpCaseClosed closed = new EarlyHelpCaseClosed("c1", Instant.parse("2026-06-20T09:00:00Z"),
                "OUTCOMES_ACHIEVED", "FULLY_ACHIEVED", "family-1", List.of("child-1"));

        CaseFacts facts = CaseFacts.from(List.of(logged("e1", closed), logged("e1", closed)));

        assertThat(facts.closures()).hasSize(1);
    }

    @Test
    void aCaseWithoutItsOpeningEventIsNotACaseButItsClosureCounts() {
        CaseFacts facts = CaseFacts.from(List.of(
                logged(allocated("c9", "2026-06-09T09:00:00Z")),
                logged(new EarlyHelpCaseClosed("c9", Instant.parse("2026-06-20T09:00:00Z"), "OTHER", null, "family-1",
                        List.of("child-1")))));

        assertThat(facts.cases()).isEmpty();
        assertThat(facts.closures()).singleElement().satisfies(closure -> assertThat(closure.hasJudgement()).isFalse());
    }

    @Test
    void membershipIsTheChildrenOfTheOpeningAndTheCaseIsOpenFromOpeningToClosureAndAgainFromReopening() {
        EarlyHelpCaseOpened opening = new EarlyHelpCaseOpened("c1", Instant.parse("2026-06-01T09:00:00Z"), "family-1",
                List.of(new CaseMember("child-1", "CHILD"), new CaseMember("parent-1", "PARENT")), null, "NORTH");
        CaseFacts facts = CaseFacts.from(List.of(
                logged(opening),
                logged(new EarlyHelpCaseReopened("c1", Instant.parse("2026-07-01T09:00:00Z"), "family-1",
                        List.of("child-1"))),
                logged(new EarlyHelpCaseClosed("c1", Instant.parse("2026-06-10T09:00:00Z"), "OTHER", null, "family-1",
                        List.of("child-1")))));

        assertThat(facts.memberships()).singleElement().satisfies(membership -> {
            assertThat(membership.childIds()).containsExactly("child-1");
            assertThat(membership.isOpenAt(Instant.parse("2026-06-10T08:59:59Z"))).isTrue();
            assertThat(membership.isOpenAt(Instant.parse("2026-06-10T09:00:00Z"))).isFalse();
            assertThat(membership.isOpenAt(Instant.parse("2026-07-01T09:00:00Z"))).isTrue();
            assertThat(membership.isOpenDuring(Instant.parse("2026-06-11T00:00:00Z"), Instant.parse("2026-07-01T09:00:00Z")))
                    .isFalse();
        });
    }
}
