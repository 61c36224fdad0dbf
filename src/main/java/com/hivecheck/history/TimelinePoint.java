package com.hivecheck.history;

import com.hivecheck.scoring.Quadrant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a timeline draws of one assessment: its day, scores, type and model version, without the answers. The
 * network timeline reads these from one index alone (V13), so that a line per unit stays cheap however many
 * assessments each unit has.
 *
 * @param id the assessment
 * @param createdAt when it was stored; orders assessments of the same day
 * @param assessedOn the day its answers describe
 * @param unit its unit, or {@code null} for the whole network's own assessment
 * @param involvement the x score
 * @param benefit the y score
 * @param quadrant the type
 * @param modelVersion the version of the model whose scores these are
 */
public record TimelinePoint(UUID id, Instant createdAt, LocalDate assessedOn, @Nullable String unit, int involvement,
        int benefit, Quadrant quadrant, String modelVersion) {

    static TimelinePoint of(PastAssessment assessment) {
        return new TimelinePoint(assessment.id(), assessment.createdAt(), assessment.assessedOn(), assessment.unit(),
                assessment.involvement(), assessment.benefit(), assessment.quadrant(), assessment.modelVersion());
    }
}
