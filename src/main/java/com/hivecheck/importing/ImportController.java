package com.hivecheck.importing;

import com.hivecheck.importing.reading.DateOrder;
import com.hivecheck.importing.reading.ImportFailedException;
import com.hivecheck.importing.reading.ImportProblem;
import com.hivecheck.importing.reading.TextEncoding;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    /** The parameter that makes the upload page say the file was too large. */
    static final String TOO_LARGE_PARAMETER = "tooLarge";

    static final String UPLOAD_VIEW = "importing/upload";
    static final String MAPPING_VIEW = "importing/mapping";
    static final String RESULTS_VIEW = "importing/results";
    static final String GONE_VIEW = "importing/gone";

    /** The sample file offered for download: the generic format with a unit column. */
    static final String SAMPLE = "static/samples/hivecheck-activity-sample.csv";

    private final ImportManagement imports;
    private final DataSize maxFileSize;

    ImportController(ImportManagement imports, MultipartProperties multipart) {
        this.imports = imports;
        this.maxFileSize = multipart.getMaxFileSize();
    }

    @ModelAttribute("maxFileSizeMb")
    long maxFileSizeMb() {
        return maxFileSize.toMegabytes();
    }

    @ModelAttribute("encodings")
    TextEncoding[] encodings() {
        return TextEncoding.values();
    }

    @ModelAttribute("dateOrders")
    DateOrder[] dateOrders() {
        return DateOrder.values();
    }

    @GetMapping("/imports")
    String initUploadForm(@RequestParam(required = false) @Nullable String network,
            @RequestParam(name = TOO_LARGE_PARAMETER, required = false) @Nullable String tooLarge,
            Model model) {
        model.addAttribute("upload", UploadForm.forNetwork(network));
        if (tooLarge != null) {
            model.addAttribute("problems",
                    List.of(ImportProblem.ofFile("import.problem.fileTooLarge", maxFileSize.toMegabytes())));
        }
        return UPLOAD_VIEW;
    }

    @GetMapping("/imports/sample.csv")
    ResponseEntity<Resource> downloadSample() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("hivecheck-activity-sample.csv").build().toString())
                .body(new ClassPathResource(SAMPLE));
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView processUpload(@Valid @ModelAttribute("upload") UploadForm upload, BindingResult result,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
        if (ImportManagement.missing(file)) {
            return uploadFailed(List.of(ImportProblem.ofFile("import.file.required")), 1);
        }
        upload.validateReferenceDate(imports.today(), result);
        if (result.hasErrors()) {
            return new ModelAndView(UPLOAD_VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            ImportManagement.Uploaded uploaded = imports.upload(file, upload.toOptions(), upload.networkName(),
                    upload.isMapColumns());
            if (uploaded instanceof ActivityReports.StoredReport stored) {
                return redirect("/imports/" + stored.id());
            }
            return redirect("/imports/mapping/" + ((PendingUploads.Pending) uploaded).id());
        } catch (ImportFailedException e) {
            return uploadFailed(e.problems(), e.total());
        }
    }

    @GetMapping("/imports/mapping/{id}")
    ModelAndView initMappingForm(@PathVariable String id) {
        return imports.pending(id)
                .map(pending -> mappingPage(pending, MappingForm.of(pending.preview().guess(), pending.upload()),
                        List.of(), HttpStatus.OK))
                .orElseGet(ImportController::gone);
    }

    @PostMapping("/imports/mapping/{id}")
    ModelAndView processMappingForm(@PathVariable String id, @Valid @ModelAttribute("mapping") MappingForm mapping,
            BindingResult result) throws IOException {
        Optional<PendingUploads.Pending> found = imports.pending(id);
        if (found.isEmpty()) {
            return gone();
        }
        PendingUploads.Pending pending = found.get();
        mapping.validate(pending.header().names().size(), result);
        mapping.validateReferenceDate(imports.today(), result);
        if (result.hasErrors()) {
            return mappingPage(pending, mapping, List.of(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            ImportManagement.Mapped mapped = imports.importMapped(pending, mapping.toOptions(pending.upload()),
                    mapping.isConfirmed());
            if (mapped.report() == null) {
                mapping.setConfirmed(true);
                return mappingPage(pending, mapping, mapped.warnings(), HttpStatus.UNPROCESSABLE_CONTENT);
            }
            return redirect("/imports/" + mapped.report().id());
        } catch (ImportFailedException e) {
            ModelAndView page = mappingPage(pending, mapping, List.of(), HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("problems", e.problems());
            page.addObject("moreProblems", e.more());
            return page;
        }
    }

    @PostMapping("/imports/mapping/{id}/discard")
    ModelAndView discard(@PathVariable String id) {
        imports.discard(id);
        return redirect("/imports?discarded");
    }

    @GetMapping("/imports/{id}")
    ModelAndView showResults(@PathVariable String id) {
        return imports.report(id)
                .map(stored -> new ModelAndView(RESULTS_VIEW, "view", ReportView.of(stored)))
                .orElseGet(ImportController::gone);
    }

    private ModelAndView uploadFailed(List<ImportProblem> problems, long total) {
        ModelAndView page = new ModelAndView(UPLOAD_VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("problems", problems);
        page.addObject("moreProblems", total - problems.size());
        return page;
    }

    private static ModelAndView mappingPage(PendingUploads.Pending pending, MappingForm mapping,
            List<String> warnings, HttpStatus status) {
        ModelAndView page = new ModelAndView(MAPPING_VIEW, status);
        page.addObject("page", MappingView.of(pending, mapping, warnings));
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
}
