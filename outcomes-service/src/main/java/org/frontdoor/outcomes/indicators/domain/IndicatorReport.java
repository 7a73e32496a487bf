package org.frontdoor.outcomes.indicators.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.frontdoor.contracts.cloudevents.ReceivedEvent;

import org.frontdoor.outcomes.eventlog.domain.EventLog;

/** The indicators of a period, computed from the events in the log and nothing else. */
public final class IndicatorReport {

    private static final Set<String> EVENT_TYPES = Stream.of(ReferralFacts.EVENT_TYPES, CaseFacts.EVENT_TYPES,
                    ConsultationFacts.EVENT_TYPES, SocialCareFeed.EVENT_TYPES)
            .flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());

    private final EventLog eventLog;
    private final IndicatorCalculator calculator;

    public IndicatorReport(EventLog eventLog, IndicatorCalculator calculator) {
        this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    public List<IndicatorResult> of(ReportPeriod period) {
        List<ReceivedEvent> events = eventLog.eventsOfTypes(EVENT_TYPES);
        return calculator.calculate(ReferralFacts.from(events), CaseFacts.from(events), ConsultationFacts.from(events),
                SocialCareFeed.from(events), period);
    }
}
