package org.frontdoor.serviceplatform.notify;

import java.util.Map;
import java.util.Objects;

/**
 * An email through one of the service's Notify templates ({@code POST /v2/notifications/email}).
 *
 * @param emailAddress    the recipient
 * @param templateId      the service's template (a setting of the service, never of the platform)
 * @param personalisation the template's placeholders: text, or a {@link LinkToFile#asPersonalisation()} for a file
 * @param reference       the caller's own id for this message: Notify keeps it, and {@link NotifyClient#find} asks
 *                        by it whether an earlier request whose outcome was unknown reached Notify after all
 */
public record NotifyEmail(String emailAddress, String templateId, Map<String, Object> personalisation,
                          String reference) {

    public NotifyEmail {
        Objects.requireNonNull(emailAddress, "emailAddress");
        Objects.requireNonNull(templateId, "templateId");
        personalisation = personalisation == null ? Map.of() : personalisation;
    }
}
