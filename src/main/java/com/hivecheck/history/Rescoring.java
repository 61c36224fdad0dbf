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

    /** The version of the model now configured. */
    String currentVersion() {
        return models.current().version();
    }
}
