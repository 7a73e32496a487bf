package org.frontdoor.console.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.frontdoor.console.layout.LondonTime;
import org.frontdoor.console.layout.TimeLeft;

/**
 * A line of {@code GET /api/triage/queue}, and how the queue page says it. The time left is triage-service's
 * {@code timeRemaining} (to the deadline at the end of the next working day, London); the console only words it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record QueueEntry(
        String referralId,
        Instant receivedAt,
        Instant deadline,
        String timeRemaining,
        boolean overdue,
        String urgency,
        String pathway,
        String locality,
        String claimedBy,
        List<String> contacts,
        boolean reReferral,
        boolean strategyDiscussion,
        Object awaitingApproval) {

    /** "3 hours 12 minutes left", "Due now", "Overdue by 25 minutes". */
    public String timeLeft() {
        Duration left;
        try {
            String iso = timeRemaining == null ? "PT0S" : timeRemaining;
            left = iso.startsWith("-") ? Duration.parse(iso.substring(1)).negated() : Duration.parse(iso);
        } catch (DateTimeParseException e) {
            return "Not known";
        }
        return TimeLeft.of(left, overdue);
    }

    /** "by 5:30pm on Friday 4 December" (London time). */
    public String due() {
        return LondonTime.of(deadline);
    }

    public String received() {
        return LondonTime.of(receivedAt);
    }

    public boolean immediateRisk() {
        return "IMMEDIATE_RISK".equals(urgency);
    }

    public boolean isAwaitingApproval() {
        return awaitingApproval != null;
    }

    public boolean isClaimed() {
        return claimedBy != null && !claimedBy.isBlank();
    }

    public boolean claimedByPerson(String subject) {
        return isClaimed() && claimedBy.equals(subject);
    }

    public int furtherContacts() {
        return contacts == null ? 0 : Math.max(0, contacts.size() - 1);
    }

    public String urgencyName() {
        return urgency == null ? "" : switch (urgency) {
            case "IMMEDIATE_RISK" -> "Immediate risk";
            case "PRIORITY" -> "Priority";
            case "ROUTINE" -> "Routine";
            default -> urgency;
        };
    }

    public String pathwayName() {
        return QueueFilters.pathwayName(pathway);
    }

    public String localityName() {
        return locality == null ? "Not known" : QueueFilters.localityName(locality);
    }
}
