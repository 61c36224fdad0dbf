package com.hivecheck.scoring;

/**
 * The smallest single change of one answer that brings an axis below the midline up to it, the other answers
 * unchanged: {@code to} crosses the midline and one step less does not.
 *
 * @param axis the axis that would reach the midline
 * @param answer the answer that would change
 * @param from the answer now, as a number: a count, a share 0..100, 1/0 for true/false, the 1..5 value of an improvement
 * @param to the answer that would cross the midline, in the same unit
 * @param quadrant the type the network would then have
 */
public record Lever(Axis axis, Answer answer, int from, int to, Quadrant quadrant) {

    public Lever {
        if (answer.axis() != axis) {
            throw new IllegalArgumentException(answer + " does not feed " + axis);
        }
        if (from == to) {
            throw new IllegalArgumentException("a lever changes its answer: " + answer + " " + from);
        }
    }

    /** The answer now, typed as the API and the questionnaire know it. */
    public Object fromValue() {
        return answer.value(from);
    }

    /** The answer that would cross the midline, typed as the API and the questionnaire know it. */
    public Object toValue() {
        return answer.value(to);
    }

    /**
     * How big the change is against the answer now: |to - from| / max(from, 1). A switch of the official flag counts
     * as 1 (a whole change), a step of improvement against its 1..5 value.
     */
    public double relativeChange() {
        return Math.abs(to - from) / (double) Math.max(Math.abs(from), 1);
    }

    /** An answer a lever can change, with the name the questionnaire and the API give it. */
    public enum Answer {
        MONTHLY_ACTIVE_USERS("monthlyActiveUsers", Axis.INVOLVEMENT),
        CONTENT_CREATORS("contentCreators", Axis.INVOLVEMENT),
        CREATORS_MOSTLY_OFFICIAL("creatorsMostlyOfficial", Axis.INVOLVEMENT),
        BENEFITS("benefits", Axis.BENEFIT),
        IMPROVEMENT("improvement", Axis.BENEFIT),
        WORK_RELATED_SHARE("workRelatedShare", Axis.BENEFIT);

        private final String fieldName;
        private final Axis axis;

        Answer(String fieldName, Axis axis) {
            this.fieldName = fieldName;
            this.axis = axis;
        }

        /** The answer's name in the API and the form, such as {@code contentCreators}. */
        public String fieldName() {
            return fieldName;
        }

        public Axis axis() {
            return axis;
        }

        Object value(int number) {
            return switch (this) {
                case CREATORS_MOSTLY_OFFICIAL -> number != 0;
                case IMPROVEMENT -> Improvement.values()[number - 1];
                default -> number;
            };
        }
    }
}
