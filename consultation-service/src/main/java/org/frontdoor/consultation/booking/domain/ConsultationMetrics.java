package org.frontdoor.consultation.booking.domain;

/** Port: the service's domain counters (codes only, never identifiers). */
public interface ConsultationMetrics {

    void booked(ConsultantType consultantType);

    void held(ConsultationOutcome outcome);
}
