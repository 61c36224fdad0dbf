package com.hivecheck.assessment;

import java.util.UUID;

/**
 * The employee pulse an assessment's answers to questions 3 and 4 came from: kept with the assessment, so that it
 * still says so after the pulse is deleted or has more answers.
 *
 * @param pulse the pulse's id
 * @param responses how many employees had answered when the assessment was made
 */
public record PulseLink(UUID pulse, int responses) {

    public PulseLink {
        if (responses < 1) {
            throw new IllegalArgumentException("a pulse link needs at least one response: " + responses);
        }
    }
}
