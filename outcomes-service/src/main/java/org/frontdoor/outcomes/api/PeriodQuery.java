package org.frontdoor.outcomes.api;

import java.time.LocalDate;

/**
 * A query for a period of London dates, {@code from} inclusive and {@code to} exclusive, as a record of query
 * parameters binds it ({@code @DateTimeFormat(iso = DATE)}, each required): checked by {@link ToAfterFrom}.
 */
public interface PeriodQuery {

    /** What a missing or blank {@code from} or {@code to} is told. */
    String REQUIRED = "is required (YYYY-MM-DD)";

    LocalDate from();

    LocalDate to();
}
