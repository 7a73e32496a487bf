package org.frontdoor.cases.socialcare.domain;

/** The feed sent something that contradicts what it sent before (e.g. a second, different closure of an episode). */
public class ConflictingFeed extends RuntimeException {

    public ConflictingFeed(String message) {
        super(message);
    }
}
