package org.frontdoor.consultation.booking.domain;

/** Why a booked consultation did not go ahead. */
public enum CancellationReason {
    NO_LONGER_NEEDED,
    CONSULTANT_UNAVAILABLE,
    DID_NOT_ATTEND,
    OTHER
}
