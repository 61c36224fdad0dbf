package com.hivecheck.importing;

import com.hivecheck.importing.reading.DateOrder;
import com.hivecheck.importing.reading.ImportProblem;
import com.hivecheck.importing.reading.TextEncoding;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} is refused before any controller runs, so no
 * controller advice scoped to one controller sees it. This one applies to every request, before Spring’s default
 * problem handling: the API gets application/problem+json, a page gets the upload page with the message; both 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final MessageSource messages;
    private final DataSize maxFileSize;

    UploadLimitHandler(MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object fileTooLarge(HttpServletRequest request, Locale locale) {
        ImportProblem problem = ImportProblem.ofFile("import.problem.fileTooLarge", maxFileSize.toMegabytes());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage(problem.code(), problem.argumentArray(), locale));
            detail.setTitle(messages.getMessage("import.problems.heading", null, locale));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(detail);
        }
        ModelAndView page = new ModelAndView(ImportController.UPLOAD_VIEW, HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("upload", UploadForm.forNetwork(null));
        page.addObject("problems", List.of(problem));
        page.addObject("moreProblems", 0L);
        page.addObject("maxFileSizeMb", maxFileSize.toMegabytes());
        page.addObject("encodings", TextEncoding.values());
        page.addObject("dateOrders", DateOrder.values());
        return page;
    }
}
