package org.frontdoor.contracts;

import java.time.Instant;

/**
 * A fact one service is the authority for, as it travels between services.
 *
 * <p>Payloads carry pseudonymous ids, codes, timestamps and the coded demographics statutory
 * returns need; never names, addresses, NHS numbers or free text (docs/architecture.md, "What an event may carry").
 */
public interface FrontDoorEvent {

    /** The id of the aggregate the fact is about: the Kafka key and the CloudEvents {@code subject}. */
    String subject();

    /** When the fact happened in the domain: the CloudEvents {@code time}. */
    Instant occurredAt();
}
