package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.frontdoor.referral.locality.domain.Postcode;
import org.frontdoor.referral.personindex.domain.MatchKey;

/**
 * The front door's rules for accepting a contact, beyond the shape of the request. Each check returns
 * the rules broken (empty when the referral may be accepted), so a caller learns every problem at once.
 */
public final class ReferralRules {

    /** Dates of birth are London dates: a baby born this morning in England is not "in the future" at 00:30 UTC. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static List<RuleViolation> check(NewReferral referral, Actor caller, Instant receivedAt) {
        List<RuleViolation> violations = new ArrayList<>();
        violations.addAll(channel(referral.channel(), caller));
        violations.addAll(consent(referral.consent(), referral.pathway()));
        violations.addAll(consentRecorded(referral.consent(), receivedAt));
        violations.addAll(needIdentified(referral.needIdentifiedAt(), receivedAt));
        violations.addAll(referrer(referral.referrer(), referral.sourceCode()));
        violations.addAll(reachable(referral.referrer()));
        violations.addAll(urgency(referral.urgency(), referral.pathway()));
        violations.addAll(immediateRisk(referral.immediateRisk(), referral.urgency()));
        violations.addAll(children(referral.children(), receivedAt));
        violations.addAll(adults(referral.adults(), referral.children().size(), receivedAt));
        violations.addAll(assessmentFactors(referral.assessmentFactors()));
        return violations;
    }

    /**
     * A contact officer records how the contact arrived and may not claim {@link Channel#PARTNER_API}; a
     * partner system's referral is always {@code PARTNER_API} whatever it sends (see {@link #channelFor}).
     */
    public static List<RuleViolation> channel(Channel requested, Actor caller) {
        if (caller.isPartnerSystem()) {
            return List.of();
        }
        if (requested == null) {
            return List.of(new RuleViolation("channel", "is required: how did the contact arrive (PHONE, EMAIL, WEB_FORM)?"));
        }
        if (requested == Channel.PARTNER_API) {
            return List.of(new RuleViolation("channel", "PARTNER_API is only for referrals posted by a partner agency's system"));
        }
        return List.of();
    }

    public static Channel channelFor(Channel requested, Actor caller) {
        return caller.isPartnerSystem() ? Channel.PARTNER_API : requested;
    }

    /**
     * Consent may be dispensed with only where seeking it would place a child at risk, and then the
     * reason is recorded. Early help is consensual: a family that refused consent cannot be referred
     * for early help, and a child whom seeking consent would put at risk needs the social care pathway.
     * On the social care pathway a referral proceeds without consent (refused or not sought).
     */
    public static List<RuleViolation> consent(Consent consent, Pathway pathway) {
        if (consent == null || consent.status() == null) {
            return List.of(new RuleViolation("consent.status", "is required"));
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (consent.status() == ConsentStatus.NOT_SOUGHT_RISK_OF_HARM && isBlank(consent.reason())) {
            violations.add(new RuleViolation("consent.reason",
                    "is required when consent was not sought: say why seeking it would place the child at risk"));
        }
        if (pathway == Pathway.EARLY_HELP && consent.status() == ConsentStatus.REFUSED) {
            violations.add(new RuleViolation("consent.status",
                    "early help is consensual: a family that refused consent cannot be referred for early help;"
                            + " if there is a concern for the child's welfare or safety, use the SOCIAL_CARE pathway"));
        }
        if (pathway == Pathway.EARLY_HELP && consent.status() == ConsentStatus.NOT_SOUGHT_RISK_OF_HARM) {
            violations.add(new RuleViolation("consent.status",
                    "early help is consensual: where seeking consent would place a child at risk, use the SOCIAL_CARE pathway"));
        }
        return violations;
    }

    /** The referrer identified the need before the front door received it, never in the future. */
    public static List<RuleViolation> needIdentified(Instant needIdentifiedAt, Instant receivedAt) {
        if (needIdentifiedAt == null) {
            return List.of(new RuleViolation("needIdentifiedAt", "is required"));
        }
        if (needIdentifiedAt.isAfter(receivedAt)) {
            return List.of(new RuleViolation("needIdentifiedAt",
                    "must not be in the future or after the front door received the referral (" + receivedAt + ")"));
        }
        return List.of();
    }

    /**
     * A named referrer (everyone but an anonymous one) gives a name; an anonymous referral records no
     * name and its census source is 9 (Anonymous) or 10 (Unknown); a professional names their agency.
     */
    public static List<RuleViolation> referrer(Referrer referrer, String sourceCode) {
        List<RuleViolation> violations = new ArrayList<>();
        ReferralSource source = ReferralSource.ofCode(sourceCode).orElse(null);
        if (source == null) {
            violations.add(new RuleViolation("sourceCode",
                    "must be a Children in Need census referral source code: 1A, 1B, 1C, 1D, 2A, 2B, 3A-3F, 4, 5A-5D, 6, 7, 8, 9 or 10"));
        }
        if (referrer == null || referrer.type() == null) {
            violations.add(new RuleViolation("referrer.type", "is required"));
            return violations;
        }
        if (referrer.type() == ReferrerType.ANONYMOUS) {
            if (!isBlank(referrer.name())) {
                violations.add(new RuleViolation("referrer.name", "an anonymous referral records no referrer name"));
            }
            if (source != null && source != ReferralSource.ANONYMOUS && source != ReferralSource.UNKNOWN) {
                violations.add(new RuleViolation("sourceCode", "an anonymous referral's source is 9 (Anonymous) or 10 (Unknown)"));
            }
        } else if (isBlank(referrer.name())) {
            violations.add(new RuleViolation("referrer.name", "is required unless the referrer is ANONYMOUS"));
        }
        if (referrer.type() == ReferrerType.PROFESSIONAL && isBlank(referrer.organisation())) {
            violations.add(new RuleViolation("referrer.organisation", "is required for a professional referrer"));
        }
        return violations;
    }

    /**
     * The decision is written to the referrer, so a named referrer gives at least one way to reach them (phone, email
     * or postal address); a postal address has a valid UK postcode.
     */
    public static List<RuleViolation> reachable(Referrer referrer) {
        if (referrer == null || referrer.type() == null) {
            return List.of();
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (referrer.type() != ReferrerType.ANONYMOUS && isBlank(referrer.phone()) && isBlank(referrer.email())
                && referrer.postalAddress() == null) {
            violations.add(new RuleViolation("referrer",
                    "give at least one way to reach the referrer: phone, email or postalAddress (the decision is written to them)"));
        }
        violations.addAll(address(referrer.postalAddress(), "referrer.postalAddress"));
        return violations;
    }

    /** Consent given is recorded with who gave it and when (not after the contact was received). */
    public static List<RuleViolation> consentRecorded(Consent consent, Instant receivedAt) {
        if (consent == null || consent.status() != ConsentStatus.GIVEN) {
            return List.of();
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (isBlank(consent.givenBy())) {
            violations.add(new RuleViolation("consent.givenBy", "is required when consent was given: who gave it"));
        }
        if (consent.givenAt() == null) {
            violations.add(new RuleViolation("consent.givenAt", "is required when consent was given: when it was given"));
        } else if (consent.givenAt().isAfter(receivedAt)) {
            violations.add(new RuleViolation("consent.givenAt", "must not be after the front door received the referral"));
        }
        return violations;
    }

    /** The immediate-risk flag, when sent, agrees with the urgency: it is the same fact. */
    public static List<RuleViolation> immediateRisk(Boolean immediateRisk, Urgency urgency) {
        if (immediateRisk != null && urgency != null && immediateRisk != (urgency == Urgency.IMMEDIATE_RISK)) {
            return List.of(new RuleViolation("immediateRisk",
                    "must agree with urgency: true exactly when urgency is IMMEDIATE_RISK"));
        }
        return List.of();
    }

    /** Assessment factors are Children in Need census codes, each once. */
    public static List<RuleViolation> assessmentFactors(List<String> codes) {
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!AssessmentFactors.isCode(codes.get(i))) {
                violations.add(new RuleViolation("assessmentFactors[" + i + "]",
                        "must be a Children in Need census assessment factor code (1A-6C, 7A, 8B-8F, 9A, 10A-17A, 18B, 18C,"
                                + " 19B, 19C, 20, 21, 22A, 23A, 24A)"));
            }
        }
        return violations;
    }

    /** An address, when given, has a valid UK postcode. */
    static List<RuleViolation> address(PostalAddress address, String field) {
        if (address == null) {
            return List.of();
        }
        if (isBlank(address.postcode())) {
            return List.of(new RuleViolation(field + ".postcode", "is required with an address"));
        }
        if (Postcode.parse(address.postcode()).isEmpty()) {
            return List.of(new RuleViolation(field + ".postcode",
                    "must be a valid UK postcode (e.g. SY1 1AA; GIR 0AA and BFPO numbers are accepted)"));
        }
        return List.of();
    }

    static List<RuleViolation> nhsNumber(String nhsNumber, String field) {
        if (nhsNumber != null && NhsNumber.parse(nhsNumber).isEmpty()) {
            return List.of(new RuleViolation(field,
                    "must be a valid NHS number: 10 digits whose last is the modulus-11 check digit"));
        }
        return List.of();
    }

    /** A child at immediate risk is a concern for their safety: that is the social care pathway, never early help. */
    public static List<RuleViolation> urgency(Urgency urgency, Pathway pathway) {
        if (urgency == Urgency.IMMEDIATE_RISK && pathway != Pathway.SOCIAL_CARE) {
            return List.of(new RuleViolation("urgency", "a child at immediate risk must be referred on the SOCIAL_CARE pathway"));
        }
        return List.of();
    }

    /**
     * At least one child. A child born has a first name and a date of birth not after today (London); an unborn child
     * has the expected date of delivery instead (from 31 days ago, an overdue baby, to 42 weeks ahead) and no NHS number
     * yet, and may have no first name. NHS numbers pass the modulus-11 check; an address has a valid postcode. The same
     * child is not named twice.
     */
    public static List<RuleViolation> children(List<ChildDetails> children, Instant receivedAt) {
        List<RuleViolation> violations = new ArrayList<>();
        if (children.isEmpty()) {
            violations.add(new RuleViolation("children", "name at least one child"));
            return violations;
        }
        LocalDate today = receivedAt.atZone(LONDON).toLocalDate();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            ChildDetails child = children.get(i);
            String field = "children[" + i + "]";
            if (child.unborn()) {
                if (child.dateOfBirth() != null && child.dateOfBirth().isBefore(today.minusDays(31))) {
                    violations.add(new RuleViolation(field + ".dateOfBirth",
                            "an unborn child's expected date of delivery is more than 31 days ago: record the child as born"));
                }
                if (child.dateOfBirth() != null && child.dateOfBirth().isAfter(today.plusWeeks(42))) {
                    violations.add(new RuleViolation(field + ".dateOfBirth",
                            "an unborn child's expected date of delivery must be within 42 weeks"));
                }
                if (child.nhsNumber() != null) {
                    violations.add(new RuleViolation(field + ".nhsNumber", "an unborn child has no NHS number yet"));
                }
            } else {
                if (isBlank(child.firstName())) {
                    violations.add(new RuleViolation(field + ".firstName", "is required unless the child is unborn"));
                }
                if (child.dateOfBirth() != null && child.dateOfBirth().isAfter(today)) {
                    violations.add(new RuleViolation(field + ".dateOfBirth",
                            "must not be in the future (for an unborn child, set unborn and give the expected date)"));
                }
            }
            violations.addAll(nhsNumber(child.nhsNumber(), field + ".nhsNumber"));
            violations.addAll(address(child.address(), field + ".address"));
            if (child.lastName() != null && child.dateOfBirth() != null && !seen.add(sameChildKey(child))) {
                violations.add(new RuleViolation(field, "names the same child as an earlier entry"));
            }
        }
        return violations;
    }

    private static String sameChildKey(ChildDetails child) {
        String nhs = child.nhsNumber() == null ? null : NhsNumber.parse(child.nhsNumber()).map(NhsNumber::value).orElse(null);
        if (nhs != null) {
            return "nhs|" + nhs;
        }
        return MatchKey.of(child.firstName() == null ? "" : child.firstName(), child.lastName(), child.dateOfBirth())
                .value();
    }

    /**
     * Each adult in the household is related to at least one child of the referral (by the child's position in the
     * list), at most once per child; a date of birth is not in the future; NHS numbers and postcodes are valid.
     */
    public static List<RuleViolation> adults(List<AdultDetails> adults, int childCount, Instant receivedAt) {
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate today = receivedAt.atZone(LONDON).toLocalDate();
        for (int i = 0; i < adults.size(); i++) {
            AdultDetails adult = adults.get(i);
            String field = "adults[" + i + "]";
            if (adult.dateOfBirth() != null && adult.dateOfBirth().isAfter(today)) {
                violations.add(new RuleViolation(field + ".dateOfBirth", "must not be in the future"));
            }
            violations.addAll(nhsNumber(adult.nhsNumber(), field + ".nhsNumber"));
            violations.addAll(address(adult.address(), field + ".address"));
            if (adult.relationships().isEmpty()) {
                violations.add(new RuleViolation(field + ".relationships",
                        "give the adult's relationship to at least one child of the referral"));
            }
            Set<Integer> related = new HashSet<>();
            for (int r = 0; r < adult.relationships().size(); r++) {
                ChildRelationship relationship = adult.relationships().get(r);
                String relationshipField = field + ".relationships[" + r + "]";
                if (relationship.child() < 0 || relationship.child() >= childCount) {
                    violations.add(new RuleViolation(relationshipField + ".child",
                            "must be the position of a child on this referral, from 0 to " + (childCount - 1)));
                } else if (!related.add(relationship.child())) {
                    violations.add(new RuleViolation(relationshipField + ".child",
                            "gives a second relationship to the same child"));
                }
            }
        }
        return violations;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private ReferralRules() {
    }
}
