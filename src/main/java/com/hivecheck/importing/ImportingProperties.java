package com.hivecheck.importing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hivecheck.importing}: how long computed reports and files awaiting a column mapping are kept,
 * and how many of each at most. Reports hold aggregates only; pending files are the upload itself, so they are kept briefly.
 *
 * @param reportTtl how long a report can be viewed and used to fill the questionnaire
 * @param maxReports how many reports are kept at most; the oldest go first
 * @param pendingTtl how long an uploaded file waits for its column mapping before it is deleted
 * @param maxPending how many files may wait at most; the oldest are deleted first
 */
@ConfigurationProperties("hivecheck.importing")
record ImportingProperties(
        @DefaultValue("2h") Duration reportTtl,
        @DefaultValue("500") int maxReports,
        @DefaultValue("30m") Duration pendingTtl,
        @DefaultValue("20") int maxPending) {
}
