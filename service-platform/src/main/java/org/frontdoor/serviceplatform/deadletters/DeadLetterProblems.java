package org.frontdoor.serviceplatform.deadletters;

import java.time.Duration;

import org.frontdoor.serviceplatform.problems.ProblemRegistry;
import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.springframework.http.HttpStatus;

/** How the dead-letter desk's refusals are answered, the same in every service. */
class DeadLetterProblems implements ServiceProblems {

    @Override
    public void register(ProblemRegistry problems) {
        problems.map(DeadLetterNotFound.class, HttpStatus.NOT_FOUND, "dead-letter-not-found", "Dead letter not found")
                .detail(DeadLetterNotFound::getMessage);
        // The reason is the listener's own exception message (ids and codes, never an event's body).
        problems.map(ReplayFailed.class, HttpStatus.UNPROCESSABLE_CONTENT, "replay-failed", "Replay failed")
                .detail("The record failed again; nothing was applied and it stays on the dead-letter topic")
                .property("exceptionClass", ReplayFailed::exceptionClass)
                .property("reason", ReplayFailed::reason);
        problems.map(DeadLettersUnavailableException.class, HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable",
                        "Service temporarily unavailable")
                .detail("The message broker did not answer in time; nothing was read or replayed. Try again shortly.")
                .retryAfter(Duration.ofSeconds(5));
    }
}
