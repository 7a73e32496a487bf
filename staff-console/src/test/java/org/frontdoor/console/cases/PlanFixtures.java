package org.frontdoor.console.cases;

/**
 * case-service's family plan answers as WireMock plays them ({@code CaseWorkViews.PlanView},
 * {@code PlanVersionSummary}, {@code AttentionSummary}): ids, codes, dates; the plan's own words are the family's.
 */
final class PlanFixtures {

    /** Version 2 of case-mine's plan, current: a goal for child-1 and one for the whole family. */
    static final String PLAN_V2 = """
            {"caseId": "case-mine", "version": 2, "current": true, "agreedAt": "2026-11-10T10:00:00Z",
             "agreedBy": "practitioner", "supersededAt": null, "framework": "STRENGTHENING_FAMILIES",
             "frameworkVersion": "2021.1", "familyView": "We want mornings to be calmer.",
             "goals": [
               {"goalId": "goal-1", "personId": "child-1", "wholeFamily": false, "theme": "EDUCATION",
                "webstarArea": "school_attendance", "difference": "Child 1 goes to school every day",
                "targetDate": "2027-02-01",
                "actions": [{"actionId": "act-1", "action": "Walk to school together", "owner":
                             {"personId": "parent-1", "agency": null}, "dueDate": "2026-11-20", "status": "IN_PROGRESS"},
                            {"actionId": "act-2", "action": "Meet the head of year", "owner":
                             {"personId": "practitioner", "agency": "SCHOOL"}, "dueDate": "2099-01-10", "status": "NOT_STARTED"}]},
               {"goalId": "goal-2", "personId": null, "wholeFamily": true, "theme": "HEALTH", "webstarArea": null,
                "difference": "A calmer home", "targetDate": "2027-03-01", "actions": []}],
             "actionUpdates": [{"updateId": "u-1", "caseId": "case-mine", "planVersion": 2, "actionId": "act-1",
                                "newOwner": null, "newStatus": "IN_PROGRESS", "updatedAt": "2026-11-15T09:00:00Z",
                                "updatedBy": "practitioner"}]}""";

    /** Version 1 of the same plan, replaced by version 2. */
    static final String PLAN_V1 = """
            {"caseId": "case-mine", "version": 1, "current": false, "agreedAt": "2026-11-05T10:00:00Z",
             "agreedBy": "practitioner", "supersededAt": "2026-11-10T10:00:00Z", "framework": "STRENGTHENING_FAMILIES",
             "frameworkVersion": "2021.1", "familyView": null,
             "goals": [{"goalId": "goal-0", "personId": null, "wholeFamily": true, "theme": "HEALTH",
                        "webstarArea": null, "difference": "Everyone sleeps better", "targetDate": "2027-01-01",
                        "actions": []}],
             "actionUpdates": []}""";

    static final String VERSIONS = """
            [{"version": 1, "current": false, "agreedAt": "2026-11-05T10:00:00Z", "agreedBy": "practitioner",
              "supersededAt": "2026-11-10T10:00:00Z", "goalCount": 1, "actionCount": 0},
             {"version": 2, "current": true, "agreedAt": "2026-11-10T10:00:00Z", "agreedBy": "practitioner",
              "supersededAt": null, "goalCount": 2, "actionCount": 2}]""";

    /** A manager's list of cases needing attention. */
    static final String ATTENTION = """
            [{"caseId": "case-old", "leadProfessional": {"leadProfessionalId": "practitioner", "agency": "SCHOOL",
              "allocatedAt": "2025-09-01T09:00:00Z"}, "openedAt": "2025-08-30T09:00:00Z", "openedOn": "2025-08-30",
              "reviewCount": 4, "nextReviewDue": "2026-11-01", "drifting": true, "reviewOverdue": true,
              "reasons": ["OPEN_TOO_LONG", "REVIEWED_MANY_TIMES", "REVIEW_OVERDUE"], "consultationSuggested": true},
             {"caseId": "case-late", "leadProfessional": null, "openedAt": "2026-06-01T09:00:00Z",
              "openedOn": "2026-06-01", "reviewCount": 0, "nextReviewDue": "2026-09-01", "drifting": false,
              "reviewOverdue": true, "reasons": ["REVIEW_OVERDUE"], "consultationSuggested": false}]""";

    private PlanFixtures() {
    }
}
