package com.hivecheck.importing;

import com.hivecheck.importing.reading.DateOrder;
import com.hivecheck.importing.reading.ImportFailedException;
import com.hivecheck.importing.reading.ImportOptions;
import com.hivecheck.importing.reading.ImportProblem;
import com.hivecheck.importing.reading.TextEncoding;
import com.hivecheck.system.PlainText;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports}: an activity export in, the evidence for the network and each unit out, as JSON. Columns
 * are recognised as on the page, or named with the {@code person}, {@code unit}, {@code lastActivity} and
 * {@code counts} parameters. Problems come back as application/problem+json with their line numbers.
 */
@RestController
class ImportApiController {

    private final ImportManagement imports;
    private final ImportingProperties properties;
    private final MessageSource messages;
    private final Problems problems;

    ImportApiController(ImportManagement imports, ImportingProperties properties, MessageSource messages,
            Problems problems) {
        this.imports = imports;
        this.properties = properties;
        this.messages = messages;
        this.problems = problems;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportJson> importExport(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String network,
            @RequestParam(name = "encoding", required = false) @Nullable String encodingText,
            @RequestParam(name = "dateOrder", required = false) @Nullable String dateOrderText,
            @RequestParam(required = false) @Nullable String sheet,
            @RequestParam(name = "referenceDate", required = false) @Nullable String referenceDateText,
            @RequestParam(name = "windowDays", required = false) @Nullable String windowDaysText,
            @RequestParam(required = false) @Nullable String person,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String lastActivity,
            @RequestParam(required = false) @Nullable List<String> counts, HttpServletRequest request)
            throws IOException {
        if (ImportManagement.missing(file)) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.file.required"));
        }
        int windowDays = windowDays(windowDaysText);
        LocalDate referenceDate = referenceDate(referenceDateText);
        TextEncoding encoding = choice(TextEncoding.class, encodingText, "encoding", "import.encoding.unknown");
        DateOrder dateOrder = choice(DateOrder.class, dateOrderText, "dateOrder", "import.dateOrder.unknown");
        if (network != null && PlainText.Validator.holdsForbidden(network)) {
            throw ImportFailedException.of(ImportProblem.ofField("network", "text.controlCharacters"));
        }
        if (network != null && network.strip().length() > UploadForm.MAX_NAME_LENGTH) {
            throw ImportFailedException.of(ImportProblem.ofField("network", "import.network.tooLong"));
        }
        if (sheet != null && sheet.strip().length() > UploadForm.MAX_NAME_LENGTH) {
            throw ImportFailedException.of(ImportProblem.ofField("sheet", "import.sheet.tooLong"));
        }
        ImportOptions options = new ImportOptions(encoding, dateOrder, referenceDate, windowDays, null,
                sheet == null || sheet.isBlank() ? null : sheet.strip());
        ImportManagement.NamedColumns columns = person != null || lastActivity != null
                || (counts != null && !counts.isEmpty()) || unit != null
                ? new ImportManagement.NamedColumns(person, unit, lastActivity, counts) : null;
        String name = network == null || network.isBlank() ? null : network.strip();
        ActivityReports.StoredReport stored = imports.importNow(file, options, name, columns);
        String page = request.getContextPath() + "/imports/" + stored.id();
        return ResponseEntity.ok(ImportJson.of(stored, page, properties.maxUnitsInAnswer()));
    }

    /** The window in days: 30 when blank, otherwise a whole number of ASCII digits from 1 to 366. */
    private static int windowDays(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return ActivityReport.DEFAULT_WINDOW_DAYS;
        }
        String digits = text.strip();
        if (digits.length() <= 3 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int days = Integer.parseInt(digits);
            if (days >= 1 && days <= ActivityReport.MAX_WINDOW_DAYS) {
                return days;
            }
        }
        throw ImportFailedException.of(ImportProblem.ofField("windowDays", "import.window.range"));
    }

    /** One of an enum's names, {@code AUTO} when blank; anything else is a problem with the parameter. */
    private static <E extends Enum<E>> E choice(Class<E> type, @Nullable String text, String field, String code) {
        if (text == null || text.isBlank()) {
            return Enum.valueOf(type, "AUTO");
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip())) {
                return constant;
            }
        }
        throw ImportFailedException.of(ImportProblem.ofField(field, code));
    }

    /** The chosen reference date: blank for none, otherwise an ISO date from 2000 to today. */
    private @Nullable LocalDate referenceDate(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
            if (ReadingChoices.isPlausibleReferenceDate(date, imports.today())) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below, as a date out of range is
        }
        throw ImportFailedException.of(ImportProblem.ofField("referenceDate", ReadingChoices.REFERENCE_DATE_RANGE));
    }

    /** Answered here, as JSON, before the error pages can take it for a browser's request. */
    @ExceptionHandler(ImportsBusyException.class)
    ResponseEntity<ProblemDetail> busy(ImportsBusyException e, Locale locale) {
        return problems.of(e, locale);
    }

    @ExceptionHandler(ImportFailedException.class)
    ResponseEntity<ProblemDetail> importFailed(ImportFailedException e, Locale locale) {
        HttpStatus status = e.problems().stream().anyMatch(p -> p.field() != null
                || p.code().equals("import.file.required") || p.code().equals("import.problem.mappingIncomplete"))
                ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        List<ProblemJson> errors = e.problems().stream()
                .map(problem -> new ProblemJson(problem.hasLine() ? problem.line() : null, problem.code(),
                        problem.field(), messages.getMessage(problem.code(), problem.argumentArray(), locale)))
                .toList();
        ProblemDetail detail = problems.of(ProblemType.IMPORT_FAILED, status, errors.get(0).message(), locale);
        detail.setProperty("errors", errors);
        detail.setProperty("totalErrors", e.total());
        if (e.more() > 0) {
            detail.setProperty("moreErrors", messages.getMessage("import.problems.more", new Object[] {e.more()},
                    locale));
        }
        return problems.respond(detail);
    }

    /**
     * One problem of a failed import.
     *
     * @param line the line, or {@code null} for the whole file
     * @param code the stable message key
     * @param field the request parameter at fault, or {@code null} when the problem is in the file
     * @param message the message in the request’s language
     */
    record ProblemJson(@Nullable Long line, String code, @Nullable String field, String message) {
    }
}
