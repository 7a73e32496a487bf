package org.frontdoor.cases.reminders.store;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reminder as stored: {@code _id} = the reminder id (derived from the lead professional and the London date, so
 * a second replica or a restart cannot store a second one), the worklist it was stored with (case ids, counts and
 * dates: dates as ISO text, so no time zone can move them), and where it is.
 */
@Document(ReminderDocument.COLLECTION)
class ReminderDocument {

    static final String COLLECTION = "reminders";

    @Id
    String reminderId;
    @Version
    Long version;
    String leadProfessionalId;
    String day;
    List<Review> reviewsDue;
    List<Actions> actionsOverdue;
    String status;
    Instant createdAt;
    int attempts;
    Instant nextAttemptAt;
    String problem;
    boolean notifyTried;
    String notificationId;
    Instant sentAt;

    record Review(String caseId, String due) {
    }

    record Actions(String caseId, int count, String earliestDue) {
    }
}
