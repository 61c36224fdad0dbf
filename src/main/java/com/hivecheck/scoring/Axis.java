package com.hivecheck.scoring;

/** The two axes of the quadrant chart. */
public enum Axis {
    /** x: how many employees take part, and how broadly content is created. */
    INVOLVEMENT,
    /** y: whether the network brings benefits and helps solve the organisation's problems. */
    BENEFIT
}
