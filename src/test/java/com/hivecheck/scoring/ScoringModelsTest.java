package com.hivecheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ScoringModelsTest {

    @Test
    void makesVersionTwoCurrentByDefault() {
        ScoringModels models = ScoringModels.standard();

        assertThat(models.current()).isSameAs(ScoringModels.V2);
        assertThat(models.current().version()).isEqualTo("2");
        assertThat(models.isCurrent("2")).isTrue();
        assertThat(models.isCurrent("1")).isFalse();
    }

    @Test
    void findsEveryKnownVersionAndNoOther() {
        ScoringModels models = ScoringModels.standard();

        assertThat(models.byVersion("1")).containsSame(ScoringModels.V1);
        assertThat(models.byVersion("2")).containsSame(ScoringModels.V2);
        assertThat(models.byVersion("0.9")).isEmpty();
        assertThat(models.all()).extracting(ScoringModel::version).containsExactly("1", "2");
    }

    @Test
    void letsADeploymentKeepAnotherKnownVersionCurrent() {
        assertThat(new ScoringModels("1").current()).isSameAs(ScoringModels.V1);
    }

    @Test
    void refusesAnUnknownVersion() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModels("acme-3"))
                .withMessageContaining("acme-3").withMessageContaining("[1, 2]");
    }

    @Test
    void sharesTheMidlineAndBandAcrossVersions() {
        for (ScoringModel model : ScoringModels.standard().all()) {
            assertThat(model.midline()).isEqualTo(50);
            assertThat(model.borderlineBand()).isEqualTo(5);
        }
    }
}
