package com.hivecheck.history;

import com.hivecheck.assessment.ActivityEvidence;
import com.hivecheck.importing.ExportFormat;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HR list API: {@code GET /api/assessments} with the history list's filters ({@code network}, {@code unit},
 * {@code type}, {@code from}, {@code to}) and {@code page} (from 1) and {@code size}, answering pages of the same data
 * as the CSV export (with the activity evidence as an object), newest first. HTTP Basic with an HR account; see
 * SecurityConfiguration.
 */
@RestController
class HistoryApiController {

    static final String PATH = "/api/assessments";
    static final int DEFAULT_SIZE = 50;

    private final HistoryManagement management;
    private final HistoryProperties properties;
    private final Problems problems;

    HistoryApiController(HistoryManagement management, HistoryProperties properties, Problems problems) {
        this.management = management;
        this.properties = properties;
        this.problems = problems;
    }

    @GetMapping(path = PATH, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> list(@Valid @ModelAttribute("filter") HistoryForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size, Locale locale) {
        if (errors.hasErrors()) {
            ProblemDetail problem = problems.ofMessage(ProblemType.INVALID_FILTER, "history.api.invalid", locale);
            problem.setInstance(URI.create(PATH));
            problem.setProperty("errors", problems.perField(errors.getFieldErrors().stream(), locale));
            return problems.respond(problem);
        }
        HistoryFilter filter = form.toFilter();
        int number = Pages.page(page);
        int pageSize = size == null ? DEFAULT_SIZE : Math.min(properties.maxApiPageSize(), Pages.page(size));
        Slice<PastAssessment> slice = management.list(filter, number, pageSize);
        List<Item> items = slice.getContent().stream().map(a -> Item.of(a, properties)).toList();
        String next = slice.hasNext() ? filter.url(PATH, number + 1) + "&size=" + pageSize : null;
        return ResponseEntity.ok(new ApiPage(items, number, pageSize, slice.hasNext(), next));
    }

    /**
     * One page of assessments.
     *
     * @param items the assessments, newest first
     * @param page this page's number, from 1
     * @param size the page size asked for (at most the configured maximum)
     * @param hasNext whether another page follows
     * @param next the address of the next page, or {@code null}
     */
    record ApiPage(List<Item> items, int page, int size, boolean hasNext, @Nullable String next) {
    }

    /**
     * One assessment, with the field names of the questionnaire's form and of the CSV columns.
     *
     * @param id the id; the result page is {@code /assessments/{id}}
     * @param createdAt when it was submitted
     * @param date the day it was submitted, in the HR time zone
     * @param type the stored type (quadrant)
     * @param evidence the activity export questions 1 and 2 were filled from, or {@code null} when typed in
     * @param fromData which answers of questions 1 and 2 equal the export's figures (all false when typed in)
     */
    record Item(UUID id, Instant createdAt, LocalDate date, String network, @Nullable String unit, int employees,
            int monthlyActiveUsers, int contentCreators, boolean creatorsMostlyOfficial, Set<Benefit> benefits,
            int workRelatedShare, Improvement improvement, @Nullable String example, int involvement, int benefit,
            Quadrant type, boolean borderline, String modelVersion, @Nullable Evidence evidence,
            FromData fromData) {

        static Item of(PastAssessment a, HistoryProperties properties) {
            var answers = a.answers();
            var fromData = a.fromData();
            return new Item(a.id(), a.createdAt(), a.date(properties.zone()), a.network(), a.unit(),
                    answers.employees(), answers.monthlyActiveUsers(), answers.contentCreators(),
                    answers.creatorsMostlyOfficial(), answers.benefits(), answers.workRelatedShare(),
                    answers.improvement(), a.example(), a.involvement(), a.benefit(), a.quadrant(), a.borderline(),
                    a.modelVersion(), Evidence.of(a.evidence()),
                    new FromData(fromData.employees(), fromData.monthlyActiveUsers(), fromData.contentCreators()));
        }
    }

    /**
     * The figures of the activity export that questions 1 and 2 were filled from: aggregates only.
     *
     * @param source the export the figures came from
     * @param unit the export's unit they belong to, or {@code null} for the whole network
     * @param referenceDate the last day of the activity window
     * @param windowDays the window in days
     * @param employees people in the export
     * @param monthlyActiveUsers people active within the window
     * @param contentCreators the fewest people behind 80% of posts and comments
     * @param lurkers active people who contributed nothing
     * @param occasional active people who contributed but are not content creators
     */
    record Evidence(ExportFormat source, @Nullable String unit, LocalDate referenceDate, int windowDays,
            int employees, int monthlyActiveUsers, int contentCreators, int lurkers, int occasional) {

        static @Nullable Evidence of(@Nullable ActivityEvidence evidence) {
            return evidence == null ? null : new Evidence(evidence.source(), evidence.unit(), evidence.referenceDate(), evidence.windowDays(),
                    evidence.employees(), evidence.monthlyActiveUsers(), evidence.contentCreators(),
                    evidence.lurkers(), evidence.occasional());
        }
    }

    /**
     * Which answers of questions 1 and 2 equal the activity export's figures, and so are shown as "from data".
     *
     * @param employees the number of employees
     * @param monthlyActiveUsers the monthly active users
     * @param contentCreators the content creators
     */
    record FromData(boolean employees, boolean monthlyActiveUsers, boolean contentCreators) {
    }
}
