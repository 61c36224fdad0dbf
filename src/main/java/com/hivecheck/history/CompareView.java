package com.hivecheck.history;

import com.hivecheck.chart.LabelLayout;
import com.hivecheck.chart.QuadrantChart;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.ScoringModel;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two to six assessments side by side, oldest first: every answer and both scores with the change from the previous
 * column, the type changes spelled out, and one quadrant chart joining the points in date order.
 *
 * @param columns the assessments, oldest first, each with its changes from the one before
 * @param benefits the eight benefits, each marked per column
 * @param changes the changes of type, in date order
 * @param chart the trajectory on the quadrant chart, points labelled {@code #1}, {@code #2}…
 * @param missing how many of the picked assessments no longer exist
 * @param backUrl the history list the comparison was picked from
 */
public record CompareView(List<Column> columns, List<BenefitRow> benefits, List<TypeChange> changes,
        QuadrantChart chart, int missing, String backUrl) {

    public static final int MIN = 2;
    public static final int MAX = 6;

    public CompareView {
        columns = List.copyOf(columns);
        benefits = List.copyOf(benefits);
        changes = List.copyOf(changes);
    }

    static CompareView of(List<PastAssessment> assessments, int missing, ScoringModel model, ZoneId zone,
            String backUrl) {
        List<Column> columns = new ArrayList<>(assessments.size());
        QuadrantChart.Builder chart = QuadrantChart.forModel(model, 400).trajectory();
        PastAssessment previous = null;
        for (PastAssessment assessment : assessments) {
            columns.add(Column.of(columns.size() + 1, assessment, previous, zone));
            chart.point("#" + columns.size(), assessment.involvement(), assessment.benefit(), assessment.quadrant());
            previous = assessment;
        }
        List<BenefitRow> benefits = Arrays.stream(Benefit.values()).map(benefit -> {
            List<Mark> marks = new ArrayList<>();
            Boolean before = null;
            for (PastAssessment assessment : assessments) {
                boolean observed = assessment.answers().benefits().contains(benefit);
                marks.add(new Mark(observed, before != null && before != observed));
                before = observed;
            }
            return new BenefitRow(benefit, marks);
        }).toList();
        List<TypeChange> changes = TypeChange.along(assessments, PastAssessment::quadrant, a -> a.date(zone));
        QuadrantChart built = chart.build();
        List<String> fallbacks = built.points().stream().map(QuadrantChart.Point::label).toList();
        return new CompareView(columns, benefits, changes, LabelLayout.spread(built, fallbacks), missing, backUrl);
    }

    /** Whether every column belongs to the same network and unit; otherwise each column names its own. */
    public boolean sameUnit() {
        PastAssessment first = columns.get(0).assessment();
        return columns.stream().allMatch(c -> c.assessment().network().equals(first.network())
                && java.util.Objects.equals(c.assessment().unit(), first.unit()));
    }

    /**
     * One assessment with its changes from the previous column ({@code null} in the first column).
     *
     * @param number its position, from 1
     * @param assessment the assessment
     * @param createdAt when it was made, in the HR time zone
     */
    public record Column(int number, PastAssessment assessment, ZonedDateTime createdAt, @Nullable Delta involvement,
            @Nullable Delta benefit, @Nullable Delta employees, @Nullable Delta monthlyActiveUsers,
            @Nullable Delta activeShare, @Nullable Delta contentCreators, @Nullable Delta creatorShare,
            @Nullable Delta benefitCount, @Nullable Delta workRelatedShare, @Nullable Delta improvement) {

        static Column of(int number, PastAssessment assessment, @Nullable PastAssessment previous, ZoneId zone) {
            Answers now = assessment.answers();
            Answers before = previous == null ? null : previous.answers();
            return new Column(number, assessment, assessment.createdAt().atZone(zone),
                    Delta.between(previous == null ? null : previous.involvement(), assessment.involvement(), 0, false),
                    Delta.between(previous == null ? null : previous.benefit(), assessment.benefit(), 0, false),
                    Delta.between(before == null ? null : before.employees(), now.employees(), 0, true),
                    Delta.between(before == null ? null : before.monthlyActiveUsers(), now.monthlyActiveUsers(), 0,
                            false),
                    Delta.between(before == null ? null : percent(before.activeShare()), percent(now.activeShare()), 1,
                            false),
                    Delta.between(before == null ? null : before.contentCreators(), now.contentCreators(), 0, false),
                    Delta.between(before == null ? null : percent(before.creatorShare()), percent(now.creatorShare()),
                            1, false),
                    Delta.between(before == null ? null : before.benefits().size(), now.benefits().size(), 0, false),
                    Delta.between(before == null ? null : before.workRelatedShare(), now.workRelatedShare(), 0, false),
                    Delta.between(before == null ? null : before.improvement().value(), now.improvement().value(), 0,
                            false));
        }

        public double activeSharePercent() {
            return percent(assessment.answers().activeShare());
        }

        public double creatorSharePercent() {
            return percent(assessment.answers().creatorShare());
        }

        private static double percent(double share) {
            return Math.round(share * 1000) / 10.0;
        }
    }

    /**
     * One benefit across the columns.
     *
     * @param benefit the benefit
     * @param marks one per column
     */
    public record BenefitRow(Benefit benefit, List<Mark> marks) {
    }

    /**
     * Whether a benefit was observed in one column, and whether that differs from the column before.
     *
     * @param observed whether it was observed
     * @param changed whether the previous column said otherwise
     */
    public record Mark(boolean observed, boolean changed) {
    }
}
