package org.frontdoor.triage.letters.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The letter telling a referrer what the front door decided, and why: one per decision (a revised decision gets a
 * revised outcome letter). It is stored {@link LetterStatus#PENDING} before anything is sent, then prepared (the
 * referrer's contact details fetched, the PDF rendered) and sent through GOV.UK Notify, retried with growing waits
 * while a dependency is unavailable.
 *
 * @param channel        how it goes, once prepared; {@code null} before that and when there is nowhere to send it
 * @param emailAddress   where an {@link Channel#EMAIL} letter goes (a {@link Channel#POST} letter's address is in the PDF)
 * @param pdf            the rendered letter, once prepared
 * @param attempts       how many times preparing or sending has been put off
 * @param nextAttemptAt  when the sender may next work on it (also a lease: a sender pushes it forward before working)
 * @param problem        the last reason it was put off, or why it failed
 * @param notifyTried    a request to GOV.UK Notify was started: before sending again, ask Notify whether it arrived
 * @param notificationId GOV.UK Notify's id for the sent letter
 * @param version        the stored version a change must still find ({@code null} before it is first stored)
 */
public record OutcomeLetter(
        String letterId,
        DecisionFacts decision,
        LetterStatus status,
        Channel channel,
        String emailAddress,
        byte[] pdf,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        String problem,
        boolean notifyTried,
        String notificationId,
        Instant sentAt,
        Long version) {

    public OutcomeLetter {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new letter for a decision, to be worked on at once. */
    public static OutcomeLetter requested(String letterId, DecisionFacts decision, Instant now) {
        return new OutcomeLetter(letterId, decision, LetterStatus.PENDING, null, null, null, now, 0, now, null,
                false, null, null, null);
    }

    public String referralId() {
        return decision.referralId();
    }

    public String decisionId() {
        return decision.decisionId();
    }

    public boolean isPrepared() {
        return pdf != null && channel != null;
    }

    public boolean hasPdf() {
        return pdf != null;
    }

    /** Held by one sender until {@code until}: another sender (another instance) leaves it alone meanwhile. */
    public OutcomeLetter leasedUntil(Instant until) {
        return with(status, channel, emailAddress, pdf, attempts, until, problem, notifyTried, notificationId, sentAt);
    }

    /** Ready to send by email to {@code address}. */
    public OutcomeLetter preparedForEmail(byte[] rendered, String address) {
        return with(status, Channel.EMAIL, address, rendered, attempts, nextAttemptAt, null, notifyTried, null, null);
    }

    /** Ready to post: the address is printed in the PDF's address block. */
    public OutcomeLetter preparedForPost(byte[] rendered) {
        return with(status, Channel.POST, null, rendered, attempts, nextAttemptAt, null, notifyTried, null, null);
    }

    /** Written, but there is nowhere to send it: kept (and downloadable) for staff to deal with. */
    public OutcomeLetter noContactDetails(byte[] rendered) {
        return with(LetterStatus.NO_CONTACT_DETAILS, null, null, rendered, attempts, null,
                "The referrer gave neither an email address nor a postal address", false, null, null);
    }

    /** Nobody to write to. */
    public OutcomeLetter anonymousReferrer() {
        return with(LetterStatus.ANONYMOUS_REFERRER, null, null, null, attempts, null,
                "The referrer is anonymous: no letter is written", false, null, null);
    }

    /** Put off until {@code next} because {@code reason} (a dependency unavailable or refusing for now). */
    public OutcomeLetter putOff(String reason, Instant next) {
        return with(status, channel, emailAddress, pdf, attempts + 1, next, reason, notifyTried, null, null);
    }

    /** A request to GOV.UK Notify is about to start. */
    public OutcomeLetter sending() {
        return with(status, channel, emailAddress, pdf, attempts, nextAttemptAt, problem, true, null, null);
    }

    public OutcomeLetter sent(String notifyNotificationId, Instant at) {
        return with(LetterStatus.SENT, channel, emailAddress, pdf, attempts, null, null, notifyTried,
                Objects.requireNonNull(notifyNotificationId, "notifyNotificationId"), at);
    }

    public OutcomeLetter failed(String reason) {
        return with(LetterStatus.FAILED, channel, emailAddress, pdf, attempts, null, reason, notifyTried, null, null);
    }

    private OutcomeLetter with(LetterStatus newStatus, Channel newChannel, String newEmail, byte[] newPdf,
                               int newAttempts, Instant next, String newProblem, boolean tried, String notification,
                               Instant at) {
        return new OutcomeLetter(letterId, decision, newStatus, newChannel, newEmail, newPdf, createdAt, newAttempts,
                next, newProblem, tried, notification, at, version);
    }
}
