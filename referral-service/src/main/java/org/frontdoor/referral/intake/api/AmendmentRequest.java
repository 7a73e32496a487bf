package org.frontdoor.referral.intake.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.frontdoor.referral.intake.domain.FamilyTheme;
import org.frontdoor.referral.intake.domain.Pathway;
import org.frontdoor.referral.intake.domain.ReferralAmendment;
import org.frontdoor.referral.intake.domain.Urgency;

/**
 * {@code POST /api/referrals/{id}/amendments}: the parts of the contact to correct, in the shape of
 * {@link ReferralRequest}; a field left out stays as it is. Unknown fields are rejected.
 */
record AmendmentRequest(
        @Valid ReferralRequest.ReferrerRequest referrer,
        @Schema(description = "Children in Need census referral source code (1A … 10)", example = "2A")
        @Size(min = 1, max = 3) String sourceCode,
        Pathway pathway,
        Urgency urgency,
        Boolean immediateRisk,
        @Schema(description = "The concern, corrected. Stays in this service: never in events or logs.")
        @Size(min = 1, max = 10_000) String concerns,
        @Size(max = 40) List<@NotBlank @Size(max = 3) String> assessmentFactors,
        @Size(max = 10) List<@NotNull FamilyTheme> familyThemes,
        @Valid ReferralRequest.ConsentRequest consent,
        @Schema(description = "The complete new list of children: to add a child or correct one, send them all."
                + " A child the person index recognises keeps its childId; the locality follows their postcodes.")
        @Size(min = 1, max = 20) List<ReferralRequest.@NotNull @Valid ChildRequest> children,
        @Schema(description = "The complete new list of adults in the household")
        @Size(max = 20) List<ReferralRequest.@NotNull @Valid AdultRequest> adults) {

    ReferralAmendment toAmendment() {
        return new ReferralAmendment(
                referrer == null ? null : referrer.toReferrer(),
                sourceCode, pathway, urgency, immediateRisk, concerns, assessmentFactors, familyThemes,
                consent == null ? null : consent.toConsent(),
                children == null ? null : children.stream().map(ReferralRequest.ChildRequest::toChild).toList(),
                adults == null ? null : adults.stream().map(ReferralRequest.AdultRequest::toAdult).toList());
    }
}
