package com.hivecheck.assessment;

import com.hivecheck.chart.QuadrantChart;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Axis;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Driver;
import com.hivecheck.scoring.Factor;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Lever;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.scoring.ScoringModels;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything the result page shows, computed here so that the template only lays it out. Message keys come with their
 * arguments; the template resolves them in the visitor's language. It depends on the assessment and the known models
 * alone, so the page can be cached per language.
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
 * @param candidates the stored type, then the types it borders on: what a borderline result is "between"
 * @param chart the quadrant chart with the network's point
 * @param modelVersion the model version stored with the assessment
 * @param explained whether the app still knows that model, so the drivers below explain the stored scores
 * @param involvementDrivers why involvement is what it is, under the stored model; empty unless explained
 * @param benefitDrivers why benefit is what it is, under the stored model; empty unless explained
 * @param benefits all eight benefits, each marked observed or not
 * @param steps message keys of what to do next for the type
 * @param renegades whether the Theater's "renegades" variant fits: a Theater whose few creators are not official
 * @param levers what single change would move the network to another type, under the current model
 * @param current the same answers under the current model, when the assessment was scored by another; else null
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
        List<Quadrant> candidates,
        QuadrantChart chart,
        String modelVersion,
        boolean explained,
        List<DriverRow> involvementDrivers,
        List<DriverRow> benefitDrivers,
        List<BenefitRow> benefits,
        List<String> steps,
        boolean renegades,
        List<LeverRow> levers,
        @Nullable CurrentView current) {

    static ResultView of(Assessment assessment, ScoringModels models) {
        Quadrant quadrant = assessment.getQuadrant();
        ScoringModel currentModel = models.current();
        Answers answers = assessment.answers();
        Optional<Classification> asScored = models.byVersion(assessment.getModelVersion())
                .map(model -> model.classify(answers));
        Classification underCurrent = currentModel.classify(answers);
        List<Quadrant> neighbours = assessment.isBorderline()
                ? currentModel.neighbours(assessment.getInvolvement(), assessment.getBenefit())
                : List.of();
        CurrentView current = models.isCurrent(assessment.getModelVersion()) ? null
                : CurrentView.of(underCurrent, currentModel, assessment.getNetwork());
        return new ResultView(assessment.getId(), assessment.getNetwork(), assessment.getUnit(),
                assessment.getCreatedAt(), answers, assessment.getExample(), quadrant, assessment.getInvolvement(),
                assessment.getBenefit(), Stream.concat(Stream.of(quadrant), neighbours.stream()).toList(),
                chart(currentModel, assessment.getNetwork(), assessment.getInvolvement(), assessment.getBenefit(),
                        quadrant),
                assessment.getModelVersion(), asScored.isPresent(),
                asScored.map(c -> rows(c, Axis.INVOLVEMENT)).orElse(List.of()),
                asScored.map(c -> rows(c, Axis.BENEFIT)).orElse(List.of()),
                Arrays.stream(Benefit.values()).map(b -> new BenefitRow(b, answers.benefits().contains(b))).toList(),
                steps(quadrant),
                quadrant == Quadrant.ONE_ACTOR_THEATER && !answers.creatorsMostlyOfficial(),
                underCurrent.levers().stream().map(LeverRow::of).toList(), current);
    }

    /** How many numbered steps each type's advice has in the message files. */
    static int stepCount(Quadrant quadrant) {
        return quadrant == Quadrant.HONEY_APIARY ? 5 : 4;
    }

    /** Whether the point lies within the borderline band of a midline. */
    public boolean borderline() {
        return candidates.size() > 1;
    }

    /** Whether the scores came from a model other than the current one. */
    public boolean olderModel() {
        return current != null;
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

    public double creatorsPerEmployeePercent() {
        return answers.creatorsPerEmployee() * 100;
    }

    private static List<String> steps(Quadrant quadrant) {
        return IntStream.rangeClosed(1, stepCount(quadrant))
                .mapToObj(i -> "advice." + quadrant.name() + "." + i)
                .toList();
    }

    private static QuadrantChart chart(ScoringModel model, String network, int involvement, int benefit,
            Quadrant quadrant) {
        return QuadrantChart.forModel(model, 400)
                .point(shorten(network), involvement, benefit, quadrant)
                .build();
    }

    private static List<DriverRow> rows(Classification explanation, Axis axis) {
        return explanation.drivers().stream()
                .filter(driver -> driver.axis() == axis)
                .map(driver -> DriverRow.of(driver, explanation.officialCreators(), explanation.modelVersion()))
                .toList();
    }

    private static String shorten(String network) {
        return network.length() <= 28 ? network : network.substring(0, 27) + "…";
    }

    /**
     * The same answers under the current model, shown beside an assessment scored by an older one.
     *
     * @param modelVersion the current model's version
     * @param involvement its x score
     * @param benefit its y score
     * @param quadrant its type
     * @param candidates its type, then the types it borders on
     * @param chart its chart
     * @param involvementDrivers why involvement is what it is under the current model
     */
    public record CurrentView(String modelVersion, int involvement, int benefit, Quadrant quadrant,
            List<Quadrant> candidates, QuadrantChart chart, List<DriverRow> involvementDrivers) {

        static CurrentView of(Classification classification, ScoringModel model, String network) {
            return new CurrentView(classification.modelVersion(), classification.involvement(),
                    classification.benefit(), classification.quadrant(), classification.candidates(),
                    ResultView.chart(model, network, classification.involvement(), classification.benefit(),
                            classification.quadrant()),
                    rows(classification, Axis.INVOLVEMENT));
        }

        public boolean borderline() {
            return candidates.size() > 1;
        }

        /** Whether the current model puts the network in another type than the stored one. */
        public boolean changesType(Quadrant stored) {
            return quadrant != stored;
        }
    }

    /**
     * One driver as the page shows it.
     *
     * @param factor the factor
     * @param messageKey the sentence comparing the observation with its benchmark
     * @param arguments the sentence's arguments
     * @param up whether it holds its axis up
     * @param additive whether it adds points of its own; otherwise it is combined with the other factor of its axis
     * @param points the points it adds
     * @param maxPoints the points it could add
     * @param barPercent the bar's filled width, 0..100: the factor's level
     */
    public record DriverRow(Factor factor, String messageKey, Object[] arguments, boolean up, boolean additive,
            int points, int maxPoints, int barPercent) {

        static DriverRow of(Driver driver, boolean officialCreators, String modelVersion) {
            String key = "driver." + driver.factor().name();
            Object[] arguments = switch (driver.factor()) {
                case REACH, BREADTH, FOCUS -> new Object[] {driver.observed() * 100, driver.benchmark() * 100};
                case BENEFITS -> new Object[] {(int) driver.observed(), (int) driver.benchmark()};
                case IMPROVEMENT -> new Object[] {};
            };
            if (driver.factor() == Factor.BREADTH) {
                key += "." + modelVersion + (officialCreators ? ".official" : "");
            }
            if (driver.factor() == Factor.IMPROVEMENT) {
                key += "." + Improvement.values()[(int) driver.observed() - 1].name();
            }
            return new DriverRow(driver.factor(), key, arguments, driver.pullsUp(), driver.additive(),
                    (int) Math.round(driver.points()), (int) Math.round(driver.maxPoints()),
                    (int) Math.round(driver.level() * 100));
        }

        /** The CSS modifier for the bar: {@code up} or {@code down}. */
        public String tone() {
            return up ? "up" : "down";
        }
    }

    /**
     * One lever as a plain target, such as "25 content creators instead of 8 would place it in Honey Apiary".
     *
     * @param answer the answer it changes
     * @param messageKey the sentence
     * @param to the target, a number, or the message key of an improvement answer
     * @param from the answer now, in the same form
     * @param quadrant the type it would reach
     */
    public record LeverRow(Lever.Answer answer, String messageKey, Object to, Object from, Quadrant quadrant) {

        static LeverRow of(Lever lever) {
            String key = "lever." + lever.answer().fieldName();
            return switch (lever.answer()) {
                case IMPROVEMENT -> new LeverRow(lever.answer(), key, "improvement." + lever.toValue(),
                        "improvement." + lever.fromValue(), lever.quadrant());
                default -> new LeverRow(lever.answer(), key, lever.to(), lever.from(), lever.quadrant());
            };
        }

        /** Whether {@link #to()} and {@link #from()} are message keys rather than numbers. */
        public boolean named() {
            return answer == Lever.Answer.IMPROVEMENT;
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
