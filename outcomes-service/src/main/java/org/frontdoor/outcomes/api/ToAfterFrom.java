package org.frontdoor.outcomes.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A {@link PeriodQuery}'s {@code to} is after its {@code from} (the period is from inclusive to exclusive): a violation
 * names {@code to}. Checked only when both dates were read, so it never repeats what their own checks said.
 */
@Documented
@Constraint(validatedBy = ToAfterFrom.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ToAfterFrom {

    String message() default "must be after from (the period is from inclusive to exclusive)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ToAfterFrom, PeriodQuery> {

        @Override
        public boolean isValid(PeriodQuery query, ConstraintValidatorContext context) {
            if (query == null || query.from() == null || query.to() == null || query.from().isBefore(query.to())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("to").addConstraintViolation();
            return false;
        }
    }
}
