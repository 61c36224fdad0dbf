package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Classifier;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModel;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The scoring model as a deployment configures it under {@code hivecheck.assessment.scoring}: the reference model by
 * default, and a refusal to start when the model changes but its version does not, so stored results stay traceable.
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
    void withNoSettingsScoresWithReferenceModelOne() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Classifier.class).model()).isEqualTo(ScoringModel.reference());
        });
    }

    @Test
    void theShippedApplicationPropertiesGiveReferenceModelOne() {
        runner.withInitializer(new ConfigDataApplicationContextInitializer()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getEnvironment().getProperty("hivecheck.assessment.scoring.version")).isEqualTo("1");
            Classification classification = context.getBean(Classifier.class).classify(WORKED_EXAMPLE);
            assertThat(classification.involvement()).isEqualTo(27);
            assertThat(classification.benefit()).isEqualTo(69);
            assertThat(classification.modelVersion()).isEqualTo("1");
        });
    }

    @Test
    void restatingTheReferenceValuesIsAccepted() {
        runner.withPropertyValues("hivecheck.assessment.scoring.version=1",
                "hivecheck.assessment.scoring.reach-target=0.6", "hivecheck.assessment.scoring.breadth-weight=0.50",
                "hivecheck.assessment.scoring.midline=50").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Classifier.class).model()).isEqualTo(ScoringModel.reference());
                });
    }

    @Test
    void refusesToStartWhenAWeightChangesButTheVersionDoesNot() {
        runner.withPropertyValues("hivecheck.assessment.scoring.reach-weight=0.6",
                        "hivecheck.assessment.scoring.breadth-weight=0.4")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("hivecheck.assessment.scoring differs from reference model 1")
                            .hasMessageContaining("set hivecheck.assessment.scoring.version to a new name");
                });
    }

    @Test
    void refusesToStartWhenAThresholdChangesButTheVersionDoesNot() {
        runner.withPropertyValues("hivecheck.assessment.scoring.version=1",
                        "hivecheck.assessment.scoring.borderline-band=10")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("set hivecheck.assessment.scoring.version to a new name"));
    }

    @Test
    void scoresWithACustomModelUnderItsOwnVersion() {
        runner.withPropertyValues("hivecheck.assessment.scoring.version=2-reach-heavy",
                "hivecheck.assessment.scoring.reach-weight=0.8", "hivecheck.assessment.scoring.breadth-weight=0.2",
                "hivecheck.assessment.scoring.reach-target=0.5").run(context -> {
                    assertThat(context).hasNotFailed();
                    Classifier classifier = context.getBean(Classifier.class);
                    assertThat(classifier.model().version()).isEqualTo("2-reach-heavy");
                    Classification classification = classifier.classify(WORKED_EXAMPLE);
                    // reach 0.3 / 0.5 = 0.6, breadth (4/300) / 0.2 / 2 = 0.033: 100 x (0.8 x 0.6 + 0.2 x 0.033) = 49
                    assertThat(classification.involvement()).isEqualTo(49);
                    assertThat(classification.benefit()).isEqualTo(69);
                    assertThat(classification.modelVersion()).isEqualTo("2-reach-heavy");
                });
    }

    @Test
    void refusesToStartWithWeightsThatDoNotAddUp() {
        runner.withPropertyValues("hivecheck.assessment.scoring.version=2",
                "hivecheck.assessment.scoring.reach-weight=0.8").run(
                context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("reachWeight + breadthWeight must be 1"));
    }

    @Test
    void refusesToStartWithAVersionTooLongToStore() {
        runner.withPropertyValues("hivecheck.assessment.scoring.version=" + "v".repeat(21)).run(
                context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("version must be 1..20 characters"));
    }
}
