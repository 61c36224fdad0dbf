package com.hivecheck.assessment;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ConsistentCounts}; a missing number is left to its own {@code @NotNull}. */
class ConsistentCountsValidator implements ConstraintValidator<ConsistentCounts, AssessmentForm> {

    @Override
    public boolean isValid(@Nullable AssessmentForm form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (exceeds(form.getMonthlyActiveUsers(), form.getEmployees())) {
            context.buildConstraintViolationWithTemplate("{assessment.monthlyActiveUsers.exceedsEmployees}")
                    .addPropertyNode("monthlyActiveUsers")
                    .addConstraintViolation();
            valid = false;
        }
        if (exceeds(form.getContentCreators(), form.getMonthlyActiveUsers())) {
            context.buildConstraintViolationWithTemplate("{assessment.contentCreators.exceedsActive}")
                    .addPropertyNode("contentCreators")
                    .addConstraintViolation();
            valid = false;
        }
        return valid;
    }

    private static boolean exceeds(@Nullable Long part, @Nullable Long whole) {
        return part != null && whole != null && part > whole;
    }
}
