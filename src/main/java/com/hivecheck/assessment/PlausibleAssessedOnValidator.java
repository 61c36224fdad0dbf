package com.hivecheck.assessment;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** Checks {@link PlausibleAssessedOn} against the application's clock (the system clock outside Spring). */
public class PlausibleAssessedOnValidator implements ConstraintValidator<PlausibleAssessedOn, LocalDate> {

    private final Clock clock;

    public PlausibleAssessedOnValidator() {
        this.clock = Clock.systemUTC();
    }

    @Autowired
    public PlausibleAssessedOnValidator(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
        return AssessedOn.plausible(value, clock);
    }
}
