package org.frontdoor.consultation.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

class BookingApiTest extends ConsultationServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void practitionerBooksAFreeSlotAndTheConsultationIsRequestedAndBookedAtOnce() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        mvc.perform(post("/api/consultations").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slotId":"%s","childId":"child-1","familyId":"family-1","referralId":"referral-1",
                                 "question":"Parenting support after a house move"}""".formatted(slot)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.slotId").value(slot))
                .andExpect(jsonPath("$.requestedBy").value(practitioner))
                .andExpect(jsonPath("$.question").value("Parenting support after a house move"))
                .andExpect(result -> {
                    String body = result.getResponse().getContentAsString();
                    assertThat((String) JsonPath.read(body, "$.requestedAt"))
                            .isEqualTo(JsonPath.read(body, "$.bookedAt"));
                });

        assertThat(slotDocument(slot).getString("status")).isEqualTo("BOOKED");
    }

    @Test
    void aBookingFromAnEarlyHelpCaseNamesTheCaseInTheConsultationAndItsStoreButNotInTheSummaryOfOnesOwn()
            throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        String created = mvc.perform(post("/api/consultations").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJsonAboutCase(slot, "case-17", "Open 13 months; what next?")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseId").value("case-17"))
                .andReturn().getResponse().getContentAsString();
        String consultation = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/consultations/" + consultation).with(as(practitioner, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value("case-17"));
        assertThat(slotDocument(slot).get("booking", Document.class).getString("caseId")).isEqualTo("case-17");
        // the summary of one's own is not an audited read of a family's record: no child, family, referral or case
        mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consultations[0].id").value(consultation))
                .andExpect(jsonPath("$.consultations[0].caseId").doesNotExist())
                .andExpect(content().string(not(containsString("case-17"))));
    }

    @Test
    void aBookingNamingNoCaseAnswersNone() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String consultation = book(practitioner, slot, "A question");

        mvc.perform(get("/api/consultations/" + consultation).with(as(practitioner, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(nullValue()));
        assertThat(slotDocument(slot).get("booking", Document.class).get("caseId")).isNull();
    }

    @Test
    void aMalformedCaseIdIsRefusedAndNothingIsStored() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        long keysBefore = mongo.getCollection("bookingRequests").countDocuments();

        for (String malformed : List.of("The Smith family", "", "-case", "c".repeat(65), "case/1")) {
            mvc.perform(post("/api/consultations").with(as(practitioner, "PRACTITIONER"))
                            .header("Idempotency-Key", "key-case")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bookingJsonAboutCase(slot, malformed, "A question")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("caseId")))
                    .andExpect(content().string(not(containsString("Smith"))));
        }

        Document stored = slotDocument(slot);
        assertThat(stored.getString("status")).isEqualTo("FREE");
        assertThat(stored.get("booking")).isNull();
        assertThat(stored.getList("outbox", Object.class)).isNullOrEmpty();
        assertThat(mongo.getCollection("bookingRequests").countDocuments()).isEqualTo(keysBefore);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherCaseOrNoCaseIsAConflict() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String first = bookWithKey(practitioner, "key-4", bookingJsonAboutCase(slot, "case-1", "A question"));

        for (String changed : List.of(bookingJsonAboutCase(slot, "case-2", "A question"),
                """
                {"slotId":"%s","familyId":"family-1","question":"A question"}""".formatted(slot))) {
            mvc.perform(post("/api/consultations").with(as(practitioner, "PRACTITIONER"))
                            .header("Idempotency-Key", "key-4")
                            .contentType(MediaType.APPLICATION_JSON).content(changed))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        assertThat(bookWithKey(practitioner, "key-4", bookingJsonAboutCase(slot, "case-1", "A question")))
                .isEqualTo(first);
        Document booking = slotDocument(slot).get("booking", Document.class);
        assertThat(booking.getString("consultationId")).isEqualTo(first);
        assertThat(booking.getString("caseId")).isEqualTo("case-1");
    }

    @Test
    void invalidBookingIsRejectedFieldByFieldAndTheSlotStaysFree() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slotId":"%s","childId":"Jane Smith","question":"  "}""".formatted(slot)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        containsInAnyOrder("childId", "question")));

        Document stored = slotDocument(slot);
        assertThat(stored.getString("status")).isEqualTo("FREE");
        assertThat(stored.get("booking")).isNull();
        assertThat(stored.getList("outbox", Object.class)).isNullOrEmpty();
    }

    @Test
    void questionLongerThanFiveThousandCharactersIsRejected() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson(slot, "child-1", "x".repeat(5001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("question"));

        assertThat(slotDocument(slot).getString("status")).isEqualTo("FREE");
    }

    @Test
    void bodyOverSixtyFourKilobytesIsTooLarge() throws Exception {
        mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson("slot", "child-1", "x".repeat(70_000))))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slotId\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void bookingAnUnknownSlotIsNotFound() throws Exception {
        mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson("no-such-slot", "child-1", "question")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void bookedSlotCannotBeBookedTwice() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String first = book(newId("practitioner"), slot, "First question");

        mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson(slot, "child-2", "Second question")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(slotDocument(slot).get("booking", Document.class).getString("consultationId")).isEqualTo(first);
    }

    @Test
    void retryWithTheSameIdempotencyKeyAndBodyReturnsTheSameConsultation() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String body = bookingJson(slot, "child-1", "Same question");

        String first = bookWithKey(practitioner, "key-1", body);
        String retry = bookWithKey(practitioner, "key-1", body);

        assertThat(retry).isEqualTo(first);
        Document stored = slotDocument(slot);
        assertThat(stored.get("booking", Document.class).getString("consultationId")).isEqualTo(first);
        assertThat(stored.getList("pastBookings", Document.class)).isNullOrEmpty();
    }

    @Test
    void sameIdempotencyKeyWithADifferentBodyIsAConflict() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String other = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        bookWithKey(practitioner, "key-2", bookingJson(slot, "child-1", "A question"));

        mvc.perform(post("/api/consultations").with(as(practitioner, "PRACTITIONER")).header("Idempotency-Key", "key-2")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson(other, "child-1", "A question")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(slotDocument(other).getString("status")).isEqualTo("FREE");
    }

    @Test
    void aRefusedBookingKeepsNothingOfItsKeySoTheCorrectedRequestMayUseIt() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        long keysBefore = mongo.getCollection("bookingRequests").countDocuments();

        mvc.perform(post("/api/consultations").with(as(practitioner, "PRACTITIONER")).header("Idempotency-Key", "key-3")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson("no-such-slot", "child-1", "A question")))
                .andExpect(status().isNotFound());
        assertThat(mongo.getCollection("bookingRequests").countDocuments()).isEqualTo(keysBefore);

        String booked = bookWithKey(practitioner, "key-3", bookingJson(slot, "child-1", "A question"));
        assertThat(slotDocument(slot).get("booking", Document.class).getString("consultationId")).isEqualTo(booked);
    }

    @Test
    void idempotencyKeyMustBeAPlainToken() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .header("Idempotency-Key", "not a key!")
                        .contentType(MediaType.APPLICATION_JSON).content(bookingJson(slot, "child-1", "Q")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));

        assertThat(slotDocument(slot).getString("status")).isEqualTo("FREE");
    }

    @Test
    void consultantsCannotBookAndBookingNeedsAToken() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        mvc.perform(post("/api/consultations").with(as(newId("consultant"), "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON).content(bookingJson(slot, "child-1", "Q")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/consultations")
                        .contentType(MediaType.APPLICATION_JSON).content(bookingJson(slot, "child-1", "Q")))
                .andExpect(status().isUnauthorized());

        assertThat(slotDocument(slot).getString("status")).isEqualTo("FREE");
    }

    @Test
    void practitionerWhoBookedCancelsAndTheSlotCanBeBookedAgain() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "TARGETED_YOUTH_SUPPORT", Duration.ofDays(1));
        String consultation = book(practitioner, slot, "Question");

        mvc.perform(post("/api/consultations/" + consultation + "/cancellation").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NO_LONGER_NEEDED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancellation.cancelledBy").value("PRACTITIONER"));

        String rebooked = book(newId("practitioner"), slot, "Another question");
        assertThat(rebooked).isNotEqualTo(consultation);
        mvc.perform(post("/api/consultations/" + consultation + "/cancellation").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"OTHER\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherPractitionerCannotCancel() throws Exception {
        String slot = publishSlot(newId("consultant"), "TARGETED_YOUTH_SUPPORT", Duration.ofDays(1));
        String consultation = book(newId("practitioner"), slot, "Question");

        mvc.perform(post("/api/consultations/" + consultation + "/cancellation")
                        .with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"OTHER\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void cancellationNeedsAKnownReason() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "TARGETED_YOUTH_SUPPORT", Duration.ofDays(1));
        String consultation = book(practitioner, slot, "Question");

        mvc.perform(post("/api/consultations/" + consultation + "/cancellation").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"BORED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertThat(slotDocument(slot).getString("status")).isEqualTo("BOOKED");
    }

    @Test
    void consultantRecordsTheOutcomeOnceAfterTheStart() throws Exception {
        String consultant = newId("consultant");
        String slot = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofHours(1));
        String consultation = book(newId("practitioner"), slot, "Question");
        String outcome = "{\"outcome\":\"ADVICE_GIVEN\",\"notes\":\"Talked through a sleep plan\"}";

        mvc.perform(post("/api/consultations/" + consultation + "/outcome").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON).content(outcome))
                .andExpect(status().isConflict());

        clock.advance(Duration.ofHours(2));
        mvc.perform(post("/api/consultations/" + consultation + "/outcome").with(as(newId("consultant"), "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON).content(outcome))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/consultations/" + consultation + "/outcome").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON).content(outcome))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.outcome.outcome").value("ADVICE_GIVEN"))
                .andExpect(jsonPath("$.outcome.notes").value("Talked through a sleep plan"));
        mvc.perform(post("/api/consultations/" + consultation + "/outcome").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON).content(outcome))
                .andExpect(status().isConflict());
    }

    @Test
    void everyReadOfAConsultationIsAudited() throws Exception {
        String practitioner = newId("practitioner");
        String triageWorker = newId("triage");
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String consultation = book(practitioner, slot, "Question");
        String child = JsonPath.read(mvc.perform(get("/api/consultations/" + consultation)
                        .with(as(practitioner, "PRACTITIONER"))).andReturn().getResponse().getContentAsString(),
                "$.childId");

        mvc.perform(get("/api/consultations/" + consultation).with(as(practitioner, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(consultation));
        mvc.perform(get("/api/consultations/" + consultation).with(as(triageWorker, "TRIAGE_WORKER")))
                .andExpect(status().isOk());

        List<Document> reads = mongo.find(Query.query(Criteria.where("what").is("consultation " + consultation)),
                Document.class, "consultationReads");
        assertThat(reads).extracting(read -> read.getString("who"))
                .containsExactlyInAnyOrder(practitioner, practitioner, triageWorker);
        assertThat(reads).allSatisfy(read -> assertThat(read.getString("childId")).isEqualTo(child));
        assertThat(reads).allSatisfy(read -> assertThat(read.get("when")).isNotNull());
        assertThat(reads).anySatisfy(read -> assertThat(read.getList("roles", String.class)).containsExactly("TRIAGE_WORKER"));
    }

    @Test
    void anotherPractitionerCannotReadTheConsultationAndTheRefusalIsNotAuditedAsARead() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String consultation = book(newId("practitioner"), slot, "Question");

        mvc.perform(get("/api/consultations/" + consultation).with(as(newId("practitioner"), "PRACTITIONER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/consultations/" + consultation).with(as(newId("analyst"), "PERFORMANCE_ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/consultations/no-such-consultation").with(as(newId("triage"), "TRIAGE_MANAGER")))
                .andExpect(status().isNotFound());

        assertThat(mongo.count(Query.query(Criteria.where("what").is("consultation " + consultation)),
                "consultationReads")).isZero();
    }

    private String bookWithKey(String practitioner, String key, String body) throws Exception {
        String response = mvc.perform(post("/api/consultations").with(as(practitioner, "PRACTITIONER"))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    private static String bookingJsonAboutCase(String slotId, String caseId, String question) {
        return """
                {"slotId":"%s","familyId":"family-1","caseId":"%s","question":"%s"}""".formatted(slotId, caseId,
                question);
    }

    private Document slotDocument(String slotId) {
        return mongo.findById(slotId, Document.class, "slots");
    }
}
