package org.frontdoor.triage.letters.domain;

/** Where an outcome letter is. Only {@code PENDING} letters are worked on; the others are final. */
public enum LetterStatus {

    /** Stored, waiting to be prepared or sent (including while referral-service or GOV.UK Notify is unavailable). */
    PENDING,
    /** Accepted by GOV.UK Notify; its notification id is kept on the letter. */
    SENT,
    /** Refused by GOV.UK Notify (a 4xx other than 429): the reason is kept on the letter, nothing is retried. */
    FAILED,
    /** The referrer left neither an email address nor a postal address: the letter is kept for staff to send by hand. */
    NO_CONTACT_DETAILS,
    /** The referrer is anonymous: there is nobody to write to, so no letter is written. */
    ANONYMOUS_REFERRER;

    public boolean isFinal() {
        return this != PENDING;
    }
}
