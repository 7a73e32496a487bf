package org.frontdoor.console.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/triage/{referralId}} as far as the referral page shows it: triage's record (the clock, the claim,
 * the decision in force, every decision and level-4 proposal), referral-service's {@code details} (or why they could
 * not be read) and the children's {@code history} (earlier referrals triage holds; early help cases from
 * case-service, or why they could not be read).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TriageRecord(
        String referralId,
        String status,
        Instant receivedAt,
        Instant needIdentifiedAt,
        Instant deadline,
        boolean overdue,
        String urgency,
        String pathway,
        String sourceCode,
        String channel,
        String locality,
        String consent,
        String claimedBy,
        Instant claimedAt,
        Instant withdrawnAt,
        List<String> contacts,
        String linkedInto,
        String linkNote,
        boolean reReferral,
        List<String> earlierReferralIds,
        boolean strategyDiscussion,
        Decision decision,
        List<Decision> decisionHistory,
        List<Proposal> proposals,
        Details details,
        boolean detailsUnavailable,
        String detailsUnavailableReason,
        History history) {

    TriageRecord {
        contacts = contacts == null ? List.of() : contacts;
        earlierReferralIds = earlierReferralIds == null ? List.of() : earlierReferralIds;
        decisionHistory = decisionHistory == null ? List.of() : decisionHistory;
        proposals = proposals == null ? List.of() : proposals;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public boolean isDecided() {
        return decision != null;
    }

    public boolean isClaimed() {
        return claimedBy != null && !claimedBy.isBlank();
    }

    public boolean claimedByPerson(String subject) {
        return isClaimed() && claimedBy.equals(subject);
    }

    /** The level-4 proposal waiting for a triage manager, if any. */
    public Optional<Proposal> awaitingApproval() {
        return proposals.stream().filter(Proposal::isAwaitingApproval).findFirst();
    }

    public Proposal getProposalAwaitingApproval() {
        return awaitingApproval().orElse(null);
    }

    /** Proposals a manager returned, newest last: the worker sees why. */
    public List<Proposal> returnedProposals() {
        return proposals.stream().filter(proposal -> "RETURNED".equals(proposal.status())).toList();
    }

    /** Every decision but the one in force, newest first: what a revision replaced. */
    public List<Decision> earlierDecisions() {
        if (decision == null) {
            return List.of();
        }
        List<Decision> newestFirst = new java.util.ArrayList<>(decisionHistory);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream()
                .filter(earlier -> !earlier.decisionId().equals(decision.decisionId())).toList();
    }

    /** The further contacts shown and decided with this one (the first of {@code contacts} is this referral). */
    public List<String> furtherContacts() {
        return contacts.stream().filter(id -> !id.equals(referralId)).toList();
    }

    /** Early help case history could not be read: the page says so plainly, never an empty list. */
    public boolean caseHistoryUnavailable() {
        return history == null || history.caseHistory() == null || !history.caseHistory().available();
    }

    public String caseHistoryUnavailableReason() {
        return history == null || history.caseHistory() == null ? null : history.caseHistory().reason();
    }

    public List<EarlierReferral> earlierReferrals() {
        return history == null || history.earlierReferrals() == null ? List.of() : history.earlierReferrals();
    }

    public List<EarlyHelpCase> cases() {
        return caseHistoryUnavailable() || history.caseHistory().cases() == null ? List.of() : history.caseHistory().cases();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(String decisionId, int level, String route, String team, boolean earlyHelpOffered,
                    String primaryNeed, List<String> assessmentFactors, String rationale, String decidedBy,
                    Instant decidedAt, boolean withinWorkingDay, String revisesDecisionId, String approvedProposalId,
                    boolean recordedFromEventLog) {

        Decision {
            assessmentFactors = assessmentFactors == null ? List.of() : assessmentFactors;
        }

        public boolean isRevision() {
            return revisesDecisionId != null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Proposal(String proposalId, String status, int level, String route, String team, boolean earlyHelpOffered,
                    String primaryNeed, List<String> assessmentFactors, String rationale, String proposedBy,
                    Instant proposedAt, String reviewedBy, Instant reviewedAt, String returnReason, String decisionId) {

        Proposal {
            assessmentFactors = assessmentFactors == null ? List.of() : assessmentFactors;
        }

        public boolean isAwaitingApproval() {
            return "AWAITING_APPROVAL".equals(status);
        }
    }

    /** referral-service's view of the referral (its field names are relied on by triage-service too). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Details(Referrer referrer, String sourceCode, String sourceDescription, boolean immediateRisk,
                   List<Child> children, List<Adult> adults, String concerns, List<Factor> assessmentFactors,
                   List<String> familyThemes, Consent consent, List<Link> links) {

        Details {
            children = children == null ? List.of() : children;
            adults = adults == null ? List.of() : adults;
            assessmentFactors = assessmentFactors == null ? List.of() : assessmentFactors;
            familyThemes = familyThemes == null ? List.of() : familyThemes;
            links = links == null ? List.of() : links;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Referrer(String type, String name, String role, String organisation, String email, String phone,
                    Address postalAddress) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(List<String> lines, String postcode) {

        public String inOneLine() {
            List<String> parts = new java.util.ArrayList<>(lines == null ? List.of() : lines);
            if (postcode != null) {
                parts.add(postcode);
            }
            return String.join(", ", parts);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Child(String childId, String firstName, String lastName, LocalDate dateOfBirth, boolean unborn,
                 String gender, String nhsNumber, Address address, String school) {

        public String name() {
            return String.join(" ", java.util.stream.Stream.of(firstName, lastName)
                    .filter(part -> part != null && !part.isBlank()).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Adult(String adultId, String firstName, String lastName, LocalDate dateOfBirth, String gender,
                 Address address, List<Relationship> relationships) {

        public String name() {
            return String.join(" ", java.util.stream.Stream.of(firstName, lastName)
                    .filter(part -> part != null && !part.isBlank()).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Relationship(String childId, String relationship) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Factor(String code, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Consent(String status, String givenBy, Instant givenAt, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String referralId, String link, String childId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record History(List<EarlierReferral> earlierReferrals, CaseHistory caseHistory) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EarlierReferral(String referralId, Instant receivedAt, String pathway, String status, Integer level,
                           String route, String team, Instant decidedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseHistory(boolean available, String reason, List<EarlyHelpCase> cases) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EarlyHelpCase(String childId, String caseId, String status, Instant openedAt, Instant closedAt,
                         String closureReason) {
    }

    /** A line of {@code GET /api/triage/{referralId}/letters}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Letter(String id, String decisionId, String status, String channel, boolean revisedDecision,
                  Instant createdAt, Instant sentAt, String problem, boolean downloadable) {
    }
}
