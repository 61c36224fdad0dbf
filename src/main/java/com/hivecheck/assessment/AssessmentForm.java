package com.hivecheck.assessment;

import com.hivecheck.system.Ids;
import com.hivecheck.importing.Evidence;
import com.hivecheck.pulse.PulseOutcome;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.hivecheck.system.NetworkAndUnit;
import com.hivecheck.system.PlainText;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a respondent submits, from the questionnaire page or as JSON to the API, with exactly the field names of the
 * domain. Every field may be missing or out of range here; the constraints say so in the respondent's language, and
 * only a valid form becomes a {@link Context} and {@link Answers}. Numbers are held as {@link BigInteger}, so that a
 * number of any size (up to the JSON reader's 1,000 digits) reaches the range constraints and gets their message,
 * instead of failing to convert. Texts must be plain text ({@link PlainText}).
 */
@ConsistentCounts
public class AssessmentForm extends NetworkAndUnit {

    @NotNull(message = "{assessment.number.required}")
    @Min(value = 1, message = "{assessment.employees.range}")
    @Max(value = Answers.MAX_EMPLOYEES, message = "{assessment.employees.range}")
    private @Nullable BigInteger employees;

    @NotNull(message = "{assessment.number.required}")
    @Min(value = 0, message = "{assessment.count.negative}")
    @Max(value = Answers.MAX_EMPLOYEES, message = "{assessment.count.range}")
    private @Nullable BigInteger monthlyActiveUsers;

    @NotNull(message = "{assessment.number.required}")
    @Min(value = 0, message = "{assessment.count.negative}")
    @Max(value = Answers.MAX_EMPLOYEES, message = "{assessment.count.range}")
    private @Nullable BigInteger contentCreators;

    @NotNull(message = "{assessment.choice.required}")
    private @Nullable Boolean creatorsMostlyOfficial;

    @NotNull(message = "{assessment.choice.required}")
    @KnownChoices
    private @Nullable Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);

    @NotNull(message = "{assessment.number.required}")
    @Min(value = 0, message = "{assessment.percent.range}")
    @Max(value = 100, message = "{assessment.percent.range}")
    private @Nullable BigInteger workRelatedShare;

    @NotNull(message = "{assessment.choice.required}")
    private @Nullable Improvement improvement;

    @Size(max = Context.MAX_EXAMPLE_LENGTH, message = "{assessment.text.tooLong}")
    @PlainText
    private @Nullable String example;

    /** The day the answers describe; today when missing. ISO ({@code 2026-01-15}) in JSON and on the form. */
    @PlausibleAssessedOn
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate assessedOn;

    /** The token of the activity export that filled questions 1 and 2, if one did; not an answer. */
    @Size(max = 64)
    private @Nullable String evidence;

    /**
     * The employee pulse that questions 3 and 4 are taken from, if one is (its id); not an answer. In the API it may
     * replace the answers to questions 3 and 4 altogether.
     */
    @Size(max = 36)
    private @Nullable String pulse;

    /** A blank form for a new assessment of the given network and unit. */
    static AssessmentForm prefilled(@Nullable String network, @Nullable String unit) {
        AssessmentForm form = new AssessmentForm();
        form.setNetwork(network);
        form.setUnit(unit);
        return form;
    }

    /** Fills questions 1 and 2 with an activity export's figures, and the network when none is given. */
    void fillFrom(Evidence evidence) {
        this.employees = BigInteger.valueOf(evidence.employees());
        this.monthlyActiveUsers = BigInteger.valueOf(evidence.monthlyActiveUsers());
        this.contentCreators = BigInteger.valueOf(evidence.contentCreators());
        this.evidence = evidence.token();
        if (networkBlank() && evidence.network() != null) {
            setNetwork(evidence.network());
        }
    }

    /** Fills questions 3 and 4 with what an employee pulse gives, and the network and unit when none are given. */
    void fillFrom(PulseOutcome outcome) {
        this.benefits = outcome.benefits().isEmpty() ? EnumSet.noneOf(Benefit.class) : EnumSet.copyOf(outcome.benefits());
        this.improvement = outcome.improvement();
        this.workRelatedShare = BigInteger.valueOf(outcome.workRelatedShare());
        this.pulse = outcome.pulse().toString();
        if (networkBlank()) {
            setNetwork(outcome.network());
            setUnit(outcome.unit());
        }
    }

    /** Whether questions 3 and 4 are unanswered, so that a pulse may answer them. */
    boolean lacksQuestions3And4() {
        return (benefits == null || benefits.isEmpty()) && improvement == null && workRelatedShare == null;
    }

    /** Whether this form's answers to questions 3 and 4 are still those of the pulse. */
    boolean fromPulse(PulseOutcome outcome) {
        return benefits != null && benefits.equals(outcome.benefits()) && improvement == outcome.improvement()
                && workRelatedShare != null && workRelatedShare.equals(BigInteger.valueOf(outcome.workRelatedShare()));
    }

    /** The pulse's id, if the form names a well-formed one. */
    Optional<UUID> pulseId() {
        return pulse == null ? Optional.empty() : Ids.parse(pulse.strip());
    }

    /** Which numbers of questions 1 and 2 on this form equal the export's figures. */
    ActivityEvidence.FromData fromData(Evidence evidence) {
        return new ActivityEvidence.FromData(equal(employees, evidence.employees()),
                equal(monthlyActiveUsers, evidence.monthlyActiveUsers()),
                equal(contentCreators, evidence.contentCreators()));
    }

    private static boolean equal(@Nullable BigInteger answer, int figure) {
        return answer != null && answer.equals(BigInteger.valueOf(figure));
    }

    /** The context; call only on a valid form. */
    Context toContext() {
        return new Context(require(getNetwork()), getUnit(), example);
    }

    /** The scored answers; call only on a valid form. */
    Answers toAnswers() {
        return new Answers(require(employees).intValueExact(), require(monthlyActiveUsers).intValueExact(),
                require(contentCreators).intValueExact(), require(creatorsMostlyOfficial), require(benefits),
                require(workRelatedShare).intValueExact(), require(improvement));
    }

    /**
     * Stores a valid form with {@code management}: with the activity export and the pulse behind it and the day it
     * describes, when given.
     */
    Assessment submitTo(AssessmentManagement management) {
        String token = evidence == null || evidence.isBlank() ? null : evidence;
        if (pulseId().isPresent() || assessedOn != null) {
            return management.submit(toContext(), toAnswers(), token, pulseId().orElse(null), assessedOn);
        }
        return token == null
                ? management.submit(toContext(), toAnswers())
                : management.submit(toContext(), toAnswers(), token);
    }

    private static <T> T require(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("form was not validated");
        }
        return value;
    }

    @Override
    @NotBlank(message = "{assessment.network.required}")
    @Size(max = Context.MAX_NAME_LENGTH, message = "{assessment.text.tooLong}")
    @PlainText
    public @Nullable String getNetwork() {
        return super.getNetwork();
    }

    @Override
    @Size(max = Context.MAX_NAME_LENGTH, message = "{assessment.text.tooLong}")
    @PlainText
    public @Nullable String getUnit() {
        return super.getUnit();
    }

    public @Nullable BigInteger getEmployees() {
        return employees;
    }

    public void setEmployees(@Nullable BigInteger employees) {
        this.employees = employees;
    }

    public @Nullable BigInteger getMonthlyActiveUsers() {
        return monthlyActiveUsers;
    }

    public void setMonthlyActiveUsers(@Nullable BigInteger monthlyActiveUsers) {
        this.monthlyActiveUsers = monthlyActiveUsers;
    }

    public @Nullable BigInteger getContentCreators() {
        return contentCreators;
    }

    public void setContentCreators(@Nullable BigInteger contentCreators) {
        this.contentCreators = contentCreators;
    }

    public @Nullable Boolean getCreatorsMostlyOfficial() {
        return creatorsMostlyOfficial;
    }

    public void setCreatorsMostlyOfficial(@Nullable Boolean creatorsMostlyOfficial) {
        this.creatorsMostlyOfficial = creatorsMostlyOfficial;
    }

    public @Nullable Set<Benefit> getBenefits() {
        return benefits;
    }

    public void setBenefits(@Nullable Set<Benefit> benefits) {
        this.benefits = benefits;
    }

    public @Nullable BigInteger getWorkRelatedShare() {
        return workRelatedShare;
    }

    public void setWorkRelatedShare(@Nullable BigInteger workRelatedShare) {
        this.workRelatedShare = workRelatedShare;
    }

    public @Nullable Improvement getImprovement() {
        return improvement;
    }

    public void setImprovement(@Nullable Improvement improvement) {
        this.improvement = improvement;
    }

    public @Nullable String getExample() {
        return example;
    }

    public void setExample(@Nullable String example) {
        this.example = example;
    }

    public @Nullable LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(@Nullable LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public @Nullable String getEvidence() {
        return evidence;
    }

    public void setEvidence(@Nullable String evidence) {
        this.evidence = evidence;
    }

    public @Nullable String getPulse() {
        return pulse;
    }

    public void setPulse(@Nullable String pulse) {
        this.pulse = pulse;
    }
}
