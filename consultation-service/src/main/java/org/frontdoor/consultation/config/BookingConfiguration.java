package org.frontdoor.consultation.config;

import java.time.Clock;

import org.frontdoor.consultation.audit.domain.AuditReports;
import org.frontdoor.consultation.audit.domain.ReadAudit;
import org.frontdoor.consultation.booking.domain.Availability;
import org.frontdoor.consultation.booking.domain.BookingRequests;
import org.frontdoor.consultation.booking.domain.Bookings;
import org.frontdoor.consultation.booking.domain.ConsultationMetrics;
import org.frontdoor.consultation.booking.domain.Slots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain-Java use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BookingConfiguration {

    @Bean
    Availability availability(Slots slots, Clock clock) {
        return new Availability(slots, clock);
    }

    @Bean
    AuditReports auditReports(ReadAudit audit, Clock clock) {
        return new AuditReports(audit, clock);
    }

    @Bean
    Bookings bookings(Slots slots, BookingRequests requests, ReadAudit audit, ConsultationMetrics metrics, Clock clock) {
        return new Bookings(slots, requests, audit, metrics, clock);
    }
}
