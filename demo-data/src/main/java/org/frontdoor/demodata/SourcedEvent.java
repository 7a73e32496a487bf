package org.frontdoor.demodata;

import java.util.Objects;

import org.frontdoor.contracts.FrontDoorEvent;

/**
 * A generated fact and the service that publishes it ({@code /referral-service}, ...), as that service's outbox
 * would hold it before the relay sends it.
 */
public record SourcedEvent(String source, FrontDoorEvent event) {

    public static final String REFERRAL_SERVICE = "/referral-service";
    public static final String TRIAGE_SERVICE = "/triage-service";
    public static final String CONSULTATION_SERVICE = "/consultation-service";
    public static final String CASE_SERVICE = "/case-service";

    public SourcedEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(event, "event");
    }
}
