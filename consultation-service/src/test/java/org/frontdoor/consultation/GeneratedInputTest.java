package org.frontdoor.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.frontdoor.testkit.generated.GeneratedRequests;
import org.frontdoor.testkit.generated.QuietMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * At least 10,000 generated requests to each write endpoint, in-process: never a 5xx, every 4xx is problem+json, and
 * a refused request stores nothing (the store's documents grow only by the accepted requests; the consultation and
 * slots the requests aim at are unchanged when none was accepted). {@link GeneratedRequests} makes the input from a
 * seed; a failure names it.
 */
class GeneratedInputTest extends ConsultationServiceTest {

    private static final int REQUESTS_PER_ENDPOINT = GeneratedRequests.requestsPerEndpoint();
    private static final long SEED = GeneratedRequests.seedFromSystemProperty();
    private static final List<String> COLLECTIONS = List.of("slots", "bookingRequests", "consultationReads");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    WebApplicationContext context;

    /** Each collection's document count before the first generated request. */
    private final Map<String, Long> before = new LinkedHashMap<>();

    /**
     * The shared MockMvc with the same filters and security, but without recording every request for printing on
     * failure: tens of thousands of generated bodies would be formatted for nothing.
     */
    private MockMvc quiet;

    @BeforeEach
    void quietMockMvc() {
        quiet = QuietMockMvc.of(context);
    }

    @Test
    void everyWriteEndpointRefusesGeneratedInputWithProblemsAndStoresNothing() throws Exception {
        sendGeneratedRequests(new GeneratedRequests(SEED));
    }

    private void sendGeneratedRequests(GeneratedRequests input) throws Exception {
        String consultant = newId("consultant");
        String practitioner = newId("practitioner");
        RequestPostProcessor asConsultant = as(consultant, "CONSULTANT");
        RequestPostProcessor asPractitioner = as(practitioner, "PRACTITIONER");
        String bookedSlot = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(2));
        String consultation = book(practitioner, bookedSlot, "Question");
        String freeSlot = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(3));
        String slotToBook = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(4));
        List<String> failures = new ArrayList<>();
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("startsAt", clock.instant().plus(Duration.ofDays(5)).toString());
        slot.put("endsAt", clock.instant().plus(Duration.ofDays(5)).plus(Duration.ofHours(1)).toString());
        slot.put("consultantType", "EARLY_HELP_SOCIAL_WORKER");
        slot.put("mode", "VIDEO");
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("slotId", slotToBook);
        booking.put("childId", "child-generated");
        booking.put("familyId", "family-generated");
        booking.put("referralId", "referral-generated");
        booking.put("caseId", "case-generated");
        booking.put("question", "Is early help right for this family?");

        int published = run("POST /slots", false, input, failures, i -> body(post("/api/consultations/slots"), input, slot)
                .with(asConsultant));
        assertThat(published).as("slots stored").isEqualTo(count("slots") - before.get("slots"));

        Document withdrawalTarget = slotDocument(freeSlot);
        int withdrawn = run("POST /slots/{id}/withdrawal", true, input, failures, i -> maybeBody(
                post("/api/consultations/slots/{slotId}/withdrawal", input.otherPathValue(freeSlot)), input, Map.of())
                .with(asConsultant));
        assertThat(withdrawn).isZero();

        int booked = run("POST /", false, input, failures, i -> withKey(body(post("/api/consultations"), input, booking),
                input).with(asPractitioner));
        assertThat(booked).as("at most the one free slot is booked").isLessThanOrEqualTo(1);

        Document consultationSlot = slotDocument(bookedSlot);
        int cancelled = run("POST /{id}/cancellation", true, input, failures, i -> body(
                post("/api/consultations/{id}/cancellation", pathOrReal(input, consultation)), input,
                Map.of("reason", "NO_LONGER_NEEDED")).with(asPractitioner));
        int rescheduled = run("POST /{id}/reschedule", true, input, failures, i -> body(
                post("/api/consultations/{id}/reschedule", pathOrReal(input, consultation)), input,
                Map.of("toSlotId", freeSlot)).with(asPractitioner));
        int held = run("POST /{id}/outcome", true, input, failures, i -> body(
                post("/api/consultations/{id}/outcome", pathOrReal(input, consultation)), input,
                Map.of("outcome", "ADVICE_GIVEN", "notes", "Advice given")).with(asConsultant));

        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(cancelled + rescheduled + held).isZero();
        assertThat(unchanged(slotDocument(bookedSlot))).as("the booked consultation").isEqualTo(unchanged(consultationSlot));
        assertThat(unchanged(slotDocument(freeSlot))).as("the free slot").isEqualTo(unchanged(withdrawalTarget));
        // a generated booking that was accepted with an Idempotency-Key keeps its key: that is stored by right
        assertThat(count("bookingRequests")).isBetween(before.get("bookingRequests"),
                before.get("bookingRequests") + booked);
        assertThat(count("consultationReads")).isEqualTo(before.get("consultationReads"));
    }

    /** Sends the generated requests of one endpoint; answers how many were accepted (2xx). */
    private int run(String endpoint, boolean mustRefuse, GeneratedRequests input, List<String> failures,
                    Function<Integer, MockHttpServletRequestBuilder> request) throws Exception {
        COLLECTIONS.forEach(collection -> before.putIfAbsent(collection, count(collection)));
        int accepted = 0;
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
            MockHttpServletRequestBuilder sent = request.apply(i);
            MockHttpServletResponse response = quiet.perform(sent).andReturn().getResponse();
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                accepted++;
                if (mustRefuse) {
                    failures.add(endpoint + " #" + i + " accepted " + described(sent));
                }
            } else if (status >= 500) {
                failures.add(endpoint + " #" + i + " answered " + status);
            } else if (status >= 400 && (response.getContentType() == null
                    || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType())))) {
                failures.add(endpoint + " #" + i + " answered " + status + " as " + response.getContentType());
            }
            if (failures.size() > 20) {
                break;
            }
        }
        System.out.printf("GENERATED %s: %d requests in %d ms, %d accepted%n", endpoint, REQUESTS_PER_ENDPOINT,
                (System.nanoTime() - started) / 1_000_000, accepted);
        return accepted;
    }

    /** The request's path and the start of its body, every character outside printable ASCII escaped. */
    private static String described(MockHttpServletRequestBuilder sent) {
        var request = sent.buildRequest(new MockServletContext());
        byte[] body = request.getContentAsByteArray() == null ? new byte[0] : request.getContentAsByteArray();
        return request.getRequestURI() + " " + new String(body, StandardCharsets.UTF_8).chars().limit(300)
                .mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c))
                .collect(Collectors.joining());
    }

    /** A mutated body, now and then under the wrong content type. */
    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, GeneratedRequests input,
                                                      Map<String, Object> valid) {
        MediaType type = switch (input.nextInt(20)) {
            case 0 -> MediaType.TEXT_PLAIN;
            case 1 -> MediaType.APPLICATION_XML;
            default -> MediaType.APPLICATION_JSON;
        };
        return request.contentType(type).content(input.mutate(valid));
    }

    private static MockHttpServletRequestBuilder maybeBody(MockHttpServletRequestBuilder request, GeneratedRequests input,
                                                           Map<String, Object> valid) {
        return input.nextInt(2) == 0 ? request : body(request, input, valid);
    }

    private static MockHttpServletRequestBuilder withKey(MockHttpServletRequestBuilder request, GeneratedRequests input) {
        String key = input.headerValue();
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    /** The real id with a generated body half the time; a generated path value (never the id) otherwise. */
    private static String pathOrReal(GeneratedRequests input, String id) {
        return input.nextInt(2) == 0 ? id : input.otherPathValue(id);
    }

    private long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    private Document slotDocument(String slotId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(slotId)), Document.class, "slots");
    }

    /** The slot as stored, without the outbox the relay empties on its own time. */
    private static Document unchanged(Document slot) {
        Document copy = new Document(slot);
        copy.remove("outbox");
        return copy;
    }
}
