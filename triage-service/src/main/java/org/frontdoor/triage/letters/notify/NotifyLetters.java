package org.frontdoor.triage.letters.notify;

import java.util.LinkedHashMap;
import java.util.Map;

import org.frontdoor.serviceplatform.notify.LinkToFile;
import org.frontdoor.serviceplatform.notify.NotifyClient;
import org.frontdoor.serviceplatform.notify.NotifyEmail;
import org.frontdoor.serviceplatform.notify.NotifyReply;
import org.frontdoor.triage.letters.domain.GovUkNotify;
import org.frontdoor.triage.letters.domain.NotifyAnswer;

/**
 * The letters' {@link GovUkNotify} through service-platform's {@link NotifyClient} (the HTTP calls, the API key's
 * token, the circuit breaker): an outcome letter emailed as a file to download through the letters' template, or
 * posted as a precompiled letter, and Notify's reply in the letters' words. Until both the API key and the email
 * template are configured nothing is sent, and every letter waits saying so.
 */
public class NotifyLetters implements GovUkNotify {

    private final NotifyClient notify;
    private final LetterNotifyProperties settings;

    public NotifyLetters(NotifyClient notify, LetterNotifyProperties settings) {
        this.notify = notify;
        this.settings = settings;
    }

    @Override
    public NotifyAnswer sendEmail(OutcomeEmail email) {
        if (!configured()) {
            return notConfigured();
        }
        Map<String, Object> personalisation = new LinkedHashMap<>();
        personalisation.put("front_door_name", email.frontDoorName());
        personalisation.put("referral_reference", email.referralReference());
        personalisation.put("link_to_file", new LinkToFile(email.pdf(), email.filename(),
                settings.confirmEmailBeforeDownload(), settings.fileRetention()).asPersonalisation());
        return answer(notify.sendEmail(new NotifyEmail(email.emailAddress(), settings.emailTemplateId(),
                personalisation, email.reference())));
    }

    @Override
    public NotifyAnswer sendLetter(String reference, byte[] pdf) {
        if (!configured()) {
            return notConfigured();
        }
        return answer(notify.sendPrecompiledLetter(reference, pdf, settings.postage()));
    }

    @Override
    public NotifyAnswer find(String reference) {
        if (!configured()) {
            return notConfigured();
        }
        return answer(notify.find(reference));
    }

    private boolean configured() {
        return notify.configured() && settings.emailTemplateId() != null && !settings.emailTemplateId().isBlank();
    }

    static NotifyAnswer answer(NotifyReply reply) {
        if (reply instanceof NotifyReply.Accepted accepted) {
            return new NotifyAnswer.Accepted(accepted.notificationId());
        }
        if (reply instanceof NotifyReply.Refused refused) {
            return new NotifyAnswer.Refused(refused.status(), refused.reason());
        }
        if (reply instanceof NotifyReply.Unavailable unavailable) {
            return new NotifyAnswer.Unavailable(unavailable.reason(), unavailable.retryAfter());
        }
        return new NotifyAnswer.NotFound();
    }

    private static NotifyAnswer notConfigured() {
        return new NotifyAnswer.Unavailable("GOV.UK Notify is not configured (notify.api-key, notify.email-template-id)",
                null);
    }
}
