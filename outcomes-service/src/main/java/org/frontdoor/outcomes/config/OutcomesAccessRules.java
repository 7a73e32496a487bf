package org.frontdoor.outcomes.config;

import org.frontdoor.serviceplatform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call what in outcomes-service; the rest of security (bearer tokens, the {@code roles} claim, problem+json
 * refusals, everything unlisted denied) is service-platform's.
 */
@Component
class OutcomesAccessRules implements AccessRules {

    private static final String ADMIN = "ADMIN";
    private static final String[] INDICATOR_READERS = {"PERFORMANCE_ANALYST", ADMIN};
    /** The scorecard and the statutory exports: performance officers and administrators only (issue 4). */
    private static final String[] SCORECARD_AND_EXPORT_READERS = {"PERFORMANCE_ANALYST", ADMIN};

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/outcomes/indicators", "/api/outcomes/indicators/monthly")
                .hasAnyRole(INDICATOR_READERS)
                .requestMatchers(HttpMethod.POST, "/api/outcomes/rebuild").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/outcomes/scorecard", "/api/outcomes/exports/annex-a/**")
                .hasAnyRole(SCORECARD_AND_EXPORT_READERS)
                .requestMatchers(HttpMethod.GET, "/api/outcomes/exports/audit").hasRole(ADMIN)
                .requestMatchers("/api/outcomes/dead-letters", "/api/outcomes/dead-letters/**").hasRole(ADMIN);
    }
}
