package org.frontdoor.triage.letters.clients;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.frontdoor.triage.letters.domain.PostalAddress;
import org.frontdoor.triage.letters.domain.Referrer;
import org.frontdoor.triage.letters.domain.ReferrerUnavailable;
import org.frontdoor.triage.letters.domain.Referrers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referrer of a referral from referral-service ({@code GET /api/referrals/{referralId}/referrer}: the referrer's
 * contact details and nothing else of the referral, which is all the service account's role
 * {@code REFERRER_CONTACT_READER} may read), with triage-service's own service token (OAuth2 client credentials,
 * cached until it expires) and behind a Resilience4j circuit breaker
 * (plus connect and read timeouts on the client). Any failure is a {@link ReferrerUnavailable}: the letter waits
 * and tries again, it never fails because referral-service was down. Reads tolerantly: only the referrer's fields.
 */
public class ReferralServiceReferrers implements Referrers {

    static final String REGISTRATION_ID = "triage-service";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final OAuth2AuthorizedClientManager tokens;
    private final String registrationId;
    private final CircuitBreaker breaker;

    public ReferralServiceReferrers(RestClient http, OAuth2AuthorizedClientManager tokens, String registrationId,
                                    CircuitBreaker breaker) {
        this.http = http;
        this.tokens = tokens;
        this.registrationId = registrationId;
        this.breaker = breaker;
    }

    /**
     * The client as configured: timeouts on both the token and the referral requests, and a circuit breaker that
     * opens at half of the last 10 calls failing and tries again after 30 s (by {@code clock}). The OAuth2 client pieces are not beans,
     * so they cannot change how the rest of the service authenticates.
     */
    public static ReferralServiceReferrers connect(ReferralServiceProperties properties, Clock clock) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        RestClient http = RestClient.builder().baseUrl(properties.url()).requestFactory(requests).build();
        CircuitBreaker breaker = CircuitBreaker.of("referral-service-letters", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .clock(clock)
                .build());
        return new ReferralServiceReferrers(http, serviceTokens(properties, requests), REGISTRATION_ID, breaker);
    }

    /** Client credentials for triage-service's own token, kept until it expires. */
    private static OAuth2AuthorizedClientManager serviceTokens(ReferralServiceProperties properties,
                                                               JdkClientHttpRequestFactory requests) {
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(
                ClientRegistration.withRegistrationId(REGISTRATION_ID)
                        .clientId(properties.clientId())
                        .clientSecret(properties.clientSecret())
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenUri(properties.tokenUri())
                        .build());
        RestClientClientCredentialsTokenResponseClient tokenClient = new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                        new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokenClient))
                .build());
        return manager;
    }

    @Override
    public Referrer of(String referralId) {
        try {
            return breaker.executeSupplier(() -> fetch(referralId));
        } catch (CallNotPermittedException open) {
            throw new ReferrerUnavailable("referral-service is unavailable (circuit open)");
        } catch (ReferrerUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReferrerUnavailable("referral-service could not be asked: " + e.getClass().getSimpleName());
        }
    }

    private Referrer fetch(String referralId) {
        OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
                .principal(registrationId).build());
        if (client == null) {
            throw new ReferrerUnavailable("No service token for " + registrationId);
        }
        return http.get()
                .uri("/api/referrals/{referralId}/referrer", referralId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + client.getAccessToken().getTokenValue())
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> {
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw new ReferrerUnavailable("referral-service answered " + response.getStatusCode().value());
                    }
                    return referrer(referralId,
                            JSON.readTree(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
                });
    }

    /**
     * The {@code referrer} of referral-service's answer {@code {"referralId": ..., "referrer": {...}}}; {@code type}
     * (or the older {@code referrerType}) is required. An answer about another referral is not used.
     */
    static Referrer referrer(String referralId, JsonNode answer) {
        String answeredFor = text(answer, "referralId");
        if (answeredFor != null && !answeredFor.equals(referralId)) {
            throw new ReferrerUnavailable("referral-service answered for another referral");
        }
        JsonNode referrer = answer.path("referrer");
        String type = text(referrer, "type");
        if (type == null) {
            type = text(referrer, "referrerType");
        }
        if (type == null) {
            throw new ReferrerUnavailable("referral-service gave no referrer type");
        }
        String organisation = text(referrer, "organisation");
        if (organisation == null) {
            organisation = text(referrer, "agency");
        }
        JsonNode address = referrer.path("postalAddress");
        PostalAddress postal = null;
        if (address.isObject()) {
            List<String> lines = new ArrayList<>();
            address.path("lines").forEach(line -> lines.add(line.asString("")));
            postal = new PostalAddress(lines, text(address, "postcode"));
        }
        return new Referrer(type, text(referrer, "name"), organisation, text(referrer, "email"), postal);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
