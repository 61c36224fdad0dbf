package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the employees' answers say together, once enough people have answered.
 *
 * @param responses how many answered
 * @param benefitShares the share of respondents who saw each benefit, 0..1, for every benefit
 * @param majority the benefits at least half of them saw: the pulse's answer to question 3
 * @param improvementShares the share of respondents at each improvement level, 0..1, for every level
 * @param improvement the median improvement (lower middle when the count is even): the answer to question 4
 * @param workRelatedShare the median work-related share, rounded
 * @param workRelatedShareQ1 its lower quartile
 * @param workRelatedShareQ3 its upper quartile
 * @param benefit the benefit score these combined answers give under the current model, with its 90% interval
 */
public record PulseFindings(
        long responses,
        Map<Benefit, Double> benefitShares,
        Set<Benefit> majority,
        Map<Improvement, Double> improvementShares,
        Improvement improvement,
        int workRelatedShare,
        int workRelatedShareQ1,
        int workRelatedShareQ3,
        ScoreEstimate benefit) {

    public PulseFindings {
        benefitShares = Collections.unmodifiableMap(new EnumMap<>(benefitShares));
        improvementShares = Collections.unmodifiableMap(new EnumMap<>(improvementShares));
        majority = Collections.unmodifiableSet(majority);
    }

    /** Combines a tally of at least one answer. */
    static PulseFindings of(PulseTally tally, BenefitAxis axis) {
        long n = tally.responses();
        if (n == 0) {
            throw new IllegalArgumentException("no answers to combine");
        }
        Map<Benefit, Double> benefitShares = new EnumMap<>(Benefit.class);
        for (Benefit benefit : Benefit.values()) {
            benefitShares.put(benefit, (double) tally.saw(benefit) / n);
        }
        long[] byImprovement = tally.byImprovement();
        Map<Improvement, Double> improvementShares = new EnumMap<>(Improvement.class);
        for (Improvement level : Improvement.values()) {
            improvementShares.put(level, (double) byImprovement[level.ordinal()] / n);
        }
        long[] byShare = tally.byShare();
        return new PulseFindings(n, benefitShares, PulseRules.majority(tally.byBenefits()), improvementShares,
                PulseRules.medianImprovement(byImprovement), PulseRules.shareQuantile(byShare, 0.5),
                PulseRules.shareQuantile(byShare, 0.25), PulseRules.shareQuantile(byShare, 0.75),
                ScoreEstimate.of(tally, axis));
    }
}
