package org.frontdoor.outcomes.config;

import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.serviceplatform.problems.ProblemRegistry;
import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.springframework.stereotype.Component;

/**
 * outcomes-service's own exceptions and their answers. Everything else (bad input, the firewall, a catch-all 500 that
 * logs only the exception's class and the route, the request-body limit) is answered the same way in every service by
 * service-platform's problem answers (and the dead-letter desk's refusals by its own); the store being unreachable is
 * its {@code StoreUnavailableAdvice}'s 503.
 */
@Component
class OutcomesProblems implements ServiceProblems {

    @Override
    public void register(ProblemRegistry problems) {
        problems.invalid(InvalidRequestException.class, InvalidRequestException::errors)
                .detail(InvalidRequestException::getMessage);
    }
}
