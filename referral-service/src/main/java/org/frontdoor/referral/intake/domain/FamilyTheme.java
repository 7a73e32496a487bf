package org.frontdoor.referral.intake.domain;

/**
 * The family themes of the default framework (Shropshire Strengthening Families, Devon's 6 key themes; see
 * docs/codes.md, "Family themes"): what the referrer sees in the family, recorded as codes.
 */
public enum FamilyTheme {
    CRIME_ASB,
    EDUCATION,
    CHILDREN_NEED_HELP,
    WORK_FINANCES,
    DOMESTIC_ABUSE_SAFETY,
    HEALTH
}
