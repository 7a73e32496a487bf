package org.frontdoor.console.layout;

import java.time.Duration;

/**
 * The time left on the working-day clock, as a triage worker reads it: "3 hours 12 minutes left", "Due now",
 * "Overdue by 25 minutes". One wording for the queue and the referral page.
 */
public final class TimeLeft {

    private TimeLeft() {
    }

    /** @param left the time to the deadline (negative once past it); {@code overdue} as the API says */
    public static String of(Duration left, boolean overdue) {
        if (overdue || left.isNegative()) {
            Duration late = left.abs();
            return late.toMinutes() < 1 ? "Due now" : "Overdue by " + words(late);
        }
        return left.toMinutes() < 1 ? "Due now" : words(left) + " left";
    }

    /** "2 days 3 hours", "3 hours 12 minutes", "less than a minute" (minutes left out once it is days). */
    public static String words(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(days == 1 ? " day" : " days");
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (minutes > 0 && days == 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        return text.isEmpty() ? "less than a minute" : text.toString();
    }
}
