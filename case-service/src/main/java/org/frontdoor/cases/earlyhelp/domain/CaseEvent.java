package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.List;

/** What happened to an early help case: the facts a change caused, published after it is saved. */
public sealed interface CaseEvent {

    String caseId();

    record Opened(String caseId, Instant openedAt, String familyId, List<FamilyMember> members,
                  String sourceReferralId, String locality) implements CaseEvent {
        public Opened {
            members = List.copyOf(members);
        }
    }

    /** @param previousLeadProfessionalId on a reallocation, who led the case before; {@code null} at first */
    record LeadAllocated(String caseId, Instant allocatedAt, String leadProfessionalId, Agency agency,
                         String previousLeadProfessionalId) implements CaseEvent {

        public LeadAllocated(String caseId, Instant allocatedAt, String leadProfessionalId, Agency agency) {
            this(caseId, allocatedAt, leadProfessionalId, agency, null);
        }
    }

    record Closed(String caseId, Instant closedAt, ClosureReason reason, ClosureJudgement judgement,
                  String familyId, List<String> childIds) implements CaseEvent {
        public Closed {
            childIds = List.copyOf(childIds);
        }
    }

    record Reopened(String caseId, Instant reopenedAt, String familyId, List<String> childIds) implements CaseEvent {
        public Reopened {
            childIds = List.copyOf(childIds);
        }
    }

    record WebstarRecorded(String caseId, WebstarAssessment webstar) implements CaseEvent {
    }

    record ThemesIdentified(String caseId, String familyId, FamilyThemes themes) implements CaseEvent {
    }

    record OutcomeEvidenced(String caseId, String familyId, OutcomeEvidence evidence) implements CaseEvent {
    }

    record PlanReviewed(String caseId, PlanReview review) implements CaseEvent {
    }

    /** A version of the family plan was agreed with the family. */
    record PlanAgreed(String caseId, PlanVersion plan) implements CaseEvent {
    }

    record SteppedUp(String caseId, Instant steppedUpAt, List<String> childIds, String referralId)
            implements CaseEvent {
        public SteppedUp {
            childIds = List.copyOf(childIds);
        }
    }
}
