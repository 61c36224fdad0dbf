package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcentrationTest {

    private static long[] counts(String counts) {
        return Arrays.stream(counts.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    @ParameterizedTest
    @CsvSource({
            "'80 20', 1",
            "'79 21', 2",
            "'50 10 10 10 10 10', 4",
            "'40 20 20 20', 3",
            "'25 25 25 25', 4",
            "'1 0 0 0', 1",
            "'0 0 0', 0",
            "'4 1', 1",
            "'3 1 1', 2"})
    void countsTheFewestPeopleBehindEightyPercent(String descending, int creators) {
        long[] counts = counts(descending);
        assertThat(Concentration.creators(counts, Arrays.stream(counts).sum())).isEqualTo(creators);
    }

    @Test
    void staysExactWithHugeCounts() {
        long big = 1_000_000_000L * 200_000L;
        long[] counts = {big * 4, big - 1, 1};
        assertThat(Concentration.creators(counts, big * 5)).isEqualTo(1);
        assertThat(Concentration.creators(new long[] {big * 4 - 1, big + 1}, big * 5)).isEqualTo(2);
    }

    @Test
    void drawsTheWholeCurveForFewPeople() {
        List<CurvePoint> curve = Concentration.curve(counts("6 3 1 0"), 10, 2);
        assertThat(curve).containsExactly(new CurvePoint(0, 0), new CurvePoint(0.25, 0.6), new CurvePoint(0.5, 0.9),
                new CurvePoint(0.75, 1), new CurvePoint(1, 1));
    }

    @Test
    void downsamplesLongCurvesKeepingTheEndsAndTheCreatorsPoint() {
        long[] counts = new long[200_000];
        Arrays.fill(counts, 0, 1_234, 100);
        Arrays.fill(counts, 1_234, 50_000, 1);
        long total = Arrays.stream(counts).sum();
        int creators = Concentration.creators(counts, total);
        List<CurvePoint> curve = Concentration.curve(counts, total, creators);
        assertThat(curve).hasSizeLessThanOrEqualTo(Concentration.MAX_CURVE_POINTS);
        assertThat(curve.get(0)).isEqualTo(new CurvePoint(0, 0));
        assertThat(curve.get(curve.size() - 1)).isEqualTo(new CurvePoint(1, 1));
        assertThat(creators).isEqualTo(1_234 + 14_333);
        assertThat(curve).contains(new CurvePoint(creators / 200_000.0, (1_234 * 100.0 + 14_333) / total));
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).people()).isGreaterThan(curve.get(i - 1).people());
            assertThat(curve.get(i).content()).isGreaterThanOrEqualTo(curve.get(i - 1).content());
        }
    }

    @Test
    void hasNoCurveWithoutContributions() {
        assertThat(Concentration.curve(counts("0 0"), 0, 0)).isEmpty();
        assertThat(Concentration.curve(new long[0], 0, 0)).isEmpty();
    }
}
