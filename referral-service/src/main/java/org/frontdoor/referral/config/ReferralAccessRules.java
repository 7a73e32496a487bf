package org.frontdoor.referral.config;

import org.frontdoor.serviceplatform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call what in referral-service (docs/access-policy.md), enforced here, not only at the gateway. The rest of
 * security — bearer tokens, roles from the {@code roles} claim, open health, problem+json refusals, everything unlisted
 * denied — is service-platform's. Finer rules (a partner reads only the referrals it posted, an administrator reads a
 * child's record only by break glass) are the domain's.
 */
@Component
class ReferralAccessRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/referrals/*/referrer").hasRole("REFERRER_CONTACT_READER")
                .requestMatchers(HttpMethod.GET, "/api/referrals/audit").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/referrals/audit/break-glass").hasAnyRole("TRIAGE_MANAGER", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/referrals/undecided-overdue").hasAnyRole("TRIAGE_MANAGER", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/referrals").hasAnyRole("CONTACT_OFFICER", "PARTNER_SYSTEM")
                .requestMatchers(HttpMethod.GET, "/api/referrals")
                        .hasAnyRole("CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER", "PARTNER_SYSTEM")
                .requestMatchers("/api/person-index/**").hasAnyRole("TRIAGE_WORKER", "TRIAGE_MANAGER")
                .requestMatchers(HttpMethod.POST, "/api/referrals/*/amendments")
                        .hasAnyRole("CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER")
                .requestMatchers(HttpMethod.POST, "/api/referrals/*/withdrawal")
                        .hasAnyRole("CONTACT_OFFICER", "TRIAGE_MANAGER", "PARTNER_SYSTEM")
                .requestMatchers(HttpMethod.GET, "/api/referrals/*")
                        .hasAnyRole("CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER", "ADMIN", "PARTNER_SYSTEM");
    }
}
