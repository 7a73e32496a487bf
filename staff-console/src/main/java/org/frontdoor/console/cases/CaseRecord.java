package org.frontdoor.console.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/cases/{caseId}} (case-service's {@code CaseView}) as far as the case page shows it. case-service
 * holds pseudonymous ids for the family, its children and parents, never names: the page shows the ids.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseRecord(
        String caseId,
        String status,
        String familyId,
        List<Member> members,
        String sourceReferralId,
        String locality,
        Instant openedAt,
        Lead leadProfessional,
        Closure closure,
        List<Closure> earlierClosures,
        Instant reopenedAt,
        Themes familyThemes,
        List<Review> reviews,
        List<StepUp> stepUps,
        Integer planVersion,
        Attention attention,
        List<LeadSpell> leadProfessionalHistory) {

    CaseRecord {
        leadProfessionalHistory = leadProfessionalHistory == null ? List.of() : List.copyOf(leadProfessionalHistory);
        members = members == null ? List.of() : List.copyOf(members);
        earlierClosures = earlierClosures == null ? List.of() : List.copyOf(earlierClosures);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        stepUps = stepUps == null ? List.of() : List.copyOf(stepUps);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(String personId, String role) {

        public boolean isChild() {
            return "CHILD".equals(role);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lead(String leadProfessionalId, String agency, Instant allocatedAt) {
    }

    /**
     * One lead professional's time leading the case, oldest first: {@code to} {@code null} while they lead it now,
     * {@code allocatedBy} {@code null} when case-service does not know, {@code handoverNote} {@code null} when none
     * was written.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LeadSpell(String leadProfessionalId, String agency, Instant from, Instant to, String allocatedBy,
                     String handoverNote) {

        public boolean hasHandoverNote() {
            return handoverNote != null && !handoverNote.isBlank();
        }
    }

    /** The lead professional history is worth showing when the case has changed hands or a handover note was written. */
    public boolean showsLeadHistory() {
        return leadProfessionalHistory.size() > 1 || leadProfessionalHistory.stream().anyMatch(LeadSpell::hasHandoverNote);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Closure(String reason, String judgement, String summary, Instant closedAt, String closedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Themes(String framework, String frameworkVersion, List<String> themes, Instant identifiedAt,
                  String identifiedBy) {

        Themes {
            themes = themes == null ? List.of() : List.copyOf(themes);
        }
    }

    /**
     * Whether the case needs attention today (case-service's {@code AttentionView}): its next review date, whether that
     * has passed, whether it is drifting and why, and whether a consultation with an early help social worker is
     * suggested. Absent from an older answer: then nothing is said.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attention(LocalDate nextReviewDue, boolean reviewOverdue, boolean drifting, List<String> reasons,
                     boolean consultationSuggested) {

        Attention {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        /** The drift reasons (a review overdue is said on its own). */
        public List<String> driftReasons() {
            return reasons.stream().filter(reason -> !"REVIEW_OVERDUE".equals(reason)).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Review(String reviewId, int reviewNumber, Instant reviewedAt, LocalDate nextReviewDue, String recordedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StepUp(List<String> childIds, String referralId, Instant steppedUpAt, String steppedUpBy) {

        StepUp {
            childIds = childIds == null ? List.of() : List.copyOf(childIds);
        }
    }

    /** Has a family plan been agreed? */
    public boolean hasPlan() {
        return planVersion != null;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public boolean isAllocated() {
        return leadProfessional != null && leadProfessional.leadProfessionalId() != null;
    }

    public boolean isLedBy(String subject) {
        return isAllocated() && leadProfessional.leadProfessionalId().equals(subject);
    }

    public List<Member> children() {
        return members.stream().filter(Member::isChild).toList();
    }

    public List<Member> parents() {
        return members.stream().filter(member -> "PARENT".equals(member.role())).toList();
    }

    public List<String> childIds() {
        return children().stream().map(Member::personId).toList();
    }
}
