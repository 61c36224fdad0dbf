package com.hivecheck.scoring;

/** How work changed after the network was introduced (question 4), on a scale of 1 to 5. */
public enum Improvement {
    WORSE(1),
    NO_CHANGE(2),
    SLIGHTLY_BETTER(3),
    BETTER(4),
    MUCH_BETTER(5);

    private final int value;

    Improvement(int value) {
        this.value = value;
    }

    /** The answer's value, 1 (worse) to 5 (much better). */
    public int value() {
        return value;
    }
}
