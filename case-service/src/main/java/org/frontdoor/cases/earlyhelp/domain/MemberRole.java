package org.frontdoor.cases.earlyhelp.domain;

/** How a person belongs to an early help case. */
public enum MemberRole {
    CHILD,
    PARENT
}
