package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModel;
import java.util.Set;

/**
 * The benefit (y) score of the current scoring model for answers to questions 3 and 4 alone. The only place the pulse
 * asks the model for a score: {@link ScoringModel#benefit(Set, Improvement, int)} depends on benefits, improvement and
 * work-related share only.
 */
final class BenefitAxis {

    private final ScoringModel model;

    BenefitAxis(ScoringModel model) {
        this.model = model;
    }

    int score(Set<Benefit> benefits, Improvement improvement, int workRelatedShare) {
        return model.benefit(benefits, improvement, workRelatedShare);
    }

    String modelVersion() {
        return model.version();
    }
}
