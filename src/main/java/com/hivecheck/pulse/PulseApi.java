package com.hivecheck.pulse;

import com.hivecheck.system.Ids;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pulse's JSON API: HR opens a pulse and reads its results over HTTP Basic; kiosks and integrations post
 * anonymous answers to a pulse's token. Problems are {@code application/problem+json} ({@link PulseApiProblems}).
 */
@RestController
class PulseApi {

    private final PulseManagement management;

    PulseApi(PulseManagement management) {
        this.management = management;
    }

    /** Opens a pulse: 201 with its id, token and public link. */
    @PostMapping("/api/pulses")
    ResponseEntity<Opened> open(@Valid @RequestBody PulseForm form) {
        Pulse pulse = management.open(form.toSetup());
        URI self = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/pulses/{id}")
                .buildAndExpand(pulse.getId()).toUri();
        return ResponseEntity.created(self).body(new Opened(pulse.getId(), pulse.token(), respondUrl(pulse)));
    }

    /** The results of a pulse: the count and rate always, {@code "results": null} below the threshold. */
    @GetMapping("/api/pulses/{id}")
    PulseResults show(@PathVariable String id) {
        Pulse pulse = Ids.parse(id).flatMap(management::find).orElseThrow(PulseNotFoundException::new);
        return PulseResults.of(management.summary(pulse));
    }

    /** An anonymous answer: 201, or 404 for an unknown pulse and 410 for a closed one. */
    @PostMapping("/api/pulses/{token}/responses")
    ResponseEntity<Void> answer(@PathVariable String token, @Valid @RequestBody PulseAnswerForm form) {
        management.answer(token, null, form.toAnswer());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    static URI respondUrl(Pulse pulse) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/pulse/{token}")
                .buildAndExpand(pulse.token()).toUri();
    }

    /**
     * A pulse just opened.
     *
     * @param respondUrl the public page employees answer on
     */
    record Opened(UUID id, String token, URI respondUrl) {
    }
}
