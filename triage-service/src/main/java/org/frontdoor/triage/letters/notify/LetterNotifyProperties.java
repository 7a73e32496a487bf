package org.frontdoor.triage.letters.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the outcome letters send through GOV.UK Notify ({@code notify.*}, beside the connection settings of
 * service-platform's {@code NotifyProperties}: {@code notify.base-url}, {@code notify.api-key}, the timeouts).
 *
 * @param emailTemplateId            the email template with the placeholders {@code ((front_door_name))},
 *                                   {@code ((referral_reference))} and {@code ((link_to_file))}; blank = not
 *                                   configured: letters wait
 * @param postage                    for posted letters: {@code first}, {@code second} or {@code economy}
 * @param fileRetention              how long Notify keeps an emailed letter downloadable ("26 weeks"; at most 78)
 * @param confirmEmailBeforeDownload whether the recipient must type their email address before downloading
 */
@ConfigurationProperties("notify")
public record LetterNotifyProperties(
        @DefaultValue("") String emailTemplateId,
        @DefaultValue("second") String postage,
        @DefaultValue("26 weeks") String fileRetention,
        @DefaultValue("true") boolean confirmEmailBeforeDownload) {
}
