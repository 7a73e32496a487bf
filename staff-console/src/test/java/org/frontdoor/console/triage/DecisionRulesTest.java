package org.frontdoor.console.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The routes offered per level come from triage's configuration; the API's refusals in GOV.UK words. */
class DecisionRulesTest {

    private final TriageConfiguration configuration =
            JsonMapper.builder().build().readValue(TriageFixtures.CONFIGURATION, TriageConfiguration.class);

    @Test
    void theRoutesOfALevelAreTheOnesTriagePublishes() {
        assertThat(configuration.routesFor(1)).extracting(TriageConfiguration.RouteInfo::route)
                .containsExactly("NO_FURTHER_ACTION", "ADVICE_AND_SIGNPOSTING", "CONSULTATION");
        assertThat(configuration.routesFor(4)).extracting(TriageConfiguration.RouteInfo::route)
                .containsExactly("NO_FURTHER_ACTION", "SOCIAL_WORK_ASSESSMENT", "STRATEGY_DISCUSSION");
        assertThat(configuration.routesFor(null)).isEmpty();
        assertThat(configuration.routesFor(7)).isEmpty();
        assertThat(configuration.allows(3, "EARLY_HELP_TARGETED")).isTrue();
        assertThat(configuration.allows(2, "EARLY_HELP_TARGETED")).isFalse();
        assertThat(configuration.teamName("ENHANCE")).isEqualTo("EnHance");
    }

    @Test
    void noFurtherActionSendsNoTeamOrPrimaryNeedAndBlanksAreSentAsMissing() {
        DecisionForm form = new DecisionForm();
        form.setLevel("1");
        form.setRoute("NO_FURTHER_ACTION");
        form.setTeam("FAMILY_INFORMATION_SERVICE");
        form.setPrimaryNeed("N4");
        form.setRationale("  ");
        form.setAssessmentFactors(List.of("21", ""));
        Map<String, Object> body = form.payload(false);
        assertThat(body).containsEntry("level", 1).containsEntry("team", null).containsEntry("primaryNeed", null)
                .containsEntry("rationale", null).containsEntry("earlyHelpOffered", null)
                .containsEntry("assessmentFactors", List.of("21")).doesNotContainKey("revisesDecisionId");
        form.setLevel("5");
        assertThat(form.levelNumber()).isNull();
    }

    @Test
    void fieldErrorsGoByTheirInputsAndAConsentBlockIsExplained() {
        FormErrors errors = DecisionErrors.of(new ApiProblem("urn:frontdoor:problem:invalid-request", "Invalid", 400, null,
                List.of(new ApiProblem.FieldError("route", "is required"),
                        new ApiProblem.FieldError("assessmentFactors[2]", "is not a CIN census assessment factor"),
                        new ApiProblem.FieldError("somethingElse", "is odd"))), 400);
        assertThat(errors.getItems()).extracting(FormErrors.Item::fieldId, FormErrors.Item::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("decision-route", "Select a route"),
                org.assertj.core.groups.Tuple.tuple("decision-assessmentFactors",
                        "Assessment factors is not a CIN census assessment factor"),
                org.assertj.core.groups.Tuple.tuple(DecisionErrors.FORM, "SomethingElse is odd"));

        FormErrors consent = DecisionErrors.of(new ApiProblem("urn:frontdoor:problem:consent-does-not-allow-route",
                "Consent does not allow this route", 422, "The referral ...", List.of(), null, "REFUSED",
                "EARLY_HELP_TARGETED"), 422);
        assertThat(consent.message("decision-route")).startsWith("This route cannot be chosen because the family refused consent");
    }

    @Test
    void timeLeftIsWorded() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        assertThat(ReferralPage.timeLeft(now.plus(Duration.ofMinutes(192)), false, now)).isEqualTo("3 hours 12 minutes left");
        assertThat(ReferralPage.timeLeft(now.minus(Duration.ofMinutes(25)), true, now)).isEqualTo("Overdue by 25 minutes");
        assertThat(ReferralPage.timeLeft(null, false, now)).isEmpty();
    }
}
