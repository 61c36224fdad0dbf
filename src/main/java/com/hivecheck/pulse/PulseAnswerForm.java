package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.system.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An employee's answer as typed into the pulse page or sent as JSON by a kiosk; only a valid form becomes a
 * {@link PulseAnswer}. No field can carry anything about the person.
 */
public class PulseAnswerForm {

    @NotNull(message = "{pulse.answer.benefits.required}")
    private @Nullable Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);

    @NotNull(message = "{pulse.answer.improvement.required}")
    private @Nullable Improvement improvement;

    @NotNull(message = "{pulse.answer.share.required}")
    @Min(value = 0, message = "{pulse.answer.share.range}")
    @Max(value = 100, message = "{pulse.answer.share.range}")
    private @Nullable Long workRelatedShare;

    @Size(max = PulseAnswer.MAX_COMMENT, message = "{pulse.answer.comment.tooLong}")
    @PlainText
    private @Nullable String comment;

    static PulseAnswerForm of(PulseAnswer answer) {
        PulseAnswerForm form = new PulseAnswerForm();
        form.benefits = EnumSet.noneOf(Benefit.class);
        form.benefits.addAll(answer.benefits());
        form.improvement = answer.improvement();
        form.workRelatedShare = (long) answer.workRelatedShare();
        form.comment = answer.comment();
        return form;
    }

    /** The answer; call only on a valid form. */
    PulseAnswer toAnswer() {
        if (benefits == null || improvement == null || workRelatedShare == null) {
            throw new IllegalStateException("form was not validated");
        }
        return new PulseAnswer(benefits, improvement, Math.toIntExact(workRelatedShare), comment);
    }

    public @Nullable Set<Benefit> getBenefits() {
        return benefits;
    }

    public void setBenefits(@Nullable Set<Benefit> benefits) {
        this.benefits = benefits;
    }

    public @Nullable Improvement getImprovement() {
        return improvement;
    }

    public void setImprovement(@Nullable Improvement improvement) {
        this.improvement = improvement;
    }

    public @Nullable Long getWorkRelatedShare() {
        return workRelatedShare;
    }

    public void setWorkRelatedShare(@Nullable Long workRelatedShare) {
        this.workRelatedShare = workRelatedShare;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }
}
