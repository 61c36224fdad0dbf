package com.hivecheck.scoring;

/**
 * One factor's part in a classification: what was observed, the benchmark it is compared with, and how far it
 * pulled its axis up or down.
 *
 * @param factor the factor
 * @param observed the observed value in the factor's own unit: a share 0..1 for reach, breadth and focus, a count
 *     for benefits, the 1..5 answer value for improvement
 * @param benchmark the value at which the factor is full, in the same unit
 * @param level the factor after clamping, 0..1
 * @param points the points it adds to its axis score, 0..100 times its weight
 * @param maxPoints the points it would add at full level
 */
public record Driver(Factor factor, double observed, double benchmark, double level, double points, double maxPoints) {

    public Driver {
        if (level < 0 || level > 1) {
            throw new IllegalArgumentException("level must be 0..1: " + level);
        }
        if (points < 0 || points > maxPoints + 1e-9) {
            throw new IllegalArgumentException("points must be 0..maxPoints: " + points);
        }
    }

    public Axis axis() {
        return factor.axis();
    }

    /** Whether the factor holds its axis up (at least half its full level) rather than pulling it down. */
    public boolean pullsUp() {
        return level >= 0.5;
    }

    /** Whether the factor is at its full level: the benchmark is reached, and no penalty such as official creators applies. */
    public boolean meetsBenchmark() {
        return level >= 1;
    }

    /** The points lost against the factor's full level: where improvement would move the axis most. */
    public double gap() {
        return maxPoints - points;
    }
}
