package org.frontdoor.consultation.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.ConsultationMetrics;
import org.frontdoor.consultation.booking.domain.ConsultationOutcome;
import org.springframework.stereotype.Component;

/** {@code frontdoor.consultations.booked} by consultant type, {@code frontdoor.consultations.held} by outcome. */
@Component
class MicrometerConsultationMetrics implements ConsultationMetrics {

    private final MeterRegistry registry;

    MicrometerConsultationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void booked(ConsultantType consultantType) {
        registry.counter("frontdoor.consultations.booked", "consultantType", consultantType.name()).increment();
    }

    @Override
    public void held(ConsultationOutcome outcome) {
        registry.counter("frontdoor.consultations.held", "outcome", outcome.name()).increment();
    }
}
