package com.hivecheck.pulse;

import static com.hivecheck.pulse.Answers.alike;
import static com.hivecheck.pulse.Answers.answer;
import static com.hivecheck.scoring.Benefit.IDEAS;
import static com.hivecheck.scoring.Benefit.KNOWLEDGE;
import static com.hivecheck.scoring.Benefit.PARTNERS;
import static com.hivecheck.scoring.Improvement.BETTER;
import static com.hivecheck.scoring.Improvement.MUCH_BETTER;
import static com.hivecheck.scoring.Improvement.NO_CHANGE;
import static com.hivecheck.scoring.Improvement.WORSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classifier;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PulseFindingsTest {

    private static final BenefitAxis AXIS = new BenefitAxis(new Classifier(ScoringModel.reference()));

    @Test
    void nothingIsShownBelowTheThreshold() {
        PulseSummary summary = PulseSummary.of(PulseTally.of(alike(4)), 40, 5, AXIS);
        assertThat(summary.responses()).isEqualTo(4);
        assertThat(summary.responseRate()).isEqualTo(0.1);
        assertThat(summary.findings()).isNull();
        assertThat(summary.missing()).isEqualTo(1);
    }

    @Test
    void everythingIsShownAtTheThreshold() {
        PulseSummary summary = PulseSummary.of(PulseTally.of(alike(5)), 40, 5, AXIS);
        assertThat(summary.missing()).isZero();
        PulseFindings findings = summary.findings();
        assertThat(findings).isNotNull();
        assertThat(findings.majority()).containsExactly(IDEAS, KNOWLEDGE);
        assertThat(findings.benefitShares().get(KNOWLEDGE)).isEqualTo(1.0);
        assertThat(findings.benefitShares().get(PARTNERS)).isEqualTo(0.0);
        assertThat(findings.improvement()).isEqualTo(BETTER);
        assertThat(findings.improvementShares().get(BETTER)).isEqualTo(1.0);
        assertThat(findings.workRelatedShare()).isEqualTo(70);
        assertThat(findings.workRelatedShareQ1()).isEqualTo(70);
        assertThat(findings.workRelatedShareQ3()).isEqualTo(70);
    }

    @Test
    void theScoreIsTheModelsBenefitScoreOfTheCombinedAnswers() {
        List<PulseAnswer> answers = List.of(answer(BETTER, 80, KNOWLEDGE, IDEAS), answer(NO_CHANGE, 60, KNOWLEDGE),
                answer(MUCH_BETTER, 90, KNOWLEDGE, IDEAS, PARTNERS), answer(WORSE, 20), answer(BETTER, 75, IDEAS),
                answer(BETTER, 70, KNOWLEDGE));
        PulseFindings findings = PulseFindings.of(PulseTally.of(answers), AXIS);
        // knowledge 4/6, ideas 3/6 (a tie at half counts), partners 1/6; improvements sorted
        // WORSE, NO_CHANGE, BETTER, BETTER, BETTER, MUCH_BETTER: lower middle BETTER; shares 20 60 70 75 80 90: 72.5 -> 73
        assertThat(findings.majority()).containsExactly(IDEAS, KNOWLEDGE);
        assertThat(findings.improvement()).isEqualTo(BETTER);
        assertThat(findings.workRelatedShare()).isEqualTo(73);
        assertThat(findings.benefit().score()).isEqualTo(AXIS.score(EnumSet.of(IDEAS, KNOWLEDGE), BETTER, 73));
        assertThat(findings.benefitShares().get(KNOWLEDGE)).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(findings.improvementShares().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void unanimousAnswersHaveNoSpread() {
        ScoreEstimate estimate = PulseFindings.of(PulseTally.of(alike(9)), AXIS).benefit();
        assertThat(estimate.low()).isEqualTo(estimate.score());
        assertThat(estimate.high()).isEqualTo(estimate.score());
    }

    @Test
    void dividedAnswersHaveAnIntervalAroundTheScoreThatIsTheSameEveryTime() {
        List<PulseAnswer> answers = divided(40);
        ScoreEstimate first = PulseFindings.of(PulseTally.of(answers), AXIS).benefit();
        ScoreEstimate again = PulseFindings.of(PulseTally.of(answers), AXIS).benefit();
        assertThat(again).isEqualTo(first);
        assertThat(first.low()).isLessThan(first.score());
        assertThat(first.high()).isGreaterThan(first.score());
    }

    @Test
    void moreAnswersOfTheSameMixNarrowTheInterval() {
        ScoreEstimate few = PulseFindings.of(PulseTally.of(divided(20)), AXIS).benefit();
        ScoreEstimate many = PulseFindings.of(PulseTally.of(divided(20_000)), AXIS).benefit();
        assertThat(many.high() - many.low()).isLessThan(few.high() - few.low());
    }

    /** Half see knowledge, improvement spread over every level, shares spread over 0..100: a genuinely split unit. */
    private static List<PulseAnswer> divided(int n) {
        List<PulseAnswer> answers = new ArrayList<>();
        Improvement[] levels = Improvement.values();
        for (int i = 0; i < n; i++) {
            Set<Benefit> seen = EnumSet.noneOf(Benefit.class);
            if (i % 2 == 0) {
                seen.add(KNOWLEDGE);
            }
            if (i % 3 == 0) {
                seen.add(IDEAS);
            }
            answers.add(new PulseAnswer(seen, levels[(i * 7) % levels.length], (i * 37) % 101, null));
        }
        return answers;
    }
}
