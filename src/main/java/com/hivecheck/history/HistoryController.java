package com.hivecheck.history;

import com.hivecheck.system.Ids;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.scoring.Quadrant;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history list, its CSV and XLSX exports, and deleting one assessment: the deletion itself is the assessment
 * module's ({@link AssessmentManagement#delete}), which owns the aggregate.
 */
@Controller
@RequestMapping("/hr")
class HistoryController {

    private final HistoryManagement management;
    private final AssessmentManagement assessments;
    private final HistoryProperties properties;
    private final Clock clock;
    private final MessageSource messages;

    HistoryController(HistoryManagement management, AssessmentManagement assessments, HistoryProperties properties,
            Clock clock, MessageSource messages) {
        this.messages = messages;
        this.management = management;
        this.assessments = assessments;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filter") HistoryForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String page, Model model) {
        int number = Pages.page(page);
        HistoryFilter filter = form.toFilter();
        model.addAttribute("history", errors.hasErrors()
                ? HistoryPage.invalid(filter)
                : HistoryPage.of(filter, management.list(filter, number, properties.pageSize()), number,
                        properties.zone()));
        model.addAttribute("types", Quadrant.values());
        model.addAttribute("networks", management.recentNetworks());
        model.addAttribute("compareMin", CompareView.MIN);
        model.addAttribute("compareMax", CompareView.MAX);
        return "history/list";
    }

    /**
     * Every assessment the filter matches, as a UTF-8 CSV file with a byte order mark, streamed to the response. An
     * invalid filter goes back to the list, which explains what is wrong.
     */
    @GetMapping("/export.csv")
    @Nullable ModelAndView export(@Valid @ModelAttribute("filter") HistoryForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String separator, HttpServletResponse response)
            throws IOException {
        HistoryFilter filter = form.toFilter();
        if (errors.hasErrors()) {
            return new ModelAndView("redirect:" + filter.url(HistoryPage.PATH, 1));
        }
        download(response, "text/csv;charset=UTF-8", "csv");
        management.exportCsv(filter, CsvSeparator.of(separator), response.getOutputStream());
        return null;
    }

    /**
     * Every assessment the filter matches, and the progress of the filtered network (or of every network), as an
     * XLSX workbook in the reader's language, streamed to the response. An invalid filter goes back to the list.
     */
    @GetMapping("/export.xlsx")
    @Nullable ModelAndView exportXlsx(@Valid @ModelAttribute("filter") HistoryForm form, BindingResult errors,
            HttpServletResponse response, Locale locale) throws IOException {
        HistoryFilter filter = form.toFilter();
        if (errors.hasErrors()) {
            return new ModelAndView("redirect:" + filter.url(HistoryPage.PATH, 1));
        }
        download(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        management.exportXlsx(filter, response.getOutputStream(), messages, locale);
        return null;
    }

    @GetMapping("/assessments/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        PastAssessment assessment = Ids.parse(id).flatMap(management::find).orElseThrow(HistoryController::notFound);
        model.addAttribute("assessment", assessment);
        model.addAttribute("createdAt", assessment.createdAt().atZone(properties.zone()));
        return "history/delete";
    }

    @PostMapping("/assessments/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes flash) {
        PastAssessment assessment = Ids.parse(id).flatMap(management::find).orElseThrow(HistoryController::notFound);
        assessments.delete(assessment.id());
        flash.addFlashAttribute("deleted", assessment);
        flash.addFlashAttribute("deletedAt", assessment.createdAt().atZone(properties.zone()));
        return "redirect:" + HistoryPage.PATH;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** Marks the response as a file to save, named after today in HR's time zone. */
    private void download(HttpServletResponse response, String contentType, String extension) {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("hivecheck-assessments-" + today + "." + extension)
                .build()
                .toString());
    }
}
