package org.frontdoor.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.WebApplicationType;

/**
 * What each app's Spring context is told about where everything else is. Given as command-line arguments, so they
 * win over the defaults in the app's own config file (and over environment variables such as
 * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}) — everything else in that file stays as the app's engineers wrote it.
 */
final class ContextProperties {

    /** Read by {@link SharedClasspathExclusions}: auto-configurations this context must not run. */
    static final String EXCLUDED_AUTO_CONFIGURATIONS = "frontdoor.platform.excluded-auto-configurations";

    /**
     * The authorization server's auto-configuration would give every servlet service a random signing key and a
     * {@code JwtDecoder} built from it, shadowing the resource server's issuer-based decoder.
     */
    private static final List<String> AUTHORIZATION_SERVER = List.of(
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

    /** Apps without a database or events (identity provider, gateway) must not connect to Mongo or Kafka. */
    private static final List<String> DATA_AND_EVENTS = List.of(
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration",
            "org.frontdoor.serviceplatform.events.KafkaEventsAutoConfiguration",
            "org.frontdoor.serviceplatform.outbox.OutboxAutoConfiguration",
            "org.frontdoor.serviceplatform.store.MongoPingAutoConfiguration");

    /**
     * The staff console is a client of the gateway, not a service: service-platform's strict input, problem answers,
     * resource-server security and the rest are the services' (standalone, the console does not have them at all).
     */
    private static final List<String> SERVICE_PLATFORM = List.of(
            "org.frontdoor.serviceplatform.StrictInputAutoConfiguration",
            "org.frontdoor.serviceplatform.StoreUnavailableAutoConfiguration",
            "org.frontdoor.serviceplatform.problems.ProblemsAutoConfiguration",
            "org.frontdoor.serviceplatform.security.ResourceServerAutoConfiguration",
            "org.frontdoor.serviceplatform.deadletters.DeadLettersAutoConfiguration",
            "org.frontdoor.serviceplatform.rebuild.RebuildAutoConfiguration",
            "org.frontdoor.serviceplatform.time.ClockAutoConfiguration",
            "org.frontdoor.serviceplatform.audit.AuditParametersAutoConfiguration",
            // The console sends nothing through GOV.UK Notify and schedules nothing, though a notify.api-key set
            // for the platform's JVM (as the intake journey test sets it) is visible to every app of the one JVM.
            "org.frontdoor.serviceplatform.notify.NotifyAutoConfiguration",
            "org.frontdoor.serviceplatform.scheduling.SchedulerLockAutoConfiguration");

    /**
     * Only the gateway is built on Spring Cloud and the reactive stack; on the shared classpath their
     * auto-configurations (discovery clients, refresh scope, the gateway's load-balancer and tracing filters, the
     * reactive HTTP client and security) would also run in every servlet app, which has none of them when it runs
     * alone. Skipping them saves the start-up about 2 % of its CPU (benchmarks/STARTUP.md).
     */
    private static final List<String> GATEWAY_STACK = List.of(
            "org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration",
            "org.springframework.cloud.autoconfigure.LifecycleMvcEndpointAutoConfiguration",
            "org.springframework.cloud.autoconfigure.RefreshAutoConfiguration",
            "org.springframework.cloud.autoconfigure.RefreshEndpointAutoConfiguration",
            "org.springframework.cloud.autoconfigure.WritableEnvironmentEndpointAutoConfiguration",
            "org.springframework.cloud.client.CommonsClientAutoConfiguration",
            "org.springframework.cloud.client.ReactiveCommonsClientAutoConfiguration",
            "org.springframework.cloud.client.discovery.composite.reactive.ReactiveCompositeDiscoveryClientAutoConfiguration",
            "org.springframework.cloud.client.discovery.simple.SimpleDiscoveryClientAutoConfiguration",
            "org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryClientAutoConfiguration",
            "org.springframework.cloud.client.serviceregistry.AutoServiceRegistrationAutoConfiguration",
            "org.springframework.cloud.commons.security.ResourceServerTokenRelayAutoConfiguration",
            "org.springframework.cloud.commons.util.UtilAutoConfiguration",
            "org.springframework.cloud.configuration.CompatibilityVerifierAutoConfiguration",
            "org.springframework.cloud.gateway.config.GatewayNoLoadBalancerClientAutoConfiguration",
            "org.springframework.cloud.gateway.config.GatewayTracingAutoConfiguration",
            "org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
            "org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration",
            "org.springframework.boot.netty.autoconfigure.NettyAutoConfiguration",
            "org.springframework.boot.reactor.autoconfigure.ReactorAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration");

    /**
     * The console's page templates are on the shared classpath; no other app renders pages with them (an error
     * page of the identity provider must not be drawn with the console's layout).
     */
    private static final String PAGE_TEMPLATES =
            "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration";

    /** The services' shared settings (service-platform's defaults) are not the gateway's nor the identity provider's. */
    private static final String NOT_A_SERVICE = "frontdoor.service-platform.defaults.enabled";

    private ContextProperties() {
    }

    static Map<String, String> of(PlatformApp app, PlatformSettings settings, Endpoints endpoints) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.config.name", app.configName());
        properties.put("server.port", String.valueOf(app.port(settings.ports())));
        // One JVM, several contexts: no JMX name clashes, no per-context JVM shutdown hooks (the platform closes
        // the contexts itself, in order), no meters of one app in another's global registry.
        properties.put("spring.jmx.enabled", "false");
        properties.put("logging.register-shutdown-hook", "false");
        properties.put("management.metrics.use-global-registry", "false");
        properties.put("spring.main.banner-mode", "off");
        if (app.webApplicationType() == WebApplicationType.SERVLET) {
            properties.put("spring.cloud.gateway.server.webflux.enabled", "false");
        }
        switch (app) {
            case IDENTITY_PROVIDER -> {
                properties.put("spring.security.oauth2.authorizationserver.issuer", endpoints.issuerUrl());
                properties.put("frontdoor.identity.swagger-redirect-uris",
                        endpoints.gatewayUrl() + "/swagger-ui/oauth2-redirect.html");
                properties.put("frontdoor.identity.browser-origins", endpoints.gatewayUrl());
                // The console is signed into through the gateway (its root), or straight at its own port.
                properties.put("frontdoor.identity.staff-console.redirect-uris", String.join(",",
                        endpoints.gatewayUrl() + "/login/oauth2/code/front-door",
                        endpoints.urlOf(PlatformApp.STAFF_CONSOLE) + "/login/oauth2/code/front-door"));
                properties.put("frontdoor.identity.staff-console.post-logout-redirect-uris", String.join(",",
                        endpoints.gatewayUrl() + "/signed-out", endpoints.urlOf(PlatformApp.STAFF_CONSOLE) + "/signed-out"));
                // Keep the signing key with the data, so tokens stay valid across a restart.
                properties.put("frontdoor.identity.key-directory",
                        settings.dataDirectory().resolve("identity").toString());
                // springdoc's servlet UI is on the shared classpath; the identity provider has no API to document.
                properties.put("springdoc.api-docs.enabled", "false");
                properties.put("springdoc.swagger-ui.enabled", "false");
                properties.put(NOT_A_SERVICE, "false");
                properties.put(EXCLUDED_AUTO_CONFIGURATIONS, excluded(DATA_AND_EVENTS, List.of(PAGE_TEMPLATES),
                        GATEWAY_STACK));
            }
            case GATEWAY -> {
                properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", endpoints.issuerUrl());
                properties.put("frontdoor.services.referral", endpoints.urlOf(PlatformApp.REFERRAL_SERVICE));
                properties.put("frontdoor.services.triage", endpoints.urlOf(PlatformApp.TRIAGE_SERVICE));
                properties.put("frontdoor.services.consultation", endpoints.urlOf(PlatformApp.CONSULTATION_SERVICE));
                properties.put("frontdoor.services.case", endpoints.urlOf(PlatformApp.CASE_SERVICE));
                properties.put("frontdoor.services.outcomes", endpoints.urlOf(PlatformApp.OUTCOMES_SERVICE));
                properties.put("frontdoor.staff-console.url", endpoints.urlOf(PlatformApp.STAFF_CONSOLE));
                properties.put(NOT_A_SERVICE, "false");
                properties.put(EXCLUDED_AUTO_CONFIGURATIONS, excluded(DATA_AND_EVENTS, List.of(PAGE_TEMPLATES)));
            }
            case STAFF_CONSOLE -> {
                properties.put("frontdoor.console.gateway-url", endpoints.gatewayUrl());
                properties.put("frontdoor.console.issuer-uri", endpoints.issuerUrl());
                properties.put("springdoc.api-docs.enabled", "false");
                properties.put("springdoc.swagger-ui.enabled", "false");
                properties.put(NOT_A_SERVICE, "false");
                properties.put(EXCLUDED_AUTO_CONFIGURATIONS, excluded(DATA_AND_EVENTS, AUTHORIZATION_SERVER,
                        SERVICE_PLATFORM, GATEWAY_STACK));
            }
            default -> {
                if (app == PlatformApp.TRIAGE_SERVICE) {
                    // The page in front of a triage worker, and the referrer's address for the outcome letter.
                    properties.put("triage.referral-service.url", endpoints.urlOf(PlatformApp.REFERRAL_SERVICE));
                    properties.put("triage.referral-service.token-uri", endpoints.tokenUrl());
                    properties.put("triage.case-service.url", endpoints.urlOf(PlatformApp.CASE_SERVICE));
                }
                properties.put("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers());
                properties.put("spring.mongodb.uri", endpoints.mongoUri());
                properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", endpoints.issuerUrl());
                properties.put(EXCLUDED_AUTO_CONFIGURATIONS, excluded(AUTHORIZATION_SERVER, List.of(PAGE_TEMPLATES),
                        GATEWAY_STACK));
            }
        }
        return properties;
    }

    @SafeVarargs
    private static String excluded(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).collect(Collectors.joining(","));
    }

    static String[] asArguments(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }
}
