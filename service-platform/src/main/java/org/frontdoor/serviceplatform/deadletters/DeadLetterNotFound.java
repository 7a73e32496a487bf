package org.frontdoor.serviceplatform.deadletters;

/**
 * None of this service's consumer groups failed a record at that place of a dead-letter topic. The place is not
 * repeated in the message: it is what the administrator sent.
 */
public class DeadLetterNotFound extends RuntimeException {

    public DeadLetterNotFound() {
        super("No consumer group of this service failed a record at this topic, partition and offset");
    }
}
