package com.hivecheck.system;

import com.hivecheck.scoring.ScoringModels;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds the scoring model in use to {@code /actuator/info}, beside the app version from the build: which model version
 * every new assessment is stored with on this node.
 */
@Component
class ModelInfo implements InfoContributor {

    private final ScoringModels models;

    ModelInfo(ScoringModels models) {
        this.models = models;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("model", Map.of("version", models.current().version()));
    }
}
