package org.frontdoor.triage.letters.domain;

/** Turns a letter's content into the PDF that is sent and downloaded. */
public interface LetterRenderer {

    byte[] render(LetterContent content);
}
