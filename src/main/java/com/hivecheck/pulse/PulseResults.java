package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A pulse's results as the JSON API shows them. Shares are fractions of the respondents rounded to two decimals, the
 * response rate to three.
 *
 * @param results null until the threshold of answers is reached: nothing about the answers is given before
 */
record PulseResults(long responses, int headcount, double responseRate, @Nullable Results results) {

    static PulseResults of(PulseSummary summary) {
        PulseFindings findings = summary.findings();
        return new PulseResults(summary.responses(), summary.headcount(), round(summary.responseRate(), 3),
                findings == null ? null : Results.of(findings));
    }

    record Results(Benefits benefits, ImprovementResult improvement, Spread workRelatedShare, Score benefit) {

        static Results of(PulseFindings findings) {
            Map<Benefit, Double> benefitShares = new LinkedHashMap<>();
            findings.benefitShares().forEach((benefit, share) -> benefitShares.put(benefit, round(share, 2)));
            Map<Improvement, Double> improvementShares = new LinkedHashMap<>();
            findings.improvementShares().forEach((level, share) -> improvementShares.put(level, round(share, 2)));
            ScoreEstimate score = findings.benefit();
            return new Results(new Benefits(benefitShares, List.copyOf(findings.majority())),
                    new ImprovementResult(findings.improvement(), improvementShares),
                    new Spread(findings.workRelatedShare(), findings.workRelatedShareQ1(),
                            findings.workRelatedShareQ3()),
                    new Score(score.score(), score.low(), score.high()));
        }
    }

    /** @param majority the benefits at least half saw, in questionnaire order */
    record Benefits(Map<Benefit, Double> shares, List<Benefit> majority) {
    }

    record ImprovementResult(Improvement median, Map<Improvement, Double> shares) {
    }

    record Spread(int median, int q1, int q3) {
    }

    /** The benefit score under the current model, with its bootstrap 90% interval. */
    record Score(int score, int low, int high) {
    }

    private static Double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
