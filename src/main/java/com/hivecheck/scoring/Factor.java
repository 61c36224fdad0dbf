package com.hivecheck.scoring;

/** The five factors of the model, each on one axis. */
public enum Factor {
    /** Share of employees active in the last month, against the reach target. */
    REACH(Axis.INVOLVEMENT),
    /** Share of active users among the main content creators, against the breadth target. */
    BREADTH(Axis.INVOLVEMENT),
    /** Number of the eight benefits observed. */
    BENEFITS(Axis.BENEFIT),
    /** How much work improved after the network was introduced. */
    IMPROVEMENT(Axis.BENEFIT),
    /** Share of posts and discussions about work. */
    FOCUS(Axis.BENEFIT);

    private final Axis axis;

    Factor(Axis axis) {
        this.axis = axis;
    }

    public Axis axis() {
        return axis;
    }
}
