package org.frontdoor.outcomes.indicators.api;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.outcomes.indicators.domain.Indicator;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query of {@code GET /api/outcomes/indicators/monthly}, bound and checked by Spring MVC as
 * {@link IndicatorsQuery} is: the months {@code from} and {@code to} (both included, at most {@link #MAX_MONTHS}),
 * the indicators asked for (none: all of them), and the same {@code asOf} and filters. Every parameter that is not
 * valid is named in one 400; a month that cannot be read is named by service-platform's {@code QueryParametersBinding}
 * ("must be a month (2026-11)"), and nothing sent is quoted.
 */
@MonthlyIndicatorsQuery.MonthsInRange
record MonthlyIndicatorsQuery(
        @Parameter(description = "first month (YYYY-MM, London)", required = true)
        @NotNull(message = MONTH_REQUIRED) YearMonth from,
        @Parameter(description = "last month (YYYY-MM, London, included); at most " + MAX_MONTHS + " months from "
                + "from", required = true)
        @NotNull(message = MONTH_REQUIRED) YearMonth to,
        @Parameter(description = "the indicators to answer, each an indicator id (T1, E6, W1.area.happy) or a family's "
                + "(W1.area., F2.: every member); repeat the parameter for more; none: every indicator")
        @Size(max = MAX_INDICATORS, message = "must be at most " + MAX_INDICATORS + " indicator ids")
        @KnownIndicators List<String> indicator,
        @Parameter(description = "report date (YYYY-MM-DD, London); default today")
        @DateTimeFormat(iso = DATE) LocalDate asOf,
        @Parameter(description = "locality code (as recorded on the referral or case)")
        @Pattern(regexp = ReportFilter.LOCALITY, message = ReportFilter.LOCALITY_RULE) String locality,
        @Parameter(description = "referral source, CIN census code (1A … 10)")
        @Pattern(regexp = ReportFilter.SOURCE, message = ReportFilter.SOURCE_RULE) String source,
        @Parameter(description = "pathway: EARLY_HELP, SOCIAL_CARE or CONSULTATION")
        @Pattern(regexp = ReportFilter.PATHWAY, message = ReportFilter.PATHWAY_RULE) String pathway) {

    /** The most months one read answers: two years, enough for any chart, and a bound on the work. */
    static final int MAX_MONTHS = 24;
    static final int MAX_INDICATORS = 64;
    static final String MONTH_REQUIRED = "is required (YYYY-MM)";

    ReportFilter filter() {
        return new ReportFilter(locality, source, pathway);
    }

    /** The months asked for, oldest first. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * A result is answered when no indicator was asked for, or its id was (blanks around an id ignored, a blank id
     * none), or the family it belongs to was ({@code W1.area.} asks for {@code W1.area.happy}).
     */
    boolean asks(String resultId) {
        List<String> asked = asked(indicator);
        return asked.isEmpty() || asked.stream().anyMatch(id -> id.equals(resultId)
                || (id.endsWith(".") && resultId.startsWith(id)));
    }

    private static List<String> asked(List<String> ids) {
        return ids == null ? List.of()
                : ids.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).toList();
    }

    /**
     * {@code to} is not before {@code from}, and the months from {@code from} to {@code to} are at most
     * {@link #MAX_MONTHS}: a violation names {@code to}. Checked only when both months were read.
     */
    @Documented
    @Constraint(validatedBy = MonthsInRange.Check.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface MonthsInRange {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<MonthsInRange, MonthlyIndicatorsQuery> {

            @Override
            public boolean isValid(MonthlyIndicatorsQuery query, ConstraintValidatorContext context) {
                if (query == null || query.from() == null || query.to() == null) {
                    return true;
                }
                String broken = query.to().isBefore(query.from())
                        ? "must not be before from (both months are included)"
                        : ChronoUnit.MONTHS.between(query.from(), query.to()) >= MAX_MONTHS
                        ? "must be at most " + MAX_MONTHS + " months from from (both months are included)"
                        : null;
                if (broken == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(broken).addPropertyNode("to").addConstraintViolation();
                return false;
            }
        }
    }

    /** Every id asked for names an indicator or a family of them ({@link Indicator#byId}); blank ids are none. */
    @Documented
    @Constraint(validatedBy = KnownIndicators.Check.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface KnownIndicators {

        String message() default "must be indicator ids, e.g. T1, E6, W1.area.happy or a family W1.area. "
                + "(the ids of GET /api/outcomes/indicators)";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<KnownIndicators, List<String>> {

            @Override
            public boolean isValid(List<String> ids, ConstraintValidatorContext context) {
                for (String id : asked(ids)) {
                    try {
                        Indicator.byId(id);
                    } catch (IllegalArgumentException unknown) {
                        return false;
                    }
                }
                return true;
            }
        }
    }
}
