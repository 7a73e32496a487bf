package org.frontdoor.consultation.config;

import org.frontdoor.serviceplatform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call what in consultation-service (docs/access-policy.md); the rest of security is service-platform's.
 * Finer rules — only the practitioner who booked or the consultant may cancel, only the slot's consultant records
 * the outcome — are the domain's.
 */
@Component
class ConsultationAccessRules implements AccessRules {

    private static final String CONSULTANT = "CONSULTANT";
    private static final String[] BOOKERS = {"PRACTITIONER", "TRIAGE_WORKER", "TRIAGE_MANAGER"};
    private static final String[] SLOT_READERS = {"PRACTITIONER", CONSULTANT, "TRIAGE_WORKER", "TRIAGE_MANAGER"};
    /** May cancel or reschedule; whether they booked it or hold the slot is the domain's check. */
    private static final String[] CHANGERS = {"PRACTITIONER", "TRIAGE_WORKER", "TRIAGE_MANAGER", CONSULTANT};
    /** ADMIN reaches the read, where the domain asks for break glass ({@code X-Break-Glass-Reason}). */
    private static final String[] READERS = {"PRACTITIONER", CONSULTANT, "TRIAGE_WORKER", "TRIAGE_MANAGER", "ADMIN"};

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/consultations/slots").hasRole(CONSULTANT)
                .requestMatchers(HttpMethod.GET, "/api/consultations/slots").hasAnyRole(SLOT_READERS)
                // the caller's own diary (the domain answers their own slots only, by the token's subject)
                .requestMatchers(HttpMethod.GET, "/api/consultations/slots/mine").hasRole(CONSULTANT)
                .requestMatchers(HttpMethod.POST, "/api/consultations/slots/*/withdrawal").hasRole(CONSULTANT)
                .requestMatchers(HttpMethod.POST, "/api/consultations").hasAnyRole(BOOKERS)
                .requestMatchers(HttpMethod.POST, "/api/consultations/*/cancellation").hasAnyRole(CHANGERS)
                .requestMatchers(HttpMethod.POST, "/api/consultations/*/reschedule").hasAnyRole(CHANGERS)
                .requestMatchers(HttpMethod.POST, "/api/consultations/*/outcome").hasRole(CONSULTANT)
                .requestMatchers(HttpMethod.GET, "/api/consultations/audit").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/consultations/audit/break-glass").hasAnyRole("TRIAGE_MANAGER", "ADMIN")
                // the caller's own bookings: whoever may book (before the rule for one consultation, which "mine" matches)
                .requestMatchers(HttpMethod.GET, "/api/consultations/mine").hasAnyRole(BOOKERS)
                .requestMatchers(HttpMethod.GET, "/api/consultations/*").hasAnyRole(READERS);
    }
}
