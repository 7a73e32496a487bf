package org.frontdoor.console.config;

import java.net.http.HttpClient;

import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.ObjectMapper;

/**
 * The console's one way out: a {@link RestClient} on the gateway whose every request carries the signed-in
 * person's own access token (taken from their session by the {@link OAuth2AuthorizedClientManager}, renewed with the
 * refresh token when it has expired). There is no token of the console's own.
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    RestClient gateway(OAuth2AuthorizedClientManager authorizedClients,
                       ConsoleProperties properties, ObjectMapper json) {
        OAuth2ClientHttpRequestInterceptor relay = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        relay.setClientRegistrationIdResolver(request -> ConsoleProperties.REGISTRATION_ID);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        requests.setReadTimeout(properties.readTimeout());
        return RestClient.builder()
                .baseUrl(properties.gatewayUrl().toString())
                .requestFactory(requests)
                .requestInterceptor(relay)
                .defaultStatusHandler(HttpStatusCode::isError,
                        (request, response) -> { throw GatewayProblem.of(response, json); })
                .build();
    }
}
