package com.hivecheck.scoring;

/**
 * The factors, weights and thresholds of the scoring model. {@link #reference()} is reference model version 1;
 * a deployment may configure other values, and should then give them a version of its own.
 *
 * @param version the name stored with every assessment scored by this model
 * @param reachTarget the monthly active share at which reach is full (0.60)
 * @param breadthTarget the share of active users among the main creators at which breadth is full (0.20)
 * @param officialBreadthFactor what breadth is multiplied by when the creators are mostly official voices (0.5)
 * @param reachWeight weight of reach in involvement (0.5)
 * @param breadthWeight weight of breadth in involvement (0.5)
 * @param benefitsWeight weight of the observed benefits in benefit (0.4)
 * @param improvementWeight weight of the improvement answer in benefit (0.4)
 * @param focusWeight weight of the work-related share in benefit (0.2)
 * @param midline the score from which an axis counts as high, on both axes (50)
 * @param borderlineBand how close to a midline a score is borderline (5)
 */
public record ScoringModel(
        String version,
        double reachTarget,
        double breadthTarget,
        double officialBreadthFactor,
        double reachWeight,
        double breadthWeight,
        double benefitsWeight,
        double improvementWeight,
        double focusWeight,
        int midline,
        int borderlineBand) {

    private static final double EPSILON = 1e-9;

    public ScoringModel {
        if (version == null || version.isBlank() || version.length() > 20) {
            throw new IllegalArgumentException("version must be 1..20 characters");
        }
        requireIn("reachTarget", reachTarget, EPSILON, 1);
        requireIn("breadthTarget", breadthTarget, EPSILON, 1);
        requireIn("officialBreadthFactor", officialBreadthFactor, 0, 1);
        requireIn("reachWeight", reachWeight, 0, 1);
        requireIn("breadthWeight", breadthWeight, 0, 1);
        requireIn("benefitsWeight", benefitsWeight, 0, 1);
        requireIn("improvementWeight", improvementWeight, 0, 1);
        requireIn("focusWeight", focusWeight, 0, 1);
        if (Math.abs(reachWeight + breadthWeight - 1) > EPSILON) {
            throw new IllegalArgumentException("reachWeight + breadthWeight must be 1");
        }
        if (Math.abs(benefitsWeight + improvementWeight + focusWeight - 1) > EPSILON) {
            throw new IllegalArgumentException("benefitsWeight + improvementWeight + focusWeight must be 1");
        }
        if (midline < 1 || midline > 99) {
            throw new IllegalArgumentException("midline must be 1..99: " + midline);
        }
        if (borderlineBand < 0 || borderlineBand > 49) {
            throw new IllegalArgumentException("borderlineBand must be 0..49: " + borderlineBand);
        }
    }

    /** Reference model version 1 of the domain description. */
    public static ScoringModel reference() {
        return new ScoringModel("1", 0.60, 0.20, 0.5, 0.5, 0.5, 0.4, 0.4, 0.2, 50, 5);
    }

    private static void requireIn(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ": " + value);
        }
    }
}
