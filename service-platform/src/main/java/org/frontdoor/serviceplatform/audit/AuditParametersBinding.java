package org.frontdoor.serviceplatform.audit;

import java.util.Locale;

import org.springframework.beans.PropertyAccessException;
import org.springframework.format.Formatter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every service binds its audit queries: {@code from}/{@code to} read as {@link DateOrInstant}s (a
 * {@code @DateTimeFormat} cannot say "a date or an instant"), {@code to} after {@code from}, and a value that cannot
 * be read at all answered with the rule it breaks, never with the value, together with every other parameter that is
 * not valid, in one 400 (service-platform's answer to a binding failure).
 */
@ControllerAdvice
class AuditParametersBinding {

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
        // the target is made after the binder (constructor binding), so its type is what tells
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
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
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
                String parameter = e.getPropertyName();
                result.addError(new FieldError(result.getObjectName(), parameter, null, true,
                        result.resolveMessageCodes(e.getErrorCode(), parameter), null, unreadable(parameter)));
            }
        });
    }

    /** What a parameter that could not be read at all must be: its own rule, never the value sent. */
    static String unreadable(String parameter) {
        return switch (parameter) {
            case "from", "to" -> AuditReportParameters.TIME;
            case "page" -> AuditPageParameters.PAGE;
            case "size" -> AuditPageParameters.SIZE;
            default -> "is not valid";
        };
    }
}
