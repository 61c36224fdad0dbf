package com.hivecheck.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One version of the scoring model: how the answers become the two scores, and the rules both versions share (the
 * midline of 50 counting as high, the borderline band of 5, the neighbours of a point). Every version is a fixed,
 * named function: a stored assessment names the version that scored it, and {@link ScoringModels#byVersion(String)}
 * finds that function again.
 */
public sealed interface ScoringModel permits ModelVersion1, ModelVersion2 {

    /** The score from which an axis counts as high, on both axes. */
    int MIDLINE = 50;

    /** How close to a midline a score is borderline. */
    int BORDERLINE_BAND = 5;

    /** The name stored with every assessment this model scores, such as {@code "2"}. */
    String version();

    default int midline() {
        return MIDLINE;
    }

    default int borderlineBand() {
        return BORDERLINE_BAND;
    }

    /** The involvement score, 0..100, from the answers to questions 1 and 2. */
    int involvement(Answers answers);

    /**
     * The benefit score, 0..100, from the answers to questions 3 and 4 alone: the observed benefits, how work
     * changed, and the share of posts about work (0..100).
     *
     * @throws IllegalArgumentException when {@code workRelatedShare} is outside 0..100
     */
    int benefit(Set<Benefit> benefits, Improvement improvement, int workRelatedShare);

    default int benefit(Answers answers) {
        return benefit(answers.benefits(), answers.improvement(), answers.workRelatedShare());
    }

    /** The five factors behind the two scores, involvement first, in {@link Factor} order. */
    List<Driver> drivers(Answers answers);

    /**
     * Whether every answer that should help never lowers a score under this model. Levers are searched only in a
     * monotone model: version 1 counts creators against active users, so more active users can lower its involvement.
     */
    boolean monotone();

    /** Scores, type, borderline neighbours, drivers and levers of the answers. */
    default Classification classify(Answers answers) {
        int involvement = involvement(answers);
        int benefit = benefit(answers);
        return new Classification(involvement, benefit, quadrant(involvement, benefit),
                neighbours(involvement, benefit), drivers(answers), answers.creatorsMostlyOfficial(), version(),
                monotone() ? Levers.of(this, answers, involvement, benefit) : List.of());
    }

    /** The type of a point: each axis is high from the midline up. */
    default Quadrant quadrant(int involvement, int benefit) {
        return Quadrant.of(involvement >= MIDLINE, benefit >= MIDLINE);
    }

    /**
     * The types a point borders on: across each midline it lies within the borderline band of, plus the diagonal
     * type when it is near both. Empty when the point is clearly inside its quadrant.
     */
    default List<Quadrant> neighbours(int involvement, int benefit) {
        Quadrant quadrant = quadrant(involvement, benefit);
        boolean nearInvolvementMidline = Math.abs(involvement - MIDLINE) <= BORDERLINE_BAND;
        boolean nearBenefitMidline = Math.abs(benefit - MIDLINE) <= BORDERLINE_BAND;
        List<Quadrant> neighbours = new ArrayList<>(3);
        if (nearInvolvementMidline) {
            neighbours.add(quadrant.acrossInvolvement());
        }
        if (nearBenefitMidline) {
            neighbours.add(quadrant.acrossBenefit());
        }
        if (nearInvolvementMidline && nearBenefitMidline) {
            neighbours.add(quadrant.acrossInvolvement().acrossBenefit());
        }
        return List.copyOf(neighbours);
    }
}
