package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EarlyHelpCaseTest {

    static final Instant DECIDED = Instant.parse("2026-03-02T10:15:30Z");
    static final Instant LATER = Instant.parse("2026-03-03T09:00:00Z");
    static final Instant LATER_STILL = Instant.parse("2026-06-01T16:00:00Z");

    static TriageRouting targetedDecision(String referralId) {
        return new TriageRouting(referralId, Route.EARLY_HELP_TARGETED, DECIDED, "family-1",
                List.of("child-a", "child-b"), "NORTH");
    }

    static EarlyHelpCase openCase() {
        return EarlyHelpCase.openFrom(targetedDecision("referral-1")).after();
    }

    static EarlyHelpCase ledBy(String lead) {
        return openCase().allocate(new LeadProfessional(lead, Agency.SCHOOL, LATER)).after();
    }

    static EarlyHelpCase closed() {
        return ledBy("worker-1").close(ClosureReason.DISENGAGED, null, null, "worker-1", LATER_STILL).after();
    }

    @Nested
    class Opening {

        @Test
        void targetedDecisionOpensCaseForTheFamilyAndChildrenDatedAtTheDecision() {
            Change opening = EarlyHelpCase.openFrom(targetedDecision("referral-1"));

            EarlyHelpCase opened = opening.after();
            assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(opened.familyId()).isEqualTo("family-1");
            assertThat(opened.childIds()).containsExactly("child-a", "child-b");
            assertThat(opened.members()).allMatch(m -> m.role() == MemberRole.CHILD);
            assertThat(opened.sourceReferralId()).contains("referral-1");
            assertThat(opened.locality()).contains("NORTH");
            assertThat(opened.openedAt()).isEqualTo(DECIDED);
            assertThat(opened.isAllocated()).isFalse();
            assertThat(opening.events()).containsExactly(new CaseEvent.Opened(opened.caseId(), DECIDED, "family-1",
                    opened.members(), "referral-1", "NORTH"));
        }

        @Test
        void caseIdIsDerivedFromTheReferralSoARedeliveredDecisionOpensTheSameCase() {
            assertThat(EarlyHelpCase.openFrom(targetedDecision("referral-1")).after().caseId())
                    .isEqualTo(EarlyHelpCase.openFrom(targetedDecision("referral-1")).after().caseId())
                    .isEqualTo(EarlyHelpCase.idForReferral("referral-1"))
                    .isNotEqualTo(EarlyHelpCase.idForReferral("referral-2"));
        }

        @Test
        void onlyTargetedEarlyHelpOpensACase() {
            for (Route route : Route.values()) {
                assertThat(route.opensEarlyHelpCase()).isEqualTo(route == Route.EARLY_HELP_TARGETED);
            }
            assertThatThrownBy(() -> EarlyHelpCase.openFrom(new TriageRouting("referral-1",
                    Route.NO_FURTHER_ACTION, DECIDED, "family-1", List.of("child-a"), null)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aCaseCannotOpenWithoutAFamily() {
            assertThatThrownBy(() -> EarlyHelpCase.openFrom(new TriageRouting("referral-1",
                    Route.EARLY_HELP_TARGETED, DECIDED, null, List.of("child-a"), null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("names no family");
        }

        @Test
        void aChildNamedTwiceIsOneMember() {
            EarlyHelpCase opened = EarlyHelpCase.openFrom(new TriageRouting("referral-1", Route.EARLY_HELP_TARGETED,
                    DECIDED, "family-1", List.of("child-a", "child-a"), null)).after();

            assertThat(opened.childIds()).containsExactly("child-a");
        }
    }

    @Nested
    class Allocation {

        @Test
        void aLeadProfessionalIsAPseudonymousIdNeverANameOrOtherText() {
            for (String notAnId : new String[] {"Jane Smith (school nurse)", "jane@school.example", "", " ",
                    "w".repeat(65)}) {
                assertThatThrownBy(() -> new LeadProfessional(notAnId, Agency.HEALTH, LATER))
                        .as(notAnId).isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> new LeadProfessional(null, Agency.HEALTH, LATER))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new LeadProfessional("idp:worker-1.x_Y", Agency.HEALTH, LATER).professionalId())
                    .isEqualTo("idp:worker-1.x_Y");
        }

        @Test
        void allocatingGivesTheCaseItsLeadProfessional() {
            LeadProfessional lead = new LeadProfessional("worker-1", Agency.HEALTH, LATER);

            Change change = openCase().allocate(lead);

            assertThat(change.after().leadProfessional()).contains(lead);
            assertThat(change.after().isLedBy("worker-1")).isTrue();
            assertThat(change.events()).containsExactly(new CaseEvent.LeadAllocated(change.after().caseId(), LATER,
                    "worker-1", Agency.HEALTH));
        }

        @Test
        void reallocationReplacesTheLeadWithAHandoverNoteAndSaysWhoLedBefore() {
            Change change = ledBy("worker-1").allocate(new LeadProfessional("worker-2", Agency.POLICE,
                    LATER_STILL), "manager-1", "  Mum prefers calls after 3pm.  ", null);

            assertThat(change.after().isLedBy("worker-2")).isTrue();
            assertThat(change.after().isLedBy("worker-1")).isFalse();
            assertThat(change.events()).containsExactly(new CaseEvent.LeadAllocated(change.after().caseId(),
                    LATER_STILL, "worker-2", Agency.POLICE, "worker-1"));
            assertThat(change.after().work().allocations()).last().satisfies(a -> {
                assertThat(a.allocatedBy()).isEqualTo("manager-1");
                assertThat(a.handoverNote()).isEqualTo("Mum prefers calls after 3pm.");
            });
        }

        @Test
        void aReallocationWithoutAHandoverNoteIsRefused() {
            EarlyHelpCase led = ledBy("worker-1");
            for (String none : new String[] {null, "", "   "}) {
                assertThatThrownBy(() -> led.allocate(new LeadProfessional("worker-2", Agency.POLICE, LATER_STILL),
                        "manager-1", none, null))
                        .as(String.valueOf(none)).isInstanceOf(InvalidCaseChange.class)
                        .hasMessageContaining("handover note");
            }
        }

        @Test
        void aHandoverNoteIsAtMost4000Characters() {
            EarlyHelpCase led = ledBy("worker-1");
            LeadProfessional next = new LeadProfessional("worker-2", Agency.POLICE, LATER_STILL);

            assertThat(led.allocate(next, "manager-1", "n".repeat(4000), null).after().isLedBy("worker-2")).isTrue();
            assertThatThrownBy(() -> led.allocate(next, "manager-1", "n".repeat(4001), null))
                    .isInstanceOf(InvalidCaseChange.class);
        }

        @Test
        void theFirstAllocationNeedsNoNoteAndANewAgencyForTheSameLeadIsNoReallocation() {
            EarlyHelpCase led = openCase().allocate(new LeadProfessional("worker-1", Agency.SCHOOL, LATER),
                    "manager-1", null, null).after();

            Change moved = led.allocate(new LeadProfessional("worker-1", Agency.HEALTH, LATER_STILL), "manager-1",
                    null, null);

            assertThat(moved.events()).containsExactly(new CaseEvent.LeadAllocated(led.caseId(), LATER_STILL,
                    "worker-1", Agency.HEALTH, null));
        }

        @Test
        void theHistoryListsEveryLeadProfessionalFromTheirAllocationToTheNext() {
            EarlyHelpCase first = openCase().allocate(new LeadProfessional("worker-1", Agency.SCHOOL, LATER),
                    "worker-1", null, null).after();
            EarlyHelpCase second = first.allocate(new LeadProfessional("worker-2", Agency.HEALTH, LATER_STILL),
                    "manager-1", "Handed over at the TAF meeting", null).after();
            // closing and reopening does not end the present lead professional's time on the case
            EarlyHelpCase reopened = second.close(ClosureReason.DISENGAGED, null, null, "worker-2", LATER_STILL)
                    .after().reopen(LATER_STILL.plusSeconds(60)).after();

            assertThat(reopened.leadProfessionalHistory()).containsExactly(
                    new LeadProfessionalSpell("worker-1", Agency.SCHOOL, LATER, LATER_STILL, "worker-1", null),
                    new LeadProfessionalSpell("worker-2", Agency.HEALTH, LATER_STILL, null, "manager-1",
                            "Handed over at the TAF meeting"));
            assertThat(openCase().leadProfessionalHistory()).isEmpty();
        }

        @Test
        void aCaseAllocatedBeforeAllocationsWereKeptStartsItsHistoryWithItsPresentLead() {
            LeadProfessional before = new LeadProfessional("worker-1", Agency.SCHOOL, LATER);
            EarlyHelpCase stored = EarlyHelpCase.restore("case-1", 3, CaseStatus.OPEN, "family-1",
                    List.of(FamilyMember.child("child-a")), "referral-1", "NORTH", DECIDED, before, null, List.of(),
                    null, CaseWork.NONE);

            assertThat(stored.leadProfessionalHistory()).containsExactly(
                    new LeadProfessionalSpell("worker-1", Agency.SCHOOL, LATER, null, null, null));
            EarlyHelpCase reallocated = stored.allocate(new LeadProfessional("worker-2", Agency.HEALTH, LATER_STILL),
                    "manager-1", "note", null).after();
            assertThat(reallocated.leadProfessionalHistory()).extracting(LeadProfessionalSpell::leadProfessionalId,
                    LeadProfessionalSpell::to).containsExactly(
                    tuple("worker-1", LATER_STILL),
                    tuple("worker-2", null));
        }

        @Test
        void aReallocationWhileAReviewIsDueKeepsTheReviewDueDate() {
            LocalDate due = LocalDate.parse("2026-07-13");
            EarlyHelpCase reviewed = ledBy("worker-1").reviewPlan("review-1", LATER_STILL,
                    LocalDate.parse("2026-06-01"), due, "worker-1", LATER_STILL, null).after();

            EarlyHelpCase reallocated = reviewed.allocate(new LeadProfessional("worker-2", Agency.HEALTH,
                    LATER_STILL.plusSeconds(3600)), "manager-1", "Review booked for 13 July", null).after();

            // on the due date itself the review is due, not overdue, before and after the handover alike
            CaseAttention before = ReviewsAndDrift.SHROPSHIRE.of(reviewed, due);
            CaseAttention after = ReviewsAndDrift.SHROPSHIRE.of(reallocated, due);
            assertThat(after.nextReviewDue()).isEqualTo(due).isEqualTo(before.nextReviewDue());
            assertThat(after.reviewOverdue()).isFalse();
            assertThat(ReviewsAndDrift.SHROPSHIRE.of(reallocated, due.plusDays(1)).reviewOverdue()).isTrue();
            assertThat(reallocated.work().reviews()).isEqualTo(reviewed.work().reviews());
        }

        @Test
        void allocatingThePresentLeadAgainIsNoChange() {
            EarlyHelpCase led = ledBy("worker-1");

            Change again = led.allocate(new LeadProfessional("worker-1", Agency.SCHOOL, LATER_STILL));

            assertThat(again.events()).isEmpty();
            assertThat(again.after().leadProfessional().orElseThrow().allocatedAt()).isEqualTo(LATER);
        }

        @Test
        void aClosedCaseCannotBeAllocated() {
            assertThatThrownBy(() -> closed().allocate(new LeadProfessional("worker-2", Agency.SCHOOL, LATER_STILL)))
                    .isInstanceOf(CaseStateConflict.class);
        }
    }

    @Nested
    class Closing {

        @Test
        void closingRecordsReasonJudgementAndSummaryAndPublishesOnlyCodes() {
            EarlyHelpCase led = ledBy("worker-1");

            Change change = led.close(ClosureReason.OUTCOMES_ACHIEVED, ClosureJudgement.FULLY_ACHIEVED,
                    "  Family thriving  ", "worker-1", LATER_STILL);

            assertThat(change.after().status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(change.after().closure()).contains(new Closure(ClosureReason.OUTCOMES_ACHIEVED,
                    ClosureJudgement.FULLY_ACHIEVED, "Family thriving", LATER_STILL, "worker-1"));
            assertThat(change.events()).containsExactly(new CaseEvent.Closed(led.caseId(), LATER_STILL,
                    ClosureReason.OUTCOMES_ACHIEVED, ClosureJudgement.FULLY_ACHIEVED, "family-1",
                    List.of("child-a", "child-b")));
        }

        @Test
        void aCaseIsLedBeforeItCloses() {
            assertThatThrownBy(() -> openCase().close(ClosureReason.DISENGAGED, null, null, "manager-1", LATER))
                    .isInstanceOf(CaseStateConflict.class)
                    .hasMessageContaining("led before it closes");
        }

        @Test
        void aClosedCaseCannotCloseAgain() {
            assertThatThrownBy(() -> closed().close(ClosureReason.OTHER, null, null, "worker-1", LATER_STILL))
                    .isInstanceOf(CaseStateConflict.class);
        }

        @Test
        void outcomesAchievedAndStepDownToUniversalNeedAJudgement() {
            for (ClosureReason reason : List.of(ClosureReason.OUTCOMES_ACHIEVED,
                    ClosureReason.STEPPED_DOWN_TO_UNIVERSAL)) {
                assertThatThrownBy(() -> ledBy("worker-1").close(reason, null, null, "worker-1", LATER))
                        .isInstanceOf(InvalidCaseChange.class)
                        .satisfies(e -> assertThat(((InvalidCaseChange) e).field()).isEqualTo("judgement"));
            }
        }

        @Test
        void otherReasonsCloseWithOrWithoutAJudgement() {
            for (ClosureReason reason : ClosureReason.values()) {
                if (!reason.requiresJudgement()) {
                    assertThat(ledBy("worker-1").close(reason, null, null, "worker-1", LATER).after().isClosed())
                            .isTrue();
                    assertThat(ledBy("worker-1").close(reason, ClosureJudgement.NOT_ACHIEVED, null, "worker-1",
                            LATER).after().isClosed()).isTrue();
                }
            }
        }

        @Test
        void outcomesAchievedCannotBeJudgedNotAchieved() {
            assertThatThrownBy(() -> ledBy("worker-1").close(ClosureReason.OUTCOMES_ACHIEVED,
                    ClosureJudgement.NOT_ACHIEVED, null, "worker-1", LATER))
                    .isInstanceOf(InvalidCaseChange.class);
        }

        @Test
        void stepDownToUniversalMayBeJudgedNotAchieved() {
            assertThat(ledBy("worker-1").close(ClosureReason.STEPPED_DOWN_TO_UNIVERSAL,
                    ClosureJudgement.NOT_ACHIEVED, null, "worker-1", LATER).after().isClosed()).isTrue();
        }

        @Test
        void summaryHasALimit() {
            String tooLong = "x".repeat(EarlyHelpCase.SUMMARY_MAX_LENGTH + 1);

            assertThatThrownBy(() -> ledBy("worker-1").close(ClosureReason.OTHER, null, tooLong, "worker-1", LATER))
                    .isInstanceOf(InvalidCaseChange.class);
        }
    }

    @Nested
    class Reopening {

        @Test
        void reopeningAClosedCaseKeepsItsLeadAndItsEarlierClosure() {
            EarlyHelpCase closed = closed();

            Change change = closed.reopen(LATER_STILL.plusSeconds(60));

            EarlyHelpCase reopened = change.after();
            assertThat(reopened.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(reopened.closure()).isEmpty();
            assertThat(reopened.isLedBy("worker-1")).isTrue();
            assertThat(reopened.earlierClosures()).containsExactly(closed.closure().orElseThrow());
            assertThat(reopened.reopenedAt()).contains(LATER_STILL.plusSeconds(60));
            assertThat(change.events()).containsExactly(new CaseEvent.Reopened(closed.caseId(),
                    LATER_STILL.plusSeconds(60), "family-1", List.of("child-a", "child-b")));
        }

        @Test
        void anOpenCaseCannotBeReopened() {
            assertThatThrownBy(() -> openCase().reopen(LATER)).isInstanceOf(CaseStateConflict.class);
        }

        @Test
        void aReopenedCaseCanCloseAgain() {
            EarlyHelpCase reopened = closed().reopen(LATER_STILL).after();

            EarlyHelpCase closedAgain = reopened.close(ClosureReason.OUTCOMES_ACHIEVED,
                    ClosureJudgement.PARTIALLY_ACHIEVED, null, "worker-1", LATER_STILL.plusSeconds(3600)).after();

            assertThat(closedAgain.isClosed()).isTrue();
            assertThat(closedAgain.earlierClosures()).hasSize(1);
        }
    }
}
