package org.frontdoor.cases.earlyhelp.domain;

/** One broken rule of a request: the field it is about and what is wrong. */
public record Problem(String field, String message) {
}
