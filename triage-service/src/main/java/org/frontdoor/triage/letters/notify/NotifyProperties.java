package org.frontdoor.triage.letters.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GOV.UK Notify ({@code notify.*}).
 *
 * @param baseUrl                    Notify's API (a WireMock in tests)
 * @param apiKey                     {@code {key name}-{service id}-{secret}}; blank = not configured: letters wait
 * @param emailTemplateId            the email template with the placeholders {@code ((front_door_name))},
 *                                   {@code ((referral_reference))} and {@code ((link_to_file))}
 * @param postage                    for posted letters: {@code first}, {@code second} or {@code economy}
 * @param fileRetention              how long Notify keeps an emailed letter downloadable ("26 weeks"; at most 78)
 * @param confirmEmailBeforeDownload whether the recipient must type their email address before downloading
 */
@ConfigurationProperties("notify")
public record NotifyProperties(
        @DefaultValue("https://api.notifications.service.gov.uk") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("") String emailTemplateId,
        @DefaultValue("second") String postage,
        @DefaultValue("26 weeks") String fileRetention,
        @DefaultValue("true") boolean confirmEmailBeforeDownload,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {

    public boolean configured() {
        return apiKey != null && !apiKey.isBlank() && emailTemplateId != null && !emailTemplateId.isBlank();
    }
}
