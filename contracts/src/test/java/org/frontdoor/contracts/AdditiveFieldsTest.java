package org.frontdoor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fields added to a {@code .v1} event after its first release (contracts/README.md, "Adding a field to an event"):
 * an event written before the field existed is still valid and still reads, and a consumer built against the first
 * release reads an event that carries the field.
 */
class AdditiveFieldsTest {

    static Stream<Arguments> fieldsAddedAfterTheFirstRelease() {
        return Stream.of(
                Arguments.of(typeOf(TriageDecisionMade.class), "team"),
                Arguments.of(typeOf(TriageDecisionRevised.class), "team"),
                Arguments.of(typeOf(ConsultationRequested.class), "caseId"),
                Arguments.of(typeOf(LeadProfessionalAllocated.class), "previousLeadProfessionalId"));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("fieldsAddedAfterTheFirstRelease")
    void anEventWrittenBeforeTheFieldExistedIsValidAndReadsWithoutIt(EventType<?> type, String added) {
        ObjectNode firstRelease = ContractFiles.example(type);
        assertThat(firstRelease.path(added).isMissingNode()).as("the golden example carries " + added).isFalse();
        firstRelease.remove(added);

        assertThat(ContractFiles.violations(type, firstRelease)).isEmpty();
        JsonNode read = EventJson.MAPPER.valueToTree(readAsCloudEvent(type, firstRelease).payload());
        assertThat(read.path(added).isNull()).isTrue();
        assertThat(ContractFiles.schemaTree(type).path("properties").propertyNames()).last().isEqualTo(added);
    }

    @Test
    void aConsumerOfTheFirstReleaseReadsAConsultationRequestedAboutACase() {
        EventType<?> type = typeOf(ConsultationRequested.class);
        ObjectNode withCase = ContractFiles.example(type);
        assertThat(withCase.path("caseId").asString()).isNotBlank();

        ConsultationRequestedFirstRelease old = EventJson.MAPPER.treeToValue(withCase,
                ConsultationRequestedFirstRelease.class);

        ConsultationRequested current = (ConsultationRequested) readAsCloudEvent(type, withCase).payload();
        assertThat(old).isEqualTo(new ConsultationRequestedFirstRelease(current.consultationId(), current.requestedAt(),
                current.consultantType(), current.requestedBy(), current.childId(), current.familyId(),
                current.referralId()));
        assertThat(current.caseId()).isEqualTo(withCase.path("caseId").asString());
    }

    @Test
    void producersOfTheFirstReleaseCompileAndPublishNoCase() {
        Instant at = Instant.parse("2026-03-04T08:55:21Z");
        ConsultationRequested firstReleaseShape = new ConsultationRequested("k-1", at, "EARLY_HELP_SOCIAL_WORKER",
                "worker-1", "child-1", "family-1", null);

        assertThat(firstReleaseShape.caseId()).isNull();
        assertThat(firstReleaseShape).isEqualTo(new ConsultationRequested("k-1", at, "EARLY_HELP_SOCIAL_WORKER",
                "worker-1", "child-1", "family-1", null, null));
    }

    /** {@code ConsultationRequested} as the first release of the contracts jar had it, before {@code caseId}. */
    record ConsultationRequestedFirstRelease(String consultationId, Instant requestedAt, String consultantType,
                                             String requestedBy, String childId, String familyId, String referralId) {
    }

    private static EventType<?> typeOf(Class<? extends FrontDoorEvent> recordClass) {
        return EventCatalogue.ALL.stream().filter(type -> type.recordClass() == recordClass).findFirst().orElseThrow();
    }

    private static ReceivedEvent readAsCloudEvent(EventType<?> type, JsonNode payload) {
        OutboxMessage message = new OutboxMessage(UUID.randomUUID().toString(), type.topic(), "aggregate-1",
                type.type(), "/contract-test", Instant.parse("2026-03-02T09:41:12Z"), payload.toString());
        return FrontDoorEvents.read(message.toCloudEvent());
    }
}
