package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContextPropertiesTest {

    private final Ports ports = new Ports(18080, 18081, 18082, 18083, 18084, 18085, 19000, 19092, 37017, 18090);
    private final PlatformSettings settings = new PlatformSettings(Path.of("/tmp/front-door-data"), ports);
    private final Endpoints endpoints = Endpoints.of(ports);

    @Test
    void everyServiceIsToldTheBrokerTheStoreAndTheIssuerOfThisPlatform() {
        for (PlatformApp service : PlatformApp.SERVICES) {
            Map<String, String> properties = ContextProperties.of(service, settings, endpoints);

            assertThat(properties)
                    .containsEntry("spring.config.name", service.configName())
                    .containsEntry("server.port", String.valueOf(service.port(ports)))
                    .containsEntry("spring.kafka.bootstrap-servers", "localhost:19092")
                    .containsEntry("spring.mongodb.uri", "mongodb://localhost:37017")
                    .containsEntry("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://localhost:19000")
                    .containsEntry("spring.cloud.gateway.server.webflux.enabled", "false");
        }
    }

    @Test
    void servicesDoNotPickUpTheAuthorizationServersSigningKeyFromTheSharedClasspath() {
        String excluded = ContextProperties.of(PlatformApp.TRIAGE_SERVICE, settings, endpoints)
                .get(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS);

        assertThat(excluded).contains("OAuth2AuthorizationServerJwtAutoConfiguration")
                .doesNotContain("MongoAutoConfiguration");
    }

    @Test
    void triageCallsThisPlatformsReferralAndCaseServicesWithTokensFromThisPlatform() {
        Map<String, String> properties = ContextProperties.of(PlatformApp.TRIAGE_SERVICE, settings, endpoints);

        assertThat(properties)
                .containsEntry("triage.referral-service.url", "http://localhost:18081")
                .containsEntry("triage.referral-service.token-uri", "http://localhost:19000/oauth2/token")
                .containsEntry("triage.case-service.url", "http://localhost:18084");
    }

    @Test
    void identityProviderIssuesTokensUnderItsOwnUrlAndKeepsItsKeyWithTheData() {
        Map<String, String> properties = ContextProperties.of(PlatformApp.IDENTITY_PROVIDER, settings, endpoints);

        assertThat(properties)
                .containsEntry("spring.security.oauth2.authorizationserver.issuer", "http://localhost:19000")
                .containsEntry("frontdoor.identity.key-directory", "/tmp/front-door-data/identity")
                .containsEntry("frontdoor.identity.browser-origins", "http://localhost:18080")
                .doesNotContainKeys("spring.kafka.bootstrap-servers", "spring.mongodb.uri");
        assertThat(properties.get(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS))
                .contains("MongoAutoConfiguration", "KafkaAutoConfiguration");
    }

    @Test
    void gatewayRoutesToTheServicesOfThisPlatformAndTouchesNoDatabase() {
        Map<String, String> properties = ContextProperties.of(PlatformApp.GATEWAY, settings, endpoints);

        assertThat(properties)
                .containsEntry("frontdoor.services.referral", "http://localhost:18081")
                .containsEntry("frontdoor.services.triage", "http://localhost:18082")
                .containsEntry("frontdoor.services.consultation", "http://localhost:18083")
                .containsEntry("frontdoor.services.case", "http://localhost:18084")
                .containsEntry("frontdoor.services.outcomes", "http://localhost:18085")
                .containsEntry("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://localhost:19000")
                .doesNotContainKey("spring.cloud.gateway.server.webflux.enabled");
        assertThat(properties.get(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS)).contains("MongoAutoConfiguration");
    }

    @Test
    void theGatewayServesTheStaffConsoleOfThisPlatform() {
        assertThat(ContextProperties.of(PlatformApp.GATEWAY, settings, endpoints))
                .containsEntry("frontdoor.staff-console.url", "http://localhost:18090");
    }

    @Test
    void theStaffConsoleCallsThisPlatformsGatewayAndIssuerAndIsNoService() {
        Map<String, String> properties = ContextProperties.of(PlatformApp.STAFF_CONSOLE, settings, endpoints);

        assertThat(properties)
                .containsEntry("server.port", "18090")
                .containsEntry("frontdoor.console.gateway-url", "http://localhost:18080")
                .containsEntry("frontdoor.console.issuer-uri", "http://localhost:19000")
                .doesNotContainKeys("spring.kafka.bootstrap-servers", "spring.mongodb.uri",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri");
        assertThat(properties.get(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS))
                .contains("MongoAutoConfiguration", "KafkaAutoConfiguration", "OAuth2AuthorizationServerAutoConfiguration",
                        "serviceplatform.StrictInputAutoConfiguration", "serviceplatform.problems.ProblemsAutoConfiguration")
                .doesNotContain("ThymeleafAutoConfiguration");
    }

    @Test
    void theIdentityProviderSendsPeopleBackToTheConsoleThroughTheGatewayOrStraight() {
        Map<String, String> properties = ContextProperties.of(PlatformApp.IDENTITY_PROVIDER, settings, endpoints);

        assertThat(properties.get("frontdoor.identity.staff-console.redirect-uris")).isEqualTo(
                "http://localhost:18080/login/oauth2/code/front-door,http://localhost:18090/login/oauth2/code/front-door");
        assertThat(properties.get("frontdoor.identity.staff-console.post-logout-redirect-uris"))
                .isEqualTo("http://localhost:18080/signed-out,http://localhost:18090/signed-out");
    }

    @Test
    void onlyTheStaffConsoleDrawsPagesWithItsTemplates() {
        for (PlatformApp app : PlatformApp.values()) {
            String excluded = ContextProperties.of(app, settings, endpoints)
                    .get(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS);
            if (app == PlatformApp.STAFF_CONSOLE) {
                assertThat(excluded).doesNotContain("ThymeleafAutoConfiguration");
            } else {
                assertThat(excluded).as(app.name()).contains("ThymeleafAutoConfiguration");
            }
        }
    }

    @Test
    void onlyTheGatewayRunsSpringCloudAndTheReactiveStack() {
        for (PlatformApp app : PlatformApp.values()) {
            String excluded = ContextProperties.of(app, settings, endpoints)
                    .get(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS);
            if (app == PlatformApp.GATEWAY) {
                assertThat(excluded).doesNotContain("org.springframework.cloud", "ReactiveWebSecurityAutoConfiguration");
            } else {
                assertThat(excluded).as(app.name()).contains("org.springframework.cloud.autoconfigure.RefreshAutoConfiguration",
                        "GatewayNoLoadBalancerClientAutoConfiguration", "ReactiveWebSecurityAutoConfiguration");
            }
        }
    }

    @Test
    void everyExcludedAutoConfigurationIsOneThatExists() {
        // A misspelt or renamed class would be excluded from nothing, silently.
        for (PlatformApp app : PlatformApp.values()) {
            for (String name : ContextProperties.of(app, settings, endpoints)
                    .get(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS).split(",")) {
                assertThat(getClass().getClassLoader().getResource(name.replace('.', '/') + ".class"))
                        .as("%s excludes %s", app, name).isNotNull();
            }
        }
    }

    @Test
    void propertiesAreGivenAsCommandLineArgumentsSoTheyWinOverTheAppsDefaults() {
        String[] arguments = ContextProperties.asArguments(Map.of("server.port", "18081"));

        assertThat(arguments).containsExactly("--server.port=18081");
    }
}
