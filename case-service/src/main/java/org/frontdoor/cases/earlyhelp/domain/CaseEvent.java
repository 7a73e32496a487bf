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

    record LeadAllocated(String caseId, Instant allocatedAt, String leadProfessionalId, Agency agency)
            implements CaseEvent {
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
}
