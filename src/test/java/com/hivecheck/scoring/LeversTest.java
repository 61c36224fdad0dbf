package com.hivecheck.scoring;

import static com.hivecheck.scoring.TestAnswers.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The levers: the smallest single change of one answer that brings an axis below the midline up to it. */
class LeversTest {

    private final ScoringModel model = ScoringModels.V2;

    @Test
    void findsTheLeversOfTheDomainExample() {
        // 2000 employees, 1300 active, 12 creators, all benefits, much better, 90%: involvement 24, benefit 100
        Classification classification = model.classify(answers(2000, 1300, 12, false, 8, Improvement.MUCH_BETTER, 90));

        assertThat(classification.involvement()).isEqualTo(24);
        assertThat(classification.benefit()).isEqualTo(100);
        assertThat(classification.levers())
                .extracting(Lever::axis, Lever::answer, Lever::from, Lever::to, Lever::quadrant)
                .containsExactly(tuple(Axis.INVOLVEMENT, Lever.Answer.CONTENT_CREATORS, 12, 50, Quadrant.HONEY_APIARY));
        assertThat(classification.levers().get(0).toValue()).isEqualTo(50);
    }

    @Test
    void offersEveryAnswerThatCanCrossOnItsOwnSmallestRelativeChangeFirst() {
        // reach 0.5, breadth 0.7 halved to 0.35: 100 x sqrt(0.175) = 42; benefit 20 + 27 + 13 = 59
        Answers answers = answers(1000, 300, 70, true, 4, Improvement.BETTER, 50);
        Classification classification = model.classify(answers);

        assertThat(classification.involvement()).isEqualTo(42);
        assertThat(classification.quadrant()).isEqualTo(Quadrant.ONE_ACTOR_THEATER);
        // 421 active: sqrt(0.7017 x 0.35) = 0.4956, while 420 gives 0.49497 (49);
        // 99 creators: sqrt(0.5 x 0.495) = 0.4975, while 98 gives 0.49497;
        // not official: sqrt(0.5 x 0.7) = 0.59
        assertThat(classification.levers())
                .extracting(Lever::answer, Lever::fromValue, Lever::toValue, Lever::quadrant)
                .containsExactly(
                        tuple(Lever.Answer.MONTHLY_ACTIVE_USERS, 300, 421, Quadrant.HONEY_APIARY),
                        tuple(Lever.Answer.CONTENT_CREATORS, 70, 99, Quadrant.HONEY_APIARY),
                        tuple(Lever.Answer.CREATORS_MOSTLY_OFFICIAL, true, false, Quadrant.HONEY_APIARY));
        assertThat(classification.levers(Axis.BENEFIT)).isEmpty();
    }

    @Test
    void omitsAnAnswerThatCannotCrossOnItsOwn() {
        // reach is full already; the creators are not official
        Classification classification = model.classify(answers(1000, 1000, 5, false, 8, Improvement.MUCH_BETTER, 100));

        assertThat(classification.levers()).extracting(Lever::answer).containsExactly(Lever.Answer.CONTENT_CREATORS);
    }

    @Test
    void omitsTheOfficialFlagWhenDroppingItIsNotEnough() {
        Classification classification = model.classify(answers(1000, 600, 10, true, 8, Improvement.MUCH_BETTER, 100));

        assertThat(classification.levers()).extracting(Lever::answer)
                .doesNotContain(Lever.Answer.CREATORS_MOSTLY_OFFICIAL)
                .contains(Lever.Answer.CONTENT_CREATORS);
    }

    @Test
    void offersTheOfficialFlagAsABooleanWhenDroppingItCrosses() {
        // sqrt(1 x 0.3 / 2) = 0.387; without the halving sqrt(0.3) = 0.548
        Classification classification = model.classify(answers(1000, 600, 30, true, 8, Improvement.MUCH_BETTER, 100));

        Lever lever = classification.levers().stream()
                .filter(l -> l.answer() == Lever.Answer.CREATORS_MOSTLY_OFFICIAL)
                .findFirst()
                .orElseThrow();
        assertThat(lever.fromValue()).isEqualTo(true);
        assertThat(lever.toValue()).isEqualTo(false);
        assertThat(lever.quadrant()).isEqualTo(Quadrant.HONEY_APIARY);
    }

    @Test
    void findsBenefitLeversAsCountsImprovementStepsAndWorkShare() {
        // benefit: 0.4 x 2/8 + 0 + 0.2 x 0.5 = 0.2; involvement high, so the lever leads to Honey Apiary
        Classification classification = model.classify(answers(1000, 600, 100, false, 2, Improvement.NO_CHANGE, 40));

        assertThat(classification.quadrant()).isEqualTo(Quadrant.FLOOD_ROOM);
        assertThat(classification.levers())
                .extracting(Lever::answer, Lever::fromValue, Lever::toValue, Lever::quadrant)
                .containsExactlyInAnyOrder(
                        // 0.4 x 6/8 + 0.1 = 0.4: no; 7/8 -> 0.45; 8/8 -> 0.5
                        tuple(Lever.Answer.BENEFITS, 2, 8, Quadrant.HONEY_APIARY),
                        // 0.1 + 0.1 + 0.4 x 1 = 0.6 at much better; better 0.2 + 0.267 = 0.467
                        tuple(Lever.Answer.IMPROVEMENT, Improvement.NO_CHANGE, Improvement.MUCH_BETTER,
                                Quadrant.HONEY_APIARY));
    }

    @Test
    void offersNoLeverWhenBothAxesAreHigh() {
        assertThat(model.classify(answers(1000, 600, 100, false, 8, Improvement.MUCH_BETTER, 100)).levers()).isEmpty();
    }

    @Test
    void pointsTheBenefitLeversOfADesertAtTheOneActorTheater() {
        // benefit 20 + 26.67 + 0 = 47; involvement 1, out of reach of any single answer
        Classification classification = model.classify(answers(1000, 10, 1, false, 4, Improvement.BETTER, 0));

        assertThat(classification.quadrant()).isEqualTo(Quadrant.DESERT);
        assertThat(classification.levers())
                .extracting(Lever::answer, Lever::fromValue, Lever::toValue, Lever::quadrant)
                .containsExactly(
                        tuple(Lever.Answer.BENEFITS, 4, 5, Quadrant.ONE_ACTOR_THEATER),
                        tuple(Lever.Answer.IMPROVEMENT, Improvement.BETTER, Improvement.MUCH_BETTER,
                                Quadrant.ONE_ACTOR_THEATER),
                        tuple(Lever.Answer.WORK_RELATED_SHARE, 0, 12, Quadrant.ONE_ACTOR_THEATER));
        assertThat(classification.levers(Axis.INVOLVEMENT)).isEmpty();
    }

    @Test
    void searchesNoLeversInModelOneWhichIsNotMonotone() {
        assertThat(ScoringModels.V1.classify(answers(1000, 300, 4, true, 4, Improvement.BETTER, 95)).levers())
                .isEmpty();
    }

    @Test
    void measuresTheRelativeChangeAgainstTheAnswerNow() {
        Lever creators = new Lever(Axis.INVOLVEMENT, Lever.Answer.CONTENT_CREATORS, 8, 25, Quadrant.HONEY_APIARY);
        Lever fromZero = new Lever(Axis.BENEFIT, Lever.Answer.BENEFITS, 0, 3, Quadrant.HONEY_APIARY);
        Lever flag = new Lever(Axis.INVOLVEMENT, Lever.Answer.CREATORS_MOSTLY_OFFICIAL, 1, 0, Quadrant.FLOOD_ROOM);

        assertThat(creators.relativeChange()).isEqualTo(17 / 8.0);
        assertThat(fromZero.relativeChange()).isEqualTo(3.0);
        assertThat(flag.relativeChange()).isEqualTo(1.0);
    }

    @Test
    void rejectsALeverOnTheWrongAxisOrWithoutAChange() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Lever(Axis.BENEFIT, Lever.Answer.CONTENT_CREATORS, 8, 25, Quadrant.HONEY_APIARY));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Lever(Axis.INVOLVEMENT, Lever.Answer.CONTENT_CREATORS, 8, 8, Quadrant.HONEY_APIARY));
    }
}
