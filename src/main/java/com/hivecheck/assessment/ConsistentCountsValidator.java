package com.hivecheck.assessment;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigInteger;
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

    /** A negative whole is its own field's error, not a reason to blame the part. */
    private static boolean exceeds(@Nullable BigInteger part, @Nullable BigInteger whole) {
        return part != null && whole != null && whole.signum() >= 0 && part.compareTo(whole) > 0;
    }
}
