package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModels;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Which model scores new assessments, as a deployment chooses it under {@code hivecheck.assessment.scoring.version}: model 2 by
 * default, model 1 on request, and a refusal to start with a version the app does not know.
 */
class ScoringPropertiesTest {

    /** The worked example of the domain description. */
    private static final Answers WORKED_EXAMPLE = new Answers(1000, 300, 4, true,
            EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS, Benefit.KNOWLEDGE), 95,
            Improvement.BETTER);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ScoringProperties.class)
    @Import(ScoringConfiguration.class)
    static class Scoring {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Scoring.class);

    @Test
    void withNoSettingsScoresWithModelTwo() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ScoringModels.class).current()).isSameAs(ScoringModels.V2);
        });
    }

    @Test
    void theShippedApplicationPropertiesGiveModelTwo() {
        runner.withInitializer(new ConfigDataApplicationContextInitializer()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getEnvironment().getProperty("hivecheck.assessment.scoring.version")).isEqualTo("2");
            Classification classification = context.getBean(ScoringModels.class).current().classify(WORKED_EXAMPLE);
            assertThat(classification.involvement()).isEqualTo(10);
            assertThat(classification.benefit()).isEqualTo(67);
            assertThat(classification.modelVersion()).isEqualTo("2");
        });
    }

    @Test
    void keepsModelOneCurrentWhenADeploymentAsksForIt() {
        runner.withPropertyValues("hivecheck.assessment.scoring.version=1").run(context -> {
            assertThat(context).hasNotFailed();
            ScoringModels models = context.getBean(ScoringModels.class);
            assertThat(models.current()).isSameAs(ScoringModels.V1);
            assertThat(models.current().classify(WORKED_EXAMPLE).involvement()).isEqualTo(27);
            assertThat(models.byVersion("2")).containsSame(ScoringModels.V2);
        });
    }

    @Test
    void refusesToStartWithAVersionItDoesNotKnow() {
        runner.withPropertyValues("hivecheck.assessment.scoring.version=2-reach-heavy").run(
                context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("unknown scoring model version '2-reach-heavy'"));
    }
}
