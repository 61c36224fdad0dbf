package com.hivecheck.scoring;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where a network stands: its two scores, its type, whether it sits close to a midline, why, and what single change
 * of an answer would move it to another type.
 *
 * @param involvement the x score, 0..100
 * @param benefit the y score, 0..100
 * @param quadrant the type that follows from the two scores
 * @param neighbours the types across the midlines the point lies close to; empty unless borderline
 * @param drivers the five factors, involvement first, in {@link Factor} order
 * @param officialCreators whether breadth was reduced because the creators are mostly official
 * @param modelVersion the version of the model that made this classification
 * @param levers the smallest single changes that bring an axis below the midline up to it, smallest relative change
 *     first (see {@link Lever}); empty for a model that is not monotone, which cannot be searched reliably
 */
public record Classification(
        int involvement,
        int benefit,
        Quadrant quadrant,
        List<Quadrant> neighbours,
        List<Driver> drivers,
        boolean officialCreators,
        String modelVersion,
        List<Lever> levers) {

    public Classification {
        if (involvement < 0 || involvement > 100 || benefit < 0 || benefit > 100) {
            throw new IllegalArgumentException("scores must be 0..100: " + involvement + ", " + benefit);
        }
        neighbours = List.copyOf(neighbours);
        drivers = List.copyOf(drivers);
        levers = List.copyOf(levers);
    }

    /** Whether the point lies within the borderline band of either midline. */
    public boolean borderline() {
        return !neighbours.isEmpty();
    }

    /**
     * The type and its neighbours, the type first: what a borderline result is "between". Just the type when the
     * point is clearly inside its quadrant.
     */
    public List<Quadrant> candidates() {
        return Stream.concat(Stream.of(quadrant), neighbours.stream()).toList();
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

    /** The levers on one axis, smallest relative change first. */
    public List<Lever> levers(Axis axis) {
        return levers.stream().filter(lever -> lever.axis() == axis).toList();
    }
}
