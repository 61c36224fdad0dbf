package com.hivecheck.importing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hivecheck.importing}: how long computed reports and files awaiting a column mapping are kept,
 * and how much of each at most. Reports hold aggregates only; pending files are the upload itself, so they are kept
 * briefly. Every bound holds by construction: a report has at most {@code maxUnits} units (each with a curve of at
 * most 100 points), so {@code maxReports} reports take a bounded room in the database.
 *
 * @param reportTtl how long a report can be viewed and used to fill the questionnaire
 * @param maxReports how many reports are kept at most; the oldest go first
 * @param pendingTtl how long an uploaded file waits for its column mapping before it is deleted
 * @param maxPending how many files may wait at most; the oldest are deleted first
 * @param maxUnits how many units of a report keep figures of their own; the people of the smaller ones are counted
 *        together as "other units"
 * @param maxUnitsInAnswer how many units the API's answer lists, the largest first; the rest are counted only
 */
@ConfigurationProperties("hivecheck.importing")
record ImportingProperties(
        @DefaultValue("2h") Duration reportTtl,
        @DefaultValue("500") int maxReports,
        @DefaultValue("30m") Duration pendingTtl,
        @DefaultValue("20") int maxPending,
        @DefaultValue("2000") int maxUnits,
        @DefaultValue("200") int maxUnitsInAnswer) {

    ImportingProperties {
        if (maxReports < 1 || maxPending < 1 || maxUnits < 1 || maxUnitsInAnswer < 0) {
            throw new IllegalArgumentException("hivecheck.importing bounds must be positive");
        }
    }
}
