package org.frontdoor.console.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff console ({@code frontdoor.console.*}).
 *
 * @param gatewayUrl      the gateway the console calls ({@code /api/**} only), as any partner does
 * @param issuerUri       the identity provider that signs people in (the {@code iss} of its tokens)
 * @param clientId        the console's client at the identity provider
 * @param clientSecret    its secret (the local identity provider's is {@code demo})
 * @param redirectUri     where the identity provider sends the browser back with the code
 * @param signedOutUri    where the identity provider sends the browser after signing out there
 * @param localities      the locality codes of the authority, for the queue's filter (referral-service's
 *                        configuration; Shropshire's by default)
 * @param connectTimeout  how long to wait for the gateway to accept a connection
 * @param readTimeout     how long to wait for its answer
 */
@ConfigurationProperties("frontdoor.console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:8080") URI gatewayUrl,
        @DefaultValue("http://localhost:9000") String issuerUri,
        @DefaultValue("staff-console") String clientId,
        @DefaultValue("demo") String clientSecret,
        @DefaultValue("{baseUrl}/login/oauth2/code/{registrationId}") String redirectUri,
        @DefaultValue("{baseUrl}/signed-out") String signedOutUri,
        @DefaultValue({"NORTH", "CENTRAL", "SOUTH"}) List<String> localities,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    /** The id of the identity provider's registration: {@code /oauth2/authorization/front-door}. */
    public static final String REGISTRATION_ID = "front-door";
}
