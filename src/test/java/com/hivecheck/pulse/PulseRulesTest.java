package com.hivecheck.pulse;

import static com.hivecheck.pulse.Answers.answer;
import static com.hivecheck.scoring.Benefit.CUSTOMER_SERVICE;
import static com.hivecheck.scoring.Benefit.IDEAS;
import static com.hivecheck.scoring.Benefit.KNOWLEDGE;
import static com.hivecheck.scoring.Benefit.PARTNERS;
import static com.hivecheck.scoring.Improvement.BETTER;
import static com.hivecheck.scoring.Improvement.MUCH_BETTER;
import static com.hivecheck.scoring.Improvement.NO_CHANGE;
import static com.hivecheck.scoring.Improvement.SLIGHTLY_BETTER;
import static com.hivecheck.scoring.Improvement.WORSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivecheck.scoring.Benefit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PulseRulesTest {

    private static PulseTally tally(PulseAnswer... answers) {
        return PulseTally.of(List.of(answers));
    }

    @Test
    void aBenefitSeenByMoreThanHalfCountsAndOneSeenByFewerDoesNot() {
        PulseTally tally = tally(answer(BETTER, 50, KNOWLEDGE, IDEAS), answer(BETTER, 50, KNOWLEDGE),
                answer(BETTER, 50, KNOWLEDGE, PARTNERS));
        assertThat(PulseRules.majority(tally.byBenefits())).containsExactly(KNOWLEDGE);
    }

    @Test
    void aTieAtExactlyHalfCountsAsObserved() {
        PulseTally tally = tally(answer(BETTER, 50, KNOWLEDGE, IDEAS), answer(BETTER, 50, KNOWLEDGE),
                answer(BETTER, 50, CUSTOMER_SERVICE), answer(BETTER, 50, IDEAS));
        assertThat(PulseRules.majority(tally.byBenefits())).containsExactly(IDEAS, KNOWLEDGE);
    }

    @Test
    void justBelowHalfDoesNotCount() {
        PulseTally tally = tally(answer(BETTER, 50, KNOWLEDGE), answer(BETTER, 50, KNOWLEDGE),
                answer(BETTER, 50), answer(BETTER, 50), answer(BETTER, 50));
        assertThat(PulseRules.majority(tally.byBenefits())).isEmpty();
    }

    @Test
    void nobodySawAnythingMeansNoBenefits() {
        assertThat(PulseRules.majority(tally(answer(WORSE, 0), answer(WORSE, 0)).byBenefits())).isEmpty();
    }

    @Test
    void everyBenefitSeenByAllCountsAll() {
        PulseTally tally = tally(answer(BETTER, 50, Benefit.values()), answer(BETTER, 50, Benefit.values()));
        assertThat(PulseRules.majority(tally.byBenefits())).isEqualTo(EnumSet.allOf(Benefit.class));
    }

    @Test
    void improvementMedianOfAnOddCountIsTheMiddleAnswer() {
        PulseTally tally = tally(answer(WORSE, 0), answer(MUCH_BETTER, 0), answer(SLIGHTLY_BETTER, 0),
                answer(BETTER, 0), answer(NO_CHANGE, 0));
        assertThat(PulseRules.medianImprovement(tally.byImprovement())).isEqualTo(SLIGHTLY_BETTER);
    }

    @Test
    void improvementMedianOfAnEvenCountIsTheLowerMiddleAnswer() {
        PulseTally tally = tally(answer(MUCH_BETTER, 0), answer(NO_CHANGE, 0), answer(BETTER, 0), answer(WORSE, 0));
        assertThat(PulseRules.medianImprovement(tally.byImprovement())).isEqualTo(NO_CHANGE);
    }

    @Test
    void improvementMedianOfTwoIsTheLowerOne() {
        PulseTally tally = tally(answer(MUCH_BETTER, 0), answer(BETTER, 0));
        assertThat(PulseRules.medianImprovement(tally.byImprovement())).isEqualTo(BETTER);
    }

    @Test
    void improvementMedianOfOneIsThatAnswer() {
        assertThat(PulseRules.medianImprovement(tally(answer(WORSE, 0)).byImprovement())).isEqualTo(WORSE);
    }

    @Test
    void shareMedianOfAnOddCountIsTheMiddleValue() {
        PulseTally tally = tally(answer(BETTER, 90), answer(BETTER, 10), answer(BETTER, 40));
        assertThat(PulseRules.shareQuantile(tally.byShare(), 0.5)).isEqualTo(40);
    }

    @Test
    void shareMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoRoundedHalfUp() {
        PulseTally tally = tally(answer(BETTER, 60), answer(BETTER, 75), answer(BETTER, 0), answer(BETTER, 100));
        assertThat(PulseRules.shareQuantile(tally.byShare(), 0.5)).isEqualTo(68);
        PulseTally even = tally(answer(BETTER, 60), answer(BETTER, 70));
        assertThat(PulseRules.shareQuantile(even.byShare(), 0.5)).isEqualTo(65);
    }

    @ParameterizedTest
    @CsvSource({"0.25, 20", "0.5, 30", "0.75, 40", "0, 10", "1, 50"})
    void quartilesInterpolateBetweenNeighbours(double p, int expected) {
        PulseTally tally = tally(answer(BETTER, 10), answer(BETTER, 20), answer(BETTER, 30), answer(BETTER, 40),
                answer(BETTER, 50));
        assertThat(PulseRules.shareQuantile(tally.byShare(), p)).isEqualTo(expected);
    }

    @Test
    void quartilesOfAnEvenCountInterpolateAndRound() {
        // sorted 0, 10, 20, 30: q1 at position 0.75 -> 7.5 -> 8, q3 at 2.25 -> 22.5 -> 23
        PulseTally tally = tally(answer(BETTER, 30), answer(BETTER, 0), answer(BETTER, 20), answer(BETTER, 10));
        assertThat(PulseRules.shareQuantile(tally.byShare(), 0.25)).isEqualTo(8);
        assertThat(PulseRules.shareQuantile(tally.byShare(), 0.75)).isEqualTo(23);
    }

    @Test
    void combiningNothingIsRefused() {
        PulseTally empty = PulseTally.empty();
        assertThatThrownBy(() -> PulseRules.medianImprovement(empty.byImprovement()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PulseRules.shareQuantile(empty.byShare(), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTallyCountsEachBenefitOverEveryCombinationHoldingIt() {
        PulseTally tally = tally(answer(BETTER, 1, KNOWLEDGE, IDEAS), answer(BETTER, 1, KNOWLEDGE),
                answer(BETTER, 1, PARTNERS));
        assertThat(tally.responses()).isEqualTo(3);
        assertThat(tally.saw(KNOWLEDGE)).isEqualTo(2);
        assertThat(tally.saw(IDEAS)).isEqualTo(1);
        assertThat(tally.saw(CUSTOMER_SERVICE)).isZero();
        assertThat(PulseTally.benefits(PulseTally.mask(EnumSet.of(KNOWLEDGE, PARTNERS))))
                .containsExactly(KNOWLEDGE, PARTNERS);
    }

    @Test
    void distributionsCountingDifferentRespondentsAreRefused() {
        long[] benefits = new long[PulseTally.COMBINATIONS];
        benefits[0] = 2;
        long[] improvement = new long[5];
        improvement[0] = 1;
        long[] share = new long[PulseTally.SHARES];
        share[0] = 2;
        assertThatThrownBy(() -> new PulseTally(benefits, improvement, share))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
