package org.frontdoor.referral.intake.domain;

import java.util.List;

/**
 * Corrections to a referral awaiting a decision. Every field is optional: {@code null} leaves it as it is. The
 * channel, the need-identified time and the links are what happened and are not amended; the locality follows the
 * children's postcodes.
 *
 * @param children the complete new list of children (to add a child or correct one, send them all); children the
 *                 person index recognises keep their {@code childId}
 * @param adults   the complete new list of adults in the household (their relationships name children by position
 *                 in the amended list of children, or the current one when children are not amended)
 * @param concerns free text: stays in this service, never in events or logs
 */
public record ReferralAmendment(
        Referrer referrer,
        String sourceCode,
        Pathway pathway,
        Urgency urgency,
        Boolean immediateRisk,
        String concerns,
        List<String> assessmentFactors,
        List<FamilyTheme> familyThemes,
        Consent consent,
        List<ChildDetails> children,
        List<AdultDetails> adults) {

    public ReferralAmendment {
        children = children == null ? null : List.copyOf(children);
        adults = adults == null ? null : List.copyOf(adults);
        assessmentFactors = assessmentFactors == null ? null : List.copyOf(assessmentFactors);
        familyThemes = familyThemes == null ? null : List.copyOf(familyThemes);
    }

    /** The first release's amendment: the coded facts, the concern and the children. */
    public ReferralAmendment(String sourceCode, Pathway pathway, Urgency urgency, String concerns,
                             List<ChildDetails> children) {
        this(null, sourceCode, pathway, urgency, null, concerns, null, null, null, children, null);
    }

    public boolean isEmpty() {
        return referrer == null && sourceCode == null && pathway == null && urgency == null && immediateRisk == null
                && concerns == null && assessmentFactors == null && familyThemes == null && consent == null
                && children == null && adults == null;
    }

    /** The same corrections with postcodes and NHS numbers in their normal form (after the rules have passed). */
    public ReferralAmendment inNormalForm() {
        return new ReferralAmendment(referrer == null ? null : NewReferral.normal(referrer), sourceCode, pathway, urgency,
                immediateRisk, concerns, assessmentFactors == null ? null : assessmentFactors.stream().distinct().toList(),
                familyThemes == null ? null : familyThemes.stream().distinct().toList(), consent,
                children == null ? null : children.stream().map(NewReferral::normal).toList(),
                adults == null ? null : adults.stream().map(NewReferral::normal).toList());
    }
}
