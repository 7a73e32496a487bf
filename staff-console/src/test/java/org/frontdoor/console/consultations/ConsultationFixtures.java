package org.frontdoor.console.consultations;

/**
 * consultation-service's answers, in the shapes of its {@code SlotView}, {@code DiarySlotView},
 * {@code ConsultationView} and {@code OwnConsultationsView}.
 */
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

    /**
     * The consultant's own slots (the diary), by start as the API gives them: a held and a booked consultation whose
     * slots have started, then a free, a booked and a withdrawn slot to come.
     */
    static final String DIARY = """
            [{"id": "slot-held", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
              "mode": "PHONE", "startsAt": "2020-03-02T10:00:00Z", "endsAt": "2020-03-02T11:00:00Z", "status": "BOOKED",
              "consultation": {"id": "c-held", "status": "HELD", "bookedAt": "2020-03-01T09:00:00Z"}},
             {"id": "slot-started", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
              "mode": "VIDEO", "startsAt": "2020-03-03T10:00:00Z", "endsAt": "2020-03-03T11:00:00Z", "status": "BOOKED",
              "consultation": {"id": "c-started", "status": "BOOKED", "bookedAt": "2020-03-01T09:00:00Z"}},
             {"id": "slot-past-free", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
              "mode": "VIDEO", "startsAt": "2020-03-04T10:00:00Z", "endsAt": "2020-03-04T11:00:00Z", "status": "FREE",
              "consultation": null},
             {"id": "slot-summer", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
              "mode": "PHONE", "startsAt": "2030-06-04T08:30:00Z", "endsAt": "2030-06-04T09:30:00Z", "status": "FREE",
              "consultation": null},
             {"id": "slot-booked", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
              "mode": "IN_PERSON", "startsAt": "2030-12-03T09:30:00Z", "endsAt": "2030-12-03T10:30:00Z", "status": "BOOKED",
              "consultation": {"id": "c-1", "status": "BOOKED", "bookedAt": "2030-11-01T09:00:00Z"}},
             {"id": "slot-withdrawn", "consultantId": "consultant", "consultantType": "EARLY_HELP_SOCIAL_WORKER",
              "mode": "VIDEO", "startsAt": "2030-12-04T14:00:00Z", "endsAt": "2030-12-04T14:30:00Z", "status": "WITHDRAWN",
              "consultation": null}]""";

    /** A page of the practitioner's own consultations, latest start first as the API gives them. */
    static String ownConsultations(int page, long total) {
        return """
                {"consultations": [
                  {"id": "c-later", "status": "BOOKED", "slotId": "slot-later", "consultantId": "consultant",
                   "consultantType": "PRIMARY_MENTAL_HEALTH_WORKER", "mode": "VIDEO",
                   "startsAt": "2030-12-04T14:00:00Z", "endsAt": "2030-12-04T14:30:00Z", "bookedAt": "2030-11-01T09:00:00Z"},
                  {"id": "c-1", "status": "CANCELLED", "slotId": "slot-booked", "consultantId": "consultant",
                   "consultantType": "EARLY_HELP_SOCIAL_WORKER", "mode": "PHONE",
                   "startsAt": "2030-12-03T09:30:00Z", "endsAt": "2030-12-03T10:30:00Z", "bookedAt": "2030-11-01T09:00:00Z"},
                  {"id": "c-soon", "status": "BOOKED", "slotId": "slot-summer", "consultantId": "consultant",
                   "consultantType": "EARLY_HELP_SOCIAL_WORKER", "mode": "PHONE",
                   "startsAt": "2030-06-04T08:30:00Z", "endsAt": "2030-06-04T09:30:00Z", "bookedAt": "2030-05-01T09:00:00Z"},
                  {"id": "c-held", "status": "HELD", "slotId": "slot-held", "consultantId": "consultant",
                   "consultantType": "TARGETED_YOUTH_SUPPORT", "mode": "IN_PERSON",
                   "startsAt": "2020-03-02T10:00:00Z", "endsAt": "2020-03-02T11:00:00Z", "bookedAt": "2020-03-01T09:00:00Z"}],
                 "page": %d, "size": 20, "totalConsultations": %d}""".formatted(page, total);
    }

    static final String NO_CONSULTATIONS = """
            {"consultations": [], "page": 0, "size": 20, "totalConsultations": 0}""";

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
