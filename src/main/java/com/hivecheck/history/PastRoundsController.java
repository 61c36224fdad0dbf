package com.hivecheck.history;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page that imports past rounds from a file in the layout of the CSV export ({@link PastRoundsImport}): a failed
 * import shows every problem by line and column and stores nothing; a successful one redirects to a summary.
 */
@Controller
@RequestMapping(PastRoundsController.PATH)
class PastRoundsController {

    static final String PATH = "/hr/history/import";
    static final String TOO_LARGE_PARAMETER = "tooLarge";
    private static final String VIEW = "history/import";
    /** The most problems listed; the page says how many more there are. */
    static final int SHOWN_PROBLEMS = 50;

    private final PastRoundsImport imports;
    private final PastRoundsProperties properties;
    private final MessageSource messages;

    PastRoundsController(PastRoundsImport imports, PastRoundsProperties properties, MessageSource messages) {
        this.imports = imports;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView initImportForm(@RequestParam(name = TOO_LARGE_PARAMETER, required = false) @Nullable String tooLarge,
            Locale locale) {
        if (tooLarge != null) {
            return page(List.of(RoundProblem.ofFile("history.import.file.tooLarge", maxFileSizeMb())), locale,
                    HttpStatus.OK);
        }
        return page(List.of(), locale, HttpStatus.OK);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView processImportForm(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Locale locale, RedirectAttributes flash) throws IOException {
        if (file == null || file.isEmpty()) {
            return page(List.of(RoundProblem.ofFile(file == null || file.getOriginalFilename() == null
                    || file.getOriginalFilename().isEmpty() ? "history.import.file.required"
                    : "history.import.file.empty")), locale, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            return page(List.of(RoundProblem.ofFile("history.import.file.tooLarge", maxFileSizeMb())), locale,
                    HttpStatus.CONTENT_TOO_LARGE);
        }
        PastRoundsImport.Outcome outcome = imports.importCsv(file.getBytes());
        if (outcome.refused()) {
            return page(outcome.problems(), locale, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        flash.addFlashAttribute("imported", RoundsImported.of(outcome));
        return new ModelAndView("redirect:" + PATH);
    }

    private ModelAndView page(List<RoundProblem> problems, Locale locale, HttpStatus status) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("problems", problems.stream().limit(SHOWN_PROBLEMS).map(problem -> text(problem, locale))
                .toList());
        page.addObject("moreProblems", Math.max(0, problems.size() - SHOWN_PROBLEMS));
        page.addObject("maxFileSizeMb", maxFileSizeMb());
        page.addObject("maxRows", properties.maxRows());
        page.addObject("requiredColumns", PastRoundsCsv.REQUIRED);
        page.addObject("optionalColumns", PastRoundsCsv.OPTIONAL);
        return page;
    }

    /** "Line 5, column employees: …" in the reader's language. */
    private String text(RoundProblem problem, Locale locale) {
        String message = messages.getMessage(problem.message(), locale);
        if (problem.line() == 0) {
            return message;
        }
        return problem.column() == null
                ? messages.getMessage("history.import.problem.line", new Object[] {problem.line(), message}, locale)
                : messages.getMessage("history.import.problem.cell",
                        new Object[] {problem.line(), problem.column(), message}, locale);
    }

    private long maxFileSizeMb() {
        return Math.max(1, properties.maxFileSize().toMegabytes());
    }
}
