package com.hivecheck.history;

import com.hivecheck.assessment.ActivityEvidence;
import com.hivecheck.importing.ExportFormat;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Past assessments for view and page tests; the scores are given, not computed. */
final class Samples {

    private Samples() {
    }

    static PastAssessment assessment(String instant, String network, @Nullable String unit, int involvement,
            int benefit, Quadrant quadrant) {
        return assessment(instant, network, unit, involvement, benefit, quadrant, 1000, 300,
                EnumSet.of(Benefit.IDEAS), Improvement.SLIGHTLY_BETTER);
    }

    /** An assessment as model {@code version} would have stored it. */
    static PastAssessment assessment(String instant, String network, @Nullable String unit, int involvement,
            int benefit, Quadrant quadrant, String version) {
        PastAssessment a = assessment(instant, network, unit, involvement, benefit, quadrant);
        return new PastAssessment(a.id(), a.createdAt(), a.assessedOn(), a.network(), a.unit(), a.answers(),
                a.example(), version, involvement, benefit, quadrant, false, null);
    }

    static PastAssessment assessment(String instant, String network, @Nullable String unit, int involvement,
            int benefit, Quadrant quadrant, int employees, int active, Set<Benefit> benefits,
            Improvement improvement) {
        return new PastAssessment(UUID.nameUUIDFromBytes((instant + network + unit).getBytes()),
                Instant.parse(instant), Instant.parse(instant).atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                network, unit,
                new Answers(employees, active, active / 10, false, benefits, 60, improvement), null, "1",
                involvement, benefit, quadrant, false, null);
    }

    /** The same assessment, with questions 1 and 2 filled from an activity export whose figures are given. */
    static PastAssessment fromData(PastAssessment assessment, int employees, int active, int creators) {
        return new PastAssessment(assessment.id(), assessment.createdAt(), assessment.assessedOn(),
                assessment.network(), assessment.unit(),
                assessment.answers(), assessment.example(), assessment.modelVersion(), assessment.involvement(),
                assessment.benefit(), assessment.quadrant(), assessment.borderline(),
                new ActivityEvidence(ExportFormat.VIVA_ENGAGE, assessment.unit(), LocalDate.of(2026, 4, 30), 30,
                        employees, active, creators, active - creators - 2, 2));
    }
}
