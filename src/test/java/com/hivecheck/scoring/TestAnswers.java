package com.hivecheck.scoring;

import java.util.EnumSet;
import java.util.Set;

/** Builds {@link Answers} for the scoring tests. */
final class TestAnswers {

    private TestAnswers() {
    }

    /** The first {@code count} benefits, in declaration order. */
    static Set<Benefit> benefits(int count) {
        EnumSet<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        for (int i = 0; i < count; i++) {
            benefits.add(Benefit.values()[i]);
        }
        return benefits;
    }

    static Answers answers(int employees, int active, int creators, boolean official, int benefitCount,
            Improvement improvement, int workRelatedShare) {
        return new Answers(employees, active, creators, official, benefits(benefitCount), workRelatedShare,
                improvement);
    }

    /**
     * Answers whose involvement is exactly {@code involvement} (0..100) under the reference model, with the benefit
     * axis at 0. Below 50 only reach contributes (1000 employees, nobody creating); from 50 breadth is full and reach
     * adds the rest.
     */
    static Answers withInvolvement(int involvement) {
        if (involvement <= 50) {
            // reach points = 50 x (active / 1000) / 0.6 = active / 12
            return answers(1000, involvement * 12, 0, false, 0, Improvement.WORSE, 0);
        }
        int active = (involvement - 50) * 12;
        return answers(1000, active, active, false, 0, Improvement.WORSE, 0);
    }

    /**
     * Answers with the given benefit inputs and an involvement of 0: benefit = 5 x benefits + 10 x (improvement - 1)
     * + workRelatedShare / 5.
     */
    static Answers withBenefit(int benefitCount, Improvement improvement, int workRelatedShare) {
        return answers(1000, 0, 0, false, benefitCount, improvement, workRelatedShare);
    }

    /** Combines the involvement inputs of {@code x} with the benefit inputs of {@code y}. */
    static Answers combine(Answers x, Answers y) {
        return new Answers(x.employees(), x.monthlyActiveUsers(), x.contentCreators(), x.creatorsMostlyOfficial(),
                y.benefits(), y.workRelatedShare(), y.improvement());
    }
}
