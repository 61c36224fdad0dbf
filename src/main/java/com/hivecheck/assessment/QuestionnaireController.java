package com.hivecheck.assessment;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The questionnaire: shows the four questions, redisplays them with messages on error, stores them when valid. */
@Controller
class QuestionnaireController {

    static final String VIEW = "assessment/questionnaire";

    private final AssessmentManagement management;

    QuestionnaireController(AssessmentManagement management) {
        this.management = management;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allBenefits", Benefit.values());
        model.addAttribute("improvements", Improvement.values());
        model.addAttribute("assessedOnMin", AssessedOn.EARLIEST);
    }

    @GetMapping("/")
    String initCreationForm(@RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String evidence,
            @RequestParam(required = false) @Nullable String pulse, Model model) {
        AssessmentForm form = AssessmentForm.prefilled(network, unit);
        management.evidence(evidence).ifPresent(form::fillFrom);
        form.setPulse(pulse);
        form.pulseId().flatMap(management::pulseOutcome).ifPresent(form::fillFrom);
        model.addAttribute("form", form);
        addEvidence(form, model);
        return VIEW;
    }

    /** The address of a redisplayed questionnaire, reached again by a language switch or a reload. */
    @GetMapping("/assessments")
    String redirectToQuestionnaire() {
        return "redirect:/";
    }

    @PostMapping("/assessments")
    ModelAndView processCreationForm(@Valid @ModelAttribute("form") AssessmentForm form, BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            addEvidence(form, model);
            return new ModelAndView(VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Assessment assessment = form.submitTo(management);
        RedirectView redirect = new RedirectView("/assessments/" + assessment.getId(), true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    /**
     * The export figures behind the form, if any, and which numbers still equal them: shown as "from data"; and the
     * pulse behind questions 3 and 4, if the answers are still the pulse's: shown as "from the pulse".
     */
    private void addEvidence(AssessmentForm form, Model model) {
        form.pulseId().flatMap(management::pulseOutcome)
                .filter(form::fromPulse)
                .ifPresent(outcome -> model.addAttribute("pulseOutcome", outcome));
        management.evidence(form.getEvidence()).ifPresent(evidence -> {
            model.addAttribute("evidence", evidence);
            model.addAttribute("fromData", form.fromData(evidence));
        });
    }

}
