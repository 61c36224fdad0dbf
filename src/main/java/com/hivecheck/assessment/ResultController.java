package com.hivecheck.assessment;

import com.hivecheck.system.Ids;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The result page of one assessment, open to whoever holds its link. */
@Controller
class ResultController {

    private final AssessmentManagement management;

    ResultController(AssessmentManagement management) {
        this.management = management;
    }

    @GetMapping("/assessments/{id}")
    String showResult(@PathVariable String id, Model model) {
        Assessment assessment = Ids.parse(id)
                .flatMap(management::find)
                .orElseThrow(() -> new AssessmentNotFoundException(id));
        model.addAttribute("result", ResultView.of(assessment, management.models()));
        model.addAttribute("evidence", assessment.getEvidence().orElse(null));
        model.addAttribute("fromData", assessment.fromData());
        model.addAttribute("pulse", assessment.getPulse().orElse(null));
        return "assessment/result";
    }
}
