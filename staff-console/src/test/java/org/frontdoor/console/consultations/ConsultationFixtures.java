package org.frontdoor.console.consultations;

/** consultation-service's answers, in the shapes of its {@code SlotView} and {@code ConsultationView}. */
final class ConsultationFixtures {

    /** Free slots of two consultants, out of order (the console sorts by start). */
    static final String FREE_SLOTS = """
            [{"id": "slot-later", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
              "mode": "VIDEO", "startsAt": "2030-12-04T14:00:00Z", "endsAt": "2030-12-04T14:30:00Z", "status": "FREE"},
             {"id": "slot-summer", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
              "mode": "PHONE", "startsAt": "2030-06-04T08:30:00Z", "endsAt": "2030-06-04T09:30:00Z", "status": "FREE"},
             {"id": "slot-other", "consultantId": "other-consultant", "consultantType": "PRIMARY_MENTAL_HEALTH_WORKER",
              "mode": "IN_PERSON", "startsAt": "2030-12-03T09:30:00Z", "endsAt": "2030-12-03T11:00:00Z", "status": "FREE"}]""";

    static final String SLOT_PUBLISHED = """
            {"id": "slot-new", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
             "mode": "PHONE", "startsAt": "2030-12-03T09:30:00Z", "endsAt": "2030-12-03T10:30:00Z", "status": "FREE"}""";

    private ConsultationFixtures() {
    }

    /** A consultation booked by {@code practitioner} with {@code consultant}, in the future or already started. */
    static String consultation(String id, String status, boolean started) {
        String startsAt = started ? "2020-03-02T10:00:00Z" : "2030-12-03T09:30:00Z";
        String endsAt = started ? "2020-03-02T11:00:00Z" : "2030-12-03T10:30:00Z";
        return """
                {"id": "%s", "status": "%s", "slotId": "slot-booked", "consultantId": "consultant",
                 "consultantType": "EARLY_HELP_SOCIAL_WORKER", "mode": "PHONE", "startsAt": "%s", "endsAt": "%s",
                 "requestedBy": "practitioner", "childId": "child-7", "familyId": null, "referralId": "ref-1",
                 "question": "Dad has left; mum is struggling with the toddler's sleep.", "requestedAt": "2020-03-01T09:00:00Z",
                 "bookedAt": "2020-03-01T09:00:00Z", "rescheduledFromSlotId": null, "movedToSlotId": null,
                 "cancellation": null, "outcome": null}""".formatted(id, status, startsAt, endsAt);
    }

    static String problem(int status, String field, String message) {
        return """
                {"type": "urn:frontdoor:problem:invalid", "title": "Invalid request", "status": %d,
                 "errors": [{"field": "%s", "message": "%s"}]}""".formatted(status, field, message);
    }
}
