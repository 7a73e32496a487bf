package org.frontdoor.outcomes.config;

import org.springframework.core.ResolvableType;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * The query records the controllers bind ({@code IndicatorsQuery}, {@code ScorecardQuery}, {@code AnnexAQuery},
 * {@code ExportAuditQuery}) are checked by Bean Validation itself, so that every parameter that is not valid is named
 * in one 400 even when one of them cannot be read at all.
 *
 * <p>Why: a record is made by its constructor. When a value cannot be converted (a date that is not a date), Spring
 * names it and then checks each of the other arguments on its own ({@code SmartValidator.validateValue}), since there
 * is no record to validate. Spring Boot's MVC validator ({@code ValidatorAdapter}) does not implement
 * {@code validateValue}, and Spring skips a validator that cannot: {@code from=} (missing) beside {@code to=tomorrow}
 * (unreadable) would name only {@code to}. Bean Validation's own adapter checks a single argument too; it checks a
 * whole record exactly as Boot's does, with the same {@code jakarta.validation.Validator}.
 *
 * <p>And they are read from the query alone, as the parameters were before they were records: Spring MVC would fill a
 * component the query leaves out from a request header of the same name ({@code Limit}, {@code Source}, …).
 */
@ControllerAdvice
class QueryRecords {

    private final SpringValidatorAdapter validator;

    QueryRecords(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    @InitBinder
    void checkEveryArgument(WebDataBinder binder) {
        // the target is made after the binder (constructor binding), so its type is what tells
        ResolvableType targetType = binder.getTargetType();
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : targetType != null ? targetType.resolve() : null;
        if (type != null && type.isRecord() && type.getPackageName().startsWith("org.frontdoor.outcomes.")) {
            binder.replaceValidators(validator);
            if (binder instanceof ExtendedServletRequestDataBinder request) {
                request.setHeaderPredicate(header -> false);
            }
        }
    }
}
