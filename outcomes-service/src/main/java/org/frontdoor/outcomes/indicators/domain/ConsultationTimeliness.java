package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.frontdoor.workingdays.WorkingDays;

/**
 * T4.booked / T4.held: the consultations requested in the period; the numerator is those booked (or held),
 * the denominator all requested; the value is the median hours from {@code requestedAt} to the first
 * {@code bookedAt} (or {@code heldAt}) over those that have it.
 */
public final class ConsultationTimeliness {

    private final WorkingDays workingDays;

    public ConsultationTimeliness(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    public List<IndicatorResult> requestToBookedAndHeld(Collection<Consultation> consultations, ReportPeriod period) {
        List<Consultation> requested = consultations.stream().filter(c -> c.isRequestedIn(period)).toList();
        return List.of(medianHours(Indicator.T4_BOOKED, requested, Consultation::firstBookedAt),
                medianHours(Indicator.T4_HELD, requested, Consultation::heldAt));
    }

    private IndicatorResult medianHours(Indicator indicator, List<Consultation> requested,
                                        Function<Consultation, Instant> reached) {
        DurationSummary durations = new DurationSummary(workingDays);
        for (Consultation consultation : requested) {
            Instant at = reached.apply(consultation);
            if (at != null) {
                durations.add(consultation.requestedAt(), at);
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        durations.putInto(extra);
        extra.put("requested", requested.size());
        return new IndicatorResult(indicator.id(), durations.n(), requested.size(),
                durations.medianHours().orElse(null), extra);
    }
}
