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
import org.frontdoor.referral.intake.domain.AdultDetails;
import org.frontdoor.referral.intake.domain.Channel;
import org.frontdoor.referral.intake.domain.ChildDetails;
import org.frontdoor.referral.intake.domain.ChildRelationship;
import org.frontdoor.referral.intake.domain.Consent;
import org.frontdoor.referral.intake.domain.ConsentStatus;
import org.frontdoor.referral.intake.domain.Ethnicity;
import org.frontdoor.referral.intake.domain.FamilyTheme;
import org.frontdoor.referral.intake.domain.Gender;
import org.frontdoor.referral.intake.domain.NewReferral;
import org.frontdoor.referral.intake.domain.Pathway;
import org.frontdoor.referral.intake.domain.PostalAddress;
import org.frontdoor.referral.intake.domain.Referrer;
import org.frontdoor.referral.intake.domain.ReferrerType;
import org.frontdoor.referral.intake.domain.Relationship;
import org.frontdoor.referral.intake.domain.Urgency;

/**
 * {@code POST /api/referrals}: a contact about one or more children (the same shape for staff and partner systems).
 * Unknown fields are rejected by name. The locality is not sent: it comes from the children's postcodes.
 */
record ReferralRequest(
        @NotNull @Valid ReferrerRequest referrer,
        @Schema(description = "How the contact arrived. A partner system's referral is always PARTNER_API, whatever it sends;"
                + " a contact officer may not claim PARTNER_API.")
        Channel channel,
        @Schema(description = "Children in Need census referral source code (1A … 10)", example = "2A")
        @NotBlank @Size(max = 3) String sourceCode,
        @NotNull Pathway pathway,
        @NotNull Urgency urgency,
        @Schema(description = "A child at immediate risk; optional, and when sent it must agree with urgency IMMEDIATE_RISK")
        Boolean immediateRisk,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid ChildRequest> children,
        @Schema(description = "The adults in the household, each with their relationship to the children")
        @Size(max = 20) List<@NotNull @Valid AdultRequest> adults,
        @Schema(description = "The concern, in the referrer's words. Stays in this service: never in events or logs.")
        @NotBlank @Size(max = 10_000) String concerns,
        @Schema(description = "Children in Need census assessment factor codes", example = "[\"16A\", \"3B\"]")
        @Size(max = 40) List<@NotBlank @Size(max = 3) String> assessmentFactors,
        @Schema(description = "Family themes (default framework)") @Size(max = 10) List<@NotNull FamilyTheme> familyThemes,
        @NotNull @Valid ConsentRequest consent,
        @Schema(description = "When the referrer first identified the unassessed need; not after the front door receives the referral")
        @NotNull Instant needIdentifiedAt) {

    record AddressRequest(
            @Size(max = 6) List<@NotBlank @Size(max = 100) String> lines,
            @Schema(description = "A UK postcode; GIR 0AA and BFPO numbers are accepted", example = "SY1 1AA")
            @Size(max = 10) String postcode) {

        PostalAddress toAddress() {
            return new PostalAddress(lines, postcode);
        }
    }

    record ReferrerRequest(
            @NotNull ReferrerType type,
            @Schema(description = "Required unless ANONYMOUS (then it must be absent)") @Size(max = 200) String name,
            @Schema(description = "Job title") @Size(max = 200) String role,
            @Schema(description = "Organisation name; required for a PROFESSIONAL") @Size(max = 200) String organisation,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "[0-9+() -]{6,30}", message = "must be a phone number of 6 to 30 digits, spaces, '+', '(', ')' or '-'")
            String phone,
            @Schema(description = "Where the decision letter can be posted") @Valid AddressRequest postalAddress) {

        Referrer toReferrer() {
            return new Referrer(name, role, organisation, type, phone, email,
                    postalAddress == null ? null : postalAddress.toAddress());
        }
    }

    record ChildRequest(
            @Schema(description = "Required unless unborn") @Size(max = 100) String firstName,
            @Schema(description = "For an unborn child, the family name the baby will have") @NotBlank @Size(max = 100)
            String lastName,
            @Schema(description = "Not in the future; for an unborn child the expected date of delivery") @NotNull
            LocalDate dateOfBirth,
            @Schema(description = "Defaults to false") Boolean unborn,
            @NotNull Gender gender,
            @Schema(description = "DfE ethnicity code; leave out when not yet recorded") Ethnicity ethnicity,
            @Schema(description = "Defaults to false") Boolean disability,
            @Schema(description = "10 digits, spaces allowed, checked with its modulus-11 check digit", example = "943 476 5919")
            @Size(max = 12) String nhsNumber,
            @Valid AddressRequest address,
            @Schema(description = "The school or setting the child attends") @Size(max = 200) String school) {

        ChildDetails toChild() {
            return new ChildDetails(firstName, lastName.strip(), dateOfBirth, Boolean.TRUE.equals(unborn), gender,
                    ethnicity, Boolean.TRUE.equals(disability), nhsNumber, address == null ? null : address.toAddress(),
                    school);
        }
    }

    record RelationshipRequest(
            @Schema(description = "The child's position in children, from 0") @NotNull Integer child,
            @NotNull Relationship relationship) {
    }

    record AdultRequest(
            @NotBlank @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            LocalDate dateOfBirth,
            Gender gender,
            @Size(max = 12) String nhsNumber,
            @Schema(description = "Leave out when the adult lives at the children's address") @Valid AddressRequest address,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid RelationshipRequest> relationships) {

        AdultDetails toAdult() {
            return new AdultDetails(firstName, lastName, dateOfBirth, gender, nhsNumber,
                    address == null ? null : address.toAddress(),
                    relationships.stream().map(r -> new ChildRelationship(r.child(), r.relationship())).toList());
        }
    }

    record ConsentRequest(
            @NotNull ConsentStatus status,
            @Schema(description = "Required when GIVEN: who gave consent", example = "Mother, Jane Smith")
            @Size(max = 200) String givenBy,
            @Schema(description = "Required when GIVEN: when it was given") Instant givenAt,
            @Schema(description = "Required when NOT_SOUGHT_RISK_OF_HARM: why seeking consent would place the child at risk")
            @Size(max = 2_000) String reason) {

        Consent toConsent() {
            return new Consent(status, reason, givenBy, givenAt);
        }
    }

    NewReferral toNewReferral() {
        return new NewReferral(
                referrer.toReferrer(),
                channel,
                sourceCode,
                pathway,
                urgency,
                immediateRisk,
                children.stream().map(ChildRequest::toChild).toList(),
                adults == null ? List.of() : adults.stream().map(AdultRequest::toAdult).toList(),
                concerns,
                assessmentFactors,
                familyThemes,
                consent.toConsent(),
                needIdentifiedAt);
    }
}
