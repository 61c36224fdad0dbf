package com.hivecheck.assessment;

import com.hivecheck.scoring.Answers;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A past round entered later, for example a row of an imported export: what an assessment of that day said, to be
 * scored by the model version it names (so that a round scored by model 1 back then keeps model 1's scores).
 *
 * @param id the id to store it under, or {@code null} for a new one
 * @param context the network, unit and example
 * @param answers the answers
 * @param assessedOn the day the answers describe, from 2000 up to today
 * @param modelVersion the version of the model that scores it; a version the app knows
 */
public record PastRound(@Nullable UUID id, Context context, Answers answers, LocalDate assessedOn,
        String modelVersion) {

    public PastRound {
        Objects.requireNonNull(context);
        Objects.requireNonNull(answers);
        AssessedOn.requireValid(assessedOn);
        Objects.requireNonNull(modelVersion);
    }

    /** The round a valid form describes; call only on a form without constraint violations. */
    public static PastRound of(@Nullable UUID id, AssessmentForm valid, LocalDate assessedOn, String modelVersion) {
        return new PastRound(id, valid.toContext(), valid.toAnswers(), assessedOn, modelVersion);
    }
}
