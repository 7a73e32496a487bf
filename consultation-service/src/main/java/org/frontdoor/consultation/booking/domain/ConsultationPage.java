package org.frontdoor.consultation.booking.domain;

import java.util.List;

/**
 * A page of the consultations one person requested (booked), latest start first, and how many there are in all.
 *
 * @param page  0 for the consultations starting latest (the upcoming ones first)
 * @param total how many consultations the person requested, over all pages
 */
public record ConsultationPage(List<BookedConsultation> consultations, int page, int size, long total) {

    /** The largest page one read answers (the size of service-platform's audit pages, and its rule). */
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    /** The last page there can be of {@link #MAX_SIZE} consultations (an offset that still fits an int). */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public ConsultationPage {
        consultations = List.copyOf(consultations);
    }
}
