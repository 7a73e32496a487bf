package org.frontdoor.console.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Log a call: what the console sends to {@code POST /api/referrals}, and how it shows every answer. */
class LogCallTest extends ConsoleTest {

    private static final String REFERRAL = "5b0c7a7e-2f0e-4d7a-9a57-2d1f6c1f0a11";
    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Test
    void theFormIsOnePageWithANewIdempotencyKeyAndNoPersonalDataInItsTitle() throws Exception {
        String page = mvc.perform(get("/calls/new").with(contactOfficer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Log a call – Front Door</title>")
                .contains("name=\"referrer.type\"", "name=\"children[0].firstName\"", "name=\"children[0].dateOfBirth.day\"",
                        "name=\"concerns\"", "name=\"pathway\"", "name=\"urgency\"", "name=\"consent.status\"",
                        "value=\"NOT_SOUGHT_RISK_OF_HARM\"", "name=\"consent.reason\"", "name=\"needIdentifiedAt.time\"",
                        "name=\"sourceCode\"", "value=\"add-child\"")
                .doesNotContain("value=\"PARTNER_API\"");
        assertThat(keyOf(page)).matches("[0-9a-f-]{36}");
        assertThat(keyOf(mvc.perform(get("/calls/new").with(contactOfficer())).andReturn().getResponse()
                .getContentAsString())).as("every new form its own key").isNotEqualTo(keyOf(page));
    }

    @Test
    void aCallIsSentWithTheOfficersOwnTokenAndTheFormsKeyThenTheConfirmationShowsTheReference() throws Exception {
        referralServiceAccepts();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(aCall("key-0001-aaaa").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/calls/" + REFERRAL + "/logged"));

        GATEWAY.verify(1, postRequestedFor(urlEqualTo("/api/referrals"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("contact-officer")))
                .withHeader("Idempotency-Key", equalTo("key-0001-aaaa"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.referrer.type", equalTo("PROFESSIONAL")))
                .withRequestBody(matchingJsonPath("$.referrer.postalAddress.lines[0]", equalTo("Ludlow Primary")))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("PHONE")))
                .withRequestBody(matchingJsonPath("$.sourceCode", equalTo("2A")))
                .withRequestBody(matchingJsonPath("$.pathway", equalTo("EARLY_HELP")))
                .withRequestBody(matchingJsonPath("$.urgency", equalTo("ROUTINE")))
                .withRequestBody(matchingJsonPath("$.children[0].firstName", equalTo("Sam")))
                .withRequestBody(matchingJsonPath("$.children[0].dateOfBirth", equalTo("2016-04-02")))
                .withRequestBody(matchingJsonPath("$.children[0].address.postcode", equalTo("SY8 1AA")))
                .withRequestBody(matchingJsonPath("$.consent.status", equalTo("GIVEN")))
                .withRequestBody(matchingJsonPath("$.consent.givenAt", equalTo("2026-11-20T09:15:00Z")))
                .withRequestBody(matchingJsonPath("$.needIdentifiedAt", equalTo("2026-06-20T08:30:00Z")))
                .withRequestBody(matchingJsonPath("$.concerns", equalTo("Attendance has fallen to 70% this term."))));
        mvc.perform(get("/calls/" + REFERRAL + "/logged").with(contactOfficer()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Call logged – Front Door</title>"),
                        containsString("Call logged"),
                        containsString(REFERRAL),
                        containsString("Read the reference out to the caller"))));
    }

    @Test
    void onlyWhatTheChosenConsentAnswerAsksForIsSent() throws Exception {
        referralServiceAccepts();

        mvc.perform(aCall("key-0002-aaaa")
                        .with(typed("pathway", "SOCIAL_CARE"))
                        .with(typed("consent.status", "NOT_SOUGHT_RISK_OF_HARM"))
                        .param("consent.reason", "Asking the father would put Sam at risk."))
                .andExpect(status().is3xxRedirection());

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/referrals"))
                .withRequestBody(matchingJsonPath("$.consent.status", equalTo("NOT_SOUGHT_RISK_OF_HARM")))
                .withRequestBody(matchingJsonPath("$.consent.reason", equalTo("Asking the father would put Sam at risk.")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("givenBy"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("givenAt")));
    }

    @Test
    void theApisFieldErrorsBecomeTheErrorSummaryAndMessagesByTheFieldsAndWhatWasTypedIsKept() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/referrals")).willReturn(problem(422, """
                {"type": "urn:frontdoor:problem:referral-rules", "title": "The referral breaks the front door's rules",
                 "status": 422, "traceId": "abc",
                 "errors": [{"field": "children[0].dateOfBirth", "message": "must not be in the future"},
                            {"field": "referrer.name", "message": "is required unless the referrer is ANONYMOUS"},
                            {"field": "consent.status", "message": "REFUSED is not possible on the EARLY_HELP pathway"},
                            {"field": "children[0].address.postcode", "message": "must be a UK postcode"}]}""")));

        String page = mvc.perform(aCall("key-0003-aaaa").with(typed("referrer.name", "")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Log a call – Front Door</title>")
                .contains("govuk-error-summary", "There is a problem")
                .contains("<a href=\"#children-0-dateOfBirth-day\">Child&#39;s date of birth must not be in the future</a>")
                .contains("<a href=\"#referrer-name\">Enter the caller&#39;s name</a>")
                .contains("<a href=\"#consent-status\">Consent REFUSED is not possible on the EARLY_HELP pathway</a>")
                .contains("<a href=\"#children-0-address-postcode\">Child&#39;s postcode must be a UK postcode</a>")
                .contains("id=\"referrer-name-error\"", "id=\"children-0-dateOfBirth-error\"", "id=\"consent-status-error\"",
                        "id=\"children-0-address-postcode-error\"")
                .contains("govuk-input--error")
                .contains("value=\"Sam\"", "value=\"Example\"", "value=\"SY8 1AA\"", "value=\"2016\"",
                        ">Attendance has fallen to 70% this term.</textarea>")
                .contains("name=\"idempotencyKey\" value=\"key-0003-aaaa\"");
    }

    @Test
    void aProblemWithoutFieldsIsShownAtTheTopOfTheForm() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/referrals")).willReturn(problem(400, """
                {"type": "urn:frontdoor:problem:bad-request", "title": "Bad request", "status": 400,
                 "detail": "The request could not be read"}""")));

        mvc.perform(aCall("key-0004-aaaa"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("govuk-error-summary"),
                        containsString("href=\"#log-a-call\""),
                        containsString("The call could not be logged: The request could not be read"))));
    }

    @Test
    void aFormCorrectedAfterAnErrorIsSentAgainWithTheSameKey() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String key = keyOf(mvc.perform(get("/calls/new").with(contactOfficer()).session(session))
                .andReturn().getResponse().getContentAsString());
        GATEWAY.stubFor(post(urlEqualTo("/api/referrals")).willReturn(problem(422, """
                {"status": 422, "errors": [{"field": "referrer.organisation", "message": "is required for a professional referrer"}]}""")));

        String again = mvc.perform(aCall(key).with(typed("referrer.organisation", "")).session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(keyOf(again)).isEqualTo(key);
        assertThat(again).contains("Enter the caller&#39;s organisation");

        referralServiceAccepts();
        mvc.perform(aCall(keyOf(again)).session(session))
                .andExpect(redirectedUrl("/calls/" + REFERRAL + "/logged"));
        GATEWAY.verify(2, postRequestedFor(urlEqualTo("/api/referrals")).withHeader("Idempotency-Key", equalTo(key)));
    }

    @Test
    void submittingTheSameFormTwiceLogsOneCall() throws Exception {
        referralServiceAccepts();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(aCall("key-0005-aaaa").session(session)).andExpect(redirectedUrl("/calls/" + REFERRAL + "/logged"));
        mvc.perform(aCall("key-0005-aaaa").session(session))
                .andExpect(redirectedUrl("/calls/" + REFERRAL + "/logged"))
                .andExpect(flash().attribute("alreadyLogged", true));

        GATEWAY.verify(1, postRequestedFor(urlEqualTo("/api/referrals")));
        mvc.perform(get("/calls/" + REFERRAL + "/logged").with(contactOfficer()).session(session).flashAttr("alreadyLogged", true))
                .andExpect(content().string(containsString("This call was already logged. It has not been logged twice.")));
    }

    @Test
    void twoClicksRacingAreOneCallBecauseTheKeyIsTheSame() throws Exception {
        // Two requests the session cannot tell apart (both in flight before either is answered): the API sees the
        // same Idempotency-Key twice and answers the second with the first referral.
        referralServiceAccepts();

        mvc.perform(aCall("key-0006-aaaa")).andExpect(redirectedUrl("/calls/" + REFERRAL + "/logged"));
        mvc.perform(aCall("key-0006-aaaa")).andExpect(redirectedUrl("/calls/" + REFERRAL + "/logged"));

        GATEWAY.verify(2, postRequestedFor(urlEqualTo("/api/referrals")).withHeader("Idempotency-Key", equalTo("key-0006-aaaa")));
    }

    @Test
    void theSameKeyWithOtherDetailsIsNotLoggedAgainAndTheOfficerIsTold() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/referrals")).willReturn(problem(409, """
                {"status": 409, "title": "Idempotency-Key reused with a different request"}""")));

        mvc.perform(aCall("key-0007-aaaa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This form was already sent with different details")));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(aCallWithoutCsrf("key-0008-aaaa"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Your session has ended")));

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aFormSentAfterTheSessionEndedIsRefusedAndSaysNothingWasSaved() throws Exception {
        // The officer's session ended (30 idle minutes) while the form was open: its CSRF token is no longer known.
        mvc.perform(aCallWithoutCsrf("key-0015-aaaa").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(
                        containsString("<title>Your session has ended – Front Door</title>"),
                        containsString("What you sent has not been saved"))));

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anotherChildIsAddedWithoutJavaScriptAndWithoutSendingAnything() throws Exception {
        String page = mvc.perform(aCall("key-0009-aaaa").param("action", "add-child"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"children[1].firstName\"", "Child 2", "value=\"remove-child-1\"", "value=\"Sam\"")
                .contains("name=\"idempotencyKey\" value=\"key-0009-aaaa\"");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));

        String removed = mvc.perform(aCall("key-0009-aaaa").param("children[1].firstName", "Alex").param("children[1].lastName", "Other")
                        .param("action", "remove-child-0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(removed).contains("value=\"Alex\"").doesNotContain("name=\"children[1].firstName\"");
    }

    @Test
    void twoChildrenAreSentInTheOrderTyped() throws Exception {
        referralServiceAccepts();

        mvc.perform(aCall("key-0010-aaaa")
                        .param("children[1].firstName", "").param("children[1].lastName", "Example")
                        .param("children[1].unborn", "true").param("children[1].gender", "NOT_STATED")
                        .param("children[1].dateOfBirth.day", "1").param("children[1].dateOfBirth.month", "3")
                        .param("children[1].dateOfBirth.year", "2027"))
                .andExpect(status().is3xxRedirection());

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/referrals"))
                .withRequestBody(matchingJsonPath("$.children[1].unborn", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.children[1].dateOfBirth", equalTo("2027-03-01"))));
    }

    @Test
    void aDateThatIsNotARealDateIsRefusedByTheConsoleWithoutSendingAnything() throws Exception {
        String page = mvc.perform(aCall("key-0011-aaaa").with(typed("children[0].dateOfBirth.day", "31"))
                        .with(typed("children[0].dateOfBirth.month", "2")).with(typed("consent.givenAt.time", "25:99")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#children-0-dateOfBirth-day\">Date of birth must be a real date</a>")
                .contains("<a href=\"#consent-givenAt-time\">When consent was given: enter the time as hours and minutes, like 14:30</a>")
                .contains("value=\"31\"", "value=\"25:99\"");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theApisRefusalIsTheNoAccessPageAndAFailureIsTheProblemPageNeverAStackTrace() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/referrals")).willReturn(problem(403, """
                {"status": 403, "title": "Forbidden"}""")));
        mvc.perform(aCall("key-0012-aaaa"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You do not have access to this page")));

        GATEWAY.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(500).withBody("boom at Foo.java:12")));
        mvc.perform(aCall("key-0013-aaaa"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(allOf(
                        containsString("Sorry, there is a problem with the service"),
                        not(containsString("boom")), not(containsString("Exception")))));
    }

    @Test
    void aGatewayThatCannotBeReachedIsTheProblemPage() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        mvc.perform(aCall("key-0014-aaaa"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("what you typed has not been saved")));
    }

    @Test
    void theConfirmationOfACallNotLoggedInThisSessionIsNotShown() throws Exception {
        mvc.perform(get("/calls/" + REFERRAL + "/logged").with(contactOfficer()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("You do not have access to this page")));
    }

    private static void referralServiceAccepts() {
        GATEWAY.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "/api/referrals/" + REFERRAL)
                .withBody("{\"referralId\": \"" + REFERRAL + "\", \"status\": \"RECEIVED\", \"children\": []}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    private MockHttpServletRequestBuilder aCall(String key) {
        return aCallWithoutCsrf(key).with(csrf());
    }

    /** A complete call as a contact officer types it: a school about one child, early help with consent. */
    private MockHttpServletRequestBuilder aCallWithoutCsrf(String key) {
        return MockMvcRequestBuilders.post("/calls").with(contactOfficer())
                .param("idempotencyKey", key)
                .param("referrer.type", "PROFESSIONAL")
                .param("referrer.name", "A. Teacher")
                .param("referrer.role", "Designated safeguarding lead")
                .param("referrer.organisation", "Ludlow Primary")
                .param("referrer.phone", "01584 000000")
                .param("referrer.email", "dsl@example.org")
                .param("referrer.postalAddress.line1", "Ludlow Primary")
                .param("referrer.postalAddress.town", "Ludlow")
                .param("referrer.postalAddress.postcode", "SY8 1AB")
                .param("channel", "PHONE")
                .param("sourceCode", "2A")
                .param("children[0].firstName", "Sam")
                .param("children[0].lastName", "Example")
                .param("children[0].dateOfBirth.day", "2")
                .param("children[0].dateOfBirth.month", "4")
                .param("children[0].dateOfBirth.year", "2016")
                .param("children[0].gender", "FEMALE")
                .param("children[0].address.line1", "1 Broad Street")
                .param("children[0].address.town", "Ludlow")
                .param("children[0].address.postcode", "SY8 1AA")
                .param("concerns", "Attendance has fallen to 70% this term.")
                .param("needIdentifiedAt.day", "20")
                .param("needIdentifiedAt.month", "6")
                .param("needIdentifiedAt.year", "2026")
                .param("needIdentifiedAt.time", "09:30")
                .param("pathway", "EARLY_HELP")
                .param("urgency", "ROUTINE")
                .param("consent.status", "GIVEN")
                .param("consent.givenBy", "Mother")
                .param("consent.givenAt.day", "20")
                .param("consent.givenAt.month", "11")
                .param("consent.givenAt.year", "2026")
                .param("consent.givenAt.time", "9:15");
    }

    /** What the officer typed instead of the complete call's value. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor typed(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }

    private static String keyOf(String page) {
        Matcher key = KEY.matcher(page);
        assertThat(key.find()).as("the form carries its key").isTrue();
        return key.group(1);
    }
}
