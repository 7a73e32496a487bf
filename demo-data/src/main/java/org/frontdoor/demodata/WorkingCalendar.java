package org.frontdoor.demodata;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The front door's office hours: Monday to Friday, 08:30 to 17:30 London time, never on an England and Wales bank
 * holiday (from the maintained jollyday calendar, like the outcomes-service's working-day clock).
 */
final class WorkingCalendar {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(17, 30);
    private static final int OPEN_MINUTES = (int) java.time.Duration.between(OPENS, CLOSES).toMinutes();

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> byYear = new HashMap<>();

    boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !byYear.computeIfAbsent(date.getYear(), this::bankHolidaysIn).contains(date);
    }

    /** The first working day on or after {@code date}. */
    LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The working day {@code count} working days after {@code date} (0: the first working day on or after it). */
    LocalDate plusWorkingDays(LocalDate date, int count) {
        LocalDate day = onOrAfter(date);
        for (int i = 0; i < count; i++) {
            day = onOrAfter(day.plusDays(1));
        }
        return day;
    }

    static LocalDate londonDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    /** A random instant within office hours on {@code date}, to the second. */
    static Instant during(LocalDate date, java.util.Random random) {
        return date.atTime(OPENS).atZone(LONDON).toInstant().plusSeconds(random.nextInt(OPEN_MINUTES * 60));
    }

    /** A random instant within office hours on {@code date}, strictly after {@code after} if that is the same day. */
    static Instant duringAfter(LocalDate date, Instant after, java.util.Random random) {
        Instant opens = date.atTime(OPENS).atZone(LONDON).toInstant();
        Instant closes = date.atTime(CLOSES).atZone(LONDON).toInstant();
        Instant from = after.isAfter(opens) ? after : opens;
        long seconds = closes.getEpochSecond() - from.getEpochSecond();
        if (seconds <= 1) {
            return from.plusSeconds(1);
        }
        return from.plusSeconds(1 + random.nextInt((int) Math.min(Integer.MAX_VALUE, seconds - 1)));
    }

    /** The end of office hours on {@code date}. */
    static Instant closing(LocalDate date) {
        return date.atTime(CLOSES).atZone(LONDON).toInstant();
    }

    private Set<LocalDate> bankHolidaysIn(int year) {
        return holidays.getHolidays(Year.of(year), "eng").stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
