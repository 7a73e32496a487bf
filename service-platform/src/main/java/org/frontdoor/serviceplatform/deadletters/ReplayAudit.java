package org.frontdoor.serviceplatform.deadletters;

import org.springframework.security.core.Authentication;

/**
 * What a service records when an administrator replays a dead letter: a service that keeps an audit trail declares
 * one bean of this type; without one, the replay is only logged.
 */
@FunctionalInterface
public interface ReplayAudit {

    /** The replay of {@code replayed} by {@code admin} was applied. */
    void replayed(Authentication admin, DeadLetter replayed);
}
