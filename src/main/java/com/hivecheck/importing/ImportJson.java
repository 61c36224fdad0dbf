package com.hivecheck.importing;

import com.hivecheck.importing.reading.TextEncoding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The API’s answer to an import: aggregates only.
 *
 * @param id the report’s id
 * @param page the results page, open for as long as the report is kept, as a path on the server that answered
 *        ({@code /imports/{id}}): never built from the request's {@code Host} header
 * @param expiresAt when the report and its evidence tokens are forgotten
 * @param format the export recognised, or MAPPED
 * @param columns the column names used
 * @param encoding the encoding read
 * @param delimiter the delimiter found
 * @param rows the data rows read
 * @param referenceDate the window’s last day
 * @param referenceChoice where the reference date came from
 * @param windowDays the window in days
 * @param windowStart the window’s first day
 * @param oldest the oldest activity date, or {@code null}
 * @param newest the newest activity date, or {@code null}
 * @param laterThanReference people last active after the reference date, counted as active
 * @param network the whole network
 * @param units the units, the largest first, at most {@code hivecheck.importing.max-units-in-answer}; the people
 *        without a unit and the smaller units counted together come last
 * @param unitsTotal how many groups the report has beside the network; more than {@code units} lists when capped
 * @param sheet the sheet read when the file was a workbook, or {@code null}
 * @param skipped the rows not counted as people: people who have left, totals rows, repeated header lines
 * @param warnings message keys of figures that usually come from a wrong column (everybody active, nobody active,
 *        more units than people ÷ 5)
 */
record ImportJson(String id, String page, java.time.Instant expiresAt, ExportFormat format,
        ActivityReport.UsedColumns columns, TextEncoding encoding, String delimiter, long rows, LocalDate referenceDate,
        ActivityReport.ReferenceChoice referenceChoice, int windowDays, LocalDate windowStart,
        @Nullable LocalDate oldest, @Nullable LocalDate newest, int laterThanReference, GroupJson network,
        List<GroupJson> units, int unitsTotal, @Nullable String sheet, ActivityReport.Skipped skipped,
        List<String> warnings) {

    static ImportJson of(ActivityReports.StoredReport stored, String page, int maxUnits) {
        ActivityReport report = stored.report();
        List<GroupJson> units = new ArrayList<>();
        for (int i = 0; i < Math.min(report.units().size(), maxUnits); i++) {
            GroupFigures figures = report.units().get(i);
            units.add(GroupJson.of(figures.assessable() ? stored.token(i + 1) : null, figures));
        }
        return new ImportJson(stored.id(), page, stored.expiresAt(), report.format(), report.columns(),
                report.encoding(), String.valueOf(report.delimiter()), report.rows(), report.referenceDate(),
                report.referenceChoice(), report.windowDays(), report.windowStart(), report.oldest(), report.newest(),
                report.laterThanReference(), GroupJson.of(stored.token(0), report.network()), units,
                report.units().size(), report.sheet(), report.skipped(), report.warnings());
    }

    /**
     * The evidence for the network or one unit.
     *
     * @param kind the network, a unit, the people without a unit, or the smaller units counted together
     * @param unit the unit; {@code null} for the whole network and the other units; empty for people without a unit
     * @param evidence the token that fills the questionnaire ({@code /?evidence=…}, or the assessment API’s
     *        {@code evidence} field); {@code null} for people without a unit
     * @param employees people in the file
     * @param monthlyActiveUsers people active in the window
     * @param contentCreators the fewest people behind 80% of posts and comments
     * @param participation the split of active users
     * @param contributions posts and comments by active users
     * @param creatorsContentPercent the creators’ share of them
     * @param ignoredPeople inactive people with contributions, not counted
     * @param ignoredContributions their contributions
     * @param curve the concentration curve, at most 100 points
     */
    record GroupJson(GroupFigures.Kind kind, @Nullable String unit, @Nullable String evidence, int employees, int monthlyActiveUsers,
            int contentCreators, Participation participation, long contributions, double creatorsContentPercent,
            int ignoredPeople, long ignoredContributions, List<CurvePoint> curve) {

        static GroupJson of(@Nullable String token, GroupFigures figures) {
            return new GroupJson(figures.kind(), figures.unit(), token, figures.employees(), figures.monthlyActiveUsers(),
                    figures.contentCreators(), new Participation(figures.inactive(), figures.lurkers(),
                            figures.occasional(), figures.core()),
                    figures.contributions(), Math.round(figures.creatorsContentPercent() * 10) / 10.0,
                    figures.ignoredPeople(), figures.ignoredContributions(), figures.curve().stream()
                            .map(point -> new CurvePoint(round(point.people()), round(point.content()))).toList());
        }

        private static double round(double share) {
            return Math.round(share * 10_000) / 10_000.0;
        }
    }

    /**
     * The participation split.
     *
     * @param inactive people not active in the window
     * @param lurkers active, no contributions
     * @param occasional active, contributed, not creators
     * @param core the content creators
     */
    record Participation(int inactive, int lurkers, int occasional, int core) {
    }
}
