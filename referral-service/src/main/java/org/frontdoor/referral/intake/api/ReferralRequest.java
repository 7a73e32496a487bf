package org.frontdoor.referral.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.referral.intake.domain.Channel;
import org.frontdoor.referral.intake.domain.ChildDetails;
import org.frontdoor.referral.intake.domain.Consent;
import org.frontdoor.referral.intake.domain.ConsentStatus;
import org.frontdoor.referral.intake.domain.Ethnicity;
import org.frontdoor.referral.intake.domain.Gender;
import org.frontdoor.referral.intake.domain.NewReferral;
import org.frontdoor.referral.intake.domain.Pathway;
import org.frontdoor.referral.intake.domain.Referrer;
import org.frontdoor.referral.intake.domain.ReferrerType;
import org.frontdoor.referral.intake.domain.Urgency;

/** {@code POST /api/referrals}: a contact about one or more children. Unknown fields are rejected. */
record ReferralRequest(
        @NotNull @Valid ReferrerRequest referrer,
        @Schema(description = "How the contact arrived. A partner system's referral is always PARTNER_API, whatever it sends;"
                + " a contact officer may not claim PARTNER_API.")
        Channel channel,
        @Schema(description = "Children in Need census referral source code (1A … 10)", example = "2A")
        @NotBlank @Size(max = 3) String sourceCode,
        @NotNull Pathway pathway,
        @NotNull Urgency urgency,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid ChildRequest> children,
        @Schema(description = "The concern, in the referrer's words. Stays in this service: never in events or logs.")
        @NotBlank @Size(max = 10_000) String concerns,
        @NotNull @Valid ConsentRequest consent,
        @Schema(description = "When the referrer first identified the unassessed need; not after the front door receives the referral")
        @NotNull Instant needIdentifiedAt,
        @Schema(description = "The authority's locality code", example = "NORTH")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,30}", message = "must be a locality code of 1 to 30 letters, digits, '-' or '_'")
        String locality) {

    record ReferrerRequest(
            @Schema(description = "Required unless ANONYMOUS (then it must be absent)") @Size(max = 200) String name,
            @Schema(description = "Job title") @Size(max = 200) String role,
            @Schema(description = "Organisation name; required for a PROFESSIONAL") @Size(max = 200) String agency,
            @NotNull ReferrerType referrerType,
            @Pattern(regexp = "[0-9+() -]{6,30}", message = "must be a phone number of 6 to 30 digits, spaces, '+', '(', ')' or '-'")
            String phone,
            @Email @Size(max = 254) String email) {
    }

    record ChildRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Schema(description = "Not in the future") @NotNull LocalDate dateOfBirth,
            @NotNull Gender gender,
            @Schema(description = "DfE ethnicity code; leave out when not yet recorded") Ethnicity ethnicity,
            @Schema(description = "Defaults to false") Boolean disability) {
    }

    record ConsentRequest(
            @NotNull ConsentStatus status,
            @Schema(description = "Required when NOT_SOUGHT_RISK_OF_HARM: why seeking consent would place the child at risk")
            @Size(max = 2_000) String reason) {
    }

    NewReferral toNewReferral() {
        return new NewReferral(
                new Referrer(referrer.name(), referrer.role(), referrer.agency(), referrer.referrerType(), referrer.phone(),
                        referrer.email()),
                channel,
                sourceCode,
                pathway,
                urgency,
                children.stream()
                        .map(child -> new ChildDetails(child.firstName().strip(), child.lastName().strip(),
                                child.dateOfBirth(), child.gender(), child.ethnicity(), Boolean.TRUE.equals(child.disability())))
                        .toList(),
                concerns,
                new Consent(consent.status(), consent.reason()),
                needIdentifiedAt,
                locality);
    }
}
