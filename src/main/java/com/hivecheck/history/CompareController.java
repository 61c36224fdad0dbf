package com.hivecheck.history;

import com.hivecheck.system.Ids;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Compares the assessments ticked in the history list. The list's filter and page come along, so that a wrong
 * number of ticks goes back to the same list with a message; {@code scores} picks stored scores or the current
 * model's, as on the progress page.
 */
@Controller
class CompareController {

    private final HistoryManagement management;

    CompareController(HistoryManagement management) {
        this.management = management;
    }

    static final String PATH = "/hr/compare";

    @GetMapping(PATH)
    String compare(@RequestParam(name = "ids", required = false) @Nullable List<String> ids,
            @ModelAttribute("filter") HistoryForm form, BindingResult ignoredFilterErrors,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String baseline,
            @RequestParam(required = false) @Nullable String scores, Model model, RedirectAttributes flash,
            HttpServletRequest request) {
        String backUrl = form.toFilter().url(HistoryPage.PATH, Pages.page(page));
        Set<UUID> picked = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().map(Ids::parse).flatMap(Optional::stream).forEach(picked::add);
        }
        if (picked.size() < CompareView.MIN || picked.size() > CompareView.MAX) {
            flash.addFlashAttribute("comparePicked", picked.size());
            return "redirect:" + backUrl;
        }
        List<PastAssessment> found = management.find(picked);
        if (found.size() < CompareView.MIN) {
            flash.addFlashAttribute("compareGone", picked.size() - found.size());
            return "redirect:" + backUrl;
        }
        ScoreBasis basis = ScoreBasis.of(scores);
        ScoreSwitch scoreSwitch = ScoreSwitch.of(PATH, request.getQueryString(), basis,
                management.currentModelVersion(),
                found.stream().map(PastAssessment::modelVersion).toList());
        String selfUrl = scoreSwitch.keep(PATH + "?" + picked.stream().map(id -> "ids=" + id)
                .collect(Collectors.joining("&")));
        Map<UUID, String> storedVersions = found.stream()
                .collect(Collectors.toMap(PastAssessment::id, PastAssessment::modelVersion));
        model.addAttribute("compare", CompareView.of(management.on(found, basis), storedVersions,
                picked.size() - found.size(), management.model(), management.zone(), backUrl, baseline, selfUrl));
        model.addAttribute("scoreSwitch", scoreSwitch);
        return "history/compare";
    }
}
