package org.frontdoor.cases.earlyhelp.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.earlyhelp.domain.ClosureJudgement;
import org.frontdoor.cases.earlyhelp.domain.ClosureReason;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;

/**
 * Closing a case.
 *
 * @param judgement required when the reason is {@code OUTCOMES_ACHIEVED} (and then not {@code NOT_ACHIEVED}) or
 *                  {@code STEPPED_DOWN_TO_UNIVERSAL}; optional otherwise
 * @param summary   the lead professional's closing summary: optional free text, kept in this service only
 */
record ClosureRequest(
        @NotNull ClosureReason reason,
        ClosureJudgement judgement,
        @Size(max = EarlyHelpCase.SUMMARY_MAX_LENGTH) String summary) {
}
