package com.hivecheck.importing;

import com.hivecheck.importing.reading.DateOrder;
import com.hivecheck.importing.reading.ImportProblem;
import com.hivecheck.importing.reading.TextEncoding;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} is refused before any controller runs, so no
 * controller advice scoped to one controller sees it. This one applies to every request, before Spring’s default
 * problem handling: the API gets application/problem+json, a page gets the upload page with the message; both 413.
 *
 * <p>It also registers Boot's {@link MultipartProperties}, which the importing module reads the limit from: advice is
 * part of every web slice, and slices leave Boot's multipart auto-configuration out.
 */
@ControllerAdvice
@EnableConfigurationProperties(MultipartProperties.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final MessageSource messages;
    private final Problems problems;
    private final DataSize maxFileSize;

    UploadLimitHandler(MessageSource messages, Problems problems, MultipartProperties multipart) {
        this.messages = messages;
        this.problems = problems;
        this.maxFileSize = multipart.getMaxFileSize();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object fileTooLarge(HttpServletRequest request, Locale locale) {
        ImportProblem problem = ImportProblem.ofFile("import.problem.fileTooLarge", maxFileSize.toMegabytes());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return problems.respond(problems.of(ProblemType.FILE_TOO_LARGE,
                    messages.getMessage(problem.code(), problem.argumentArray(), locale), locale));
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
