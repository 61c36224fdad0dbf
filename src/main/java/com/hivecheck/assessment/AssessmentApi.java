package com.hivecheck.assessment;

import com.hivecheck.system.Ids;
import com.hivecheck.scoring.Classification;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API of assessments: submit answers and read a stored assessment back by its id. Bad input is
 * answered by {@link AssessmentApiProblems} as {@code application/problem+json}; nothing invalid is ever stored.
 */
@RestController
@RequestMapping("/api/assessments")
class AssessmentApi {

    private final AssessmentManagement management;

    AssessmentApi(AssessmentManagement management) {
        this.management = management;
    }

    /** Scores and stores valid answers: 201 Created, with the new assessment's address and body. */
    @PostMapping
    ResponseEntity<AssessmentResource> submit(@Valid @RequestBody AssessmentForm form) {
        AssessmentResource created = resource(form.submitTo(management));
        return ResponseEntity.created(created.self()).body(created);
    }

    /** A stored assessment; an unknown or malformed id is 404. */
    @GetMapping("/{id}")
    AssessmentResource show(@PathVariable String id) {
        return Ids.parse(id)
                .flatMap(management::find)
                .map(this::resource)
                .orElseThrow(() -> new AssessmentNotFoundException(id));
    }

    private AssessmentResource resource(Assessment assessment) {
        return AssessmentResource.of(assessment,
                management.explain(assessment).map(Classification::levers).orElse(List.of()));
    }
}
