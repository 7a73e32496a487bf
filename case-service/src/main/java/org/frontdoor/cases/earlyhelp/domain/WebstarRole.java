package org.frontdoor.cases.earlyhelp.domain;

/** Whose Webstar it is: a child's or a parent's individual star, or the whole family's star. */
public enum WebstarRole {
    CHILD,
    PARENT,
    FAMILY
}
