package com.hivecheck.assessment;

import com.hivecheck.scoring.ScoringModel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scoring model's configuration under {@code hivecheck.assessment.scoring}, defaulting to reference model
 * version 1.
 * Changing a weight or threshold without changing {@code version} is refused at startup, so that stored results
 * always name the model that made them.
 */
@ConfigurationProperties("hivecheck.assessment.scoring")
record ScoringProperties(
        @DefaultValue("1") String version,
        @DefaultValue("0.60") double reachTarget,
        @DefaultValue("0.20") double breadthTarget,
        @DefaultValue("0.5") double officialBreadthFactor,
        @DefaultValue("0.5") double reachWeight,
        @DefaultValue("0.5") double breadthWeight,
        @DefaultValue("0.4") double benefitsWeight,
        @DefaultValue("0.4") double improvementWeight,
        @DefaultValue("0.2") double focusWeight,
        @DefaultValue("50") int midline,
        @DefaultValue("5") int borderlineBand) {

    ScoringModel toModel() {
        ScoringModel model = new ScoringModel(version, reachTarget, breadthTarget, officialBreadthFactor, reachWeight,
                breadthWeight, benefitsWeight, improvementWeight, focusWeight, midline, borderlineBand);
        ScoringModel reference = ScoringModel.reference();
        if (model.version().equals(reference.version()) && !model.equals(reference)) {
            throw new IllegalStateException("hivecheck.assessment.scoring differs from reference model 1: "
                    + "set hivecheck.assessment.scoring.version to a new name so stored results stay traceable");
        }
        return model;
    }
}
