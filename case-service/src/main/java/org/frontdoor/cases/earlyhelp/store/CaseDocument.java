package org.frontdoor.cases.earlyhelp.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.frontdoor.cases.earlyhelp.domain.ActionStatus;
import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.AttendeeRole;
import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.ClosureJudgement;
import org.frontdoor.cases.earlyhelp.domain.ClosureReason;
import org.frontdoor.cases.earlyhelp.domain.GoalProgress;
import org.frontdoor.cases.earlyhelp.domain.MemberRole;
import org.frontdoor.cases.earlyhelp.domain.WebstarRole;
import org.frontdoor.cases.earlyhelp.domain.WebstarType;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An early help case as stored, with the events its last changes caused still waiting in {@code outbox}
 * (the relay publishes them, then {@code $pull}s each).
 *
 * @param childIds the children among {@code members}, kept for the child's case history query
 */
@Document(CaseDocument.COLLECTION)
record CaseDocument(
        @Id String id,
        @Version Long version,
        CaseStatus status,
        String familyId,
        List<Member> members,
        List<String> childIds,
        String sourceReferralId,
        String locality,
        Instant openedAt,
        Lead leadProfessional,
        Closing closure,
        List<Closing> earlierClosures,
        Instant reopenedAt,
        List<Webstar> webstars,
        Themes familyThemes,
        List<Evidence> outcomeEvidence,
        List<Review> reviews,
        List<SteppingUp> stepUps,
        List<Plan> familyPlans,
        List<Update> actionUpdates,
        List<Allocating> allocations,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "cases";

    record Member(String personId, MemberRole role) {
    }

    record Lead(String professionalId, Agency agency, Instant allocatedAt) {
    }

    /** Dates are kept as ISO strings ({@code 2026-04-13}): no time zone conversion on the way in or out. */
    record Webstar(String assessmentId, String personId, WebstarRole role, WebstarType type, Instant assessedAt,
                   String toolCode, String toolVersion, Map<String, Integer> scores, String recordedBy,
                   Instant recordedAt, Key requestKey) {
    }

    record Themes(String framework, String frameworkVersion, List<String> themes, Instant identifiedAt,
                  String identifiedBy) {
    }

    record Evidence(String evidenceId, String theme, String sustainedFrom, Integer windowWeeks, Instant evidencedAt,
                    String recordedBy, Key requestKey) {
    }

    /** A review; {@code attendees}, {@code planVersion}, {@code goalProgress}, {@code webstarIds} came later. */
    record Review(String reviewId, int reviewNumber, Instant reviewedAt, String nextReviewDue, String recordedBy,
                  Instant recordedAt, Key requestKey, List<Attendee> attendees, Integer planVersion,
                  List<Progress> goalProgress, List<String> webstarIds) {
    }

    record Attendee(AttendeeRole role, Agency agency) {
    }

    record Progress(String goalId, GoalProgress progress) {
    }

    /** A version of the family plan; dates as ISO strings. */
    record Plan(int version, List<Goal> goals, String familyView, String framework, String frameworkVersion,
                Instant agreedAt, String agreedBy, Instant supersededAt, Key requestKey) {
    }

    record Goal(String goalId, String personId, String theme, String webstarArea, String difference,
                String targetDate, List<Action> actions) {
    }

    record Action(String actionId, String action, Owner owner, String dueDate, ActionStatus status) {
    }

    record Owner(String personId, Agency agency) {
    }

    record Update(String updateId, int planVersion, String actionId, Owner newOwner, ActionStatus newStatus,
                  Instant updatedAt, String updatedBy, Key requestKey) {
    }

    /** An allocation of the case to a lead professional; {@code null} list for a case stored before they were kept. */
    record Allocating(String leadProfessionalId, Agency agency, Instant allocatedAt, String allocatedBy,
                      String handoverNote, Key requestKey) {
    }

    record SteppingUp(List<String> childIds, String referralId, Instant steppedUpAt, String steppedUpBy) {
    }

    record Key(String caller, String key, String requestHash) {
    }

    record Closing(ClosureReason reason, ClosureJudgement judgement, String summary, Instant closedAt,
                   String closedBy) {
    }
}
