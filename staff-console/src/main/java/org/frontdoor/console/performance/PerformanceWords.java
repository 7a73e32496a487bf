package org.frontdoor.console.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How the performance page says outcomes-service's figures: GOV.UK dates ("November 2026", "3 December 2026"),
 * shares to one decimal place as outcomes-service rounds them ("87.5%"), medians in hours to one decimal place,
 * counts with thousands separators, and "No data" where there was nothing to count (a denominator of 0).
 */
final class PerformanceWords {

    static final String NO_DATA = "No data";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> SHORT_MONTHS = List.of(
            "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec");
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private PerformanceWords() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /**
     * A period from {@code from} (inclusive) to {@code to} (exclusive) in words: "November 2026", "April to June
     * 2026", "April 2026 to March 2027", "3 to 16 November 2026", "3 November 2026 to 2 January 2027".
     */
    static String period(LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            return "";
        }
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1) {
            YearMonth first = YearMonth.from(from);
            YearMonth last = YearMonth.from(to).minusMonths(1);
            if (first.equals(last)) {
                return month(first);
            }
            return first.getYear() == last.getYear()
                    ? MONTH_ONLY.format(first) + " to " + month(last)
                    : month(first) + " to " + month(last);
        }
        return days(from, to);
    }

    /**
     * The same period day by day: "1 to 30 November 2026", "1 April 2026 to 31 March 2027", "3 November to
     * 2 December 2026".
     */
    static String days(LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            return "";
        }
        LocalDate last = to.minusDays(1);
        if (from.equals(last)) {
            return day(from);
        }
        if (YearMonth.from(from).equals(YearMonth.from(last))) {
            return from.getDayOfMonth() + " to " + day(last);
        }
        return from.getYear() == last.getYear()
                ? DAY_AND_MONTH.format(from) + " to " + day(last)
                : day(from) + " to " + day(last);
    }

    /** GOV.UK's short month names, where space is short (the chart's axis): "Jan", "June", "Sept". */
    static String shortMonth(YearMonth month) {
        return SHORT_MONTHS.get(month.getMonthValue() - 1);
    }

    /** The figure itself: "87.5%", "36.3 hours", "1,204", or "No data". */
    static String value(String unit, BigDecimal value) {
        if (value == null) {
            return NO_DATA;
        }
        if ("PERCENT".equals(unit)) {
            return oneDecimal(value) + "%";
        }
        if ("HOURS".equals(unit)) {
            return oneDecimal(value) + " hours";
        }
        if ("COUNT".equals(unit)) {
            return whole(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** What the figure counts: "35 of 40" for a share, "median of 40" for hours, nothing for a count. */
    static String detail(String unit, long numerator, long denominator) {
        if ("COUNT".equals(unit)) {
            return "";
        }
        if ("HOURS".equals(unit)) {
            if (numerator == 0) {
                return "none to time";
            }
            return numerator == denominator ? "median of " + whole(numerator)
                    : "median of " + whole(numerator) + " (of " + whole(denominator) + ")";
        }
        if (denominator == 0) {
            return "none to count";
        }
        return whole(numerator) + " of " + whole(denominator);
    }

    /**
     * The change from the previous period, without saying whether it is better (that depends on the indicator):
     * "Up 2.5 percentage points", "Down 3.0 hours", "Up 12", "No change", or "No comparison" when either period has
     * no figure.
     */
    static String change(String unit, BigDecimal change) {
        if (change == null) {
            return "No comparison";
        }
        if (change.signum() == 0) {
            return "No change";
        }
        String direction = change.signum() > 0 ? "Up " : "Down ";
        BigDecimal size = change.abs();
        if ("PERCENT".equals(unit)) {
            String points = oneDecimal(size);
            return direction + points + ("1.0".equals(points) ? " percentage point" : " percentage points");
        }
        if ("HOURS".equals(unit)) {
            return direction + oneDecimal(size) + " hours";
        }
        if ("COUNT".equals(unit)) {
            return direction + whole(size.setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        return direction + size.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal value) {
        return value == null ? NO_DATA : oneDecimal(value) + "%";
    }

    static String whole(long number) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(number);
    }

    /** "1,234.5": DecimalFormat is not thread-safe, so one per figure. */
    private static String oneDecimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
