package org.frontdoor.outcomes.config;

import java.time.Duration;

import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.outcomes.eventlog.events.DeadLetterReplay.ReplayFailedException;
import org.frontdoor.serviceplatform.deadletters.DeadLettersUnavailableException;
import org.frontdoor.serviceplatform.problems.ProblemRegistry;
import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * outcomes-service's own exceptions and their answers. Everything else (bad input, the firewall, a catch-all 500 that
 * logs only the exception's class and the route, the request-body limit) is answered the same way in every service by
 * service-platform's problem answers; the store being unreachable is its {@code StoreUnavailableAdvice}'s 503.
 */
@Component
class OutcomesProblems implements ServiceProblems {

    @Override
    public void register(ProblemRegistry problems) {
        problems.invalid(InvalidRequestException.class, InvalidRequestException::errors)
                .detail(InvalidRequestException::getMessage);
        // A replayed dead letter failed again: the administrator sees why (the listener's reason: ids and codes).
        problems.map(ReplayFailedException.class, HttpStatus.UNPROCESSABLE_CONTENT, "dead-letter-replay-failed",
                        "Replay failed")
                .detail("The dead letter failed again; nothing was logged")
                .property("exceptionClass", ReplayFailedException::exceptionClass)
                .property("reason", ReplayFailedException::getMessage);
        problems.map(DeadLettersUnavailableException.class, HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable",
                        "Service temporarily unavailable")
                .detail("The event broker did not answer in time; nothing was changed. Try again shortly.")
                .retryAfter(Duration.ofSeconds(5));
    }
}
