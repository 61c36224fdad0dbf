package com.hivecheck.pulse;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classifier;
import com.hivecheck.scoring.Improvement;
import java.util.Set;

/**
 * The benefit (y) score of the current scoring model for answers to questions 3 and 4 alone. The only place the pulse
 * asks the model for a score: the benefit axis depends on benefits, improvement and work-related share only, so the
 * answers to questions 1 and 2 given to the classifier here are placeholders that do not affect it.
 */
final class BenefitAxis {

    private final Classifier classifier;

    BenefitAxis(Classifier classifier) {
        this.classifier = classifier;
    }

    int score(Set<Benefit> benefits, Improvement improvement, int workRelatedShare) {
        return classifier.classify(new Answers(1, 0, 0, false, benefits, workRelatedShare, improvement)).benefit();
    }

    String modelVersion() {
        return classifier.model().version();
    }
}
