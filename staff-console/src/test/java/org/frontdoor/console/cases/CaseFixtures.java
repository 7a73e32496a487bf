package org.frontdoor.console.cases;

/**
 * case-service's answers as WireMock plays them, in the shapes of its views ({@code CaseSummary}, {@code CaseView},
 * {@code CaseWorkViews.WebstarView}): ids, codes and ISO instants, no names.
 */
final class CaseFixtures {

    /** What a practitioner's {@code GET /api/cases?mine=true} holds: the case they lead, its review overdue. */
    static final String MY_CASES = """
            [{"caseId": "case-mine", "status": "OPEN", "familyId": "family-1", "childIds": ["child-1", "child-2"],
              "locality": "NORTH", "openedAt": "2026-11-02T10:15:00Z", "leadProfessionalId": "practitioner",
              "closedAt": null, "nextReviewDue": "2026-11-30", "reviewOverdue": true, "overdueActions": 3,
              "drifting": true, "waitingDays": null}]""";

    /** {@code GET /api/cases?unallocated=true}: open unallocated cases, longest waiting first. */
    static final String UNALLOCATED = """
            [{"caseId": "case-waiting", "status": "OPEN", "familyId": "family-4", "childIds": ["child-5"],
              "locality": "NORTH", "openedAt": "2026-11-30T09:30:00Z", "leadProfessionalId": null, "closedAt": null,
              "nextReviewDue": null, "reviewOverdue": false, "overdueActions": 0, "drifting": false, "waitingDays": 3},
             {"caseId": "case-yesterday", "status": "OPEN", "familyId": "family-5", "childIds": ["child-6"],
              "locality": "SOUTH", "openedAt": "2026-12-02T09:30:00Z", "leadProfessionalId": null, "closedAt": null,
              "nextReviewDue": null, "reviewOverdue": false, "overdueActions": 0, "drifting": false, "waitingDays": 1},
             {"caseId": "case-free", "status": "OPEN", "familyId": "family-2", "childIds": ["child-3"],
              "locality": "SOUTH", "openedAt": "2026-12-03T09:30:00Z", "leadProfessionalId": null, "closedAt": null,
              "nextReviewDue": null, "reviewOverdue": false, "overdueActions": 0, "drifting": false, "waitingDays": 0}]""";

    /** A manager's: every case. */
    static final String EVERY_CASE = """
            [{"caseId": "case-mine", "status": "OPEN", "familyId": "family-1", "childIds": ["child-1", "child-2"],
              "locality": "NORTH", "openedAt": "2026-11-02T10:15:00Z", "leadProfessionalId": "practitioner",
              "closedAt": null},
             {"caseId": "case-free", "status": "OPEN", "familyId": "family-2", "childIds": ["child-3"],
              "locality": "SOUTH", "openedAt": "2026-12-01T09:30:00Z", "leadProfessionalId": null, "closedAt": null},
             {"caseId": "case-other", "status": "OPEN", "familyId": "family-3", "childIds": ["child-4"],
              "locality": "CENTRAL", "openedAt": "2026-10-01T09:30:00Z", "leadProfessionalId": "other-practitioner",
              "closedAt": null, "nextReviewDue": "2027-03-01", "reviewOverdue": false, "overdueActions": 0,
              "drifting": false, "waitingDays": null}]""";

    /** {@code GET /api/cases/caseloads}: two lead professionals' open cases and the unallocated ones. */
    static final String CASELOADS = """
            {"today": "2026-12-03",
             "leadProfessionals": [
               {"leadProfessionalId": "practitioner", "openCases": 12, "reviewsOverdue": 2, "drifting": 1, "overdueActions": 5},
               {"leadProfessionalId": "other-practitioner", "openCases": 7, "reviewsOverdue": 0, "drifting": 3, "overdueActions": 0}],
             "unallocated": {"openCases": 4, "longestWaitDays": 9}}""";

    /** The practitioner's open case, with themes, a review and a parent. */
    static final String LED_CASE = """
            {"caseId": "case-mine", "status": "OPEN", "familyId": "family-1",
             "members": [{"personId": "child-1", "role": "CHILD"}, {"personId": "child-2", "role": "CHILD"},
                         {"personId": "parent-1", "role": "PARENT"}],
             "sourceReferralId": "ref-1", "locality": "NORTH", "openedAt": "2026-11-02T10:15:00Z",
             "leadProfessional": {"leadProfessionalId": "practitioner", "agency": "EARLY_HELP_SERVICE",
                                  "allocatedAt": "2026-11-03T09:00:00Z"},
             "closure": null, "earlierClosures": [], "reopenedAt": null,
             "familyThemes": {"caseId": "case-mine", "framework": "STRENGTHENING_FAMILIES", "frameworkVersion": "2021.1",
                              "themes": ["EDUCATION", "HEALTH"], "identifiedAt": "2026-11-04T11:00:00Z",
                              "identifiedBy": "practitioner"},
             "outcomeEvidence": [],
             "reviews": [{"reviewId": "rev-1", "caseId": "case-mine", "reviewNumber": 1,
                          "reviewedAt": "2026-12-03T09:30:00Z", "nextReviewDue": "2027-03-03", "recordedBy": "practitioner"}],
             "stepUps": []}""";

    /** The practitioner's case, open over 12 months and reviewed 3 times, its review overdue, with plan version 2. */
    static final String DRIFTING_CASE = """
            {"caseId": "case-mine", "status": "OPEN", "familyId": "family-1",
             "members": [{"personId": "child-1", "role": "CHILD"}, {"personId": "parent-1", "role": "PARENT"}],
             "sourceReferralId": "ref-1", "locality": "NORTH", "openedAt": "2025-10-02T10:15:00Z",
             "leadProfessional": {"leadProfessionalId": "practitioner", "agency": "EARLY_HELP_SERVICE",
                                  "allocatedAt": "2025-10-03T09:00:00Z"},
             "closure": null, "earlierClosures": [], "reopenedAt": null, "familyThemes": null, "outcomeEvidence": [],
             "reviews": [], "stepUps": [], "planVersion": 2,
             "attention": {"nextReviewDue": "2026-11-20", "reviewOverdue": true, "drifting": true,
                           "reasons": ["OPEN_TOO_LONG", "REVIEWED_MANY_TIMES", "REVIEW_OVERDUE"],
                           "consultationSuggested": true,
                           "consultation": "A consultation with an early help social worker is suggested"}}""";

    /** An unallocated open case. */
    static final String UNALLOCATED_CASE = """
            {"caseId": "case-free", "status": "OPEN", "familyId": "family-2",
             "members": [{"personId": "child-3", "role": "CHILD"}], "sourceReferralId": "ref-2", "locality": "SOUTH",
             "openedAt": "2026-12-01T09:30:00Z", "leadProfessional": null, "closure": null, "earlierClosures": [],
             "reopenedAt": null, "familyThemes": null, "outcomeEvidence": [], "reviews": [], "stepUps": []}""";

    /** The practitioner's case, closed. */
    static final String CLOSED_CASE = """
            {"caseId": "case-mine", "status": "CLOSED", "familyId": "family-1",
             "members": [{"personId": "child-1", "role": "CHILD"}], "sourceReferralId": "ref-1", "locality": "NORTH",
             "openedAt": "2026-11-02T10:15:00Z",
             "leadProfessional": {"leadProfessionalId": "practitioner", "agency": "SCHOOL",
                                  "allocatedAt": "2026-11-03T09:00:00Z"},
             "closure": {"reason": "OUTCOMES_ACHIEVED", "judgement": "PARTIALLY_ACHIEVED", "summary": "School attendance is back to normal.",
                         "closedAt": "2027-02-10T14:05:00Z", "closedBy": "practitioner"},
             "earlierClosures": [], "reopenedAt": null, "familyThemes": null, "outcomeEvidence": [], "reviews": [],
             "stepUps": []}""";

    /** Two readings of child-1's individual star and one of the family's, out of order. */
    static final String WEBSTARS = """
            [{"assessmentId": "w-2", "caseId": "case-mine", "personId": "child-1", "role": "CHILD", "type": "REVIEW",
              "assessedAt": "2027-01-15T12:00:00Z", "toolCode": "INDIVIDUAL_WEBSTAR", "toolVersion": "1",
              "scores": {"happy": 6, "safe": 7}, "recordedBy": "practitioner", "recordedAt": "2027-01-15T12:00:00Z"},
             {"assessmentId": "w-1", "caseId": "case-mine", "personId": "child-1", "role": "CHILD", "type": "BASELINE",
              "assessedAt": "2026-11-10T12:00:00Z", "toolCode": "INDIVIDUAL_WEBSTAR", "toolVersion": "1",
              "scores": {"happy": 3, "healthy": 4, "safe": 2}, "recordedBy": "practitioner", "recordedAt": "2026-11-10T12:00:00Z"},
             {"assessmentId": "w-3", "caseId": "case-mine", "personId": "family-1", "role": "FAMILY", "type": "BASELINE",
              "assessedAt": "2026-11-10T12:00:00Z", "toolCode": "FAMILY_WEBSTAR", "toolVersion": "1",
              "scores": {"housing": 5, "school_attendance": 2}, "recordedBy": "practitioner", "recordedAt": "2026-11-10T12:00:00Z"}]""";

    private CaseFixtures() {
    }
}
