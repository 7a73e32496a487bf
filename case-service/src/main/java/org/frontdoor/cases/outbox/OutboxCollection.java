package org.frontdoor.cases.outbox;

/** A Mongo collection whose documents carry their pending events in an {@code outbox} array. */
public interface OutboxCollection {

    String outboxCollection();
}
