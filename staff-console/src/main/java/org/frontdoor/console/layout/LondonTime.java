package org.frontdoor.console.layout;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment in London time, in GOV.UK's style: "9:30am on Thursday 3 December", "midday on …", and a deadline at the
 * end of a working day as "midnight at the end of Friday 4 December" (never "12:00am on Saturday 5 December", which
 * reads as if it were due on the Saturday). One wording for the queue and the referral page.
 */
public final class LondonTime {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private LondonTime() {
    }

    /** "9:30am on Thursday 3 December" (the year left out: a queue's times are this week's). */
    public static String of(Instant instant) {
        return words(instant, DAY);
    }

    /** "9:30am on Thursday 3 December 2026". */
    public static String withYear(Instant instant) {
        return words(instant, DAY_AND_YEAR);
    }

    private static String words(Instant instant, DateTimeFormatter day) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime london = instant.atZone(LONDON);
        LocalTime time = london.toLocalTime();
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight at the end of " + day.format(london.minusDays(1));
        }
        if (time.equals(LocalTime.NOON)) {
            return "midday on " + day.format(london);
        }
        return TIME.format(london).replace("AM", "am").replace("PM", "pm") + " on " + day.format(london);
    }
}
