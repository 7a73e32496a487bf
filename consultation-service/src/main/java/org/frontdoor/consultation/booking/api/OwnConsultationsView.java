package org.frontdoor.consultation.booking.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.consultation.booking.domain.BookedConsultation;
import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.ConsultationMode;
import org.frontdoor.consultation.booking.domain.ConsultationPage;
import org.frontdoor.consultation.booking.domain.ConsultationStatus;

/**
 * A page of the consultations the caller booked, the latest start first, and how many there are in all. Each is a
 * summary: its id (the reference), status, slot, consultant and when; nothing of the child's record (no child, family,
 * referral or case id, no question, no outcome notes), which is read, and audited, one consultation at a time.
 */
record OwnConsultationsView(List<Summary> consultations, int page, int size, long totalConsultations) {

    record Summary(String id, ConsultationStatus status, String slotId, String consultantId,
                   ConsultantType consultantType, ConsultationMode mode, Instant startsAt, Instant endsAt,
                   Instant bookedAt) {

        static Summary of(BookedConsultation booked) {
            return new Summary(booked.consultation().id(), booked.consultation().status(), booked.slot().id(),
                    booked.slot().consultantId(), booked.slot().consultantType(), booked.slot().mode(),
                    booked.slot().startsAt(), booked.slot().endsAt(), booked.consultation().bookedAt());
        }
    }

    static OwnConsultationsView of(ConsultationPage page) {
        return new OwnConsultationsView(page.consultations().stream().map(Summary::of).toList(), page.page(),
                page.size(), page.total());
    }
}
