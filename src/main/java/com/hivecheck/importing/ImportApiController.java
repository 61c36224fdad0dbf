package com.hivecheck.importing;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/imports}: an activity export in, the evidence for the network and each unit out, as JSON. Columns
 * are recognised as on the page, or named with the {@code person}, {@code unit}, {@code lastActivity} and
 * {@code counts} parameters. Problems come back as application/problem+json with their line numbers.
 */
@RestController
class ImportApiController {

    private final ActivityReports reports;
    private final MessageSource messages;
    private final Clock clock;

    ImportApiController(ActivityReports reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportJson> importExport(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String network,
            @RequestParam(defaultValue = "AUTO") TextEncoding encoding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate referenceDate,
            @RequestParam(defaultValue = "30") int windowDays,
            @RequestParam(required = false) @Nullable String person,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String lastActivity,
            @RequestParam(required = false) @Nullable List<String> counts) throws IOException {
        if (file == null || (file.isEmpty() && ImportController.fileName(file) == null)) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.file.required"));
        }
        if (windowDays < 1 || windowDays > ActivityReport.MAX_WINDOW_DAYS) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.window.range"));
        }
        long started = System.nanoTime();
        ImportOptions options = new ImportOptions(encoding, referenceDate, windowDays, null);
        if (person != null || lastActivity != null || (counts != null && !counts.isEmpty()) || unit != null) {
            Header header = ActivityFileReader.preview(file::getInputStream, encoding).header();
            options = options.withMapping(mapping(header, person, unit, lastActivity, counts));
        }
        ActivityReport report = ActivityFileReader.read(file::getInputStream, options, LocalDate.now(clock));
        ImportController.logImport(report, started);
        String name = network == null || network.isBlank() ? null : network.strip();
        ActivityReports.StoredReport stored = reports.add(report, name, ImportController.fileName(file));
        URI page = ServletUriComponentsBuilder.fromCurrentContextPath().path("/imports/{id}")
                .buildAndExpand(stored.id()).toUri();
        return ResponseEntity.ok(ImportJson.of(stored, page));
    }

    @ExceptionHandler(ImportFailedException.class)
    ResponseEntity<ProblemDetail> importFailed(ImportFailedException e, Locale locale) {
        HttpStatus status = e.problems().stream().anyMatch(p -> p.code().equals("import.file.required")
                || p.code().equals("import.window.range") || p.code().equals("import.problem.mappingIncomplete"))
                ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setTitle(messages.getMessage("import.problems.heading", null, locale));
        List<ProblemJson> errors = e.problems().stream()
                .map(problem -> new ProblemJson(problem.hasLine() ? problem.line() : null, problem.code(),
                        messages.getMessage(problem.code(), problem.argumentArray(), locale)))
                .toList();
        detail.setDetail(errors.get(0).message());
        detail.setProperty("errors", errors);
        detail.setProperty("totalErrors", e.total());
        if (e.more() > 0) {
            detail.setProperty("moreErrors", messages.getMessage("import.problems.more", new Object[] {e.more()},
                    locale));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    private static ColumnMapping mapping(Header header, @Nullable String person, @Nullable String unit,
            @Nullable String lastActivity, @Nullable List<String> counts) {
        if (person == null || lastActivity == null || counts == null || counts.isEmpty()) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.mappingIncomplete"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        int personIndex = column(header, person, problems);
        int unitIndex = unit == null || unit.isBlank() ? ColumnMapping.NONE : column(header, unit, problems);
        int dateIndex = column(header, lastActivity, problems);
        List<Integer> countIndexes = new ArrayList<>();
        for (String count : counts) {
            countIndexes.add(column(header, count, problems));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems, problems.size());
        }
        try {
            return new ColumnMapping(ExportFormat.MAPPED, personIndex, unitIndex, dateIndex, countIndexes);
        } catch (IllegalArgumentException e) {
            throw ImportFailedException.of(ImportProblem.atLine(1, "import.mapping.column.twice"));
        }
    }

    private static int column(Header header, String name, List<ImportProblem> problems) {
        int index = header.indexOf(name);
        if (index == ColumnMapping.NONE) {
            problems.add(ImportProblem.atLine(1, "import.problem.unknownColumn", name));
        }
        return index;
    }

    /**
     * One problem of a failed import.
     *
     * @param line the line, or {@code null} for the whole file
     * @param code the stable message key
     * @param message the message in the request’s language
     */
    record ProblemJson(@Nullable Long line, String code, String message) {
    }
}
