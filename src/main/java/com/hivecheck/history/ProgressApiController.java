package com.hivecheck.history;

import com.hivecheck.assessment.Context;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.system.FieldProblem;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/progress?network=…}: the progress of each unit of a network, and of the whole network's own line
 * (first, {@code "unit": null}), for HR over HTTP Basic. {@code scores=current} scores every answer under the model
 * now configured instead of using the stored scores; nothing is stored either way.
 */
@RestController
class ProgressApiController {

    static final String PATH = "/api/progress";

    private final HistoryManagement management;
    private final MessageSource messages;
    private final Problems problems;

    ProgressApiController(HistoryManagement management, MessageSource messages, Problems problems) {
        this.management = management;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping(path = PATH, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> progress(@RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String scores, Locale locale) {
        String name = network == null ? "" : network.strip();
        if (name.isEmpty() || name.length() > Context.MAX_NAME_LENGTH) {
            String message = messages.getMessage(name.isEmpty() ? "progress.api.network.required"
                    : "history.filter.network.tooLong", null, locale);
            ProblemDetail problem = problems.of(ProblemType.INVALID_FILTER, message, locale);
            problem.setInstance(URI.create(PATH));
            problem.setProperty("errors", List.of(new FieldProblem("network", message)));
            return problems.respond(problem);
        }
        List<Unit> units = management.progress(name, ScoreBasis.of(scores)).stream().map(Unit::of).toList();
        return ResponseEntity.ok(new NetworkProgress(name, units));
    }

    /**
     * A network's progress.
     *
     * @param network the network
     * @param units the whole network's own line first (if it has assessments), then the units by name
     */
    record NetworkProgress(String network, List<Unit> units) {
    }

    /**
     * One line.
     *
     * @param unit the unit, or {@code null} for the whole network
     * @param status {@code IMPROVED}, {@code DECLINED}, {@code STEADY} or {@code NEW}
     * @param latest the latest assessment by {@code assessedOn}
     * @param previous the one before, or {@code null}
     * @param change latest minus previous, or {@code null} without a previous one
     */
    record Unit(@Nullable String unit, ProgressStatus status, Point latest, @Nullable Point previous,
            @Nullable Change change) {

        static Unit of(Progress progress) {
            Progress.Change change = progress.change();
            return new Unit(progress.unit(), progress.status(), Point.of(progress.latest()),
                    progress.previous() == null ? null : Point.of(progress.previous()),
                    change == null ? null : new Change(change.involvement(), change.benefit()));
        }
    }

    /** One assessment: its id, the day it describes, and its scores and type. */
    record Point(UUID id, LocalDate assessedOn, int involvement, int benefit, Quadrant quadrant) {

        static Point of(Progress.Point point) {
            return new Point(point.id(), point.assessedOn(), point.involvement(), point.benefit(), point.quadrant());
        }
    }

    /** The change of both scores. */
    record Change(int involvement, int benefit) {
    }
}
