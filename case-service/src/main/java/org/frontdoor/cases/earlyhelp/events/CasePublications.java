package org.frontdoor.cases.earlyhelp.events;

import org.frontdoor.cases.CaseServiceApplication;
import org.frontdoor.cases.earlyhelp.domain.CaseEvent;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cloudevents.OutboxMessage;

/** A case's domain events as the contracts publish them on {@code earlyhelp.cases.v1}: ids and codes only. */
public final class CasePublications {

    /** The CloudEvents {@code source} of everything this service publishes. */
    public static final String SOURCE = "/" + CaseServiceApplication.CONFIG_NAME;

    public static OutboxMessage outboxMessage(CaseEvent event) {
        return OutboxMessage.of(SOURCE, contractOf(event));
    }

    static FrontDoorEvent contractOf(CaseEvent event) {
        if (event instanceof CaseEvent.Opened opened) {
            return new EarlyHelpCaseOpened(opened.caseId(), opened.openedAt(), opened.familyId(),
                    opened.members().stream().map(m -> new CaseMember(m.personId(), m.role().name())).toList(),
                    opened.sourceReferralId(), opened.locality());
        }
        if (event instanceof CaseEvent.LeadAllocated allocated) {
            return new LeadProfessionalAllocated(allocated.caseId(), allocated.allocatedAt(),
                    allocated.leadProfessionalId(), allocated.agency().name());
        }
        if (event instanceof CaseEvent.Closed closed) {
            return new EarlyHelpCaseClosed(closed.caseId(), closed.closedAt(), closed.reason().name(),
                    closed.judgement() == null ? null : closed.judgement().name(), closed.familyId(),
                    closed.childIds());
        }
        if (event instanceof CaseEvent.Reopened reopened) {
            return new EarlyHelpCaseReopened(reopened.caseId(), reopened.reopenedAt(), reopened.familyId(),
                    reopened.childIds());
        }
        throw new IllegalArgumentException("No contract for " + event.getClass().getSimpleName());
    }

    private CasePublications() {
    }
}
