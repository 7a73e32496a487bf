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
import static org.frontdoor.console.consultations.ConsultationFixtures.FREE_SLOTS;
import static org.frontdoor.console.consultations.ConsultationFixtures.NO_CONSULTATIONS;
import static org.frontdoor.console.consultations.ConsultationFixtures.consultation;
import static org.frontdoor.console.consultations.ConsultationFixtures.ownConsultations;
import static org.frontdoor.console.consultations.ConsultationFixtures.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A practitioner finds a free slot, books it once however often the form is sent, moves or cancels it. */
class PractitionerPagesTest extends ConsoleTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    private static final String BOOKED = consultation("c-1", "BOOKED", false);

    private RequestPostProcessor practitioner() {
        return signedIn("practitioner", "PRACTITIONER");
    }

    @Test
    void freeSlotsAreFoundByTypeInDateOrderWithTheTypeKeptInTheFilter() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots")).willReturn(okJson(FREE_SLOTS)));

        String page = mvc.perform(get("/free-slots").param("consultantType", "EARLY_HELP_SOCIAL_WORKER").with(practitioner()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/consultations/slots?consultantType=EARLY_HELP_SOCIAL_WORKER"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner"))));
        assertThat(page).contains("<title>Book a consultation – Front Door</title>", "3 free slots",
                "<option value=\"EARLY_HELP_SOCIAL_WORKER\" selected=\"selected\">Early help social worker (EHSW)</option>",
                "href=\"/free-slots/slot-summer/booking\"", "Tuesday 3 December 2030", "9:30am to 11:00am",
                "1 hour 30 minutes", "In person", "form method=\"get\" action=\"/free-slots\"");
        assertThat(page.indexOf("id=\"slot-slot-summer\"")).isLessThan(page.indexOf("id=\"slot-slot-other\""));
        assertThat(page.indexOf("id=\"slot-slot-other\"")).isLessThan(page.indexOf("id=\"slot-slot-later\""));
    }

    @Test
    void aTypeTheConsoleDoesNotKnowIsNoFilter() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots")).willReturn(okJson("[]")));

        mvc.perform(get("/free-slots").param("consultantType", "WIZARD").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("There are no free slots"));

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/consultations/slots")));
    }

    @Test
    void bookingSendsWhatTheApiTakesWithTheFormsKeyAndOpensTheConsultation() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots")).willReturn(okJson(FREE_SLOTS)));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(BOOKED)));
        MockHttpSession session = new MockHttpSession();

        String form = mvc.perform(get("/free-slots/slot-summer/booking").with(practitioner()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String key = keyOf(form);
        assertThat(key).matches("[0-9a-f-]{36}");
        assertThat(form).contains("<title>Book this slot – Front Door</title>", "Tuesday 4 June 2030", "9:30am to 10:30am",
                "action=\"/free-slots/slot-summer/booking\"", "for=\"booking-question\"", "for=\"booking-childId\"");

        mvc.perform(aBooking(key).session(session))
                .andExpect(redirectedUrl("/consultations/c-1"))
                .andExpect(flash().attribute("success", "The consultation was booked"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner")))
                .withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(equalToJson("""
                        {"slotId": "slot-summer", "childId": "child-7", "referralId": "ref-1",
                         "question": "Mum is struggling with sleep."}""")));
    }

    @Test
    void aBookingFromAnEarlyHelpCaseCarriesTheCaseIdToTheApiAndAnEditedOneIsDropped() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots")).willReturn(okJson(FREE_SLOTS)));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(BOOKED)));

        String slots = mvc.perform(get("/free-slots").param("consultantType", "EARLY_HELP_SOCIAL_WORKER")
                        .param("caseId", "case-mine").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(slots).contains("id=\"booking-for-case\"", "href=\"/free-slots/slot-summer/booking?caseId=case-mine\"",
                "name=\"caseId\" value=\"case-mine\"");
        String form = mvc.perform(get("/free-slots/slot-summer/booking").param("caseId", "case-mine").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"booking-case\"", "type=\"hidden\" name=\"caseId\" value=\"case-mine\"");
        String edited = mvc.perform(get("/free-slots/slot-summer/booking").param("caseId", "a case <b>").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edited).doesNotContain("name=\"caseId\"", "id=\"booking-case\"");

        mvc.perform(aBooking(keyOf(form)).param("caseId", "case-mine"))
                .andExpect(redirectedUrl("/consultations/c-1"));
        mvc.perform(aBooking("key-0003-cccc").param("caseId", "not an id!"))
                .andExpect(redirectedUrl("/consultations/c-1"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations"))
                .withHeader("Idempotency-Key", equalTo(keyOf(form)))
                .withRequestBody(equalToJson("""
                        {"slotId": "slot-summer", "childId": "child-7", "referralId": "ref-1", "caseId": "case-mine",
                         "question": "Mum is struggling with sleep."}""")));
        // a slot taken meanwhile sends the practitioner back to the free slots, still for the case
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409}")));
        mvc.perform(aBooking("key-0004-dddd").param("caseId", "case-mine"))
                .andExpect(redirectedUrl("/free-slots?consultantType=EARLY_HELP_SOCIAL_WORKER&caseId=case-mine"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations"))
                .withHeader("Idempotency-Key", equalTo("key-0003-cccc"))
                .withRequestBody(equalToJson("""
                        {"slotId": "slot-summer", "childId": "child-7", "referralId": "ref-1",
                         "question": "Mum is struggling with sleep."}""")));
    }

    @Test
    void myConsultationsAreTheApisListOfTheirBookingsComingUpSoonestFirstThenEarlier() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/mine")).willReturn(okJson(ownConsultations(0, 4))));

        String mine = mvc.perform(get("/consultations").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/consultations/mine?page=0&size=20"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner"))));
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/consultations/c-1")));
        assertThat(mine).contains("<title>My consultations – Front Door</title>", "Coming up", "Earlier",
                        "id=\"consultation-c-1\"", "href=\"/consultations/c-1\"", "href=\"/consultations/c-later\"",
                        "href=\"/consultations/c-soon\"", "href=\"/consultations/c-held\"", "Tuesday 3 December 2030",
                        "Primary mental health worker (PMHW)", "Video call", ">Booked</strong>", ">Cancelled</strong>",
                        ">Held</strong>", "You have booked 4 consultations.")
                .doesNotContain("since you signed in", "cannot list", "id=\"pages\"");
        assertThat(mine.indexOf("id=\"consultation-c-soon\"")).isLessThan(mine.indexOf("id=\"consultation-c-1\""));
        assertThat(mine.indexOf("id=\"consultation-c-1\"")).isLessThan(mine.indexOf("id=\"consultation-c-later\""));
        assertThat(mine.indexOf("id=\"consultation-c-later\"")).isLessThan(mine.indexOf("id=\"consultation-c-held\""));
    }

    @Test
    void myConsultationsArePagedTwentyAtATime() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/mine")).willReturn(okJson(ownConsultations(0, 45))));

        String first = mvc.perform(get("/consultations").with(practitioner()))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("id=\"pages\"", "href=\"/consultations?page=2\"", "rel=\"next\"")
                .doesNotContain("rel=\"prev\"");

        String second = mvc.perform(get("/consultations").param("page", "2").with(practitioner()))
                .andReturn().getResponse().getContentAsString();
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/consultations/mine?page=1&size=20")));
        assertThat(second).contains("href=\"/consultations?page=1\"", "rel=\"prev\"", "href=\"/consultations?page=3\"",
                "This is page 2.");

        String last = mvc.perform(get("/consultations").param("page", "3").with(practitioner()))
                .andReturn().getResponse().getContentAsString();
        assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        mvc.perform(get("/consultations").param("page", "-2").with(practitioner())).andExpect(status().isOk());
        mvc.perform(get("/consultations").param("page", "next").with(practitioner())).andExpect(status().isOk());
        GATEWAY.verify(3, getRequestedFor(urlEqualTo("/api/consultations/mine?page=0&size=20")));
    }

    @Test
    void theSameBookingFormSentTwiceBooksOnce() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(BOOKED)));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(aBooking("key-0001-aaaa").session(session)).andExpect(redirectedUrl("/consultations/c-1"));
        mvc.perform(aBooking("key-0001-aaaa").session(session))
                .andExpect(redirectedUrl("/consultations/c-1"))
                .andExpect(flash().attribute("success", "This consultation was already booked. It has not been booked twice"));

        GATEWAY.verify(1, postRequestedFor(urlEqualTo("/api/consultations")));
    }

    @Test
    void aRefusedBookingKeepsWhatWasTypedAndTheKeyAndTheCorrectedFormIsSentWithTheSameKey() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots")).willReturn(okJson(FREE_SLOTS)));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(400, "childId", "must be a pseudonymous id"))));

        String page = mvc.perform(aBooking("key-0002-aaaa", "Jane Smith"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Book this slot – Front Door</title>", "href=\"#booking-childId\"",
                "Enter the child&#39;s front door id as 1 to 64 letters", "value=\"Jane Smith\"",
                ">Mum is struggling with sleep.</textarea>", "value=\"key-0002-aaaa\"");

        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(BOOKED)));
        mvc.perform(aBooking("key-0002-aaaa")).andExpect(redirectedUrl("/consultations/c-1"));
        GATEWAY.verify(2, postRequestedFor(urlEqualTo("/api/consultations")).withHeader("Idempotency-Key", equalTo("key-0002-aaaa")));
    }

    @Test
    void aSlotSomeoneElseBookedFirstSendsThePractitionerBackToTheFreeSlots() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409}")));

        mvc.perform(aBooking("key-0003-aaaa"))
                .andExpect(redirectedUrl("/free-slots"))
                .andExpect(flash().attribute("failure", "The consultation was not booked: the slot has just been booked by"
                        + " someone else or withdrawn by the consultant. Choose another slot"));
    }

    @Test
    void aSlotNoLongerFreeIsNotOffered() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots")).willReturn(okJson("[]")));

        mvc.perform(get("/free-slots/slot-gone/booking").with(practitioner()))
                .andExpect(redirectedUrl("/free-slots"))
                .andExpect(flash().attribute("failure", "That slot is no longer free: it has been booked, withdrawn or has"
                        + " started. Choose another slot"));
    }

    @Test
    void cancellingSendsTheReason() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/c-1/cancellation"))
                .willReturn(okJson(consultation("c-1", "CANCELLED", false))));

        mvc.perform(post("/consultations/c-1/cancellation").param("reason", "NO_LONGER_NEEDED").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/consultations/c-1"))
                .andExpect(flash().attribute("success", "The consultation was cancelled. Its slot is free for others to book"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations/c-1/cancellation"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner")))
                .withRequestBody(equalToJson("{\"reason\": \"NO_LONGER_NEEDED\"}")));
    }

    @Test
    void aCancellationWithoutAReasonAsksForOne() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-1")).willReturn(okJson(BOOKED)));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/c-1/cancellation")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(problem(400, "reason", "must not be null"))));

        String page = mvc.perform(post("/consultations/c-1/cancellation").with(practitioner()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Consultation – Front Door</title>", "href=\"#cancel-reason\"",
                "Select why the consultation is cancelled");
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations/c-1/cancellation"))
                .withRequestBody(equalToJson("{\"reason\": null}")));
    }

    @Test
    void aConsultationThatChangedMeanwhileCannotBeCancelled() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/c-1/cancellation")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409}")));

        mvc.perform(post("/consultations/c-1/cancellation").param("reason", "OTHER").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/consultations/c-1"))
                .andExpect(flash().attribute("failure",
                        "The consultation could not be cancelled: it has been held, cancelled or moved meanwhile"));
    }

    @Test
    void reschedulingOffersTheOtherFreeSlotsOfTheSameTypeAndMovesTheConsultation() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-1")).willReturn(okJson(BOOKED)));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots")).willReturn(okJson(FREE_SLOTS)));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/c-1/reschedule")).willReturn(okJson("""
                {"id": "c-1", "status": "BOOKED", "slotId": "slot-later", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
                 "startsAt": "2030-12-04T14:00:00Z", "endsAt": "2030-12-04T14:30:00Z"}""")));

        String page = mvc.perform(get("/consultations/c-1/reschedule").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/consultations/slots?consultantType=EARLY_HELP_SOCIAL_WORKER")));
        assertThat(page).contains("<title>Move a consultation – Front Door</title>", "value=\"slot-later\"",
                "Wednesday 4 December 2030, 2:00pm to 2:30pm", "<legend");

        mvc.perform(post("/consultations/c-1/reschedule").param("toSlotId", "slot-later").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/consultations/c-1"))
                .andExpect(flash().attribute("success", "The consultation was moved to Wednesday 4 December 2030, 2:00pm"
                        + " to 2:30pm. Its old slot is free for others to book"));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/consultations/c-1/reschedule"))
                .withRequestBody(equalToJson("{\"toSlotId\": \"slot-later\"}")));
    }

    @Test
    void aSlotTakenWhileMovingIsExplainedOnTheSamePage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-1")).willReturn(okJson(BOOKED)));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/slots")).willReturn(okJson(FREE_SLOTS)));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/consultations/c-1/reschedule")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409}")));

        String page = mvc.perform(post("/consultations/c-1/reschedule").param("toSlotId", "slot-later")
                        .with(practitioner()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Move a consultation – Front Door</title>", "href=\"#toSlotId\"",
                "that slot has just been booked by someone else");
    }

    @Test
    void theConsultationPageShowsTheBookingAndWhatThePractitionerMayDo() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-1")).willReturn(okJson(BOOKED)));

        String page = mvc.perform(get("/consultations/c-1").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Consultation – Front Door</title>", "Dad has left", "ref-1", "None given",
                        "9:30am to 10:30am", "Tuesday 3 December 2030", "href=\"/consultations/c-1/reschedule\"",
                        "action=\"/consultations/c-1/cancellation\"", "The practitioner did not attend")
                .doesNotContain("/outcome");
    }

    @Test
    void aConsultationTheApiWillNotShowIsTheNoAccessPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/consultations/c-9")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 404}")));

        mvc.perform(get("/consultations/c-9").with(practitioner()))
                .andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("You do not have access to this page"));
        mvc.perform(get("/consultations/not an id").with(practitioner())).andExpect(status().isNotFound());
    }

    @Test
    void aConsultationIsOpenedByItsReference() throws Exception {
        mvc.perform(get("/consultations/open").param("reference", " c-1 ").with(practitioner()))
                .andExpect(redirectedUrl("/consultations/c-1"));
        String page = mvc.perform(get("/consultations/open").param("reference", "<b>").with(signedIn("consultant", "CONSULTANT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: Open a consultation – Front Door</title>", "href=\"#reference\"");
    }

    @Test
    void aBookingWithoutTheCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(post("/free-slots/slot-summer/booking").param("question", "q").with(practitioner()))
                .andExpect(status().isForbidden());

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void otherRolesCannotFindOrBookAndNothingIsSent() throws Exception {
        RequestPostProcessor consultant = signedIn("consultant", "CONSULTANT");
        mvc.perform(get("/free-slots").with(consultant)).andExpect(status().isForbidden());
        mvc.perform(get("/consultations").with(consultant)).andExpect(status().isForbidden());
        mvc.perform(post("/free-slots/slot-summer/booking").with(consultant).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/consultations/c-1").with(contactOfficer())).andExpect(status().isForbidden());
        mvc.perform(get("/free-slots").with(triageWorker())).andExpect(status().isForbidden());

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPractitionerHasTheirTwoConsultationPagesInTheNavigation() throws Exception {
        // their start page is My cases (CaseListsTest)
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/consultations/mine")).willReturn(okJson(NO_CONSULTATIONS)));
        String page = mvc.perform(get("/consultations").with(practitioner()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/free-slots\"", "You have not booked any consultations.")
                .doesNotContain("href=\"/diary\"");
        assertThat(page.split("aria-current=\"page\"", -1)).hasSize(2);
    }

    private MockHttpServletRequestBuilder aBooking(String key) {
        return aBooking(key, "child-7");
    }

    private MockHttpServletRequestBuilder aBooking(String key, String childId) {
        return post("/free-slots/slot-summer/booking").with(practitioner()).with(csrf())
                .param("idempotencyKey", key)
                .param("childId", childId)
                .param("familyId", "")
                .param("referralId", "ref-1")
                .param("question", "Mum is struggling with sleep.");
    }

    private static String keyOf(String page) {
        Matcher key = KEY.matcher(page);
        assertThat(key.find()).as("the form's key").isTrue();
        return key.group(1);
    }
}
