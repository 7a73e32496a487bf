package org.frontdoor.gateway.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

class GatewayErrorsTest {

    private final GatewayErrors errors = new GatewayErrors(new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void unreachableServiceIs503ProblemJson() {
        MockServerWebExchange exchange = exchange();

        errors.handle(exchange, new IllegalStateException("routing", new ConnectException("Connection refused"))).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"status\":503", "\"instance\":\"/api/triage/queue\"");
    }

    @Test
    void aConnectionClosedOrResetBeforeTheAnswerIs503ProblemJsonWithRetryAfter() {
        MockServerWebExchange exchange = exchange();

        errors.handle(exchange, new SocketException("Connection reset")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"urn:frontdoor:problem:service-unavailable\"");
    }

    @Test
    void serviceTooSlowIs504ProblemJsonWithRetryAfter() {
        MockServerWebExchange exchange = exchange();

        errors.handle(exchange, new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":504");
    }

    @Test
    void aRequestTheFirewallRefusesLateIs400ProblemJsonWithoutItsAddress() {
        MockServerWebExchange exchange = exchange();

        errors.handle(exchange, new ServerExchangeRejectedException("header value not allowed")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"urn:frontdoor:problem:unsafe-address\"")
                .doesNotContain("instance", "header value not allowed");
    }

    @Test
    void unexpectedFailureIs500ProblemJsonWithoutItsMessage() {
        MockServerWebExchange exchange = exchange();

        errors.handle(exchange, new IllegalStateException("secret internals")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getBodyAsString().block()).doesNotContain("secret internals");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/triage/queue"));
    }
}
