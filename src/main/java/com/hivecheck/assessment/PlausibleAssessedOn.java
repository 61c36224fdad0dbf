package com.hivecheck.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A day from 1 January 2000 up to today, or none (see {@link AssessedOn}). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleAssessedOnValidator.class)
public @interface PlausibleAssessedOn {

    String message() default "{assessment.assessedOn.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
