package com.hivecheck.history;

import com.hivecheck.chart.QuadrantChart;
import com.hivecheck.scoring.Quadrant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Progress of one unit of a network (or of the whole network, as its own line): its latest and its previous
 * assessment by {@code assessedOn}, the change on both axes, and a {@link ProgressStatus}. Pure: the caller decides
 * which scores ({@link ScoreBasis}) the two points carry.
 *
 * @param unit the unit, or {@code null} for the whole network's own assessments
 * @param status how it moved
 * @param latest its latest assessment
 * @param previous the one before, or {@code null} when there is none
 * @param change latest minus previous on both axes, or {@code null} when there is no previous
 */
public record Progress(@Nullable String unit, ProgressStatus status, Point latest, @Nullable Point previous,
        @Nullable Change change) {

    /** The rise (or fall) of involvement plus benefit, in score points, that counts as improved (or declined). */
    public static final int THRESHOLD = 5;

    public Progress {
        if ((previous == null) != (change == null)) {
            throw new IllegalArgumentException("a change needs a previous point, and a previous point a change");
        }
    }

    /** The progress from {@code previous} (or none) to {@code latest}. */
    public static Progress of(@Nullable String unit, Point latest, @Nullable Point previous) {
        if (previous != null && latest.assessedOn().isBefore(previous.assessedOn())) {
            throw new IllegalArgumentException("the latest point must not be older than the previous one");
        }
        Change change = previous == null ? null
                : new Change(latest.involvement() - previous.involvement(), latest.benefit() - previous.benefit());
        return new Progress(unit, status(change), latest, previous, change);
    }

    /** {@code NEW} without a change; otherwise by the sum of both changes against {@link #THRESHOLD}. */
    public static ProgressStatus status(@Nullable Change change) {
        if (change == null) {
            return ProgressStatus.NEW;
        }
        int total = change.total();
        if (total >= THRESHOLD) {
            return ProgressStatus.IMPROVED;
        }
        return total <= -THRESHOLD ? ProgressStatus.DECLINED : ProgressStatus.STEADY;
    }

    /** Whether the two points were scored by different model versions (only possible {@link ScoreBasis#AS_SCORED}). */
    public boolean versionsDiffer() {
        return previous != null && !previous.modelVersion().equals(latest.modelVersion());
    }

    /** Whether the type changed between the two points. */
    public boolean typeChanged() {
        return previous != null && previous.quadrant() != latest.quadrant();
    }

    /**
     * One assessment as progress reads it.
     *
     * @param id the assessment
     * @param assessedOn the day its answers describe
     * @param involvement the x score on the chosen basis
     * @param benefit the y score on the chosen basis
     * @param quadrant the type on the chosen basis
     * @param modelVersion the version of the model behind these scores
     */
    public record Point(UUID id, LocalDate assessedOn, int involvement, int benefit, Quadrant quadrant,
            String modelVersion) {

        public String slug() {
            return QuadrantChart.slug(quadrant);
        }
    }

    /**
     * Latest minus previous.
     *
     * @param involvement the change of the x score
     * @param benefit the change of the y score
     */
    public record Change(int involvement, int benefit) {

        /** Both changes added: what {@link #status(Change)} judges. */
        public int total() {
            return involvement + benefit;
        }
    }
}
