package org.frontdoor.triage.queue.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A triage item as stored: one document per referral ({@code _id} = referralId), the ids of the referral
 * events applied to it, and its outbox of events waiting to be published.
 */
@Document(TriageItemDocument.COLLECTION)
public class TriageItemDocument {

    public static final String COLLECTION = "triageItems";

    /** The state fields a change rewrites (everything except the id, the version and the outbox). */
    static final List<String> STATE_FIELDS = List.of("receivedAt", "needIdentifiedAt", "pathway", "urgency",
            "sourceCode", "channel", "childIds", "familyId", "locality", "deadline", "status", "claimedBy",
            "claimedAt", "decision", "revisions", "withdrawnAt", "seenEventIds", "consent", "strategyDiscussion",
            "earlierReferralIds", "furtherContacts", "linkedInto", "linkNote", "proposals");

    @Id
    String referralId;
    @Version
    Long version;
    Instant receivedAt;
    Instant needIdentifiedAt;
    String pathway;
    String urgency;
    String sourceCode;
    String channel;
    List<String> childIds;
    String familyId;
    String locality;
    Instant deadline;
    String status;
    String claimedBy;
    Instant claimedAt;
    DecisionDocument decision;
    List<DecisionDocument> revisions = new ArrayList<>();
    Instant withdrawnAt;
    List<String> seenEventIds = new ArrayList<>();
    String consent;
    boolean strategyDiscussion;
    List<String> earlierReferralIds = new ArrayList<>();
    List<ContactDocument> furtherContacts = new ArrayList<>();
    String linkedInto;
    String linkNote;
    List<ProposalDocument> proposals = new ArrayList<>();
    List<OutboxMessage> outbox = new ArrayList<>();

    public String referralId() {
        return referralId;
    }

    public List<OutboxMessage> outbox() {
        return outbox == null ? List.of() : outbox;
    }

    /**
     * A decision and its written rationale (the rationale never leaves this service). {@code recordedFromEventLog}:
     * {@code true} for a decision recorded from the event log (no rationale), absent for one made here.
     */
    record DecisionDocument(
            String decisionId,
            int level,
            String route,
            boolean earlyHelpOffered,
            String primaryNeed,
            List<String> assessmentFactors,
            String rationale,
            String decidedBy,
            Instant decidedAt,
            boolean withinWorkingDay,
            String revisesDecisionId,
            String requestKey,
            String team,
            List<ContactDecisionDocument> furtherContacts,
            String approvedProposalId,
            Boolean recordedFromEventLog) {
    }

    /** The decision id a further contact got from a decision. */
    record ContactDecisionDocument(String referralId, String decisionId) {
    }

    /** A further contact's coded facts, shown and decided with this referral. */
    record ContactDocument(
            String referralId,
            Instant receivedAt,
            Instant needIdentifiedAt,
            String pathway,
            String urgency,
            String sourceCode,
            String channel,
            List<String> childIds,
            String familyId,
            String locality,
            String consent) {
    }

    /** A triage worker's level-4 proposal and what became of it (never removed). */
    record ProposalDocument(
            String proposalId,
            int level,
            String route,
            boolean earlyHelpOffered,
            String primaryNeed,
            List<String> assessmentFactors,
            String rationale,
            String team,
            String proposedBy,
            Instant proposedAt,
            String requestKey,
            String status,
            String reviewedBy,
            Instant reviewedAt,
            String returnReason,
            String decisionId) {
    }
}
