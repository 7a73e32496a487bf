package org.frontdoor.console.consultations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.console.consultations.ConsultationFixtures.DIARY;
import static org.frontdoor.console.consultations.ConsultationFixtures.SLOT_PUBLISHED;
import static org.frontdoor.console.consultations.ConsultationFixtures.consultation;
import static org.frontdoor.console.consultations.ConsultationFixtures.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A consultant's diary, publishing and withdrawing slots, and recording a consultation's outcome. */
class ConsultantPagesTest extends ConsoleTest {

    private RequestPostProcessor consultant() {
        return signedIn("consultant", "CONSULTANT");
    }

    private RequestPostProcessor practitioner() {
        return signedIn("practitioner", "PRACTITIONER");
    }

    @Test
    void theDiaryIsTheConsultantsOwnSlotsOfEveryStatusFromTheLastWeekToFourWeeksAheadFetchedWithTheirToken()
            throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots/mine")).willReturn(okJson(DIARY)));

        String page = mvc.perform(get("/diary").with(consultant()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/consultations/slots/mine"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("consultant")))
                .withQueryParam("from", equalTo(today.minusDays(7).atStartOfDay(ZoneId.of("Europe/London")).toInstant().toString()))
                .withQueryParam("to", equalTo(today.plusDays(29).atStartOfDay(ZoneId.of("Europe/London")).toInstant().toString())));
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/consultations/slots")));
        assertThat(page).contains("<title>My diary – Front Door</title>", "Your slots in the next 4 weeks: 3")
                .doesNotContain("not listed", "reference the practitioner was given");
        assertThat(page.indexOf("id=\"slot-slot-summer\"")).isLessThan(page.indexOf("id=\"slot-slot-booked\""));
        assertThat(page.indexOf("id=\"slot-slot-booked\"")).isLessThan(page.indexOf("id=\"slot-slot-withdrawn\""));
        assertThat(page).contains("Tuesday 4 June 2030", "9:30am to 10:30am", "1 hour", "Phone",
                "Wednesday 4 December 2030", "2:00pm to 2:30pm", "30 minutes", "Video call", "In person",
                "Early help social worker (EHSW)", "action=\"/slots/slot-summer/withdrawal\"", "name=\"_csrf\"",
                ">Free</strong>", ">Booked</strong>", ">Withdrawn</strong>");
        // a booked slot links to its consultation and cannot be withdrawn; a withdrawn one offers nothing
        assertThat(page).contains("href=\"/consultations/c-1\"")
                .doesNotContain("/slots/slot-booked/withdrawal", "/slots/slot-withdrawn/withdrawal",
                        "/slots/slot-past-free/withdrawal", "id=\"slot-slot-past-free\"");
        assertThat(page).contains("href=\"/diary\"", "aria-current=\"page\"", "href=\"/slots/new\"")
                .doesNotContain("href=\"/free-slots\"");
    }

    @Test
    void theDiaryListsTheLastWeeksConsultationsLatestFirstWithTheOutcomesStillToRecord() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots/mine")).willReturn(okJson(DIARY)));

        String page = mvc.perform(get("/diary").with(consultant()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Your consultations in the last 7 days: 2", "href=\"/consultations/c-started\"",
                "Outcome to record", "Record the outcome", "href=\"/consultations/c-held\"", ">Held</strong>",
                "Monday 2 March 2020", "10:00am to 11:00am");
        assertThat(page.indexOf("id=\"slot-slot-started\"")).isLessThan(page.indexOf("id=\"slot-slot-held\""));
    }

    @Test
    void aConsultantWithNoSlotsIsToldSo() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots/mine")).willReturn(okJson("[]")));

        String page = mvc.perform(get("/diary").with(consultant()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("You have no slots in the next 4 weeks.").doesNotContain("id=\"coming-up\"",
                "id=\"earlier\"");
    }

    @Test
    void aConsultantStartsTheirDayAtTheirDiary() throws Exception {
        mvc.perform(get("/").with(consultant())).andExpect(redirectedUrl("/diary"));
    }

    @Test
    void publishingSendsTheLondonTimesTypeAndModeAndGoesBackToTheDiary() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/slots"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(SLOT_PUBLISHED)));
        String form = mvc.perform(get("/slots/new").with(consultant())).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<title>Publish a slot – Front Door</title>", "name=\"key\"",
                "<option value=\"90\">1 hour 30 minutes</option>", "Primary mental health worker (PMHW)");

        mvc.perform(aSlot("key-0001-aaaa", "4", "6", "2030", "9:30", "90"))
                .andExpect(redirectedUrl("/diary"));
        mvc.perform(aSlot("key-0002-aaaa", "3", "12", "2030", "2:15pm", "60"))
                .andExpect(redirectedUrl("/diary"))
                .andExpect(flash().attribute("success", "The slot was published: Tuesday 3 December 2030, 9:30am to 10:30am"));

        // British summer time: 9:30 in London is 08:30 UTC
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations/slots"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("consultant")))
                .withRequestBody(equalToJson("""
                        {"startsAt": "2030-06-04T08:30:00Z", "endsAt": "2030-06-04T10:00:00Z",
                         "consultantType": "EARLY_HELP_SOCIAL_WORKER", "mode": "PHONE"}""")));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations/slots"))
                .withRequestBody(equalToJson("""
                        {"startsAt": "2030-12-03T14:15:00Z", "endsAt": "2030-12-03T15:15:00Z",
                         "consultantType": "EARLY_HELP_SOCIAL_WORKER", "mode": "PHONE"}""")));
    }

    @Test
    void theSameSlotFormSentTwiceIsPublishedOnce() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/slots"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(SLOT_PUBLISHED)));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(aSlot("key-0003-aaaa", "3", "12", "2030", "09:30", "60").session(session))
                .andExpect(redirectedUrl("/diary"));
        mvc.perform(aSlot("key-0003-aaaa", "3", "12", "2030", "09:30", "60").session(session))
                .andExpect(redirectedUrl("/diary"))
                .andExpect(flash().attribute("success", "This slot was already published. It has not been published twice"));

        GATEWAY.verify(1, postRequestedFor(urlEqualTo("/api/consultations/slots")));
    }

    @Test
    void aDateOrTimeThatIsNotRealIsRefusedWithoutCallingTheApi() throws Exception {
        String page = mvc.perform(aSlot("key-0004-aaaa", "31", "2", "2030", "09:30", "60"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: Publish a slot – Front Door</title>", "govuk-error-summary",
                "href=\"#slot-startsAt-day\"", "Enter the day of the slot as a real date");
        String noTime = mvc.perform(aSlot("key-0004-aaaa", "3", "12", "2030", "25:00", "60"))
                .andReturn().getResponse().getContentAsString();
        assertThat(noTime).contains("Enter the start time, for example 09:30 or 2:15pm", "value=\"25:00\"");

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theApisRefusalIsShownByTheFieldsWithWhatWasTypedKept() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/slots")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(400, "startsAt", "must be in the future"))));

        String page = mvc.perform(aSlot("key-0005-aaaa", "3", "12", "2030", "09:30", "45"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Publish a slot – Front Door</title>", "The slot must start in the future",
                "name=\"startsAt.day\" value=\"3\"", "name=\"startsAt.time\" value=\"09:30\"",
                "<option value=\"45\" selected=\"selected\">45 minutes</option>", "value=\"key-0005-aaaa\"");
    }

    @Test
    void anOverlappingSlotIsExplainedAtTheTopOfTheForm() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/slots")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409, \"title\": \"Conflict\"}")));

        mvc.perform(aSlot("key-0006-aaaa", "3", "12", "2030", "09:30", "60"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("href=\"#publish-slot\"", "it overlaps another of your slots"));
    }

    @Test
    void withdrawingCallsTheApiAndSaysWhichSlot() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/slots/slot-new/withdrawal")).willReturn(okJson(SLOT_PUBLISHED)));

        mvc.perform(post("/slots/slot-new/withdrawal").with(consultant()).with(csrf()))
                .andExpect(redirectedUrl("/diary"))
                .andExpect(flash().attribute("success", "The slot was withdrawn: Tuesday 3 December 2030, 9:30am to 10:30am"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations/slots/slot-new/withdrawal"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("consultant"))));
    }

    @Test
    void aSlotBookedMeanwhileCannotBeWithdrawn() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/slots/slot-new/withdrawal")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409}")));

        mvc.perform(post("/slots/slot-new/withdrawal").with(consultant()).with(csrf()))
                .andExpect(redirectedUrl("/diary"))
                .andExpect(flash().attribute("failure",
                        "The slot could not be withdrawn: it has just been booked, or it was already withdrawn"));
    }

    @Test
    void theConsultantRecordsTheOutcomeOfAConsultationThatHasStarted() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-1")).willReturn(okJson(consultation("c-1", "BOOKED", true))));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/c-1/outcome"))
                .willReturn(okJson(consultation("c-1", "HELD", true))));

        String page = mvc.perform(get("/consultations/c-1").with(consultant()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Consultation – Front Door</title>", "Record the outcome",
                "action=\"/consultations/c-1/outcome\"", "Refer to CAMHS", "Dad has left", "child-7", "(<span>you</span>)",
                "Monday 2 March 2020", "10:00am to 11:00am", "href=\"/diary\"")
                .doesNotContain("/reschedule");

        mvc.perform(post("/consultations/c-1/outcome").param("outcome", "REFER_TO_CAMHS")
                        .param("notes", "Advised a CAMHS referral.").with(consultant()).with(csrf()))
                .andExpect(redirectedUrl("/consultations/c-1"))
                .andExpect(flash().attribute("success", "The outcome was recorded"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations/c-1/outcome"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("consultant")))
                .withRequestBody(equalToJson("{\"outcome\": \"REFER_TO_CAMHS\", \"notes\": \"Advised a CAMHS referral.\"}")));
    }

    @Test
    void anOutcomeTheApiRefusesIsShownWithTheNotesKept() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-1")).willReturn(okJson(consultation("c-1", "BOOKED", true))));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/c-1/outcome")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(problem(400, "outcome", "must not be null"))));

        String page = mvc.perform(post("/consultations/c-1/outcome").param("notes", "We talked it through.")
                        .with(consultant()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Consultation – Front Door</title>", "href=\"#outcome\"",
                "Select the outcome of the consultation", ">We talked it through.</textarea>");
    }

    @Test
    void anOutcomeAlreadyRecordedIsExplained() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/c-1/outcome")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409}")));

        mvc.perform(post("/consultations/c-1/outcome").param("outcome", "NO_ACTION").param("notes", "n")
                        .with(consultant()).with(csrf()))
                .andExpect(redirectedUrl("/consultations/c-1"))
                .andExpect(flash().attribute("failure", "The outcome could not be recorded: it was already recorded, the"
                        + " consultation was cancelled or moved, or it has not started yet"));
    }

    @Test
    void beforeItStartsTheConsultantIsToldWhenTheOutcomeCanBeRecorded() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-2")).willReturn(okJson(consultation("c-2", "BOOKED", false))));

        String page = mvc.perform(get("/consultations/c-2").with(consultant()))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("You can record the outcome once the consultation has started, at 9:30am on Tuesday 3 December 2030")
                .doesNotContain("action=\"/consultations/c-2/outcome\"")
                .contains("action=\"/consultations/c-2/cancellation\"", "href=\"/consultations/c-2/reschedule\"");
    }

    @Test
    void aPractitionerGetsNoneOfTheConsultantsPagesAndNothingIsSent() throws Exception {
        mvc.perform(get("/diary").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/slots/new").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(post("/slots").with(practitioner()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/slots/slot-new/withdrawal").with(practitioner()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/consultations/c-1/outcome").param("outcome", "NO_ACTION").with(practitioner()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/diary").with(triageWorker())).andExpect(status().isForbidden());

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPractitionerSeesNoOutcomeFormOnAConsultationThatHasStarted() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-1")).willReturn(okJson(consultation("c-1", "BOOKED", true))));

        String page = mvc.perform(get("/consultations/c-1").with(practitioner()))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("/outcome").contains("action=\"/consultations/c-1/cancellation\"", "href=\"/consultations\"");
    }

    @Test
    void aSlotWithoutTheCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(post("/slots").param("consultantType", "EARLY_HELP_SOCIAL_WORKER").with(consultant()))
                .andExpect(status().isForbidden());

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theServiceDownIsTheProblemPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots/mine")).willReturn(aResponse().withStatus(503)));

        mvc.perform(get("/diary").with(consultant()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Sorry, there is a problem with the service"));
    }

    private MockHttpServletRequestBuilder aSlot(String key, String day, String month, String year, String time,
                                                String minutes) {
        return post("/slots").with(consultant()).with(csrf())
                .param("key", key)
                .param("consultantType", "EARLY_HELP_SOCIAL_WORKER")
                .param("mode", "PHONE")
                .param("startsAt.day", day).param("startsAt.month", month).param("startsAt.year", year)
                .param("startsAt.time", time)
                .param("minutes", minutes);
    }
}
