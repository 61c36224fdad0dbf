package com.hivecheck.scoring;

/** Arithmetic both model versions share. */
final class Fractions {

    private Fractions() {
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** A fraction 0..1 as a score 0..100, rounded half up, ignoring binary floating-point noise so 0.5 yields 50. */
    static int score(double fraction) {
        return (int) Math.round(Math.floor(fraction * 100 * 1e6 + 0.5) / 1e6);
    }

    static void requireShare(int workRelatedShare) {
        if (workRelatedShare < 0 || workRelatedShare > 100) {
            throw new IllegalArgumentException("workRelatedShare must be 0..100: " + workRelatedShare);
        }
    }
}
