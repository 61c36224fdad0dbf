package com.hivecheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringModelTest {

    @Test
    void usesTheValuesOfReferenceModelVersionOne() {
        ScoringModel model = ScoringModel.reference();

        assertThat(model.version()).isEqualTo("1");
        assertThat(model.reachTarget()).isEqualTo(0.60);
        assertThat(model.breadthTarget()).isEqualTo(0.20);
        assertThat(model.officialBreadthFactor()).isEqualTo(0.5);
        assertThat(model.reachWeight()).isEqualTo(0.5);
        assertThat(model.breadthWeight()).isEqualTo(0.5);
        assertThat(model.benefitsWeight()).isEqualTo(0.4);
        assertThat(model.improvementWeight()).isEqualTo(0.4);
        assertThat(model.focusWeight()).isEqualTo(0.2);
        assertThat(model.midline()).isEqualTo(50);
        assertThat(model.borderlineBand()).isEqualTo(5);
    }

    @Test
    void acceptsWeightsThatSumToOneUpToFloatingPointNoise() {
        // 0.1 + 0.2 + 0.7 is not exactly 1 in binary floating point
        assertThatNoException().isThrownBy(
                () -> new ScoringModel("fp", 0.6, 0.2, 0.5, 0.3, 0.7, 0.1, 0.2, 0.7, 50, 5));
    }

    @ParameterizedTest(name = "reach {0} + breadth {1}")
    @CsvSource({"0.5, 0.4", "0.6, 0.5", "1.0, 0.1", "0.0, 0.0"})
    void rejectsInvolvementWeightsThatDoNotSumToOne(double reachWeight, double breadthWeight) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel("x", 0.6, 0.2, 0.5,
                reachWeight, breadthWeight, 0.4, 0.4, 0.2, 50, 5));
    }

    @ParameterizedTest(name = "benefits {0} + improvement {1} + focus {2}")
    @CsvSource({"0.4, 0.4, 0.1", "0.4, 0.4, 0.3", "0.5, 0.5, 0.5", "0.0, 0.0, 0.0"})
    void rejectsBenefitWeightsThatDoNotSumToOne(double benefitsWeight, double improvementWeight,
            double focusWeight) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel("x", 0.6, 0.2, 0.5, 0.5, 0.5,
                benefitsWeight, improvementWeight, focusWeight, 50, 5));
    }

    @ParameterizedTest(name = "reach weight {0}")
    @ValueSource(doubles = {-0.5, 1.5, Double.NaN})
    void rejectsAWeightOutsideZeroToOneEvenWhenTheSumIsOne(double reachWeight) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel("x", 0.6, 0.2, 0.5,
                reachWeight, 1 - reachWeight, 0.4, 0.4, 0.2, 50, 5));
    }

    @ParameterizedTest(name = "reach target {0}")
    @ValueSource(doubles = {0.0, -0.6, 1.2, Double.NaN})
    void rejectsAReachTargetThatIsNotAPositiveShare(double reachTarget) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel("x", reachTarget, 0.2, 0.5,
                0.5, 0.5, 0.4, 0.4, 0.2, 50, 5));
    }

    @ParameterizedTest(name = "breadth target {0}")
    @ValueSource(doubles = {0.0, -0.2, 1.01, Double.NaN})
    void rejectsABreadthTargetThatIsNotAPositiveShare(double breadthTarget) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel("x", 0.6, breadthTarget, 0.5,
                0.5, 0.5, 0.4, 0.4, 0.2, 50, 5));
    }

    @ParameterizedTest(name = "official breadth factor {0}")
    @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
    void rejectsAnOfficialBreadthFactorOutsideZeroToOne(double factor) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel("x", 0.6, 0.2, factor,
                0.5, 0.5, 0.4, 0.4, 0.2, 50, 5));
    }

    @ParameterizedTest(name = "midline {0}")
    @ValueSource(ints = {-1, 0, 100, 101})
    void rejectsAMidlineOutsideOneToNinetyNine(int midline) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel("x", 0.6, 0.2, 0.5,
                0.5, 0.5, 0.4, 0.4, 0.2, midline, 5));
    }

    @ParameterizedTest(name = "band {0}")
    @ValueSource(ints = {-1, 50})
    void rejectsABorderlineBandOutsideZeroToFortyNine(int band) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel("x", 0.6, 0.2, 0.5,
                0.5, 0.5, 0.4, 0.4, 0.2, 50, band));
    }

    @ParameterizedTest(name = "version \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "a-version-name-too-long"})
    void rejectsAMissingBlankOrOverlongVersion(String version) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel(version, 0.6, 0.2, 0.5,
                0.5, 0.5, 0.4, 0.4, 0.2, 50, 5));
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        assertThatNoException().isThrownBy(() -> new ScoringModel("v", 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1, 0));
        assertThatNoException().isThrownBy(() -> new ScoringModel("12345678901234567890", 0.01, 0.01, 1.0,
                0.0, 1.0, 0.0, 0.0, 1.0, 99, 49));
    }
}
