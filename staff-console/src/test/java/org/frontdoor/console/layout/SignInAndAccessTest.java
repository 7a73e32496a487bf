package org.frontdoor.console.layout;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/** Signing in and out, who sees which navigation, who may open which page, and the browser's protections. */
class SignInAndAccessTest extends ConsoleTest {

    @LocalServerPort
    int port;

    @Autowired
    ServerProperties server;

    @Test
    void someoneNotSignedInIsSentToTheIdentityProvider() throws Exception {
        mvc.perform(get("/queue").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/front-door"));
    }

    @Test
    void signInIsAuthorizationCodeWithPkceAtTheIdentityProvider() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/front-door"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        assertThat(location).startsWith(ISSUER + "/oauth2/authorize?");
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", "staff-console")
                .containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge")
                .containsKey("state")
                .containsKey("nonce");
        assertThat(query.get("scope")).contains("openid");
        assertThat(query.get("redirect_uri")).endsWith("/login/oauth2/code/front-door");
    }

    @Test
    void theHeaderShowsWhoIsSignedInWithTheirRoleAndOnlyTheirRolesNavigation() throws Exception {
        mvc.perform(get("/calls/new").with(contactOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Signed in as <strong>contact-officer</strong>"),
                        containsString("(<span>Contact officer</span>)"),
                        containsString("href=\"/calls/new\""),
                        containsString("aria-current=\"page\""),
                        not(containsString("href=\"/queue\"")))));

        GATEWAY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/triage/queue")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("[]")));
        mvc.perform(get("/queue").with(triageWorker()))
                .andExpect(content().string(allOf(
                        containsString("(<span>Triage worker</span>)"),
                        containsString("href=\"/queue\""),
                        not(containsString("href=\"/calls/new\"")))));
    }

    @Test
    void aPersonsStartPageIsTheirFirstPage() throws Exception {
        mvc.perform(get("/").with(contactOfficer())).andExpect(redirectedUrl("/calls/new"));
        mvc.perform(get("/").with(triageManager())).andExpect(redirectedUrl("/queue"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONSULTANT", "PERFORMANCE_ANALYST", "ADMIN"})
    void rolesWithoutPagesYetAreToldSoAndHaveNoNavigation(String role) throws Exception {
        mvc.perform(get("/").with(signedIn("someone", role)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Nothing here for your role yet"),
                        not(containsString("govuk-service-navigation__list")))));
    }

    @Test
    void aContactOfficerWhoEditsTheAddressToReachTheQueueGetsTheNoAccessPage() throws Exception {
        mvc.perform(get("/queue").with(contactOfficer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(
                        containsString("<title>You do not have access to this page – Front Door</title>"),
                        containsString("govuk-heading-l"),
                        containsString("Signed in as <strong>contact-officer</strong>"),
                        not(containsString("Exception")))));
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTriageWorkerCannotLogACallOrPostOne() throws Exception {
        mvc.perform(get("/calls/new").with(triageWorker()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You do not have access to this page")));
        mvc.perform(post("/calls").with(triageWorker()).with(csrf()).param("concerns", "x"))
                .andExpect(status().isForbidden());
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPageThatDoesNotExistIsAGovUkPageNotFound() throws Exception {
        mvc.perform(get("/nowhere").with(triageWorker()))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyPageHasAContentSecurityPolicyWithoutInlineScriptOrStyle() throws Exception {
        String policy = mvc.perform(get("/calls/new").with(contactOfficer()))
                .andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "form-action 'self' " + ISSUER);
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .doesNotContain(" http: ").doesNotContain(" https: ").doesNotContain(" * ").doesNotContain(" *;");
    }

    @Test
    void pagesHaveNoInlineScriptAndTakeGovUkFrontendFromTheConsole() throws Exception {
        String page = mvc.perform(get("/calls/new").with(contactOfficer()))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<script src=\"/console/supported.js\"></script>")
                .contains("<script type=\"module\" src=\"/console/init.js\"></script>")
                .contains("href=\"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css\"")
                .doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("onclick");
    }

    @Test
    void govUkFrontendIsServedFromTheConsolesOwnJar() throws Exception {
        for (String asset : List.of("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
                "/assets/fonts/bold-b542beb274-v2.woff2",
                "/assets/rebrand/images/favicon.ico",
                "/console/supported.js", "/console/init.js", "/console/console.css")) {
            mvc.perform(get(asset))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("max-age=86400")));
        }
    }

    @Test
    void pagesAreNeverCachedBecauseTheyHoldChildrensDetails() throws Exception {
        mvc.perform(get("/calls/new").with(contactOfficer()))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
    }

    @Test
    void signingOutEndsTheSessionAndSignsOutAtTheIdentityProvider() throws Exception {
        var result = mvc.perform(post("/logout").with(triageWorker()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).startsWith(ISSUER + "/connect/logout?").contains("id_token_hint=")
                .contains("post_logout_redirect_uri=http://localhost/signed-out");
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(triageWorker()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSignedOutPageIsOpen() throws Exception {
        mvc.perform(get("/signed-out"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have signed out")));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndTheIdleSessionEndsAfterThirtyMinutes() throws Exception {
        HttpResponse<Void> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/queue"))
                        .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.discarding());

        String cookie = answer.headers().firstValue(HttpHeaders.SET_COOKIE).orElseThrow();
        assertThat(cookie).startsWith("FRONTDOOR_CONSOLE_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(answer.headers().firstValue(HttpHeaders.LOCATION).orElseThrow())
                .doesNotContain("jsessionid").doesNotContain("FRONTDOOR_CONSOLE_SESSION");
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void healthIsOpenForProbes() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }
}
