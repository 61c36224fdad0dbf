package com.hivecheck.history;

import com.hivecheck.assessment.ActivityEvidence.FromData;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;

/**
 * One page of the history list, laid out for {@code history/list.html}.
 *
 * @param filter the filter the page shows
 * @param rows the assessments on the page, newest first
 * @param page the page number, from 1
 * @param firstRow the position of the first row among all matches, from 1
 * @param newerUrl the previous page, or {@code null} on the first
 * @param olderUrl the next page, or {@code null} on the last
 * @param exportUrl the CSV export of everything the filter matches
 * @param valid whether the filter was valid; an invalid filter lists nothing
 */
public record HistoryPage(HistoryFilter filter, List<Row> rows, int page, int firstRow, @Nullable String newerUrl,
        @Nullable String olderUrl, String exportUrl, boolean valid) {

    static final String PATH = "/hr";

    public HistoryPage {
        rows = List.copyOf(rows);
    }

    static HistoryPage of(HistoryFilter filter, Slice<PastAssessment> slice, int page, ZoneId zone) {
        List<Row> rows = slice.getContent().stream().map(a -> new Row(a, a.createdAt().atZone(zone))).toList();
        return new HistoryPage(filter, rows, page, (page - 1) * slice.getSize() + 1,
                page > 1 ? filter.url(PATH, page - 1) : null, slice.hasNext() ? filter.url(PATH, page + 1) : null,
                filter.url(PATH + "/export.csv", 1), true);
    }

    static HistoryPage invalid(HistoryFilter filter) {
        return new HistoryPage(filter, List.of(), 1, 1, null, null, PATH + "/export.csv", false);
    }

    /** The XLSX export of everything the filter matches (and of its progress). */
    public String xlsxUrl() {
        return filter.url(PATH + "/export.xlsx", 1);
    }

    /** The CSV export with semicolons, for spreadsheets that read commas as decimal separators. */
    public String semicolonCsvUrl() {
        String url = filter.url(PATH + "/export.csv", 1);
        return url + (url.contains("?") ? "&" : "?") + "separator=semicolon";
    }

    /** The position of the last row among all matches. */
    public int lastRow() {
        return firstRow + rows.size() - 1;
    }

    /** The timeline of the filtered network (and unit), or {@code null} without a network filter. */
    public @Nullable String timelineUrl() {
        return !valid || filter.network() == null ? null
                : HistoryFilter.of(filter.network(), filter.unit()).url(PATH + "/timeline", 1);
    }

    /** The portfolio of the filtered network, or {@code null} without a network filter. */
    public @Nullable String portfolioUrl() {
        return !valid || filter.network() == null ? null
                : HistoryFilter.of(filter.network(), null).url(PATH + "/portfolio", 1);
    }

    /**
     * One row.
     *
     * @param assessment the assessment
     * @param createdAt when it was made, in the HR time zone
     */
    public record Row(PastAssessment assessment, ZonedDateTime createdAt) {

        /** The list filtered to this row's network. */
        public String networkUrl() {
            return HistoryFilter.of(assessment.network(), null).url(PATH, 1);
        }

        /** The list filtered to this row's network and unit, or {@code null} without a unit. */
        public @Nullable String unitUrl() {
            return assessment.unit() == null ? null : HistoryFilter.of(assessment.network(), assessment.unit()).url(PATH, 1);
        }

        /** Which answers of questions 1 and 2 come from an activity export. */
        public FromData fromData() {
            return assessment.fromData();
        }

        /**
         * The message key that names the answers from data, such as
         * {@code history.fromData.answers.employees.monthlyActiveUsers}, or {@code null} when none are.
         */
        public @Nullable String fromDataAnswersKey() {
            return answersKey(assessment.fromData());
        }

        static @Nullable String answersKey(FromData fromData) {
            if (!fromData.any()) {
                return null;
            }
            StringJoiner key = new StringJoiner(".", "history.fromData.answers.", "");
            if (fromData.employees()) {
                key.add("employees");
            }
            if (fromData.monthlyActiveUsers()) {
                key.add("monthlyActiveUsers");
            }
            if (fromData.contentCreators()) {
                key.add("contentCreators");
            }
            return key.toString();
        }
    }
}
