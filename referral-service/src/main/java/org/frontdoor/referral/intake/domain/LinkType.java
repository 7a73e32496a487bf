package org.frontdoor.referral.intake.domain;

/** Why a new referral is linked to an earlier one (the {@code link} of the {@code ReferralLinked} event). */
public enum LinkType {
    /** Another contact about a child whose earlier referral is still awaiting a decision: one queue item for both. */
    FURTHER_CONTACT,
    /** The child was referred again within 12 months of a previous (decided) referral. */
    RE_REFERRAL,
    /** The same concern twice (not set at intake: reserved for a worker's judgement). */
    DUPLICATE
}
