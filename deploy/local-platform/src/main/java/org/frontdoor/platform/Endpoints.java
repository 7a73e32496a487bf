package org.frontdoor.platform;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where the running platform can be reached: what the launcher prints, what the apps are told, and what an
 * end-to-end test talks to.
 *
 * @param gatewayUrl            the one HTTP entrance ({@code /api/**}, {@code /swagger-ui.html}, the staff console)
 * @param issuerUrl             the identity provider, the {@code iss} of every token
 * @param kafkaBootstrapServers the broker
 * @param mongoUri              the document store (each service uses its own database in it)
 */
public record Endpoints(String gatewayUrl, String issuerUrl, String kafkaBootstrapServers, String mongoUri,
                        Map<PlatformApp, String> appUrls) {

    public Endpoints {
        appUrls = Map.copyOf(appUrls);
    }

    static Endpoints of(Ports ports) {
        Map<PlatformApp, String> urls = new EnumMap<>(PlatformApp.class);
        for (PlatformApp app : PlatformApp.values()) {
            urls.put(app, local(app.port(ports)));
        }
        return new Endpoints(local(ports.gateway()), local(ports.identity()), "localhost:" + ports.kafka(),
                "mongodb://localhost:" + ports.mongo(), urls);
    }

    /** The base URL of one app, reached directly rather than through the gateway. */
    public String urlOf(PlatformApp app) {
        return appUrls.get(app);
    }

    public String tokenUrl() {
        return issuerUrl + "/oauth2/token";
    }

    /** Where people work: the staff console, through the gateway. */
    public String consoleUrl() {
        return gatewayUrl + "/";
    }

    public String apiDocsUrl() {
        return gatewayUrl + "/swagger-ui.html";
    }

    private static String local(int port) {
        return "http://localhost:" + port;
    }
}
