package org.frontdoor.cases.config;

import org.frontdoor.serviceplatform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call what in case-service; the rest of security (bearer tokens, the {@code roles} claim, problem+json
 * refusals, deny by default) is service-platform's. The finer rules (a practitioner and the cases they lead, an
 * administrator's break glass, the managers' list of cases needing attention) are
 * {@link org.frontdoor.cases.earlyhelp.domain.CaseAccess}'s. The social care feed is
 * for the statutory case system's client ({@code SOCIAL_CARE_SYSTEM}) and administrators.
 */
@Component
class CaseAccessRules implements AccessRules {

    private static final String PRACTITIONER = "PRACTITIONER";
    private static final String TRIAGE_WORKER = "TRIAGE_WORKER";
    private static final String TRIAGE_MANAGER = "TRIAGE_MANAGER";
    private static final String ADMIN = "ADMIN";
    private static final String SOCIAL_CARE_SYSTEM = "SOCIAL_CARE_SYSTEM";

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/cases/rebuild", "/api/cases/dead-letters/*/*/*/replay")
                .hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/cases/dead-letters").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/cases/audit").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/cases/audit/break-glass").hasAnyRole(TRIAGE_MANAGER, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/cases/history")
                .hasAnyRole(TRIAGE_WORKER, TRIAGE_MANAGER, ADMIN)
                // before "/api/cases/*", which would match it too
                .requestMatchers(HttpMethod.GET, "/api/cases/attention", "/api/cases/caseloads",
                        "/api/cases/caseloads/*")
                .hasAnyRole(TRIAGE_MANAGER, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/*", "/api/cases/*/webstars",
                        "/api/cases/*/plan", "/api/cases/*/plan/versions", "/api/cases/*/plan/versions/*",
                        "/api/cases/*/lead-professionals")
                .hasAnyRole(PRACTITIONER, TRIAGE_WORKER, TRIAGE_MANAGER, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/cases/*/lead-professional", "/api/cases/*/closure",
                        "/api/cases/*/reopening")
                .hasAnyRole(PRACTITIONER, TRIAGE_MANAGER)
                // a lead professional's own work email (the domain checks the subject), or anyone's by a triage manager
                .requestMatchers(HttpMethod.PUT, "/api/cases/lead-professionals/*/contact")
                .hasAnyRole(PRACTITIONER, TRIAGE_MANAGER)
                .requestMatchers(HttpMethod.POST, "/api/cases/social-care/closures", "/api/cases/step-downs")
                .hasAnyRole(SOCIAL_CARE_SYSTEM, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/cases/*/members", "/api/cases/*/webstars",
                        "/api/cases/*/themes", "/api/cases/*/outcome-evidence", "/api/cases/*/reviews",
                        "/api/cases/*/step-up", "/api/cases/*/plan", "/api/cases/*/plan/actions/*/updates")
                .hasAnyRole(PRACTITIONER, TRIAGE_MANAGER);
    }
}
