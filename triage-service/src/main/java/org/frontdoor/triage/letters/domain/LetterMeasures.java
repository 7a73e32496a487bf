package org.frontdoor.triage.letters.domain;

/** Counts what happened to letters (Micrometer in the service). */
public interface LetterMeasures {

    void sent(Channel channel);

    void failed();
}
