package org.frontdoor.console.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.frontdoor.console.ConsoleTest;
import org.frontdoor.console.forms.FormErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Live possible matches on Log a call: what the console asks referral-service's search ({@code GET /api/referrals})
 * with the officer's token, what the fragment shows, who may ask, and that nothing typed reaches an address of the
 * console or its log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonMatchesTest extends ConsoleTest {

    /** Two earlier referrals about Zoë (one child id), her brother on the first, another Zoe born the same day. */
    private static final String FOUND = """
            {"referrals": [
              {"referralId": "r-2", "status": "DECIDED", "receivedAt": "2026-03-03T10:00:00Z", "pathway": "EARLY_HELP",
               "urgency": "ROUTINE", "sourceCode": "2A", "locality": "NORTH",
               "children": [{"childId": "c-1", "firstName": "Zoë", "lastName": "O'Brien", "dateOfBirth": "2019-04-01"}]},
              {"referralId": "r-3", "status": "RECEIVED", "receivedAt": "2025-12-01T10:00:00Z", "pathway": "EARLY_HELP",
               "urgency": "ROUTINE", "sourceCode": "2A", "locality": "SOUTH",
               "children": [{"childId": "c-2", "firstName": "Zoey", "lastName": "OBrien", "dateOfBirth": "2019-04-01"}]},
              {"referralId": "r-1", "status": "WITHDRAWN", "receivedAt": "2025-01-10T10:00:00Z", "pathway": "EARLY_HELP",
               "urgency": "ROUTINE", "sourceCode": "2A", "locality": "NORTH",
               "children": [{"childId": "c-1", "firstName": "Zoe", "lastName": "O'Brien", "dateOfBirth": "2019-04-01"},
                            {"childId": "c-9", "firstName": "Sam", "lastName": "O'Brien", "dateOfBirth": "2016-02-11"}]}
            ], "page": 0, "size": 50, "total": 3}""";

    private static MockHttpServletRequestBuilder typed(String firstName, String lastName, String day, String month,
                                                       String year) {
        return MockMvcRequestBuilders.post("/calls/person-matches")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("child", "0")
                .param("firstName", firstName).param("lastName", lastName)
                .param("dateOfBirth.day", day).param("dateOfBirth.month", month).param("dateOfBirth.year", year);
    }

    private static void referralServiceFinds(String json) {
        GATEWAY.stubFor(get(urlPathEqualTo("/api/referrals")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void withAWholeDateOfBirthTheLastNameAndDateAreSearchedWithTheOfficersToken(CapturedOutput output) throws Exception {
        referralServiceFinds(FOUND);

        String fragment = mvc.perform(typed("Zoë", "O'Brien", "1", "4", "2019").with(contactOfficer()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();

        GATEWAY.verify(1, getRequestedFor(urlPathEqualTo("/api/referrals"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("contact-officer")))
                .withQueryParam("lastName", equalTo("O'Brien"))
                .withQueryParam("dateOfBirth", equalTo("2019-04-01"))
                .withQueryParam("firstName", absent())
                .withQueryParam("size", equalTo("50")));
        // One match per child id, the latest spelling, newest first; the brother on the same referral is not one.
        assertThat(fragment).contains("2 children already known to the front door may be this child")
                .contains("<strong>Zoë O&#39;Brien</strong>", "born 1 April 2019",
                        "2 earlier referrals, the latest received 3 March 2026 (decided)")
                .contains("<strong>Zoey OBrien</strong>", "1 earlier referral, received 1 December 2025 (waiting for a triage decision)")
                .contains("data-child-id=\"c-1\"", "data-child-id=\"c-2\"", "data-first-name=\"Zoë\"",
                        "data-day=\"1\"", "data-month=\"4\"", "data-year=\"2019\"")
                .contains(">Choose this", ">Dismiss")
                .doesNotContain("Sam").doesNotContain("c-9")
                // Only what recognises the child: no referral ids, localities or the page's layout.
                .doesNotContain("r-1").doesNotContain("NORTH").doesNotContain("<header").doesNotContain("<script");
        assertThat(fragment.indexOf("c-1")).isLessThan(fragment.indexOf("c-2"));
        assertThat(output.getAll()).doesNotContain("O'Brien").doesNotContain("Zo\u00eb").doesNotContain("2019-04-01");
    }

    @Test
    void withoutADateOfBirthBothNamesAreSearchedAsTyped() throws Exception {
        referralServiceFinds("{\"referrals\": [], \"page\": 0, \"size\": 50, \"total\": 0}");

        String fragment = mvc.perform(typed(" Anne-Marie + Jo ", "Smith & Sons", "", "", "").with(contactOfficer()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        GATEWAY.verify(1, getRequestedFor(urlPathEqualTo("/api/referrals"))
                .withQueryParam("firstName", equalTo("Anne-Marie + Jo"))
                .withQueryParam("lastName", equalTo("Smith & Sons"))
                .withQueryParam("dateOfBirth", absent()));
        assertThat(fragment).contains("No child already known to the front door has these details");
    }

    @Test
    void notEnoughTypedYetSendsNothing() throws Exception {
        for (var request : List.of(typed("Zoe", "O", "1", "4", "2019"), typed("", "O'Brien", "", "", ""),
                typed("", "O'Brien", "1", "4", "19"), typed("", "O'Brien", "31", "2", "2019"))) {
            String fragment = mvc.perform(request.with(contactOfficer()).with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(fragment).doesNotContain("already known").doesNotContain("could not");
        }
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void onlyAContactOfficerWithTheCsrfTokenMayAsk() throws Exception {
        mvc.perform(typed("Zoe", "O'Brien", "1", "4", "2019").with(contactOfficer()))
                .andExpect(status().isForbidden());
        mvc.perform(typed("Zoe", "O'Brien", "1", "4", "2019").with(triageWorker()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(typed("Zoe", "O'Brien", "1", "4", "2019").with(signedIn("practitioner", "PRACTITIONER")).with(csrf()))
                .andExpect(status().isForbidden());
        // A session that has ended: a 401 for the script, not a redirect to the identity provider.
        mvc.perform(typed("Zoe", "O'Brien", "1", "4", "2019").with(csrf()))
                .andExpect(status().isUnauthorized());
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void whatIsTypedNeverGoesInAnAddressOfTheConsole() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/calls/person-matches?lastName=OBrien&dateOfBirth=2019-04-01")
                        .with(contactOfficer()))
                .andExpect(status().isMethodNotAllowed());
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aSearchTheGatewayCannotAnswerSaysSoAndLogsOnlyTheStatus(CapturedOutput output) throws Exception {
        GATEWAY.stubFor(get(urlPathEqualTo("/api/referrals")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"boom\",\"status\":500,\"detail\":\"lastName=Pemberton-Oakes\"}")));

        String fragment = mvc.perform(typed("Ada", "Pemberton-Oakes", "2", "5", "2018").with(contactOfficer()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("Possible matches could not be looked up just now")
                .contains("will still match the child after you log the call");
        assertThat(output.getAll()).contains("possible matches could not be read: the gateway answered 500")
                .doesNotContain("Pemberton").doesNotContain("2018-05-02");
    }

    @Test
    void theLogACallPageHasTheMatchesRegionTheHiddenIdAndTheScript() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/calls/new").with(contactOfficer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<div class=\"console-matches\" id=\"children-0-matches\" aria-live=\"polite\" data-person-matches=\"0\"></div>")
                .contains("<input type=\"hidden\" id=\"children-0-knownChildId\" name=\"children[0].knownChildId\"")
                .contains("<script type=\"module\" src=\"/console/person-matches.js\"></script>");
    }

    @Test
    void aChosenChildIsKeptAcrossARoundTrip() throws Exception {
        String page = mvc.perform(post("/calls").with(contactOfficer()).with(csrf())
                        .param("idempotencyKey", "key-0001-aaaa").param("action", "add-child")
                        .param("children[0].lastName", "O'Brien").param("children[0].knownChildId", "c-1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"children[0].knownChildId\" value=\"c-1\"")
                .contains("data-person-matches=\"1\"");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theChosenIdIsNotSentToReferralServiceWhichTakesNoChildId() {
        CallForm form = new CallForm();
        form.getChildren().get(0).setLastName("O'Brien");
        form.getChildren().get(0).setKnownChildId("c-1");

        Map<String, Object> body = ReferralPayload.of(form, new FormErrors());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) body.get("children");
        assertThat(children.get(0)).containsEntry("lastName", "O'Brien").doesNotContainKey("knownChildId")
                .doesNotContainKey("childId");
    }

    @Test
    void theScriptIsServedFromTheConsole() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/console/person-matches.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/calls/person-matches")));
    }
}
