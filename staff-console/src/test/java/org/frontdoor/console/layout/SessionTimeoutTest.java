package org.frontdoor.console.layout;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;

/**
 * The timeout warning's server side: the session's idle limit and the warning written on every signed-in page, the
 * dialog and its script, the CSRF token for the script's POST, the keep-alive, and the page the script ends on.
 */
class SessionTimeoutTest extends ConsoleTest {

    private static MockHttpSession sessionOf(int seconds) {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(seconds);
        return session;
    }

    @Test
    void aSignedInPageCarriesTheSessionsOwnIdleLimitTheWarningTheDialogAndItsScript() throws Exception {
        String page = mvc.perform(get("/calls/new").with(contactOfficer()).session(sessionOf(1800)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-session-seconds=\"1800\"", "data-session-warning-seconds=\"120\"")
                .contains("<script type=\"module\" src=\"/console/session-timeout.js\"></script>")
                .contains("<dialog class=\"console-timeout\" id=\"session-timeout\"")
                .contains("aria-labelledby=\"session-timeout-heading\"", "id=\"session-timeout-heading\"")
                .contains("aria-describedby=\"session-timeout-text\"", "id=\"session-timeout-text\"")
                .contains("aria-live=\"polite\"")
                .contains(">Stay signed in</button>")
                // "Sign out" in the dialog is the header's sign-out form (POST /logout with its CSRF token).
                .contains("id=\"sign-out\"", "form=\"sign-out\"")
                .containsPattern("<meta name=\"_csrf\" content=\"[A-Za-z0-9_-]{20,}=*\">")
                .contains("<meta name=\"_csrf_parameter\" content=\"_csrf\">");
    }

    @Test
    void theNumbersComeFromTheSessionNotFromACopy() throws Exception {
        assertThat(mvc.perform(get("/queue").with(triageWorker()).session(sessionOf(600)))
                .andReturn().getResponse().getContentAsString())
                .contains("data-session-seconds=\"600\"", "data-session-warning-seconds=\"120\"");
        // A short session is warned halfway, never before it starts.
        assertThat(mvc.perform(get("/queue").with(triageWorker()).session(sessionOf(180)))
                .andReturn().getResponse().getContentAsString())
                .contains("data-session-seconds=\"180\"", "data-session-warning-seconds=\"90\"");
    }

    @Test
    void aSessionThatNeverEndsAndAPageNobodyIsSignedInToHaveNoWarning() throws Exception {
        assertThat(mvc.perform(get("/queue").with(triageWorker()).session(sessionOf(0)))
                .andReturn().getResponse().getContentAsString())
                .doesNotContain("data-session-seconds").doesNotContain("session-timeout");
        String signedOut = mvc.perform(get("/signed-out")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(signedOut).doesNotContain("data-session-seconds").doesNotContain("session-timeout")
                .doesNotContain("name=\"_csrf\"");
    }

    @Test
    void stayingSignedInTouchesTheSessionAnswers204AndCallsNoApi() throws Exception {
        MockHttpSession session = sessionOf(1800);
        long before = session.getLastAccessedTime();
        Thread.sleep(5);

        mvc.perform(post("/session/keep-alive").with(contactOfficer()).with(csrf()).session(session))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));

        assertThat(session.getLastAccessedTime()).isGreaterThan(before);
        assertThat(session.isInvalid()).isFalse();
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void everyRoleMayKeepItsOwnSessionAlive() throws Exception {
        mvc.perform(post("/session/keep-alive").with(signedIn("performance-analyst", "PERFORMANCE_ANALYST")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/session/keep-alive").with(signedIn("a-system", "PARTNER_SYSTEM")).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void keepAliveWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/session/keep-alive").with(contactOfficer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/session/keep-alive").with(contactOfficer()))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void keepAliveAfterTheSessionEndedIsA401ForTheScriptNotARedirectToSignIn() throws Exception {
        mvc.perform(post("/session/keep-alive").with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION));
    }

    @Test
    void theSessionEndedPageIsOpenAndSaysWhy() throws Exception {
        String page = mvc.perform(get("/session-ended"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Your session has ended – Front Door</title>")
                .contains("not used for 30 minutes", "has not been saved", "Sign in again")
                .doesNotContain("Signed in as").doesNotContain("session-timeout.js");
    }

    @Test
    void aStaleFormStillGetsTheSessionEndedPageAsBefore() throws Exception {
        mvc.perform(post("/calls").with(contactOfficer()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("What you sent has not been saved")));
    }

    @Test
    void theScriptIsServedFromTheConsole() throws Exception {
        mvc.perform(get("/console/session-timeout.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/session/keep-alive")))
                .andExpect(content().string(containsString("/session-ended")));
    }
}
