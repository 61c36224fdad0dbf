package com.hivecheck.assessment;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Axis;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Lever;
import com.hivecheck.scoring.Quadrant;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A stored assessment as the JSON API shows it: the answers under the domain's field names, plus what was computed
 * and stored when it was made. {@code benefits} are listed in the order of the questionnaire.
 *
 * @param id the assessment's id (time-ordered, with 74 random bits)
 * @param createdAt when it was stored
 * @param assessedOn the day the answers describe (ISO, {@code 2026-01-15})
 * @param involvement the stored x score, 0..100
 * @param benefit the stored y score, 0..100
 * @param quadrant the stored type
 * @param borderline whether the point lay within the borderline band of a midline
 * @param modelVersion the version of the scoring model that computed the scores
 * @param levers the smallest single changes of one answer that would move the network to another type, under the
 *     model that scored it, smallest relative change first; empty for a model version 1 assessment (that model is not
 *     monotone, so its levers cannot be searched) and for an assessment in Honey Apiary
 * @param resultUrl the human-readable result page of this assessment
 * @param pulse the employee pulse the answers to questions 3 and 4 came from, or null when the owner gave them
 */
record AssessmentResource(
        UUID id,
        Instant createdAt,
        LocalDate assessedOn,
        String network,
        @Nullable String unit,
        int employees,
        int monthlyActiveUsers,
        int contentCreators,
        boolean creatorsMostlyOfficial,
        List<Benefit> benefits,
        int workRelatedShare,
        Improvement improvement,
        @Nullable String example,
        int involvement,
        int benefit,
        Quadrant quadrant,
        boolean borderline,
        String modelVersion,
        List<LeverResource> levers,
        URI resultUrl,
        @Nullable Pulse pulse) {

    /** The resource of a stored assessment, with links relative to the current request's application. */
    static AssessmentResource of(Assessment assessment, List<Lever> levers) {
        Context context = assessment.context();
        Answers answers = assessment.answers();
        return new AssessmentResource(assessment.getId(), assessment.getCreatedAt(),
                assessment.getAssessedOn(), context.network(),
                context.unit(), answers.employees(), answers.monthlyActiveUsers(), answers.contentCreators(),
                answers.creatorsMostlyOfficial(), answers.benefits().stream().sorted().toList(),
                answers.workRelatedShare(), answers.improvement(), context.example(), assessment.getInvolvement(),
                assessment.getBenefit(), assessment.getQuadrant(), assessment.isBorderline(),
                assessment.getModelVersion(), levers.stream().map(LeverResource::of).toList(),
                link("/assessments/{id}", assessment.getId()),
                assessment.getPulse().map(link -> new Pulse(link.pulse(), link.responses())).orElse(null));
    }

    /** Where this resource lives: the {@code Location} of a created assessment. */
    URI self() {
        return link("/api/assessments/{id}", id);
    }

    /**
     * The employee pulse behind questions 3 and 4.
     *
     * @param id the pulse's id
     * @param responses how many employees had answered when the assessment was made
     */
    record Pulse(UUID id, int responses) {
    }

    private static URI link(String path, UUID id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
    }

    /**
     * One lever: {@code to} is a number, a boolean or an enum name, like the answer it changes; for {@code benefits},
     * {@code from} and {@code to} are counts.
     *
     * @param axis the axis that would reach the midline
     * @param answer the answer's field name, such as {@code contentCreators}
     * @param from the answer now
     * @param to the answer that would bring the axis to the midline
     * @param quadrant the type the network would then have
     */
    record LeverResource(Axis axis, String answer, Object from, Object to, Quadrant quadrant) {

        static LeverResource of(Lever lever) {
            return new LeverResource(lever.axis(), lever.answer().fieldName(), lever.fromValue(), lever.toValue(),
                    lever.quadrant());
        }
    }
}
