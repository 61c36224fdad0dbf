package com.hivecheck.scoring;

import java.util.List;

/**
 * Where a network stands: its two scores, its type, whether it sits close to a midline, and why.
 *
 * @param involvement the x score, 0..100
 * @param benefit the y score, 0..100
 * @param quadrant the type that follows from the two scores
 * @param neighbours the types across the midlines the point lies close to; empty unless borderline
 * @param drivers the five factors, involvement first, in {@link Factor} order
 * @param officialCreators whether breadth was reduced because the creators are mostly official voices
 * @param modelVersion the version of the model that made this classification
 */
public record Classification(
        int involvement,
        int benefit,
        Quadrant quadrant,
        List<Quadrant> neighbours,
        List<Driver> drivers,
        boolean officialCreators,
        String modelVersion) {

    public Classification {
        if (involvement < 0 || involvement > 100 || benefit < 0 || benefit > 100) {
            throw new IllegalArgumentException("scores must be 0..100: " + involvement + ", " + benefit);
        }
        neighbours = List.copyOf(neighbours);
        drivers = List.copyOf(drivers);
    }

    /** Whether the point lies within the borderline band of either midline. */
    public boolean borderline() {
        return !neighbours.isEmpty();
    }

    public Driver driver(Factor factor) {
        return drivers.stream()
                .filter(driver -> driver.factor() == factor)
                .findFirst()
                .orElseThrow();
    }

    /** The axis with the lower score; on a tie, benefit, since benefit is what the network exists for. */
    public Axis weakerAxis() {
        return involvement < benefit ? Axis.INVOLVEMENT : Axis.BENEFIT;
    }
}
