package com.hivecheck.scoring;

/** The four types of corporate social network, one per quadrant of the involvement/benefit chart. */
public enum Quadrant {
    /** Low involvement, low benefit: nobody lives on the network. */
    DESERT(false, false),
    /** High involvement, low benefit: very active, but off-topic. */
    FLOOD_ROOM(true, false),
    /** Low involvement, high benefit: a few official voices produce the content. */
    ONE_ACTOR_THEATER(false, true),
    /** High involvement, high benefit: knowledge and ideas flow between employees. */
    HONEY_APIARY(true, true);

    private final boolean highInvolvement;
    private final boolean highBenefit;

    Quadrant(boolean highInvolvement, boolean highBenefit) {
        this.highInvolvement = highInvolvement;
        this.highBenefit = highBenefit;
    }

    public static Quadrant of(boolean highInvolvement, boolean highBenefit) {
        for (Quadrant quadrant : values()) {
            if (quadrant.highInvolvement == highInvolvement && quadrant.highBenefit == highBenefit) {
                return quadrant;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public boolean highInvolvement() {
        return highInvolvement;
    }

    public boolean highBenefit() {
        return highBenefit;
    }

    /** The type across the involvement midline. */
    public Quadrant acrossInvolvement() {
        return of(!highInvolvement, highBenefit);
    }

    /** The type across the benefit midline. */
    public Quadrant acrossBenefit() {
        return of(highInvolvement, !highBenefit);
    }
}
