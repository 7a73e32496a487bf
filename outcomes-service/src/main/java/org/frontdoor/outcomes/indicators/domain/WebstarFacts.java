package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * Folds WebstarAssessed events into assessments. An event id counts once and so does an assessment id:
 * the first occurrence wins (a star re-sent under a new event id is one star).
 */
public final class WebstarFacts {

    /** The event types these facts are built from. */
    public static final Set<String> EVENT_TYPES = Set.of(WebstarAssessed.TYPE);

    public static List<WebstarAssessment> from(Collection<LoggedEvent> events) {
        Set<String> seenEvents = new HashSet<>();
        Set<String> seenAssessments = new HashSet<>();
        List<WebstarAssessment> assessments = new ArrayList<>();
        for (LoggedEvent event : events) {
            if (!seenEvents.add(event.id())) {
                continue;
            }
            if (event.payload() instanceof WebstarAssessed star && seenAssessments.add(star.assessmentId())) {
                assessments.add(new WebstarAssessment(star.assessmentId(), star.caseId(), star.assessedAt(),
                        star.toolCode(), star.personId(), star.personRole(), star.assessmentType(), star.scores()));
            }
        }
        return assessments;
    }

    private WebstarFacts() {
    }
}
