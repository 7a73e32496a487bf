package org.frontdoor.triage.letters.clients;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * referral-service as the letters call it ({@code triage.referral-service.*}), with triage-service's own service
 * token (OAuth2 client credentials from the identity provider).
 */
@ConfigurationProperties("triage.referral-service")
public record ReferralServiceProperties(
        @DefaultValue("http://localhost:8081") String url,
        @DefaultValue("http://localhost:9000/oauth2/token") String tokenUri,
        @DefaultValue("triage-service") String clientId,
        @DefaultValue("demo") String clientSecret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {
}
