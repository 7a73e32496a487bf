package org.frontdoor.consultation.booking.domain;

/** A consultation together with the slot it is (or was) booked into. */
public record BookedConsultation(Slot slot, Consultation consultation) {
}
