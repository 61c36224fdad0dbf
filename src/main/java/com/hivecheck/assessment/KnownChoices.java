package com.hivecheck.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * Every element of a multiple choice is one of the choices: a blank or unreadable value (such as {@code benefits=%00},
 * which the form binder turns into an empty element) is an error on the field, not a choice to store.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownChoices.Validator.class)
@interface KnownChoices {

    String message() default "{typeMismatch.benefits}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Valid when there is no collection (another constraint says whether one is required) or no element is null. */
    class Validator implements ConstraintValidator<KnownChoices, Collection<?>> {

        @Override
        public boolean isValid(Collection<?> choices, ConstraintValidatorContext context) {
            return choices == null || choices.stream().allMatch(choice -> choice != null);
        }
    }
}
