package org.frontdoor.triage.decision.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentRuleTest {

    @Test
    void aSocialCareRouteWithoutConsentNeedsTheRiskOfHarmReason() {
        assertThatCode(() -> ConsentDoesNotAllowRoute.check("r", Consent.NOT_SOUGHT_RISK_OF_HARM,
                Route.STRATEGY_DISCUSSION)).doesNotThrowAnyException();
        assertThatCode(() -> ConsentDoesNotAllowRoute.check("r", Consent.GIVEN, Route.SOCIAL_WORK_ASSESSMENT))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ConsentDoesNotAllowRoute.check("r", Consent.REFUSED, Route.SOCIAL_WORK_ASSESSMENT))
                .isInstanceOf(ConsentDoesNotAllowRoute.class).hasMessageContaining("NOT_SOUGHT_RISK_OF_HARM");
    }

    @Test
    void earlyHelpTheFamilyRefusedCannotBeArrangedButAdviceAndConsultationCan() {
        assertThatThrownBy(() -> ConsentDoesNotAllowRoute.check("r", Consent.REFUSED, Route.EARLY_HELP_TARGETED))
                .isInstanceOf(ConsentDoesNotAllowRoute.class);
        assertThatThrownBy(() -> ConsentDoesNotAllowRoute.check("r", Consent.REFUSED, Route.EARLY_HELP_SINGLE_AGENCY))
                .isInstanceOf(ConsentDoesNotAllowRoute.class);
        assertThatCode(() -> ConsentDoesNotAllowRoute.check("r", Consent.REFUSED, Route.CONSULTATION))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConsentDoesNotAllowRoute.check("r", Consent.REFUSED, Route.NO_FURTHER_ACTION))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConsentDoesNotAllowRoute.check("r", Consent.NOT_SOUGHT_RISK_OF_HARM,
                Route.EARLY_HELP_TARGETED)).doesNotThrowAnyException();
    }

    @Test
    void aReferralWhoseConsentTriageNeverReceivedIsNotChecked() {
        assertThatCode(() -> ConsentDoesNotAllowRoute.check("r", null, Route.STRATEGY_DISCUSSION))
                .doesNotThrowAnyException();
    }
}
