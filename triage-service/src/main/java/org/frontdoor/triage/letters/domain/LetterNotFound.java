package org.frontdoor.triage.letters.domain;

/** No such letter or referral, as far as the reader may know (a partner asking about another's referral gets this too). */
public class LetterNotFound extends RuntimeException {

    public LetterNotFound(String message) {
        super(message);
    }
}
