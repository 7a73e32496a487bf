package org.frontdoor.outcomes.scorecard.api;

import java.time.DateTimeException;
import java.util.Locale;

import org.frontdoor.outcomes.scorecard.domain.ScorecardPeriod;
import org.springframework.format.Formatter;

/**
 * Reads the scorecard's {@code period} parameter: {@link ScorecardPeriod#SYNTAX} is five syntaxes (a month, a quarter,
 * a financial year, a year, a range of two dates) that no {@code @DateTimeFormat} can say, so the domain's own reading
 * is registered as a formatter (scorecard's config). A text that is not a period is refused with {@link Unreadable},
 * whose message is the domain's rule and never the text; the controller's binder names {@code period} with it.
 * (A blank period never reaches here: Spring reads it as none, and the query says it is required.)
 */
public final class ScorecardPeriodFormatter implements Formatter<ScorecardPeriod> {

    @Override
    public ScorecardPeriod parse(String text, Locale locale) {
        try {
            return ScorecardPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(e.getMessage());
        } catch (DateTimeException e) {
            throw new Unreadable("is not a valid date: " + ScorecardPeriod.SYNTAX);
        }
    }

    @Override
    public String print(ScorecardPeriod period, Locale locale) {
        return period.label();
    }

    /** A period that cannot be read: the message is the rule it breaks, for the caller, quoting nothing. */
    static final class Unreadable extends IllegalArgumentException {

        Unreadable(String rule) {
            super(rule);
        }
    }
}
