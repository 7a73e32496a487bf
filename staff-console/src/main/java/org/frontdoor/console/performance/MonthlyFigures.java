package org.frontdoor.console.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The main timeliness (T1: decided within one working day) and re-referral (E6: the CIN re-referral rate) figures
 * month by month, over the 12 months up to the scorecard's: one {@code GET /api/outcomes/indicators} per calendar
 * month, with the page's filters (outcomes-service has no read of a series; it keeps its last answers, so asking
 * again is cheap).
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
    record Indicators(List<Result> indicators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(String id, long numerator, long denominator, BigDecimal value) {
    }

    /** Asks for the earlier months side by side (daemon threads: they never keep the console from stopping). */
    private static final ExecutorService SIDE_BY_SIDE = Executors.newFixedThreadPool(MONTHS, work -> {
        Thread thread = new Thread(work, "performance-months");
        thread.setDaemon(true);
        return thread;
    });

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
     * The 12 months' figures, or empty when any month could not be read (the page says so rather than drawing a
     * chart with holes that look like "no data"). A 401 still means signing in again.
     *
     * <p>The twelve are asked side by side, with the person's own request and sign-in, which keeps the page near the
     * time of one call rather than twelve. Only after the page's scorecard read (on the request itself), so an expired
     * token has already been renewed once, there, and is not renewed twelve times at once.
     */
    static Optional<List<Month>> read(RestClient gateway, PerformanceFilters filters, YearMonth last) {
        List<YearMonth> wanted = monthsUpTo(last);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try {
            List<Future<Month>> asked = new ArrayList<>();
            for (YearMonth month : wanted) {
                asked.add(SIDE_BY_SIDE.submit(() -> {
                    RequestContextHolder.setRequestAttributes(request);
                    SecurityContextHolder.setContext(signedIn);
                    try {
                        return month(gateway, filters, month);
                    } finally {
                        SecurityContextHolder.clearContext();
                        RequestContextHolder.resetRequestAttributes();
                    }
                }));
            }
            List<Month> months = new ArrayList<>();
            for (Future<Month> month : asked) {
                months.add(month.get());
            }
            return Optional.of(List.copyOf(months));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof GatewayProblem problem && problem.status() == 401) {
                throw problem;
            }
            // any other refusal, or the gateway unreachable (ResourceAccessException)
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Month month(RestClient gateway, PerformanceFilters filters, YearMonth month) {
        Indicators answer = gateway.get().uri(filters.indicatorsUri(month))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve().body(Indicators.class);
        List<Result> results = answer == null || answer.indicators() == null ? List.of() : answer.indicators();
        return new Month(month, figure(results, TIMELINESS), figure(results, RE_REFERRAL));
    }

    private static Figure figure(List<Result> results, String id) {
        return results.stream().filter(result -> id.equals(result.id())).findFirst()
                .map(result -> new Figure(result.numerator(), result.denominator(), result.value()))
                .orElse(null);
    }
}
