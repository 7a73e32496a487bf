package org.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.frontdoor.identity.directory.DemoDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The staff console's sign-in, as a browser does it over HTTP: the authorize request is sent to the form, a demo
 * person signs in with the password {@code demo}, the code comes back to the console's redirect URI and the console
 * exchanges it with its secret and the PKCE verifier for tokens that carry the person's role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IdentityProviderApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class StaffConsoleSignInTest {

    private static final String CONSOLE = DemoDirectory.STAFF_CONSOLE_CLIENT_ID;
    private static final String CONSOLE_REDIRECT = "http://localhost:8090/login/oauth2/code/front-door";
    private static final String VERIFIER = "staff-console-pkce-verifier-0123456789-abcdefghijklmnop";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    HttpClient browser;
    NimbusJwtDecoder jwks;

    @BeforeEach
    void browser() {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        jwks = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build();
    }

    @Test
    void aContactOfficerSignsInWithTheFormAndTheConsoleGetsTokensCarryingTheirRole() throws Exception {
        JsonNode tokens = signInAndExchange("contact-officer");

        Jwt access = jwks.decode(tokens.path("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("contact-officer");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("CONTACT_OFFICER");
        assertThat(access.hasClaim("partner_id")).isFalse();
        Jwt id = jwks.decode(tokens.path("id_token").asString());
        assertThat(id.getSubject()).isEqualTo("contact-officer");
        assertThat(id.getAudience()).containsExactly(CONSOLE);
        assertThat(id.getClaimAsStringList("roles")).as("the console's navigation").containsExactly("CONTACT_OFFICER");
        assertThat(tokens.path("refresh_token").asString()).isNotBlank();
    }

    @Test
    void theConsoleRenewsTheAccessTokenWithTheRefreshTokenAndTheRoleStays() throws Exception {
        JsonNode tokens = signInAndExchange("triage-manager");

        HttpResponse<String> renewed = token(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", tokens.path("refresh_token").asString()), CONSOLE, DemoDirectory.DEMO_SECRET);

        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        Jwt access = jwks.decode(JSON.readTree(renewed.body()).path("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("triage-manager");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("TRIAGE_MANAGER");
    }

    @Test
    void theCodeIsRefusedWithoutTheVerifier() throws Exception {
        String code = signInForCode("triage-worker");

        HttpResponse<String> answer = token(Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", CONSOLE_REDIRECT),
                CONSOLE, DemoDirectory.DEMO_SECRET);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid_grant");
    }

    @Test
    void theCodeIsRefusedWithoutTheConsolesSecret() throws Exception {
        String code = signInForCode("triage-worker");

        HttpResponse<String> answer = token(Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", CONSOLE_REDIRECT,
                "code_verifier", VERIFIER), CONSOLE, "not-the-secret");

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void theConsoleMustUsePkce() throws Exception {
        mvc.perform(get("/oauth2/authorize")
                        .queryParam("response_type", "code").queryParam("client_id", CONSOLE)
                        .queryParam("redirect_uri", CONSOLE_REDIRECT).queryParam("scope", "openid").queryParam("state", "s")
                        .with(user("triage-worker").roles("TRIAGE_WORKER")))
                .andExpect(header().string(HttpHeaders.LOCATION,
                        org.hamcrest.Matchers.containsString("error=invalid_request")));
    }

    @Test
    void theConsoleHasNoTokenOfItsOwn() throws Exception {
        HttpResponse<String> answer = token(Map.of("grant_type", "client_credentials"), CONSOLE, DemoDirectory.DEMO_SECRET);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("unauthorized_client");
    }

    @Test
    void anotherRedirectUriIsRefused() throws Exception {
        mvc.perform(get("/oauth2/authorize")
                        .queryParam("response_type", "code").queryParam("client_id", CONSOLE)
                        .queryParam("redirect_uri", "http://evil.example/login/oauth2/code/front-door")
                        .queryParam("scope", "openid").queryParam("state", "s")
                        .queryParam("code_challenge", challengeOf(VERIFIER)).queryParam("code_challenge_method", "S256")
                        .with(user("triage-worker").roles("TRIAGE_WORKER")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(400));
    }

    @Test
    void theDiscoveryDocumentNamesTheSignOutEndpointTheConsoleSendsPeopleTo() throws Exception {
        HttpResponse<String> discovery = browser.send(HttpRequest.newBuilder(URI.create(url("/.well-known/openid-configuration")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(JSON.readTree(discovery.body()).path("end_session_endpoint").asString())
                .isEqualTo("http://localhost:9000/connect/logout");
    }

    @Test
    void signingOutFromTheConsoleEndsTheSignInHereAndGoesBackToTheConsole() throws Exception {
        JsonNode tokens = signInAndExchange("contact-officer");

        HttpResponse<String> signedOut = page(url("/connect/logout?" + form(new LinkedHashMap<>(Map.of(
                "id_token_hint", tokens.path("id_token").asString(),
                "post_logout_redirect_uri", "http://localhost:8090/signed-out")))));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(location(signedOut)).isEqualTo("http://localhost:8090/signed-out");
        HttpResponse<String> again = page(url("/oauth2/authorize?" + form(new LinkedHashMap<>(Map.of(
                "response_type", "code", "client_id", CONSOLE, "redirect_uri", CONSOLE_REDIRECT, "scope", "openid",
                "state", "s", "code_challenge", challengeOf(VERIFIER), "code_challenge_method", "S256")))));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(location(again)).as("the form again: the sign-in here has ended").endsWith("/login");
    }

    private JsonNode signInAndExchange(String person) throws Exception {
        String code = signInForCode(person);
        HttpResponse<String> answer = token(Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", CONSOLE_REDIRECT,
                "code_verifier", VERIFIER), CONSOLE, DemoDirectory.DEMO_SECRET);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** The browser's part: authorize → sign-in form → sign in → back to authorize → the console's redirect URI. */
    private String signInForCode(String person) throws Exception {
        String authorize = "/oauth2/authorize?" + form(new LinkedHashMap<>(Map.of(
                "response_type", "code",
                "client_id", CONSOLE,
                "redirect_uri", CONSOLE_REDIRECT,
                "scope", "openid profile",
                "state", "console-state",
                "nonce", "console-nonce",
                "code_challenge", challengeOf(VERIFIER),
                "code_challenge_method", "S256")));
        HttpResponse<String> toForm = page(url(authorize));
        assertThat(toForm.statusCode()).isEqualTo(302);
        assertThat(location(toForm)).endsWith("/login");

        HttpResponse<String> form = page(location(toForm));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"username\"").contains("name=\"password\"");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", person, "password", DemoDirectory.DEMO_SECRET, "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).contains("/oauth2/authorize").doesNotContain("error");

        HttpResponse<String> back = page(location(signedIn));
        assertThat(back.statusCode()).isEqualTo(302);
        String redirect = location(back);
        assertThat(redirect).startsWith(CONSOLE_REDIRECT);
        Map<String, String> query = UriComponentsBuilder.fromUriString(redirect).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("state", "console-state");
        return URLDecoderHolder.decode(query.get("code"));
    }

    private HttpResponse<String> page(String address) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(address)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> token(Map<String, String> parameters, String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<?> response) {
        String location = response.headers().firstValue(HttpHeaders.LOCATION).orElseThrow();
        return location.startsWith("/") ? url(location) : location;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String challengeOf(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static final class URLDecoderHolder {
        static String decode(String value) {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
    }
}
