package com.hivecheck.history;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The export for a reader, not a program: an XLSX workbook (written by fastexcel, streaming) with a sheet of
 * assessments (one row each, in the history's order) and a sheet of progress by unit, with headers, type names,
 * answers and yes/no in the reader's language, dates as dates and numbers as numbers. The columns are a list of
 * {@link Column}s, so that a feature can add its own (such as where an answer came from).
 */
final class HistoryXlsx {

    /** The most data rows one sheet of a spreadsheet can hold (Excel's limit, less the header). */
    static final int MAX_ROWS = 1_048_575;

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private final Workbook workbook;
    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;
    private @Nullable Worksheet sheet;
    private int row;
    private final List<Column> columns;

    private HistoryXlsx(OutputStream out, MessageSource messages, Locale locale, ZoneId zone) {
        this.workbook = new Workbook(out, "HiveCheck", "1.0");
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
        this.columns = assessmentColumns();
    }

    /** Starts a workbook on {@code out} and its assessments sheet with the header row. */
    static HistoryXlsx start(OutputStream out, MessageSource messages, Locale locale, ZoneId zone) {
        HistoryXlsx xlsx = new HistoryXlsx(out, messages, locale, zone);
        xlsx.sheet = xlsx.workbook.newWorksheet(xlsx.text("xlsx.sheet.assessments"));
        xlsx.header(xlsx.columns.stream().map(Column::header).toList());
        return xlsx;
    }

    /**
     * One column of the assessments sheet.
     *
     * @param header the message key of its header
     * @param value its value for an assessment: a String, Number, Boolean, LocalDate or LocalDateTime, or null
     * @param width its width in characters
     */
    record Column(String header, Function<PastAssessment, @Nullable Object> value, double width) {
    }

    private List<Column> assessmentColumns() {
        return List.of(
                new Column("xlsx.col.assessedOn", PastAssessment::assessedOn, 12),
                new Column("xlsx.col.storedAt", a -> LocalDateTime.ofInstant(a.createdAt(), zone), 17),
                new Column("history.col.network", PastAssessment::network, 24),
                new Column("history.col.unit", a -> a.unit() == null ? text("history.unit.whole") : a.unit(), 20),
                new Column("field.employees", a -> a.answers().employees(), 12),
                new Column("field.monthlyActiveUsers", a -> a.answers().monthlyActiveUsers(), 12),
                new Column("field.contentCreators", a -> a.answers().contentCreators(), 12),
                new Column("history.compare.official", a -> yesNo(a.answers().creatorsMostlyOfficial()), 10),
                new Column("xlsx.col.benefitCount", a -> a.answers().benefits().size(), 10),
                new Column("xlsx.col.benefits", a -> a.answers().benefits().stream().sorted()
                        .map(b -> text("benefit." + b.name())).collect(Collectors.joining("; ")), 40),
                new Column("history.compare.workRelatedShare", a -> a.answers().workRelatedShare(), 10),
                new Column("history.compare.improvement", a -> text("improvement." + a.answers().improvement()), 18),
                new Column("axis.INVOLVEMENT", PastAssessment::involvement, 11),
                new Column("axis.BENEFIT", PastAssessment::benefit, 11),
                new Column("history.col.type", a -> text("quadrant." + a.quadrant()), 18),
                new Column("xlsx.col.borderline", a -> yesNo(a.borderline()), 10),
                new Column("history.compare.model", PastAssessment::modelVersion, 8),
                new Column("history.compare.example", a -> HistoryCsv.text(a.example()), 40),
                new Column("xlsx.col.id", a -> a.id().toString(), 38));
    }

    /** Adds one assessment; false (and nothing added) once the sheet is full. */
    boolean add(PastAssessment assessment) throws IOException {
        if (row > MAX_ROWS) {
            return false;
        }
        Worksheet ws = sheet();
        for (int c = 0; c < columns.size(); c++) {
            cell(ws, row, c, columns.get(c).value().apply(assessment));
        }
        row++;
        if (row % 1000 == 0) {
            ws.flush();
        }
        return true;
    }

    /** Ends the assessments sheet, writes the progress sheet of the given networks' lines, and ends the workbook. */
    void finish(List<NetworkProgress> progress) throws IOException {
        Worksheet assessments = sheet();
        for (int c = 0; c < columns.size(); c++) {
            assessments.width(c, columns.get(c).width());
        }
        assessments.freezePane(0, 1);
        assessments.finish();
        sheet = workbook.newWorksheet(text("xlsx.sheet.progress"));
        row = 0;
        header(List.of("history.col.network", "history.col.unit", "xlsx.col.status", "xlsx.col.latest",
                "xlsx.col.latestInvolvement", "xlsx.col.latestBenefit", "xlsx.col.latestType", "xlsx.col.previous",
                "xlsx.col.previousInvolvement", "xlsx.col.previousBenefit", "xlsx.col.previousType",
                "xlsx.col.involvementChange", "xlsx.col.benefitChange", "xlsx.col.change", "xlsx.col.models"));
        Worksheet ws = sheet();
        for (NetworkProgress network : progress) {
            for (Progress line : network.lines()) {
                Progress.Point latest = line.latest();
                Progress.Point previous = line.previous();
                Progress.Change change = line.change();
                Object[] values = {network.network(), line.unit() == null ? text("history.unit.whole") : line.unit(),
                    text("progress.status." + line.status()), latest.assessedOn(), latest.involvement(),
                    latest.benefit(), text("quadrant." + latest.quadrant()),
                    previous == null ? null : previous.assessedOn(), previous == null ? null : previous.involvement(),
                    previous == null ? null : previous.benefit(),
                    previous == null ? null : text("quadrant." + previous.quadrant()),
                    change == null ? null : change.involvement(), change == null ? null : change.benefit(),
                    change == null ? null : change.total(),
                    previous == null || !line.versionsDiffer() ? latest.modelVersion()
                            : previous.modelVersion() + " → " + latest.modelVersion()};
                for (int c = 0; c < values.length; c++) {
                    cell(ws, row, c, values[c]);
                }
                row++;
            }
        }
        double[] widths = {24, 20, 14, 12, 11, 11, 18, 12, 11, 11, 18, 11, 11, 11, 9};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, 1);
        ws.finish();
        workbook.finish();
    }

    /**
     * A network's progress lines for the progress sheet.
     *
     * @param network the network
     * @param lines its lines, the whole network's own first
     */
    record NetworkProgress(String network, List<Progress> lines) {
    }

    private void header(List<String> keys) {
        Worksheet ws = sheet();
        for (int c = 0; c < keys.size(); c++) {
            ws.value(0, c, text(keys.get(c)));
            ws.style(0, c).bold().fillColor("EEF1F5").wrapText(true).set();
        }
        row = 1;
    }

    private void cell(Worksheet ws, int r, int c, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            ws.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            ws.value(r, c, date);
            ws.style(r, c).format(DATE_FORMAT).set();
        } else if (value instanceof LocalDateTime time) {
            ws.value(r, c, time);
            ws.style(r, c).format(DATE_TIME_FORMAT).set();
        } else if (value instanceof Boolean flag) {
            ws.value(r, c, flag);
        } else {
            ws.value(r, c, value.toString());
        }
    }

    private Worksheet sheet() {
        if (sheet == null) {
            throw new IllegalStateException("not started");
        }
        return sheet;
    }

    private String yesNo(boolean value) {
        return text(value ? "history.yes" : "history.no");
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
