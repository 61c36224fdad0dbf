package com.hivecheck.history;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HR area's settings, under {@code hivecheck.history}.
 *
 * @param zone the time zone in which dates are shown and date filters are read (a day runs midnight to midnight here)
 * @param pageSize rows per page of the history list
 * @param maxApiPageSize the largest page the JSON API serves
 * @param timelineLimit the most assessments one unit's timeline draws (the latest ones)
 * @param exportFetchSize rows fetched from the database per round trip while the CSV export streams
 */
@ConfigurationProperties("hivecheck.history")
record HistoryProperties(
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("25") int pageSize,
        @DefaultValue("200") int maxApiPageSize,
        @DefaultValue("120") int timelineLimit,
        @DefaultValue("1000") int exportFetchSize) {

    HistoryProperties {
        if (pageSize < 1 || maxApiPageSize < 1 || timelineLimit < 2 || exportFetchSize < 1) {
            throw new IllegalArgumentException("hivecheck.history: sizes must be positive");
        }
    }

    static HistoryProperties defaults() {
        return new HistoryProperties(ZoneId.of("UTC"), 25, 200, 120, 1000);
    }
}
