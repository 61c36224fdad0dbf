package com.hivecheck.assessment;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.storage.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored assessment: the context, the answers, and the scores, type and model version computed when it was made.
 * Immutable once stored, so that a later change of the model never rewrites history.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends AssignedIdEntity {

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false, length = 120)
    private String network;

    @Column(length = 120)
    private @Nullable String unit;

    private int employees;

    @Column(name = "monthly_active_users")
    private int monthlyActiveUsers;

    @Column(name = "content_creators")
    private int contentCreators;

    @Column(name = "creators_mostly_official")
    private boolean creatorsMostlyOfficial;

    @Convert(converter = BenefitsConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);

    @Column(name = "work_related_share")
    private int workRelatedShare;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Improvement improvement;

    @Column(length = 2000)
    private @Nullable String example;

    @Column(name = "model_version", nullable = false, length = 20)
    private String modelVersion;

    private int involvement;

    private int benefit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Quadrant quadrant;

    private boolean borderline;

    @Embedded
    private @Nullable ActivityEvidence evidence;

    @Column(name = "pulse_id")
    private @Nullable UUID pulseId;

    @Column(name = "pulse_responses")
    private @Nullable Integer pulseResponses;

    @SuppressWarnings("NullAway.Init")
    protected Assessment() {
        // for JPA
    }

    Assessment(UUID id, Instant createdAt, Context context, Answers answers, Classification classification) {
        this(id, createdAt, context, answers, classification, null);
    }

    Assessment(UUID id, Instant createdAt, Context context, Answers answers, Classification classification,
            @Nullable ActivityEvidence evidence) {
        this(id, createdAt, createdAt.atZone(ZoneOffset.UTC).toLocalDate(), context, answers, classification,
                evidence, null);
    }

    Assessment(UUID id, Instant createdAt, Context context, Answers answers, Classification classification,
            @Nullable ActivityEvidence evidence, @Nullable PulseLink pulse) {
        this(id, createdAt, createdAt.atZone(ZoneOffset.UTC).toLocalDate(), context, answers, classification,
                evidence, pulse);
    }

    Assessment(UUID id, Instant createdAt, LocalDate assessedOn, Context context, Answers answers,
            Classification classification, @Nullable ActivityEvidence evidence, @Nullable PulseLink pulse) {
        super(id);
        this.evidence = evidence;
        this.assessedOn = AssessedOn.requireValid(assessedOn);
        this.pulseId = pulse == null ? null : pulse.pulse();
        this.pulseResponses = pulse == null ? null : pulse.responses();
        this.createdAt = createdAt;
        this.network = context.network();
        this.unit = context.unit();
        this.example = context.example();
        this.employees = answers.employees();
        this.monthlyActiveUsers = answers.monthlyActiveUsers();
        this.contentCreators = answers.contentCreators();
        this.creatorsMostlyOfficial = answers.creatorsMostlyOfficial();
        this.benefits = answers.benefits().isEmpty() ? EnumSet.noneOf(Benefit.class) : EnumSet.copyOf(answers.benefits());
        this.workRelatedShare = answers.workRelatedShare();
        this.improvement = answers.improvement();
        this.modelVersion = classification.modelVersion();
        this.involvement = classification.involvement();
        this.benefit = classification.benefit();
        this.quadrant = classification.quadrant();
        this.borderline = classification.borderline();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The day the answers describe: the day it was made, or an earlier day for a past round entered later. */
    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getNetwork() {
        return network;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public @Nullable String getExample() {
        return example;
    }

    public Context context() {
        return new Context(network, unit, example);
    }

    public Answers answers() {
        return new Answers(employees, monthlyActiveUsers, contentCreators, creatorsMostlyOfficial, benefits,
                workRelatedShare, improvement);
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public int getInvolvement() {
        return involvement;
    }

    public int getBenefit() {
        return benefit;
    }

    public Quadrant getQuadrant() {
        return quadrant;
    }

    public boolean isBorderline() {
        return borderline;
    }

    /** The activity export questions 1 and 2 were filled from, if they were. */
    public Optional<ActivityEvidence> getEvidence() {
        return Optional.ofNullable(evidence);
    }

    /** The employee pulse questions 3 and 4 were taken from, if they were. */
    public Optional<PulseLink> getPulse() {
        return pulseId == null || pulseResponses == null
                ? Optional.empty()
                : Optional.of(new PulseLink(pulseId, pulseResponses));
    }

    /** Which answers of questions 1 and 2 equal the figures of an activity export. */
    public ActivityEvidence.FromData fromData() {
        return evidence == null ? ActivityEvidence.FromData.NONE : evidence.compare(answers());
    }
}
