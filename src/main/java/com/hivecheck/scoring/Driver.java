package com.hivecheck.scoring;

/**
 * One factor's part in a classification: what was observed, the benchmark it is compared with, and how far it
 * pulls its axis up or down.
 *
 * @param factor the factor
 * @param observed the observed value in the factor's own unit: a share 0..1 for reach, breadth and focus, a count
 *     for benefits, the 1..5 answer value for improvement
 * @param benchmark the value at which the factor is full, in the same unit
 * @param level the factor after clamping and any penalty (official creators), 0..1
 * @param weight the factor's weight in its axis, which adds it up from weighted factors; 0 when the axis combines its
 *     factors otherwise (model 2's involvement is the geometric mean of reach and breadth)
 */
public record Driver(Factor factor, double observed, double benchmark, double level, double weight) {

    public Driver {
        if (level < 0 || level > 1) {
            throw new IllegalArgumentException("level must be 0..1: " + level);
        }
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("weight must be 0..1: " + weight);
        }
    }

    public Axis axis() {
        return factor.axis();
    }

    /** Whether the factor holds its axis up (at least half its full level) rather than pulling it down. */
    public boolean pullsUp() {
        return level >= 0.5;
    }

    /** Whether the factor adds points of its own to its axis, rather than being combined with another factor. */
    public boolean additive() {
        return weight > 0;
    }

    /** The points it adds to its axis score; 0 unless {@link #additive()}. */
    public double points() {
        return 100 * weight * level;
    }

    /** The points it would add at full level; 0 unless {@link #additive()}. */
    public double maxPoints() {
        return 100 * weight;
    }
}
