package org.frontdoor.console.config;

import jakarta.servlet.DispatcherType;
import org.frontdoor.console.layout.NoAccessPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open which page, and the browser's protections.
 *
 * <ul>
 *   <li>Every page needs a signed-in person (authorization code + PKCE with the identity provider); the pages of a
 *       role need that role: someone who edits the address to reach another role's page gets the GOV.UK "You do not
 *       have access" page ({@link NoAccessPage}), 403. The gateway's services check the same roles again.</li>
 *   <li>CSRF: Spring Security's synchroniser token on every POST (Thymeleaf puts it in every form).</li>
 *   <li>Content-Security-Policy: scripts, styles and fonts only from the console itself (GOV.UK Frontend from its
 *       webjar), nothing inline; forms only to the console and the identity provider (sign-out goes there).</li>
 *   <li>Sign-out ends the console's session and then the identity provider's (RP-initiated logout), which sends
 *       the browser back to {@code /signed-out}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String CONTACT_OFFICER = "CONTACT_OFFICER";
    static final String TRIAGE_WORKER = "TRIAGE_WORKER";
    static final String TRIAGE_MANAGER = "TRIAGE_MANAGER";
    static final String CONSULTANT = "CONSULTANT";
    static final String PRACTITIONER = "PRACTITIONER";
    static final String PERFORMANCE_ANALYST = "PERFORMANCE_ANALYST";
    static final String ADMIN = "ADMIN";

    private static final RequestMatcher STATIC_FILES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/assets/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/webjars/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/console/**"));

    /** Called by the pages' scripts (fetch), never opened as pages. */
    static final RequestMatcher SCRIPT_CALLS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/session/keep-alive"),
            PathPatternRequestMatcher.withDefaults().matcher("/calls/person-matches"));

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations,
                                ConsoleProperties properties, NoAccessPage noAccess) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri(properties.signedOutUri());
        http.authorizeHttpRequests(requests -> requests
                        // Boot's error page and our own forwards render whatever the request that failed was allowed.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(STATIC_FILES).permitAll()
                        .requestMatchers("/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/signed-out", "/session-ended", "/error")
                        .permitAll()
                        // Any signed-in person keeps their own session alive (the timeout warning's "Stay signed in").
                        .requestMatchers("/session/keep-alive").authenticated()
                        .requestMatchers("/calls", "/calls/**").hasRole(CONTACT_OFFICER)
                        .requestMatchers("/queue", "/queue/**").hasAnyRole(TRIAGE_WORKER, TRIAGE_MANAGER)
                        // Level-4 approvals and revisions are a manager's (triage-service checks it again).
                        .requestMatchers("/approvals", "/approvals/**", "/referrals/*/proposals/**",
                                "/referrals/*/revision").hasRole(TRIAGE_MANAGER)
                        .requestMatchers("/referrals/**").hasAnyRole(TRIAGE_WORKER, TRIAGE_MANAGER)
                        // Consultations: consultants publish slots and record outcomes, practitioners find and book;
                        // a consultation's page (cancel, move) is either's (consultation-service checks whose it is).
                        .requestMatchers("/diary", "/slots", "/slots/**", "/consultations/*/outcome").hasRole(CONSULTANT)
                        .requestMatchers("/free-slots", "/free-slots/**").hasRole(PRACTITIONER)
                        .requestMatchers("/consultations").hasRole(PRACTITIONER)
                        .requestMatchers("/consultations/**").hasAnyRole(CONSULTANT, PRACTITIONER)
                        // Outcomes are read by performance officers and administrators only (docs/access-policy.md).
                        .requestMatchers("/performance", "/performance/**").hasAnyRole(PERFORMANCE_ANALYST, ADMIN)
                        // Early help cases: practitioners (lead professionals) and triage managers (case-service checks).
                        .requestMatchers("/cases/attention", "/cases/caseloads", "/cases/caseloads/**").hasRole(TRIAGE_MANAGER)
                        .requestMatchers("/cases", "/cases/**", "/unallocated-cases").hasAnyRole(PRACTITIONER, TRIAGE_MANAGER)
                        .anyRequest().authenticated())
                .oauth2Login(login -> { })
                .logout(logout -> logout.logoutSuccessHandler(signOut))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(noAccess)
                        // The pages' scripts call these with fetch: a session that has ended is a 401 for the script
                        // to act on, not a redirect to the identity provider (which the CSP would block anyway).
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                SCRIPT_CALLS))
                .headers(headers -> headers
                        // Pages are never cached (they hold children's details); GOV.UK Frontend's files are (a day).
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(STATIC_FILES), new CacheControlHeadersWriter()))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    static String contentSecurityPolicy(ConsoleProperties properties) {
        String issuer = properties.issuerUri().replaceAll("/+$", "");
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'none'",
                "frame-ancestors 'none'",
                // Chrome applies form-action to the redirects after a form: sign-out goes on to the identity provider.
                "form-action 'self' " + issuer);
    }
}
