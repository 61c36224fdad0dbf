package com.hivecheck.history;

import java.time.Instant;

/** The two scores of one assessment and when it was made; all a monthly average needs. */
public record ScoredAt(Instant createdAt, int involvement, int benefit) {
}
