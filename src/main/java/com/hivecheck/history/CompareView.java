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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Two to six assessments side by side. When they all belong to one network and unit, they are a sequence over time:
 * ordered by the day their answers describe, each column shows its change from the previous one, the type changes
 * are spelled out, and the chart joins the points with arrows. Otherwise they are peers (different units or
 * networks): ordered by name, no arrows and no "type change"; each column shows its difference from a
 * {@link Baseline} HR picks, the group's mean by default.
 *
 * @param columns the assessments, each with its differences from the previous column or the baseline
 * @param benefits the eight benefits, each marked per column
 * @param changes the changes of type, in date order; always empty for peers
 * @param chart the points on the quadrant chart, labelled {@code #1}, {@code #2}…, joined only over time
 * @param missing how many of the picked assessments no longer exist
 * @param backUrl the history list the comparison was picked from
 * @param overTime whether the columns are one unit over time (else peers)
 * @param baseline what peers' columns are compared with; {@link Baseline#PREVIOUS} over time
 * @param selfUrl this comparison without a baseline, to which {@code &baseline=…} is added
 */
public record CompareView(List<Column> columns, List<BenefitRow> benefits, List<TypeChange> changes,
        QuadrantChart chart, int missing, String backUrl, boolean overTime, Baseline baseline, String selfUrl) {

    public static final int MIN = 2;
    public static final int MAX = 6;

    private static final Comparator<PastAssessment> BY_NAME = Comparator.comparing(PastAssessment::network)
            .thenComparing(a -> a.unit() == null ? "" : a.unit())
            .thenComparing(PastAssessment::assessedOn)
            .thenComparing(PastAssessment::createdAt);

    public CompareView {
        columns = List.copyOf(columns);
        benefits = List.copyOf(benefits);
        changes = List.copyOf(changes);
    }

    /**
     * What each column is compared with: the previous column (over time only), the group's mean, or one column.
     *
     * @param column the column number (from 1) for a picked column, 0 for the mean, -1 for the previous column
     */
    public record Baseline(int column) {

        public static final Baseline PREVIOUS = new Baseline(-1);
        public static final Baseline MEAN = new Baseline(0);

        /** The baseline a {@code baseline} parameter names among {@code count} peers: a column number or the mean. */
        static Baseline of(@Nullable String parameter, int count) {
            if (parameter != null && parameter.matches("[1-6]")) {
                int column = Integer.parseInt(parameter);
                if (column <= count) {
                    return new Baseline(column);
                }
            }
            return MEAN;
        }

        public boolean mean() {
            return column == 0;
        }

        public boolean previous() {
            return column < 0;
        }
    }

    static CompareView of(List<PastAssessment> found, int missing, ScoringModel model, ZoneId zone, String backUrl,
            @Nullable String baselineParameter, String selfUrl) {
        return of(found, Map.of(), missing, model, zone, backUrl, baselineParameter, selfUrl);
    }

    /**
     * The comparison of {@code found} as the page shows them (as stored, or scored again by the current model).
     *
     * @param storedVersions the version that made the stored scores of each assessment scored again for the page, by
     *     id; an assessment not in it is shown as stored
     */
    static CompareView of(List<PastAssessment> found, Map<UUID, String> storedVersions, int missing,
            ScoringModel model, ZoneId zone, String backUrl, @Nullable String baselineParameter, String selfUrl) {
        boolean overTime = found.stream().allMatch(a -> a.network().equals(found.get(0).network())
                && Objects.equals(a.unit(), found.get(0).unit()));
        List<PastAssessment> assessments = found.stream()
                .sorted(overTime ? HistoryManagement.OLDEST_FIRST : BY_NAME).toList();
        Baseline baseline = overTime ? Baseline.PREVIOUS : Baseline.of(baselineParameter, assessments.size());
        QuadrantChart.Builder chart = QuadrantChart.forModel(model, 400);
        if (overTime) {
            chart.trajectory();
        }
        Reference mean = Reference.mean(assessments);
        List<Column> columns = new ArrayList<>(assessments.size());
        PastAssessment previous = null;
        for (PastAssessment assessment : assessments) {
            int number = columns.size() + 1;
            Reference reference;
            if (baseline.previous()) {
                reference = previous == null ? null : Reference.of(previous);
            } else if (baseline.mean()) {
                reference = mean;
            } else {
                reference = baseline.column() == number ? null
                        : Reference.of(assessments.get(baseline.column() - 1));
            }
            columns.add(Column.of(number, assessment,
                    storedVersions.getOrDefault(assessment.id(), assessment.modelVersion()), reference,
                    baseline.mean() ? 1 : 0, zone));
            chart.point("#" + number, assessment.involvement(), assessment.benefit(), assessment.quadrant());
            previous = assessment;
        }
        List<BenefitRow> benefits = Arrays.stream(Benefit.values()).map(benefit -> {
            List<Mark> marks = new ArrayList<>();
            Boolean before = null;
            for (PastAssessment assessment : assessments) {
                boolean observed = assessment.answers().benefits().contains(benefit);
                marks.add(new Mark(observed, overTime && before != null && before != observed));
                before = observed;
            }
            return new BenefitRow(benefit, marks);
        }).toList();
        List<TypeChange> changes = overTime
                ? TypeChange.along(assessments, PastAssessment::quadrant, PastAssessment::assessedOn)
                : List.of();
        QuadrantChart built = chart.build();
        List<String> fallbacks = built.points().stream().map(QuadrantChart.Point::label).toList();
        return new CompareView(columns, benefits, changes, LabelLayout.spread(built, fallbacks), missing, backUrl,
                overTime, baseline, selfUrl);
    }

    /** Whether every column belongs to the same network and unit; otherwise each column names its own. */
    public boolean sameUnit() {
        return overTime;
    }

    /** Whether the columns were scored by more than one model version. */
    public boolean mixesVersions() {
        return columns.stream().map(c -> c.assessment().modelVersion()).distinct().count() > 1;
    }

    /** This comparison against another baseline: a column number, or {@code mean}. */
    public String baselineUrl(String parameter) {
        return selfUrl + "&baseline=" + parameter;
    }

    /**
     * The values a column is compared with: another assessment's, or the group's mean.
     */
    record Reference(double involvement, double benefit, double employees, double monthlyActiveUsers,
            double activeShare, double contentCreators, double creatorShare, double benefitCount,
            double workRelatedShare, double improvement) {

        static Reference of(PastAssessment a) {
            Answers x = a.answers();
            return new Reference(a.involvement(), a.benefit(), x.employees(), x.monthlyActiveUsers(),
                    Column.percent(x.activeShare()), x.contentCreators(), Column.percent(x.creatorShare()),
                    x.benefits().size(), x.workRelatedShare(), x.improvement().value());
        }

        /** Each value averaged over the assessments, every assessment weighing the same. */
        static Reference mean(List<PastAssessment> assessments) {
            double[] sum = new double[10];
            for (PastAssessment a : assessments) {
                Reference r = of(a);
                double[] values = {r.involvement, r.benefit, r.employees, r.monthlyActiveUsers, r.activeShare,
                    r.contentCreators, r.creatorShare, r.benefitCount, r.workRelatedShare, r.improvement};
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += values[i];
                }
            }
            int n = assessments.size();
            return new Reference(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n,
                    sum[6] / n, sum[7] / n, sum[8] / n, sum[9] / n);
        }
    }

    /**
     * One assessment with its differences from its reference: the previous column over time, the baseline for peers
     * ({@code null} where there is nothing to compare with).
     *
     * @param number its position, from 1
     * @param assessment the assessment as shown, with the scores and version of the basis picked
     * @param storedVersion the version of the model that made its stored scores: another than the assessment's own
     *     when the page scores it again under the current model
     * @param createdAt when it was stored, in the HR time zone
     */
    public record Column(int number, PastAssessment assessment, String storedVersion, ZonedDateTime createdAt,
            @Nullable Delta involvement,
            @Nullable Delta benefit, @Nullable Delta employees, @Nullable Delta monthlyActiveUsers,
            @Nullable Delta activeShare, @Nullable Delta contentCreators, @Nullable Delta creatorShare,
            @Nullable Delta benefitCount, @Nullable Delta workRelatedShare, @Nullable Delta improvement) {

        /** {@code decimals}: for whole-number answers, 0 against another assessment, 1 against a mean. */
        static Column of(int number, PastAssessment assessment, String storedVersion, @Nullable Reference reference,
                int decimals, ZoneId zone) {
            Reference now = Reference.of(assessment);
            boolean none = reference == null;
            return new Column(number, assessment, storedVersion, assessment.createdAt().atZone(zone),
                    Delta.between(none ? null : reference.involvement(), now.involvement(), decimals, false),
                    Delta.between(none ? null : reference.benefit(), now.benefit(), decimals, false),
                    Delta.between(none ? null : reference.employees(), now.employees(), decimals, true),
                    Delta.between(none ? null : reference.monthlyActiveUsers(), now.monthlyActiveUsers(), decimals, false),
                    Delta.between(none ? null : reference.activeShare(), now.activeShare(), 1, false),
                    Delta.between(none ? null : reference.contentCreators(), now.contentCreators(), decimals, false),
                    Delta.between(none ? null : reference.creatorShare(), now.creatorShare(), 1, false),
                    Delta.between(none ? null : reference.benefitCount(), now.benefitCount(), decimals, false),
                    Delta.between(none ? null : reference.workRelatedShare(), now.workRelatedShare(), decimals, false),
                    Delta.between(none ? null : reference.improvement(), now.improvement(), decimals, false));
        }

        /** Whether the column shows the current model's scores instead of the stored ones of another version. */
        public boolean rescored() {
            return !storedVersion.equals(assessment.modelVersion());
        }

        public double activeSharePercent() {
            return percent(assessment.answers().activeShare());
        }

        public double creatorSharePercent() {
            return percent(assessment.answers().creatorShare());
        }

        static double percent(double share) {
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
