package com.hivecheck.pulse;

import static com.hivecheck.scoring.Benefit.IDEAS;
import static com.hivecheck.scoring.Benefit.KNOWLEDGE;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Known answer sets for the pulse tests. */
final class Answers {

    private Answers() {
    }

    static PulseAnswer answer(Improvement improvement, int share, Benefit... benefits) {
        Set<Benefit> set = EnumSet.noneOf(Benefit.class);
        set.addAll(List.of(benefits));
        return new PulseAnswer(set, improvement, share, null);
    }

    /** {@code n} alike answers: knowledge and ideas seen, better, 70% about work. */
    static List<PulseAnswer> alike(int n) {
        List<PulseAnswer> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(answer(Improvement.BETTER, 70, KNOWLEDGE, IDEAS));
        }
        return answers;
    }
}
