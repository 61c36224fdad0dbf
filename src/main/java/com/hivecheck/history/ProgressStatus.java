package com.hivecheck.history;

/**
 * How a unit moved between its previous and its latest assessment, judged on the sum of both scores (see
 * {@link Progress#status(Progress.Change)}).
 */
public enum ProgressStatus {
    /** Involvement plus benefit rose by {@link Progress#THRESHOLD} points or more. */
    IMPROVED,
    /** Involvement plus benefit fell by {@link Progress#THRESHOLD} points or more. */
    DECLINED,
    /** It moved by less than {@link Progress#THRESHOLD} points either way. */
    STEADY,
    /** There is no previous assessment to compare with. */
    NEW
}
