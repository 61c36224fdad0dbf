package com.hivecheck.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The cross-field rules of questions 1 and 2: monthly active users cannot exceed employees, and content creators
 * cannot exceed monthly active users. Violations are reported on the offending field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentCountsValidator.class)
@interface ConsistentCounts {

    String message() default "{assessment.counts.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
