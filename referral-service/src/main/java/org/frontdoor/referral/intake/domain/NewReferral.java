package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.util.List;

import org.frontdoor.referral.locality.domain.Postcode;

/**
 * A contact as the caller describes it, before the front door accepts it. The locality is not the caller's to say:
 * it comes from the children's postcodes.
 *
 * @param channel           what the caller says; a partner system's referral is always {@link Channel#PARTNER_API}
 * @param sourceCode        the CIN census referral source code as given (checked against {@link ReferralSource})
 * @param immediateRisk     {@code null} when not said; when said, it must agree with {@code urgency}
 *                          ({@link Urgency#IMMEDIATE_RISK})
 * @param concerns          free text: stays in this service, never in events or logs
 * @param assessmentFactors CIN census assessment factor codes ({@link AssessmentFactors})
 */
public record NewReferral(
        Referrer referrer,
        Channel channel,
        String sourceCode,
        Pathway pathway,
        Urgency urgency,
        Boolean immediateRisk,
        List<ChildDetails> children,
        List<AdultDetails> adults,
        String concerns,
        List<String> assessmentFactors,
        List<FamilyTheme> familyThemes,
        Consent consent,
        Instant needIdentifiedAt) {

    public NewReferral {
        children = children == null ? List.of() : List.copyOf(children);
        adults = adults == null ? List.of() : List.copyOf(adults);
        assessmentFactors = assessmentFactors == null ? List.of() : List.copyOf(assessmentFactors);
        familyThemes = familyThemes == null ? List.of() : List.copyOf(familyThemes);
    }

    /** A contact about children only, with no household, factors or themes recorded. */
    public NewReferral(Referrer referrer, Channel channel, String sourceCode, Pathway pathway, Urgency urgency,
                       List<ChildDetails> children, String concerns, Consent consent, Instant needIdentifiedAt) {
        this(referrer, channel, sourceCode, pathway, urgency, null, children, List.of(), concerns, List.of(), List.of(),
                consent, needIdentifiedAt);
    }

    /** The same contact with postcodes and NHS numbers in their normal form; call only once the rules have passed. */
    public NewReferral inNormalForm() {
        return new NewReferral(normal(referrer), channel, sourceCode, pathway, urgency, immediateRisk,
                children.stream().map(NewReferral::normal).toList(),
                adults.stream().map(NewReferral::normal).toList(),
                concerns, assessmentFactors.stream().distinct().toList(), familyThemes.stream().distinct().toList(),
                consent, needIdentifiedAt);
    }

    static ChildDetails normal(ChildDetails child) {
        return new ChildDetails(strip(child.firstName()), strip(child.lastName()), child.dateOfBirth(), child.unborn(),
                child.gender(), child.ethnicity(), child.disability(), nhs(child.nhsNumber()), normal(child.address()),
                strip(child.school()));
    }

    static AdultDetails normal(AdultDetails adult) {
        return new AdultDetails(strip(adult.firstName()), strip(adult.lastName()), adult.dateOfBirth(), adult.gender(),
                nhs(adult.nhsNumber()), normal(adult.address()), adult.relationships());
    }

    static Referrer normal(Referrer referrer) {
        return referrer == null ? null : new Referrer(referrer.name(), referrer.role(), referrer.organisation(),
                referrer.type(), referrer.phone(), referrer.email(), normal(referrer.postalAddress()));
    }

    static PostalAddress normal(PostalAddress address) {
        if (address == null) {
            return null;
        }
        String postcode = address.postcode() == null ? null
                : Postcode.parse(address.postcode()).map(Postcode::value).orElse(address.postcode());
        return new PostalAddress(address.lines().stream().map(String::strip).filter(line -> !line.isEmpty()).toList(),
                postcode);
    }

    private static String nhs(String nhsNumber) {
        return nhsNumber == null ? null : NhsNumber.parse(nhsNumber).map(NhsNumber::value).orElse(nhsNumber);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
