package org.frontdoor.triage.letters.store;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An outcome letter as stored: {@code _id} = the letter id (derived from the decision event's CloudEvents id, so a
 * redelivered event cannot store a second letter), the decision it tells of, where it is, and the PDF (a few KB).
 */
@Document(OutcomeLetterDocument.COLLECTION)
class OutcomeLetterDocument {

    static final String COLLECTION = "outcomeLetters";

    @Id
    String letterId;
    @Version
    Long version;
    String referralId;
    String decisionId;
    Instant decidedAt;
    int level;
    String route;
    boolean earlyHelpOffered;
    String team;
    String revisesDecisionId;
    String status;
    String channel;
    String emailAddress;
    byte[] pdf;
    Instant createdAt;
    int attempts;
    Instant nextAttemptAt;
    String problem;
    boolean notifyTried;
    String notificationId;
    Instant sentAt;
}
