package com.hivecheck.importing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The answers to questions 1 and 2 that an activity export gives for the whole network or one unit, ready to fill
 * the questionnaire. Aggregates only.
 *
 * @param token the token that finds these figures again while the report is kept
 * @param source the export the columns came from
 * @param referenceDate the last day of the activity window
 * @param windowDays the window in days
 * @param network the network name given with the upload, or {@code null}
 * @param unit the unit, or {@code null} for the whole network
 * @param employees people in the file (or in the unit)
 * @param monthlyActiveUsers people active within the window
 * @param contentCreators the smallest number of people behind 80% of posts and comments
 * @param lurkers active people who contributed nothing
 * @param occasional active people who contributed but are not content creators
 */
public record Evidence(
        String token,
        ExportFormat source,
        LocalDate referenceDate,
        int windowDays,
        @Nullable String network,
        @Nullable String unit,
        int employees,
        int monthlyActiveUsers,
        int contentCreators,
        int lurkers,
        int occasional) {

    static Evidence of(String token, ActivityReport report, @Nullable String network, GroupFigures figures) {
        return new Evidence(token, report.format(), report.referenceDate(), report.windowDays(), network,
                figures.unit(), figures.employees(), figures.monthlyActiveUsers(), figures.contentCreators(),
                figures.lurkers(), figures.occasional());
    }
}
