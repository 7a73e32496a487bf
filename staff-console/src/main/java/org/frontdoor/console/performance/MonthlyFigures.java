package org.frontdoor.console.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The main timeliness (T1: decided within one working day) and re-referral (E6: the CIN re-referral rate) figures
 * month by month, over the 12 months up to the scorecard's: one {@code GET /api/outcomes/indicators/monthly} for the
 * 12 months and the two indicators, with the page's filters (each month exactly as outcomes-service's
 * {@code /indicators} answers it for that month).
 */
final class MonthlyFigures {

    static final String TIMELINESS = "T1";
    static final String RE_REFERRAL = "E6";
    static final int MONTHS = 12;

    /** One month's two figures; either is null when outcomes-service did not report it. */
    record Month(YearMonth month, Figure timeliness, Figure reReferral) {

        public String name() {
            return PerformanceWords.month(month);
        }
    }

    /** A share: {@code value} is null when there was nothing to count (denominator 0). */
    record Figure(long numerator, long denominator, BigDecimal value) {

        /** "87.5% (35 of 40)", "No data (none to count)". */
        public String inWords() {
            return PerformanceWords.percent(value) + " (" + PerformanceWords.detail("PERCENT", numerator, denominator) + ")";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Series(List<Indicators> months) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indicators(YearMonth month, List<Result> indicators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(String id, long numerator, long denominator, BigDecimal value) {
    }

    private MonthlyFigures() {
    }

    /** The months that end with {@code last}, oldest first. */
    static List<YearMonth> monthsUpTo(YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = MONTHS - 1; back >= 0; back--) {
            months.add(last.minusMonths(back));
        }
        return months;
    }

    /**
     * The 12 months' figures, or empty when they could not be read, or the answer lacks one of them (the page says so
     * rather than drawing a chart with holes that look like "no data"). A 401 still means signing in again.
     */
    static Optional<List<Month>> read(RestClient gateway, PerformanceFilters filters, YearMonth last) {
        List<YearMonth> wanted = monthsUpTo(last);
        Series answer;
        try {
            answer = gateway.get().uri(filters.monthlyIndicatorsUri(wanted.get(0), last, TIMELINESS, RE_REFERRAL))
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(Series.class);
        } catch (GatewayProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return Optional.empty();
        } catch (RestClientException unreachableOrUnreadable) {
            return Optional.empty();
        }
        Map<YearMonth, List<Result>> answered = answer == null || answer.months() == null ? Map.of()
                : answer.months().stream().filter(month -> month != null && month.month() != null)
                .collect(Collectors.toMap(Indicators::month,
                        month -> month.indicators() == null ? List.of() : month.indicators(), (first, again) -> first));
        if (!answered.keySet().containsAll(wanted)) {
            return Optional.empty();
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth month : wanted) {
            List<Result> results = answered.get(month);
            months.add(new Month(month, figure(results, TIMELINESS), figure(results, RE_REFERRAL)));
        }
        return Optional.of(List.copyOf(months));
    }

    private static Figure figure(List<Result> results, String id) {
        return results.stream().filter(result -> id.equals(result.id())).findFirst()
                .map(result -> new Figure(result.numerator(), result.denominator(), result.value()))
                .orElse(null);
    }
}
