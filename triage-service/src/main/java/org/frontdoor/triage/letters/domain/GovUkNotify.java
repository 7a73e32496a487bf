package org.frontdoor.triage.letters.domain;

/**
 * GOV.UK Notify, as the letters use it. Every request carries the letter id as Notify's {@code reference}, so a
 * letter whose earlier request had an unknown outcome can be looked up before it is sent again.
 */
public interface GovUkNotify {

    /** An email to the referrer with the PDF attached (Notify's send-a-file). */
    NotifyAnswer sendEmail(OutcomeEmail email);

    /** The PDF as a precompiled letter, posted to the address printed in it. */
    NotifyAnswer sendLetter(String reference, byte[] pdf);

    /** The notification sent with this reference: {@link NotifyAnswer.Accepted} or {@link NotifyAnswer.NotFound}. */
    NotifyAnswer find(String reference);

    /** The email with the letter attached. */
    record OutcomeEmail(String reference, String emailAddress, String frontDoorName, String referralReference,
                        String filename, byte[] pdf) {
    }
}
