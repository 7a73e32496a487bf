package org.frontdoor.console.cases;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * GOV.UK's date input as typed (day, month, year boxes), kept as strings so what was typed comes back after an
 * error. A London date.
 */
public class TypedDate {

    private String day;
    private String month;
    private String year;

    static TypedDate of(LocalDate date) {
        TypedDate typed = new TypedDate();
        typed.day = String.valueOf(date.getDayOfMonth());
        typed.month = String.valueOf(date.getMonthValue());
        typed.year = String.valueOf(date.getYear());
        return typed;
    }

    boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, or {@code null} when the boxes do not make one (blank, letters, 31 February). */
    LocalDate date() {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    boolean isValid() {
        return date() != null && year.strip().length() == 4;
    }

    /**
     * When something done on this London date happened, as the API takes it: now for today (a Webstar or a review
     * entered the day it was done), else midday that day (the API refuses a future one).
     */
    Instant happenedOn(Instant now) {
        LocalDate date = date();
        if (date == null) {
            throw new DateTimeException("not a date");
        }
        if (date.equals(now.atZone(CaseWords.LONDON).toLocalDate())) {
            return now;
        }
        return ZonedDateTime.of(date, LocalTime.NOON, CaseWords.LONDON).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    /** The date fragment shows a time box only where asked; a case's dates have none. */
    public String getTime() {
        return null;
    }
}
