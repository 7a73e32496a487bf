package org.frontdoor.serviceplatform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.format.Formatter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How every service binds its query parameter objects: a value that cannot be read (a date that is not a date, a
 * page that is not a number) is answered with the rule it breaks, never with the value Spring would quote, together
 * with every other parameter that is not valid, in one 400 (service-platform's answer to a binding failure). And how
 * it binds its audit queries: {@code from}/{@code to} read as {@link DateOrInstant}s (a {@code @DateTimeFormat}
 * cannot say "a date or an instant"), and {@code to} after {@code from}.
 */
@ControllerAdvice
class QueryParametersBinding {

    /** Bean Validation's own adapter (null when the application has no validator): it can check one argument alone. */
    private final SpringValidatorAdapter argumentValidator;

    QueryParametersBinding(jakarta.validation.Validator validator) {
        this.argumentValidator = validator == null ? null : new SpringValidatorAdapter(validator);
    }

    static final Validator TO_AFTER_FROM = new Validator() {
        @Override
        public boolean supports(Class<?> type) {
            return AuditPageParameters.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (target instanceof AuditReportParameters report && report.since() != null && report.until() != null
                    && !report.since().isBefore(report.until())) {
                errors.rejectValue("to", "after", "must be after from");
            }
        }
    };

    @InitBinder
    void readAuditParameters(WebDataBinder binder) {
        // a value that cannot be read, for any parameter object of any controller: the rule, never the value
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
                String parameter = e.getPropertyName();
                result.addError(new FieldError(result.getObjectName(), parameter, null, true,
                        result.resolveMessageCodes(e.getErrorCode(), parameter), null, unreadable(parameter, e)));
            }
        });
        // the target is made after the binder (constructor binding), so its type is what tells
        boolean queryObject = binder.getTarget() == null;
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (queryObject && type != null && type.isRecord()) {
            // A record is made by its constructor: when one value cannot be converted, Spring names it and checks the
            // other arguments one by one (SmartValidator.validateValue), which Boot's MVC validator cannot do, so
            // they would go unchecked. Bean Validation's own adapter can: every invalid parameter is named at once.
            if (argumentValidator != null) {
                binder.replaceValidators(argumentValidator);
            }
        }
        if (queryObject && binder instanceof ExtendedServletRequestDataBinder request) {
            // a query object is read from the query alone: Spring MVC would fill a component the query leaves out
            // from a request header of the same name (a "Limit" or "Source" header)
            request.setHeaderPredicate(header -> false);
        }
        if (type == null || !AuditPageParameters.class.isAssignableFrom(type)) {
            return;
        }
        binder.addCustomFormatter(new Formatter<DateOrInstant>() {
            @Override
            public DateOrInstant parse(String text, Locale locale) {
                return DateOrInstant.parse(text);
            }

            @Override
            public String print(DateOrInstant value, Locale locale) {
                return value.toString();
            }
        }, DateOrInstant.class);
        binder.addValidators(TO_AFTER_FROM);
    }

    /** What a parameter that could not be read at all must be: its own rule, never the value sent. */
    static String unreadable(String parameter, PropertyAccessException e) {
        Class<?> type = e instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
        if (type == null) {
            return "is not valid";
        }
        if (type == DateOrInstant.class) {
            return AuditReportParameters.TIME;
        }
        if (type == LocalDate.class) {
            return "must be a date (2026-11-20)";
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 instant (2026-11-20T09:00:00Z)";
        }
        if (type == YearMonth.class) {
            return "must be a month (2026-11)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "page".equals(parameter) ? AuditPageParameters.PAGE
                    : "size".equals(parameter) ? AuditPageParameters.SIZE : "must be a whole number";
        }
        if (type.isEnum()) {
            return "must be one of its codes";
        }
        return "is not valid";
    }
}
