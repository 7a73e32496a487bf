package org.frontdoor.outcomes.scorecard.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a scorecard covers, written the way a performance officer names it, and the previous period of the
 * same length it is set beside. London dates, {@code from} inclusive, {@code to} exclusive.
 *
 * <table>
 *   <tr><th>syntax</th><th>period</th><th>previous</th></tr>
 *   <tr><td>{@code 2026-11}</td><td>a calendar month</td><td>the month before</td></tr>
 *   <tr><td>{@code 2026-Q2}</td><td>a calendar quarter (Q1 = January–March)</td><td>the quarter before</td></tr>
 *   <tr><td>{@code FY2026-27}</td><td>a financial year, 1 April 2026 to 31 March 2027</td><td>the year before</td></tr>
 *   <tr><td>{@code 2026}</td><td>a calendar year</td><td>the year before</td></tr>
 *   <tr><td>{@code 2026-04-01/2026-10-01}</td><td>from / to (exclusive)</td><td>the same number of calendar months
 *       before {@code from} when both dates are the first of a month, else the same number of days</td></tr>
 * </table>
 */
public record ScorecardPeriod(String label, LocalDate from, LocalDate to, Length length) {

    /** How long the period is: a number of calendar months, or (a range not on month boundaries) of days. */
    public record Length(int months, int days) {
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("FY(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("([^/]+)/([^/]+)");

    public static final String SYNTAX = "YYYY-MM (month), YYYY-Qn (quarter), FYYYYY-YY (financial year from 1 April), "
            + "YYYY (calendar year) or YYYY-MM-DD/YYYY-MM-DD (from inclusive, to exclusive)";

    public ScorecardPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(length, "length");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** @throws IllegalArgumentException with a message for the reader when the text is not a period */
    public static ScorecardPeriod parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher matcher;
        if ((matcher = QUARTER.matcher(value)).matches()) {
            int year = Integer.parseInt(matcher.group(1));
            int quarter = Integer.parseInt(matcher.group(2));
            LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
            return months(value, from, 3);
        }
        if ((matcher = FINANCIAL_YEAR.matcher(value)).matches()) {
            int year = Integer.parseInt(matcher.group(1));
            if (Integer.parseInt(matcher.group(2)) != (year + 1) % 100) {
                throw new IllegalArgumentException("a financial year is written with the two years it spans, "
                        + "e.g. FY2026-27");
            }
            return months(value, LocalDate.of(year, 4, 1), 12);
        }
        if ((matcher = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("the month must be 01 to 12");
            }
            return months(value, LocalDate.of(Integer.parseInt(matcher.group(1)), month, 1), 1);
        }
        if ((matcher = YEAR.matcher(value)).matches()) {
            return months(value, LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 1), 12);
        }
        if ((matcher = RANGE.matcher(value)).matches()) {
            return range(date(matcher.group(1)), date(matcher.group(2)));
        }
        throw new IllegalArgumentException("must be " + SYNTAX);
    }

    /** The period of the same length that ends where this one starts. */
    public ScorecardPeriod previous() {
        if (length.months() > 0) {
            LocalDate previousFrom = from.minusMonths(length.months());
            return new ScorecardPeriod(previousLabel(previousFrom), previousFrom, from, length);
        }
        LocalDate previousFrom = from.minusDays(length.days());
        return new ScorecardPeriod(previousFrom + "/" + from, previousFrom, from, length);
    }

    private String previousLabel(LocalDate previousFrom) {
        if (QUARTER.matcher(label).matches()) {
            return previousFrom.getYear() + "-Q" + ((previousFrom.getMonthValue() + 2) / 3);
        }
        if (FINANCIAL_YEAR.matcher(label).matches()) {
            return "FY" + previousFrom.getYear() + "-" + String.format("%02d", (previousFrom.getYear() + 1) % 100);
        }
        if (MONTH.matcher(label).matches()) {
            return YearMonth.from(previousFrom).toString();
        }
        if (YEAR.matcher(label).matches()) {
            return Integer.toString(previousFrom.getYear());
        }
        return previousFrom + "/" + from;
    }

    private static ScorecardPeriod months(String label, LocalDate from, int months) {
        return new ScorecardPeriod(label, from, from.plusMonths(months), new Length(months, 0));
    }

    private static ScorecardPeriod range(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the end of the range must be after its start (to is exclusive)");
        }
        String label = from + "/" + to;
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1) {
            return new ScorecardPeriod(label, from, to, new Length((int) Period.between(from, to).toTotalMonths(), 0));
        }
        return new ScorecardPeriod(label, from, to, new Length(0, (int) (to.toEpochDay() - from.toEpochDay())));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a range is two dates YYYY-MM-DD/YYYY-MM-DD");
        }
    }
}
