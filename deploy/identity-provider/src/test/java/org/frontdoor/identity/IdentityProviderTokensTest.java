package org.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.frontdoor.identity.directory.DemoDirectory;
import org.frontdoor.identity.directory.DemoPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IdentityProviderApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class IdentityProviderTokensTest {

    private static final String ISSUER = "http://localhost:9000";
    private static final String SWAGGER_REDIRECT = "http://localhost:8080/swagger-ui/oauth2-redirect.html";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    RestClient http;
    NimbusJwtDecoder jwksVerifier;

    @BeforeEach
    void clients() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        jwksVerifier = NimbusJwtDecoder.withJwkSetUri("http://localhost:" + port + "/oauth2/jwks").build();
    }

    static Stream<DemoPrincipal> everyDemoPrincipal() {
        return DemoDirectory.principals().stream();
    }

    @ParameterizedTest
    @MethodSource("everyDemoPrincipal")
    void clientCredentialsTokenCarriesThePrincipalsRoleAndIsSignedWithTheJwksKey(DemoPrincipal principal) {
        ResponseEntity<Map<String, Object>> response = clientCredentials(principal.id(), DemoDirectory.DEMO_SECRET);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Jwt token = jwksVerifier.decode((String) response.getBody().get("access_token"));
        assertThat(token.getHeaders()).containsEntry("alg", "RS256");
        assertThat(token.getSubject()).isEqualTo(principal.id());
        assertThat(token.getClaimAsStringList("roles")).containsExactly(principal.role().name());
        assertThat(token.getClaimAsString("iss")).isEqualTo(ISSUER);
        assertThat(token.getClaimAsString("partner_id")).isEqualTo(principal.partnerId().orElse(null));
    }

    @Test
    void partnerTokenCarriesItsPartnerId() {
        Jwt token = jwksVerifier.decode(accessToken(clientCredentials("partner-school", DemoDirectory.DEMO_SECRET)));

        assertThat(token.getClaimAsStringList("roles")).containsExactly("PARTNER_SYSTEM");
        assertThat(token.getClaimAsString("partner_id")).isEqualTo("school-ludlow-primary");
    }

    @Test
    void triageServiceTokenCarriesOnlyTheReferrerContactReaderRole() {
        Jwt token = jwksVerifier.decode(accessToken(clientCredentials("triage-service", DemoDirectory.DEMO_SECRET)));

        assertThat(token.getSubject()).isEqualTo("triage-service");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("REFERRER_CONTACT_READER");
    }

    @Test
    void accessTokensLiveThirtyMinutes() {
        Jwt token = jwksVerifier.decode(accessToken(clientCredentials("triage-worker", DemoDirectory.DEMO_SECRET)));

        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));
    }

    @Autowired
    RegisteredClientRepository registeredClients;

    @Autowired
    UserDetailsService demoPeople;

    @Test
    void demoSecretsAreHashedAtTheLowestWorkFactorAndStaySoWhenUsed() {
        // Every demo principal and person has the published secret, so a costly hash guards nothing and only slows
        // the platform's start and every token request; a used secret must not be re-hashed at a higher factor.
        String cheapest = "{bcrypt}$2a$04$";
        for (DemoPrincipal principal : DemoDirectory.principals()) {
            assertThat(registeredClients.findByClientId(principal.id()).getClientSecret()).startsWith(cheapest);
        }
        assertThat(registeredClients.findByClientId(DemoDirectory.STAFF_CONSOLE_CLIENT_ID).getClientSecret())
                .startsWith(cheapest);
        DemoDirectory.people().forEach(person ->
                assertThat(demoPeople.loadUserByUsername(person.id()).getPassword()).startsWith(cheapest));

        String before = registeredClients.findByClientId("triage-worker").getClientSecret();
        assertThat(clientCredentials("triage-worker", DemoDirectory.DEMO_SECRET).getStatusCode().value())
                .isEqualTo(200);
        assertThat(registeredClients.findByClientId("triage-worker").getClientSecret()).isEqualTo(before);
    }

    @Test
    void wrongSecretIsRefusedWith401() {
        assertThat(clientCredentials("triage-worker", "not-the-secret").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void unknownClientIsRefusedWith401() {
        assertThat(clientCredentials("someone-else", DemoDirectory.DEMO_SECRET).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void browserClientCannotUseClientCredentials() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", DemoDirectory.SWAGGER_CLIENT_ID);

        ResponseEntity<String> response = http.post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).as(response.toString()).isEqualTo(401);
    }

    @Test
    void discoveryDocumentsNameTheIssuerAndItsJwks() {
        Map<String, Object> openid = http.get().uri("/.well-known/openid-configuration")
                .retrieve().body(new ParameterizedTypeReference<>() { });
        Map<String, Object> oauth = http.get().uri("/.well-known/oauth-authorization-server")
                .retrieve().body(new ParameterizedTypeReference<>() { });

        assertThat(openid).containsEntry("issuer", ISSUER).containsEntry("jwks_uri", ISSUER + "/oauth2/jwks");
        assertThat(oauth).containsEntry("issuer", ISSUER);
        assertThat(oauth.get("grant_types_supported")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("client_credentials", "authorization_code");
    }

    @Test
    void healthProbesAreOpen() {
        assertThat(http.get().uri("/actuator/health/readiness").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void prometheusMetricsAreOpenForScraping() {
        String metrics = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void browserWithoutSessionIsSentToTheSignInForm() throws Exception {
        mvc.perform(get("/oauth2/authorize").queryParams(authorizeRequest(challengeOf("a-verifier-of-sufficient-length-1234567890")))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/login")));
    }

    @Test
    void signInFormAcceptsADemoPersonWithTheDemoPassword() throws Exception {
        mvc.perform(post("/login").param("username", "triage-manager").param("password", DemoDirectory.DEMO_SECRET).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, not(containsString("error"))));
        mvc.perform(post("/login").param("username", "triage-manager").param("password", "wrong").with(csrf()))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("error")));
    }

    @Test
    void partnerSystemCannotSignInThroughTheBrowser() throws Exception {
        mvc.perform(post("/login").param("username", "partner-school").param("password", DemoDirectory.DEMO_SECRET).with(csrf()))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("error")));
    }

    @Test
    void browserSignInWithPkceGivesATokenWithTheSignedInPersonsRole() throws Exception {
        String verifier = "pkce-verifier-for-the-front-door-test-0123456789abcdef";
        MockHttpSession signedIn = signIn("consultant");
        MvcResult authorized = mvc.perform(get("/oauth2/authorize")
                        .queryParams(authorizeRequest(challengeOf(verifier)))
                        .session(signedIn))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = authorized.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).startsWith(SWAGGER_REDIRECT);
        String code = UriComponentsBuilder.fromUriString(location).build().getQueryParams().getFirst("code");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("client_id", DemoDirectory.SWAGGER_CLIENT_ID);
        form.add("code", code);
        form.add("redirect_uri", SWAGGER_REDIRECT);
        form.add("code_verifier", verifier);
        ResponseEntity<Map<String, Object>> response = http.post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toEntity(new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Jwt token = jwksVerifier.decode(accessToken(response));
        assertThat(token.getSubject()).isEqualTo("consultant");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("CONSULTANT");
        assertThat(token.hasClaim("partner_id")).isFalse();
    }

    @Test
    void browserClientWithoutPkceIsRefused() throws Exception {
        MultiValueMap<String, String> params = authorizeRequest(null);
        mvc.perform(get("/oauth2/authorize").queryParams(params).with(user("consultant").roles("CONSULTANT")))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("error=invalid_request")));
    }

    @Test
    void swaggerUiOnTheGatewayMayCallTheTokenEndpointFromTheBrowser() throws Exception {
        mvc.perform(options("/oauth2/token")
                        .header(HttpHeaders.ORIGIN, "http://localhost:8080")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080"));
    }

    @Test
    void otherOriginsMayNotCallTheTokenEndpointFromTheBrowser() throws Exception {
        mvc.perform(options("/oauth2/token")
                        .header(HttpHeaders.ORIGIN, "http://evil.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden());
    }

    private MockHttpSession signIn(String person) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", person).param("password", DemoDirectory.DEMO_SECRET).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private ResponseEntity<Map<String, Object>> clientCredentials(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return http.post().uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth(clientId, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toEntity(new ParameterizedTypeReference<>() { });
    }

    private static String accessToken(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return (String) response.getBody().get("access_token");
    }

    private static MultiValueMap<String, String> authorizeRequest(String codeChallenge) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("response_type", "code");
        params.add("client_id", DemoDirectory.SWAGGER_CLIENT_ID);
        params.add("redirect_uri", SWAGGER_REDIRECT);
        params.add("scope", "openid");
        params.add("state", "some-state");
        if (codeChallenge != null) {
            params.add("code_challenge", codeChallenge);
            params.add("code_challenge_method", "S256");
        }
        return params;
    }

    private static String challengeOf(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
