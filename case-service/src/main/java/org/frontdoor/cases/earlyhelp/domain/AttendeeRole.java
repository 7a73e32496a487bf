package org.frontdoor.cases.earlyhelp.domain;

/** The part someone played at a plan review (team around the family meeting). Codes only: never their name. */
public enum AttendeeRole {
    PARENT_OR_CARER,
    CHILD_OR_YOUNG_PERSON,
    OTHER_FAMILY_MEMBER,
    LEAD_PROFESSIONAL,
    PRACTITIONER,
    EARLY_HELP_SOCIAL_WORKER,
    MANAGER,
    OTHER;

    /** Family members attend for themselves; everyone else attends for an agency. */
    public boolean isFamily() {
        return this == PARENT_OR_CARER || this == CHILD_OR_YOUNG_PERSON || this == OTHER_FAMILY_MEMBER;
    }
}
