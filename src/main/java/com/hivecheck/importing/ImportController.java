package com.hivecheck.importing;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The import pages: upload an export, map its columns when it is not a known one, see the figures, and fill the
 * questionnaire from them. Every step works without JavaScript; each successful POST redirects.
 */
@Controller
class ImportController {

    static final String UPLOAD_VIEW = "importing/upload";
    static final String MAPPING_VIEW = "importing/mapping";
    static final String RESULTS_VIEW = "importing/results";
    static final String GONE_VIEW = "importing/gone";

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);

    private final ActivityReports reports;
    private final PendingUploads pendingUploads;
    private final Clock clock;
    private final DataSize maxFileSize;

    ImportController(ActivityReports reports, PendingUploads pendingUploads, Clock clock,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.reports = reports;
        this.pendingUploads = pendingUploads;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    @ModelAttribute("maxFileSizeMb")
    long maxFileSizeMb() {
        return maxFileSize.toMegabytes();
    }

    @ModelAttribute("encodings")
    TextEncoding[] encodings() {
        return TextEncoding.values();
    }

    @GetMapping("/imports")
    String initUploadForm(@RequestParam(required = false) @Nullable String network,
            @RequestParam(name = UploadSizeFilter.TOO_LARGE_PARAMETER, required = false) @Nullable String tooLarge,
            Model model) {
        model.addAttribute("upload", UploadForm.forNetwork(network));
        if (tooLarge != null) {
            model.addAttribute("problems",
                    List.of(ImportProblem.ofFile("import.problem.fileTooLarge", maxFileSize.toMegabytes())));
        }
        return UPLOAD_VIEW;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView processUpload(@Valid @ModelAttribute("upload") UploadForm upload, BindingResult result,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
        if (file == null || (file.isEmpty() && fileName(file) == null)) {
            return uploadFailed(List.of(ImportProblem.ofFile("import.file.required")), 1);
        }
        if (result.hasErrors()) {
            return new ModelAndView(UPLOAD_VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        long started = System.nanoTime();
        try {
            ImportOptions options = upload.toOptions();
            ActivityFileReader.Preview preview = ActivityFileReader.preview(file::getInputStream, options.encoding());
            if (preview.header().recognise().isPresent() && !upload.isMapColumns()) {
                ActivityReport report = ActivityFileReader.read(file::getInputStream, options, today());
                return redirect("/imports/" + keep(report, upload.networkName(), fileName(file), started).id());
            }
            PendingUploads.Pending pending = pendingUploads.add(file, preview, new PendingUploads.Upload(
                    upload.networkName(), fileName(file), options.encoding(), options.referenceDate(),
                    options.windowDays()));
            return redirect("/imports/mapping/" + pending.id());
        } catch (ImportFailedException e) {
            return uploadFailed(e.problems(), e.total());
        }
    }

    @GetMapping("/imports/mapping/{id}")
    ModelAndView initMappingForm(@PathVariable String id) {
        return pendingUploads.find(id)
                .map(pending -> mappingPage(pending, MappingForm.of(pending.header().guess(), pending.upload()),
                        HttpStatus.OK))
                .orElseGet(ImportController::gone);
    }

    @PostMapping("/imports/mapping/{id}")
    ModelAndView processMappingForm(@PathVariable String id, @Valid @ModelAttribute("mapping") MappingForm mapping,
            BindingResult result) throws IOException {
        Optional<PendingUploads.Pending> found = pendingUploads.find(id);
        if (found.isEmpty()) {
            return gone();
        }
        PendingUploads.Pending pending = found.get();
        mapping.validate(pending.header().names().size(), result);
        if (result.hasErrors()) {
            return mappingPage(pending, mapping, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        long started = System.nanoTime();
        try {
            ActivityReport report = ActivityFileReader.read(pending.source(),
                    mapping.toOptions(pending.upload().encoding()), today());
            pendingUploads.discard(id);
            return redirect("/imports/" + keep(report, pending.upload().network(), pending.upload().fileName(),
                    started).id());
        } catch (ImportFailedException e) {
            ModelAndView page = mappingPage(pending, mapping, HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("problems", e.problems());
            page.addObject("moreProblems", e.more());
            return page;
        }
    }

    @PostMapping("/imports/mapping/{id}/discard")
    ModelAndView discard(@PathVariable String id) {
        pendingUploads.discard(id);
        return redirect("/imports?discarded");
    }

    @GetMapping("/imports/{id}")
    ModelAndView showResults(@PathVariable String id) {
        return reports.find(id)
                .map(stored -> new ModelAndView(RESULTS_VIEW, "view", ReportView.of(stored)))
                .orElseGet(ImportController::gone);
    }

    private ActivityReports.StoredReport keep(ActivityReport report, @Nullable String network,
            @Nullable String fileName, long started) {
        logImport(report, started);
        return reports.add(report, network, fileName);
    }

    /** Logs the size and reading time of an import: counts only, nothing about any person. */
    static void logImport(ActivityReport report, long started) {
        log.info("Imported {} rows ({} people, {} units, {}) in {} ms", report.rows(), report.network().employees(),
                report.units().size(), report.format(), (System.nanoTime() - started) / 1_000_000);
    }

    private ModelAndView uploadFailed(List<ImportProblem> problems, long total) {
        ModelAndView page = new ModelAndView(UPLOAD_VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("problems", problems);
        page.addObject("moreProblems", total - problems.size());
        return page;
    }

    private static ModelAndView mappingPage(PendingUploads.Pending pending, MappingForm mapping, HttpStatus status) {
        ModelAndView page = new ModelAndView(MAPPING_VIEW, status);
        page.addObject("page", MappingView.of(pending));
        page.addObject("mapping", mapping);
        return page;
    }

    private static ModelAndView gone() {
        return new ModelAndView(GONE_VIEW, HttpStatus.NOT_FOUND);
    }

    private static ModelAndView redirect(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The file's own name without any folder, at most 120 characters, or {@code null}. */
    static @Nullable String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? null : name.length() > 120 ? name.substring(0, 120) : name;
    }
}
