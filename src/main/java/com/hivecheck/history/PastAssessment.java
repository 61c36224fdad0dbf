package com.hivecheck.history;

import com.hivecheck.assessment.ActivityEvidence;
import com.hivecheck.assessment.ActivityEvidence.FromData;
import com.hivecheck.assessment.PulseLink;
import com.hivecheck.assessment.Assessment;
import com.hivecheck.chart.QuadrantChart;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Quadrant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored assessment as the HR area reads it: every answer, the scores and type stored with it, its model version,
 * and the figures of the activity export that questions 1 and 2 were filled from, if they were. Detached from JPA, so
 * that views and the export never touch the persistence context.
 *
 * @param id the assessment's id
 * @param createdAt when it was submitted
 * @param assessedOn the day its answers describe; history, progress, timeline and compare order by it
 * @param network the network
 * @param unit the unit, or {@code null} for the whole network
 * @param answers the scored answers
 * @param example the respondent's example, or {@code null}
 * @param modelVersion the version of the model that scored it
 * @param involvement the stored x score
 * @param benefit the stored y score
 * @param quadrant the stored type
 * @param borderline whether it was close to a midline when scored
 * @param evidence the activity export behind questions 1 and 2, or {@code null} when they were typed in
 * @param pulse the employee pulse behind questions 3 and 4, or {@code null} when the owner answered them
 */
public record PastAssessment(
        UUID id,
        Instant createdAt,
        LocalDate assessedOn,
        String network,
        @Nullable String unit,
        Answers answers,
        @Nullable String example,
        String modelVersion,
        int involvement,
        int benefit,
        Quadrant quadrant,
        boolean borderline,
        @Nullable ActivityEvidence evidence,
        @Nullable PulseLink pulse) {

    /** An assessment whose questions 3 and 4 did not come from a pulse. */
    public PastAssessment(UUID id, Instant createdAt, LocalDate assessedOn, String network, @Nullable String unit,
            Answers answers, @Nullable String example, String modelVersion, int involvement, int benefit,
            Quadrant quadrant, boolean borderline, @Nullable ActivityEvidence evidence) {
        this(id, createdAt, assessedOn, network, unit, answers, example, modelVersion, involvement, benefit, quadrant,
                borderline, evidence, null);
    }

    static PastAssessment of(Assessment assessment) {
        return new PastAssessment(assessment.getId(), assessment.getCreatedAt(), assessment.getAssessedOn(),
                assessment.getNetwork(),
                assessment.getUnit(), assessment.answers(), assessment.getExample(), assessment.getModelVersion(),
                assessment.getInvolvement(), assessment.getBenefit(), assessment.getQuadrant(),
                assessment.isBorderline(), assessment.getEvidence().orElse(null),
                assessment.getPulse().orElse(null));
    }

    /**
     * Which answers of questions 1 and 2 equal the figures of the activity export behind them ("from data"); none
     * when they were typed in. The same rule as {@link Assessment#fromData()}.
     */
    public FromData fromData() {
        return evidence == null ? FromData.NONE : evidence.compare(answers);
    }

    /** The day it was submitted (stored), in {@code zone}; {@link #assessedOn()} is the day it describes. */
    public LocalDate date(ZoneId zone) {
        return createdAt.atZone(zone).toLocalDate();
    }

    /** The CSS modifier of the type, such as {@code honey-apiary}. */
    public String slug() {
        return QuadrantChart.slug(quadrant);
    }
}
