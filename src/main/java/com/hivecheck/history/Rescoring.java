package com.hivecheck.history;

import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.ScoringModels;
import org.springframework.stereotype.Component;

/**
 * The one place where the HR area scores stored answers again under the model now configured. It never stores
 * anything: a stored assessment keeps the scores of its own model version, and the current model's view is computed
 * for the page that asks for it ({@link ScoreBasis#CURRENT_MODEL}).
 */
@Component
class Rescoring {

    private final ScoringModels models;

    Rescoring(ScoringModels models) {
        this.models = models;
    }

    /** The assessment as progress and comparisons read it, on the given basis. */
    Progress.Point point(PastAssessment assessment, ScoreBasis basis) {
        if (basis == ScoreBasis.AS_SCORED || assessment.modelVersion().equals(currentVersion())) {
            return new Progress.Point(assessment.id(), assessment.assessedOn(), assessment.involvement(),
                    assessment.benefit(), assessment.quadrant(), assessment.modelVersion());
        }
        Classification now = models.current().classify(assessment.answers());
        return new Progress.Point(assessment.id(), assessment.assessedOn(), now.involvement(), now.benefit(),
                now.quadrant(), now.modelVersion());
    }

    /**
     * The assessment as a comparison or a timeline shows it on the given basis: as stored, or with the scores, type
     * and model version the current model gives its answers (a copy for the page; nothing is stored).
     */
    PastAssessment assessment(PastAssessment assessment, ScoreBasis basis) {
        if (basis == ScoreBasis.AS_SCORED || assessment.modelVersion().equals(currentVersion())) {
            return assessment;
        }
        Classification now = models.current().classify(assessment.answers());
        return new PastAssessment(assessment.id(), assessment.createdAt(), assessment.assessedOn(),
                assessment.network(), assessment.unit(), assessment.answers(), assessment.example(),
                now.modelVersion(), now.involvement(), now.benefit(), now.quadrant(), now.borderline(),
                assessment.evidence(), assessment.pulse());
    }

    /** The version of the model now configured. */
    String currentVersion() {
        return models.current().version();
    }
}
