package com.hivecheck.assessment;

import com.hivecheck.scoring.ScoringModels;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which known scoring model scores new assessments, under {@code hivecheck.assessment.scoring.version} (default
 * {@value ScoringModels#DEFAULT_VERSION}). Only versions the app knows are accepted, so a stored result always names
 * a model whose rules are in the code; an unknown version stops the app at startup.
 */
@ConfigurationProperties("hivecheck.assessment.scoring")
record ScoringProperties(@DefaultValue(ScoringModels.DEFAULT_VERSION) String version) {

    ScoringModels toModels() {
        return new ScoringModels(version);
    }
}
