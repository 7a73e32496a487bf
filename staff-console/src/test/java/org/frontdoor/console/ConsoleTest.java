package org.frontdoor.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.frontdoor.console.config.ConsoleProperties;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One console, one context for every test class: the gateway is a WireMock server, the identity provider is only
 * named (sign-in itself is spring-security-test's {@code oidcLogin()}, with the person's roles and access token).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + StaffConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
public abstract class ConsoleTest {

    protected static final String ISSUER = "http://localhost:9000";
    protected static final WireMockServer GATEWAY = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        GATEWAY.start();
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("frontdoor.console.gateway-url", GATEWAY::baseUrl);
        registry.add("frontdoor.console.issuer-uri", () -> ISSUER);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ClientRegistrationRepository registrations;

    @BeforeEach
    void resetGateway() {
        GATEWAY.resetAll();
    }

    /** A demo person signed in with one role; their access token is {@code token-of-<person>}. */
    protected RequestPostProcessor signedIn(String person, String role) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClientRegistration registration = registrations.findByRegistrationId(ConsoleProperties.REGISTRATION_ID);
        RequestPostProcessor signIn = oidcLogin()
                .clientRegistration(registration)
                .idToken(token -> token.subject(person).issuer(ISSUER).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
        // The person's own access token, kept in their session as the sign-in leaves it.
        RequestPostProcessor token = oauth2Client(ConsoleProperties.REGISTRATION_ID)
                .clientRegistration(registration)
                .principalName(person)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, tokenOf(person), now,
                        now.plus(30, ChronoUnit.MINUTES)));
        return request -> token.postProcessRequest(signIn.postProcessRequest(request));
    }

    protected static String tokenOf(String person) {
        return "token-of-" + person;
    }

    protected RequestPostProcessor contactOfficer() {
        return signedIn("contact-officer", "CONTACT_OFFICER");
    }

    protected RequestPostProcessor triageWorker() {
        return signedIn("triage-worker", "TRIAGE_WORKER");
    }

    protected RequestPostProcessor triageManager() {
        return signedIn("triage-manager", "TRIAGE_MANAGER");
    }
}
