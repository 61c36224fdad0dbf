package com.hivecheck.history;

import org.jspecify.annotations.Nullable;

/**
 * Which scores a comparison over time uses. Stored assessments keep the scores of the model version that made them;
 * comparing two versions' scores compares the models as much as the network, so HR picks one of these, and a line that
 * mixes versions under {@link #AS_SCORED} says so.
 */
public enum ScoreBasis {
    /** The scores stored with each assessment, by the model version of its day. */
    AS_SCORED("stored"),
    /** Every assessment's answers scored again by the model now configured, for this view only; nothing is stored. */
    CURRENT_MODEL("current");

    private final String parameter;

    ScoreBasis(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code scores} query parameter. */
    public String parameter() {
        return parameter;
    }

    /** The basis a {@code scores} parameter names; {@link #AS_SCORED} when missing or unknown. */
    static ScoreBasis of(@Nullable String parameter) {
        return "current".equals(parameter) ? CURRENT_MODEL : AS_SCORED;
    }
}
