package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.frontdoor.referral.personindex.domain.MatchKey;

/**
 * The front door's rules for accepting a contact, beyond the shape of the request. Each check returns
 * the rules broken (empty when the referral may be accepted), so a caller learns every problem at once.
 */
public final class ReferralRules {

    /** Dates of birth are London dates: a baby born this morning in England is not "in the future" at 00:30 UTC. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static List<RuleViolation> check(NewReferral referral, Caller caller, Instant receivedAt) {
        List<RuleViolation> violations = new ArrayList<>();
        violations.addAll(channel(referral.channel(), caller));
        violations.addAll(consent(referral.consent(), referral.pathway()));
        violations.addAll(needIdentified(referral.needIdentifiedAt(), receivedAt));
        violations.addAll(referrer(referral.referrer(), referral.sourceCode()));
        violations.addAll(urgency(referral.urgency(), referral.pathway()));
        violations.addAll(children(referral.children(), receivedAt));
        return violations;
    }

    /**
     * A contact officer records how the contact arrived and may not claim {@link Channel#PARTNER_API}; a
     * partner system's referral is always {@code PARTNER_API} whatever it sends (see {@link #channelFor}).
     */
    public static List<RuleViolation> channel(Channel requested, Caller caller) {
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

    public static Channel channelFor(Channel requested, Caller caller) {
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
            violations.add(new RuleViolation("referrer.referrerType", "is required"));
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
        if (referrer.type() == ReferrerType.PROFESSIONAL && isBlank(referrer.agency())) {
            violations.add(new RuleViolation("referrer.agency", "is required for a professional referrer"));
        }
        return violations;
    }

    /** A child at immediate risk is a concern for their safety: that is the social care pathway, never early help. */
    public static List<RuleViolation> urgency(Urgency urgency, Pathway pathway) {
        if (urgency == Urgency.IMMEDIATE_RISK && pathway != Pathway.SOCIAL_CARE) {
            return List.of(new RuleViolation("urgency", "a child at immediate risk must be referred on the SOCIAL_CARE pathway"));
        }
        return List.of();
    }

    /** At least one child; no date of birth after today (London); the same child not named twice. */
    public static List<RuleViolation> children(List<ChildDetails> children, Instant receivedAt) {
        List<RuleViolation> violations = new ArrayList<>();
        if (children.isEmpty()) {
            violations.add(new RuleViolation("children", "name at least one child"));
            return violations;
        }
        LocalDate today = receivedAt.atZone(LONDON).toLocalDate();
        Set<MatchKey> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            ChildDetails child = children.get(i);
            if (child.dateOfBirth() != null && child.dateOfBirth().isAfter(today)) {
                violations.add(new RuleViolation("children[" + i + "].dateOfBirth", "must not be in the future"));
            }
            if (child.firstName() != null && child.lastName() != null && child.dateOfBirth() != null
                    && !seen.add(MatchKey.of(child.firstName(), child.lastName(), child.dateOfBirth()))) {
                violations.add(new RuleViolation("children[" + i + "]", "names the same child as an earlier entry"));
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
