package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * A version of the family's plan was agreed with the family: its shape only (counts, codes and dates). The goals'
 * and actions' words, and what the family says, stay in case-service.
 *
 * @param planVersion            1 for the first plan agreed on the case, counting on with each re-agreement
 * @param framework              the family programme framework the goals' themes belong to
 * @param themes                 the theme codes the plan's goals are tied to, each once, in the order the goals name them
 * @param webstarAreas           the Webstar area codes the plan's goals are about, each once (may be empty)
 * @param earliestGoalTargetDate the earliest date by which a goal is to be met
 * @param latestGoalTargetDate   the latest date by which a goal is to be met
 */
public record FamilyPlanAgreed(
        String caseId,
        int planVersion,
        Instant agreedAt,
        int goalCount,
        int actionCount,
        String framework,
        String frameworkVersion,
        List<String> themes,
        List<String> webstarAreas,
        LocalDate earliestGoalTargetDate,
        LocalDate latestGoalTargetDate) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.family-plan-agreed.v1";

    public FamilyPlanAgreed {
        Require.text(caseId, "caseId");
        if (planVersion < 1) {
            throw new IllegalArgumentException("planVersion starts at 1");
        }
        Require.present(agreedAt, "agreedAt");
        if (goalCount < 1 || actionCount < 0) {
            throw new IllegalArgumentException("a plan has at least one goal, and no negative count of actions");
        }
        Require.text(framework, "framework");
        Require.text(frameworkVersion, "frameworkVersion");
        themes = Require.nonEmpty(themes, "themes");
        webstarAreas = Require.list(webstarAreas, "webstarAreas");
        Require.present(earliestGoalTargetDate, "earliestGoalTargetDate");
        Require.present(latestGoalTargetDate, "latestGoalTargetDate");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return agreedAt;
    }
}
