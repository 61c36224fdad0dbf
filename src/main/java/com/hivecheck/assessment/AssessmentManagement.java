package com.hivecheck.assessment;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Classifier;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scores and stores assessments, and finds them again. The only owner of assessment transactions. */
@Service
public class AssessmentManagement {

    private final Assessments assessments;
    private final Classifier classifier;
    private final Clock clock;

    AssessmentManagement(Assessments assessments, Classifier classifier, Clock clock) {
        this.assessments = assessments;
        this.classifier = classifier;
        this.clock = clock;
    }

    /** Classifies the answers with the current model and stores them with the result under a random id. */
    @Transactional
    public Assessment submit(Context context, Answers answers) {
        Classification classification = classifier.classify(answers);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return assessments.save(new Assessment(UUID.randomUUID(), now, context, answers, classification));
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> find(UUID id) {
        return assessments.findById(id);
    }

    /** Whether the assessment is (still) stored: cheaper than {@link #find(UUID)} when its page is known already. */
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return assessments.existsById(id);
    }

    /**
     * The drivers behind a stored assessment, recomputed from its answers with the current model. The stored scores
     * stay authoritative; when {@link #model()} has a different version, callers say so.
     */
    public Classification explain(Assessment assessment) {
        return classifier.classify(assessment.answers());
    }

    /** The types a stored assessment borders on, by the current model's borderline band; empty unless borderline. */
    public List<Quadrant> neighbours(Assessment assessment) {
        return assessment.isBorderline()
                ? classifier.neighbours(assessment.getInvolvement(), assessment.getBenefit())
                : List.of();
    }

    public ScoringModel model() {
        return classifier.model();
    }
}
