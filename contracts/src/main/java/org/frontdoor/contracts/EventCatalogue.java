package org.frontdoor.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.frontdoor.contracts.cases.CaseSteppedUp;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.FamilyPlanAgreed;
import org.frontdoor.contracts.cases.FamilyThemesIdentified;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.OutcomeEvidenced;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.StepDownReceived;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationCancelled;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.contracts.consultations.ConsultationRescheduled;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralLinked;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.contracts.triage.TriageClaimed;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;

/** Every event type (docs/architecture.md, "The events"), and the topic each travels on. */
public final class EventCatalogue {

    public static final List<EventType<?>> ALL = List.of(
            new EventType<>(ReferralReceived.TYPE, ReferralReceived.class, Topics.REFERRALS),
            new EventType<>(ReferralAmended.TYPE, ReferralAmended.class, Topics.REFERRALS),
            new EventType<>(ReferralWithdrawn.TYPE, ReferralWithdrawn.class, Topics.REFERRALS),
            new EventType<>(ReferralLinked.TYPE, ReferralLinked.class, Topics.REFERRALS),
            new EventType<>(TriageClaimed.TYPE, TriageClaimed.class, Topics.TRIAGE),
            new EventType<>(TriageDecisionMade.TYPE, TriageDecisionMade.class, Topics.TRIAGE),
            new EventType<>(TriageDecisionRevised.TYPE, TriageDecisionRevised.class, Topics.TRIAGE),
            new EventType<>(ConsultationRequested.TYPE, ConsultationRequested.class, Topics.CONSULTATIONS),
            new EventType<>(ConsultationBooked.TYPE, ConsultationBooked.class, Topics.CONSULTATIONS),
            new EventType<>(ConsultationRescheduled.TYPE, ConsultationRescheduled.class, Topics.CONSULTATIONS),
            new EventType<>(ConsultationCancelled.TYPE, ConsultationCancelled.class, Topics.CONSULTATIONS),
            new EventType<>(ConsultationHeld.TYPE, ConsultationHeld.class, Topics.CONSULTATIONS),
            new EventType<>(EarlyHelpCaseOpened.TYPE, EarlyHelpCaseOpened.class, Topics.CASES),
            new EventType<>(LeadProfessionalAllocated.TYPE, LeadProfessionalAllocated.class, Topics.CASES),
            new EventType<>(FamilyThemesIdentified.TYPE, FamilyThemesIdentified.class, Topics.CASES),
            new EventType<>(WebstarAssessed.TYPE, WebstarAssessed.class, Topics.CASES),
            new EventType<>(PlanReviewed.TYPE, PlanReviewed.class, Topics.CASES),
            new EventType<>(OutcomeEvidenced.TYPE, OutcomeEvidenced.class, Topics.CASES),
            new EventType<>(CaseSteppedUp.TYPE, CaseSteppedUp.class, Topics.CASES),
            new EventType<>(StepDownReceived.TYPE, StepDownReceived.class, Topics.CASES),
            new EventType<>(SocialCareEpisodeClosed.TYPE, SocialCareEpisodeClosed.class, Topics.CASES),
            new EventType<>(EarlyHelpCaseClosed.TYPE, EarlyHelpCaseClosed.class, Topics.CASES),
            new EventType<>(EarlyHelpCaseReopened.TYPE, EarlyHelpCaseReopened.class, Topics.CASES),
            new EventType<>(FamilyPlanAgreed.TYPE, FamilyPlanAgreed.class, Topics.CASES));

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType<?> of(FrontDoorEvent event) {
        EventType<?> type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalogue: " + event.getClass().getName());
        }
        return type;
    }

    private EventCatalogue() {
    }
}
