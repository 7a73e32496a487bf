package org.frontdoor.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.frontdoor.gateway.problems.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

class CallerRateLimitFilterTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final WebFilterChain service = exchange -> {
        forwarded.incrementAndGet();
        return Mono.empty();
    };
    private final CallerRateLimitFilter filter = new CallerRateLimitFilter(
            new RequestLimits(DataSize.ofKilobytes(256), 1, 2),
            new ProblemResponses(JsonMapper.builder().build()),
            now::get);

    @Test
    void aCallerOverTheBurstGets429ProblemJsonWithRetryAfter() {
        call("/api/referrals", "partner-school");
        call("/api/referrals", "partner-school");
        MockServerWebExchange refused = call("/api/referrals", "partner-school");

        assertThat(forwarded).hasValue(2);
        assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    }

    @Test
    void oneCallersBurstDoesNotLimitAnother() {
        call("/api/triage/queue", "triage-worker");
        call("/api/triage/queue", "triage-worker");
        call("/api/triage/queue", "triage-worker");
        MockServerWebExchange other = call("/api/triage/queue", "triage-manager");

        assertThat(other.getResponse().getStatusCode()).isNull();
        assertThat(forwarded).hasValue(3);
    }

    @Test
    void aCallerIsAdmittedAgainOnceTheAllowanceRefills() {
        call("/api/cases", "practitioner");
        call("/api/cases", "practitioner");
        now.addAndGet(1_000_000_000L);
        call("/api/cases", "practitioner");

        assertThat(forwarded).hasValue(3);
    }

    @Test
    void aPartnerAgencyHasItsOwnLowerAllowanceSharedByItsClients() {
        CallerRateLimitFilter limited = new CallerRateLimitFilter(
                new RequestLimits(DataSize.ofKilobytes(256), 10, 10, 1, 2),
                new ProblemResponses(JsonMapper.builder().build()),
                now::get);
        call(limited, "/api/referrals", partnerToken("school-mis-a", "school-ludlow-primary"));
        call(limited, "/api/referrals", partnerToken("school-mis-b", "school-ludlow-primary"));
        MockServerWebExchange refused = call(limited, "/api/referrals", partnerToken("school-mis-a", "school-ludlow-primary"));
        MockServerWebExchange otherAgency = call(limited, "/api/referrals", partnerToken("police-niche", "west-mercia-police"));
        MockServerWebExchange staff = call(limited, "/api/referrals", () -> "contact-officer");

        assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(otherAgency.getResponse().getStatusCode()).isNull();
        assertThat(staff.getResponse().getStatusCode()).isNull();
        assertThat(forwarded).hasValue(4);
    }

    @Test
    void documentsAndProbesAreNotCounted() {
        for (int i = 0; i < 5; i++) {
            call("/v3/api-docs/referral-service", "triage-worker");
        }

        assertThat(forwarded).hasValue(5);
    }

    private MockServerWebExchange call(String path, String caller) {
        Principal principal = () -> caller;
        return call(filter, path, principal);
    }

    private MockServerWebExchange call(CallerRateLimitFilter limits, String path, Principal principal) {
        MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get(path))
                .principal(principal)
                .build();
        limits.filter(exchange, service).block();
        return exchange;
    }

    private static JwtAuthenticationToken partnerToken(String client, String partnerId) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject(client)
                .claim("roles", List.of("PARTNER_SYSTEM")).claim("partner_id", partnerId).build();
        return new JwtAuthenticationToken(jwt);
    }
}
