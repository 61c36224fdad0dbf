package com.hivecheck.assessment;

import com.hivecheck.chart.QuadrantChart;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Axis;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Driver;
import com.hivecheck.scoring.Factor;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Everything the result page shows, computed here so that the template only lays it out. Message keys come with their
 * arguments; the template resolves them in the visitor's language.
 *
 * @param id the assessment's id
 * @param network the network, as typed
 * @param unit the unit, as typed, or {@code null}
 * @param createdAt when it was submitted
 * @param answers the scored answers
 * @param example the respondent's example, or {@code null}
 * @param quadrant the stored type
 * @param involvement the stored x score
 * @param benefit the stored y score
 * @param neighbours the types the point borders on; empty unless borderline
 * @param chart the quadrant chart with the network's point
 * @param involvementDrivers why involvement is what it is
 * @param benefitDrivers why benefit is what it is
 * @param benefits all eight benefits, each marked observed or not
 * @param steps message keys of what to do next for the type
 * @param weakerAxis the axis with the lower score
 * @param lever the factor whose improvement would move the weaker axis most
 * @param leverPoints how many points the lever could add at most
 * @param modelVersion the model version stored with the assessment
 * @param currentModelVersion the version of the model now configured, which explains the drivers
 */
public record ResultView(
        UUID id,
        String network,
        @Nullable String unit,
        Instant createdAt,
        Answers answers,
        @Nullable String example,
        Quadrant quadrant,
        int involvement,
        int benefit,
        List<Quadrant> neighbours,
        QuadrantChart chart,
        List<DriverRow> involvementDrivers,
        List<DriverRow> benefitDrivers,
        List<BenefitRow> benefits,
        List<String> steps,
        Axis weakerAxis,
        Factor lever,
        int leverPoints,
        String modelVersion,
        String currentModelVersion) {

    /** How many numbered steps each type's advice has in the message files. */
    static final int STEPS_PER_TYPE = 4;

    static ResultView of(Assessment assessment, Classification explanation, ScoringModel model,
            List<Quadrant> neighbours) {
        Quadrant quadrant = assessment.getQuadrant();
        QuadrantChart chart = QuadrantChart.forModel(model, 400)
                .point(shorten(assessment.getNetwork()), assessment.getInvolvement(), assessment.getBenefit(), quadrant)
                .build();
        Axis weakerAxis = assessment.getInvolvement() < assessment.getBenefit() ? Axis.INVOLVEMENT : Axis.BENEFIT;
        Driver lever = explanation.drivers().stream()
                .filter(driver -> driver.axis() == weakerAxis)
                .max(Comparator.comparingDouble(Driver::gap))
                .orElseThrow();
        Answers answers = assessment.answers();
        return new ResultView(assessment.getId(), assessment.getNetwork(), assessment.getUnit(),
                assessment.getCreatedAt(), answers, assessment.getExample(), quadrant, assessment.getInvolvement(),
                assessment.getBenefit(), neighbours, chart, rows(explanation, Axis.INVOLVEMENT),
                rows(explanation, Axis.BENEFIT),
                Arrays.stream(Benefit.values()).map(b -> new BenefitRow(b, answers.benefits().contains(b))).toList(),
                IntStream.rangeClosed(1, STEPS_PER_TYPE).mapToObj(i -> "advice." + quadrant.name() + "." + i).toList(),
                weakerAxis, lever.factor(), (int) Math.round(lever.gap()), assessment.getModelVersion(),
                model.version());
    }

    /** Whether the drivers come from a different model version than the stored scores. */
    public boolean explainedByOtherModel() {
        return !modelVersion.equals(currentModelVersion);
    }

    public boolean borderline() {
        return !neighbours.isEmpty();
    }

    /** The CSS modifier of the type, such as {@code honey-apiary}. */
    public String slug() {
        return QuadrantChart.slug(quadrant);
    }

    public double activeSharePercent() {
        return answers.activeShare() * 100;
    }

    public double creatorSharePercent() {
        return answers.creatorShare() * 100;
    }

    private static List<DriverRow> rows(Classification explanation, Axis axis) {
        return explanation.drivers().stream()
                .filter(driver -> driver.axis() == axis)
                .map(driver -> DriverRow.of(driver, explanation.officialCreators()))
                .toList();
    }

    private static String shorten(String network) {
        return network.length() <= 28 ? network : network.substring(0, 27) + "…";
    }

    /**
     * One driver as the page shows it.
     *
     * @param factor the factor
     * @param messageKey the sentence comparing the observation with its benchmark
     * @param arguments the sentence's arguments
     * @param up whether it holds its axis up
     * @param points the points it adds
     * @param maxPoints the points it could add
     * @param barPercent the bar's filled width, 0..100
     */
    public record DriverRow(Factor factor, String messageKey, Object[] arguments, boolean up, int points,
            int maxPoints, int barPercent) {

        static DriverRow of(Driver driver, boolean officialCreators) {
            String key = "driver." + driver.factor().name();
            Object[] arguments = switch (driver.factor()) {
                case REACH, BREADTH, FOCUS -> new Object[] {driver.observed() * 100, driver.benchmark() * 100};
                case BENEFITS -> new Object[] {(int) driver.observed(), (int) driver.benchmark()};
                case IMPROVEMENT -> new Object[] {};
            };
            if (driver.factor() == Factor.BREADTH && officialCreators) {
                key += ".official";
            }
            if (driver.factor() == Factor.IMPROVEMENT) {
                key += "." + Improvement.values()[(int) driver.observed() - 1].name();
            }
            return new DriverRow(driver.factor(), key, arguments, driver.pullsUp(),
                    (int) Math.round(driver.points()), (int) Math.round(driver.maxPoints()),
                    (int) Math.round(driver.level() * 100));
        }

        /** The CSS modifier for the bar: {@code up} or {@code down}. */
        public String tone() {
            return up ? "up" : "down";
        }
    }

    /**
     * One of the eight benefits, marked observed or not.
     *
     * @param benefit the benefit
     * @param observed whether the respondent observed it
     */
    public record BenefitRow(Benefit benefit, boolean observed) {
    }
}
