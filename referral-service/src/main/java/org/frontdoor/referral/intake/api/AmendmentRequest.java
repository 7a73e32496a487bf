package org.frontdoor.referral.intake.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.referral.intake.domain.ChildDetails;
import org.frontdoor.referral.intake.domain.Pathway;
import org.frontdoor.referral.intake.domain.ReferralAmendment;
import org.frontdoor.referral.intake.domain.Urgency;

/**
 * {@code POST /api/referrals/{id}/amendments}: the fields to correct; a field left out stays as it is. Unknown
 * fields are rejected.
 */
record AmendmentRequest(
        @Schema(description = "Children in Need census referral source code (1A … 10)", example = "2A")
        @Size(min = 1, max = 3) String sourceCode,
        Pathway pathway,
        Urgency urgency,
        @Schema(description = "The authority's locality code", example = "NORTH")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,30}", message = "must be a locality code of 1 to 30 letters, digits, '-' or '_'")
        String locality,
        @Schema(description = "The concern, corrected. Stays in this service: never in events or logs.")
        @Size(min = 1, max = 10_000) String concerns,
        @Schema(description = "The complete new list of children: to add a child or correct one, send them all."
                + " A child the person index recognises keeps its childId.")
        @Size(min = 1, max = 20) List<ReferralRequest.@NotNull @Valid ChildRequest> children) {

    ReferralAmendment toAmendment() {
        return new ReferralAmendment(sourceCode, pathway, urgency, locality, concerns,
                children == null ? null : children.stream()
                        .map(child -> new ChildDetails(child.firstName().strip(), child.lastName().strip(),
                                child.dateOfBirth(), child.gender(), child.ethnicity(), Boolean.TRUE.equals(child.disability())))
                        .toList());
    }
}
