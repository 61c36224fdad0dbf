package com.hivecheck.assessment;

import com.hivecheck.importing.ActivityReports;
import com.hivecheck.importing.Evidence;
import com.hivecheck.pulse.PulseManagement;
import com.hivecheck.pulse.PulseOutcome;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.scoring.ScoringModels;
import com.hivecheck.storage.DurableWrites;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns the assessment aggregate: scores and stores assessments, finds them again, and deletes them. Every write to
 * the {@code assessment} table goes through here, and is durable once it returns; the HR area ({@code history})
 * only reads the table, through its own queries.
 */
@Service
public class AssessmentManagement {

    private final Assessments assessments;
    private final ScoringModels models;
    private final Clock clock;
    private final ZoneId zone;
    private final ActivityReports activityReports;
    private final DurableWrites durableWrites;
    private final PulseManagement pulses;

    AssessmentManagement(Assessments assessments, ScoringModels models, Clock clock,
            ActivityReports activityReports, DurableWrites durableWrites, PulseManagement pulses,
            @Value("${hivecheck.history.zone:${assessment.history.zone:UTC}}") ZoneId zone) {
        this.pulses = pulses;
        this.assessments = assessments;
        this.models = models;
        this.clock = clock;
        this.zone = zone;
        this.activityReports = activityReports;
        this.durableWrites = durableWrites;
    }

    /**
     * Classifies the answers with the current model and stores them with the result under a new id. When this
     * returns, the assessment is committed and durable: it survives the JVM being killed (see {@link DurableWrites}).
     */
    @Transactional
    public Assessment submit(Context context, Answers answers) {
        return submit(context, answers, null);
    }

    /**
     * Like {@link #submit(Context, Answers)}, keeping the figures of the activity export behind the evidence token
     * when at least one answer of questions 1 and 2 equals them. An unknown or expired token, or answers that all
     * differ, store no evidence: the answers then count as typed in.
     */
    @Transactional
    public Assessment submit(Context context, Answers answers, @Nullable String evidenceToken) {
        return submit(context, answers, evidenceToken, null, null);
    }

    /**
     * Like {@link #submit(Context, Answers, String)}, for answers that describe {@code assessedOn} (a past round
     * entered later); when {@code null}, today in the HR time zone ({@code hivecheck.history.zone}), the zone in
     * which the HR area shows and filters days. The day must be {@link AssessedOn#plausible plausible}.
     */
    @Transactional
    public Assessment submit(Context context, Answers answers, @Nullable String evidenceToken,
            @Nullable LocalDate assessedOn) {
        return submit(context, answers, evidenceToken, null, assessedOn);
    }

    /**
     * Like {@link #submit(Context, Answers, String)}, keeping the link to the employee pulse behind questions 3 and 4
     * when the answers to both equal what the pulse gives now (its majority benefits, median improvement and median
     * work-related share). An unknown pulse, one below its threshold, or changed answers store no link: the answers
     * then count as the owner's own.
     */
    @Transactional
    public Assessment submit(Context context, Answers answers, @Nullable String evidenceToken,
            @Nullable UUID pulseId) {
        return submit(context, answers, evidenceToken, pulseId, null);
    }

    /** Both of the above: an activity export, a pulse and the day the answers describe, each optional. */
    @Transactional
    public Assessment submit(Context context, Answers answers, @Nullable String evidenceToken,
            @Nullable UUID pulseId, @Nullable LocalDate assessedOn) {
        if (!AssessedOn.plausible(assessedOn, clock)) {
            throw new IllegalArgumentException("assessedOn must be from 2000 up to today: " + assessedOn);
        }
        Classification classification = models.current().classify(answers);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ActivityEvidence evidence = activityReports.evidence(evidenceToken)
                .map(ActivityEvidence::of)
                .filter(figures -> figures.compare(answers).any())
                .orElse(null);
        PulseLink pulse = pulseOutcome(pulseId)
                .filter(outcome -> outcome.benefits().equals(answers.benefits())
                        && outcome.improvement() == answers.improvement()
                        && outcome.workRelatedShare() == answers.workRelatedShare())
                .map(outcome -> new PulseLink(outcome.pulse(), Math.toIntExact(outcome.responses())))
                .orElse(null);
        Assessment stored = assessments.save(
                new Assessment(AssessmentIds.next(now), now, AssessedOn.orToday(assessedOn, clock.withZone(zone)),
                        context, answers, classification, evidence, pulse));
        durableWrites.onCommit();
        return stored;
    }

    /**
     * Stores past rounds, all of them or, when one fails, none: each scored by the model version it names, under its
     * own id or a new one, with the day it describes. Durable once this returns, like a submission.
     *
     * @return the stored assessments, in the order of the rounds
     * @throws IllegalArgumentException when a round names a model version the app does not know, or a day that is
     *         not {@link AssessedOn#plausible plausible}; nothing is stored then
     */
    @Transactional
    public List<Assessment> storePastRounds(List<PastRound> rounds) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Assessment> stored = new ArrayList<>(rounds.size());
        for (PastRound round : rounds) {
            if (!AssessedOn.plausible(round.assessedOn(), clock)) {
                throw new IllegalArgumentException("assessedOn must be from 2000 up to today: " + round.assessedOn());
            }
            ScoringModel model = models.byVersion(round.modelVersion()).orElseThrow(() ->
                    new IllegalArgumentException("unknown scoring model version " + round.modelVersion()));
            UUID id = round.id() != null ? round.id() : AssessmentIds.next(now);
            stored.add(new Assessment(id, now, round.assessedOn(), round.context(), round.answers(),
                    model.classify(round.answers()), null, null));
        }
        List<Assessment> saved = assessments.saveAll(stored);
        durableWrites.onCommit();
        return saved;
    }

    /**
     * Deletes one assessment; false when it did not exist. Like a submission, a deletion the user is told about is
     * durable: a restart never brings the assessment back.
     */
    @Transactional
    public boolean delete(UUID id) {
        boolean deleted = assessments.deleteWithId(id) > 0;
        durableWrites.onCommit();
        return deleted;
    }

    /** The figures an activity export gives for questions 1 and 2, while its report is kept. */
    public Optional<Evidence> evidence(@Nullable String evidenceToken) {
        return activityReports.evidence(evidenceToken);
    }

    /** What an employee pulse gives for questions 3 and 4, once it has enough answers. */
    public Optional<PulseOutcome> pulseOutcome(@Nullable UUID pulseId) {
        return pulseId == null ? Optional.empty() : pulses.outcome(pulseId);
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
     * A stored assessment as the model that scored it explains it: its drivers, and the scores and type that model
     * gives its answers (the stored ones, unless the model's rules changed). Empty when the app no longer knows
     * that model version; the stored scores stay authoritative either way.
     */
    public Optional<Classification> explain(Assessment assessment) {
        return models.byVersion(assessment.getModelVersion()).map(model -> model.classify(assessment.answers()));
    }

    /** A stored assessment's answers under the current model: what it would be if it were made today. */
    public Classification rescore(Assessment assessment) {
        return models.current().classify(assessment.answers());
    }

    /** The types a stored assessment borders on; empty unless it was stored as borderline. */
    public List<Quadrant> neighbours(Assessment assessment) {
        return assessment.isBorderline()
                ? models.current().neighbours(assessment.getInvolvement(), assessment.getBenefit())
                : List.of();
    }

    /** The current model, which scores new assessments. */
    public ScoringModel model() {
        return models.current();
    }

    /** Every known model, by version. */
    public ScoringModels models() {
        return models;
    }
}
