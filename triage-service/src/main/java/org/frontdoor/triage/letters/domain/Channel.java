package org.frontdoor.triage.letters.domain;

/** How the letter reaches the referrer: email with the PDF attached, or the PDF posted as a precompiled letter. */
public enum Channel {
    EMAIL,
    POST
}
