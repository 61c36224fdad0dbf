package com.hivecheck.importing.reading;

import com.hivecheck.importing.ActivityReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an activity export (CSV text or an .xlsx workbook) as a stream and tallies it. The bytes are never held: only
 * the first {@value FileSniffer#HEAD_SIZE} bytes are buffered to tell the kind of file, its encoding and delimiter, and
 * per person only {@link ActivityTally} totals are kept. Rows that are no person (totals rows, a repeated header line)
 * and people who have left are skipped and counted. Any other problem fails the whole import; the first
 * {@value ImportFailedException#MAX_REPORTED} are reported with their line numbers.
 */
public final class ActivityFileReader {

    /** The largest count a single cell may hold. */
    static final long MAX_COUNT = 1_000_000_000L;

    /** How many data rows the preview looks at for the sample values and the mapping guess. */
    static final int SAMPLE_ROWS = 200;

    /** The period every report must cover, in days: the domain's monthly figures. */
    static final int MONTHLY_PERIOD = 30;

    private static final int MAX_SHOWN_VALUE = 40;
    private static final Set<String> TOTALS = Set.of("итого", "итог", "всего", "сумма", "total", "totals",
            "grand total", "sum");
    private static final Pattern FILE_NAME_DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})|([A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4})");

    private ActivityFileReader() {
    }

    /** Opens the upload again from its start; each call gives a fresh stream. */
    @FunctionalInterface
    public interface Source {

        InputStream open() throws IOException;

        /** The upload as a file on disk, when it is one: a workbook is then read in place rather than copied. */
        default @Nullable Path path() {
            return null;
        }
    }

    /**
     * The header, how the file is written, and a few values of each column from its first rows.
     *
     * @param sheet the sheet to read in a workbook, or {@code null} for the first
     * @param limits what a workbook may take to read
     * @throws ImportFailedException when the file is empty, not CSV text or a workbook, or has no columns or too many
     */
    public static Preview preview(Source source, TextEncoding encoding, @Nullable String sheet, ReadingLimits limits)
            throws IOException {
        try (Rows rows = Rows.open(source, encoding, sheet, false, limits)) {
            Header header = header(rows);
            List<ColumnSample.Collector> collectors = new ArrayList<>();
            for (int i = 0; i < header.names().size(); i++) {
                collectors.add(new ColumnSample.Collector());
            }
            int seen = 0;
            List<String> row;
            while (seen < SAMPLE_ROWS && (row = rows.next()) != null) {
                if (isBlank(row) || header.repeatedBy(row)) {
                    continue;
                }
                seen++;
                for (int i = 0; i < collectors.size(); i++) {
                    collectors.get(i).add(cell(row, i));
                }
            }
            return new Preview(rows.encoding(), rows.delimiter(), rows.sheet(), header,
                    collectors.stream().map(ColumnSample.Collector::sample).toList());
        } catch (UncheckedIOException e) {
            throw Rows.unreadable(e);
        }
    }

    /**
     * Reads the whole file and computes the report.
     *
     * @param fileName the upload's name, where Slack writes the report's dates; may be {@code null}
     * @param today the reference date when none is chosen and the file has no date
     * @param limits how many units keep figures of their own, and how many people a file may name
     * @throws ImportFailedException when anything in the file is wrong; nothing of it is kept
     */
    public static ActivityReport read(Source source, ImportOptions options, @Nullable String fileName,
            LocalDate today, ReadingLimits limits) throws IOException {
        try {
            return readAs(source, options, fileName, today, limits, options.encoding(),
                    options.encoding() == TextEncoding.AUTO);
        } catch (NotUtf8Exception e) {
            return readAs(source, options, fileName, today, limits, TextEncoding.WINDOWS_1251, false);
        }
    }

    private static ActivityReport readAs(Source source, ImportOptions options, @Nullable String fileName,
            LocalDate today, ReadingLimits limits, TextEncoding encoding, boolean retryAs1251) throws IOException {
        try (Rows rows = Rows.open(source, encoding, options.sheet(), true, limits)) {
            try {
                Header header = header(rows);
                ColumnMapping mapping = options.mapping() != null ? options.mapping() : recognise(header);
                if (mapping.widest() >= header.names().size()) {
                    throw ImportFailedException.of(ImportProblem.atLine(1, "import.problem.noSuchColumn",
                            mapping.widest() + 1));
                }
                return tally(rows, header, mapping, options, fileName, today, limits);
            } catch (UncheckedIOException e) {
                if (retryAs1251 && e.getCause() instanceof CharacterCodingException && !rows.hadByteOrderMark()) {
                    throw new NotUtf8Exception();
                }
                throw Rows.unreadable(e);
            }
        }
    }

    private static ActivityReport tally(Rows rows, Header header, ColumnMapping mapping, ImportOptions options,
            @Nullable String fileName, LocalDate today, ReadingLimits limits) {
        Header.Extras extras = header.extras();
        ExportLayout layout = extras.layout();
        FileNameDates named = layout != null && layout.dateInFileName() ? FileNameDates.of(fileName)
                : FileNameDates.NONE;
        if (named.periodDays() != 0 && (named.periodDays() < 28 || named.periodDays() > 31)) {
            throw ImportFailedException.of(ImportProblem.ofFile(periodProblem(layout), named.periodDays()));
        }
        ActivityTally tally = new ActivityTally(mapping.hasUnit(), limits, rows.sharedStringsHeap());
        Problems problems = new Problems();
        ActivityDates.Evidence evidence = new ActivityDates.Evidence();
        List<String> names = header.names();
        int needed = mapping.widest() + 1;
        boolean csv = rows.sheet() == null;
        int reportMonthFirst = ActivityDates.NEVER;
        int reportDayFirst = ActivityDates.NEVER;
        long people = 0;
        long totals = 0;
        long headers = 0;
        int departed = 0;
        List<String> row;
        while ((row = rows.next()) != null) {
            if (isBlank(row)) {
                continue;
            }
            if (header.repeatedBy(row)) {
                headers++;
                continue;
            }
            long line = rows.line();
            if (csv && row.size() < needed) {
                problems.add(line, "import.problem.shortRow", row.size(), needed);
                continue;
            }
            String person = cell(row, mapping.person());
            String dateText = cell(row, mapping.lastActivity());
            if ((person.isEmpty() || isTotals(person) || isTotals(row.get(0))) && !ActivityDates.isDate(dateText)) {
                totals++;
                continue;
            }
            if (extras.period() != ColumnMapping.NONE && layout != null) {
                int period = period(cell(row, extras.period()));
                if (period != MONTHLY_PERIOD && period > 0) {
                    throw ImportFailedException.of(ImportProblem.atLine(line, periodProblem(layout), period));
                }
            }
            if (extras.departure() != ColumnMapping.NONE && layout != null && layout.departure() != null
                    && layout.departure().left(cell(row, extras.departure()))) {
                departed++;
                continue;
            }
            people++;
            boolean valid = true;
            if (person.isEmpty()) {
                problems.add(line, "import.problem.noPerson", names.get(mapping.person()));
                valid = false;
            }
            ActivityDates.Day date = ActivityDates.Day.BLANK;
            try {
                date = ActivityDates.parse(dateText, options.dateOrder());
                evidence.add(date);
            } catch (IllegalArgumentException e) {
                problems.add(line, "import.problem.date", shown(dateText), names.get(mapping.lastActivity()));
                valid = false;
            }
            if (extras.reportDate() != ColumnMapping.NONE) {
                String reportText = cell(row, extras.reportDate());
                try {
                    ActivityDates.Day reportDate = ActivityDates.parse(reportText, options.dateOrder());
                    evidence.add(reportDate);
                    reportMonthFirst = Math.max(reportMonthFirst, reportDate.monthFirst());
                    reportDayFirst = Math.max(reportDayFirst, reportDate.dayFirst());
                } catch (IllegalArgumentException e) {
                    problems.add(line, "import.problem.date", shown(reportText), names.get(extras.reportDate()));
                    valid = false;
                }
            }
            long contributions = 0;
            for (int column : mapping.counts()) {
                String text = cell(row, column);
                long count = count(text);
                if (count < 0) {
                    String code = count == NEGATIVE ? "import.problem.negative"
                            : count == TOO_LARGE ? "import.problem.tooLarge" : "import.problem.count";
                    problems.add(line, code, shown(text), names.get(column));
                    valid = false;
                } else {
                    contributions += count;
                }
            }
            if (valid) {
                String unit = mapping.hasUnit() ? cell(row, mapping.unit()) : "";
                if (layout != null && person.equalsIgnoreCase("(Unknown)")) {
                    tally.addAnonymous(unit, date, contributions);
                } else {
                    tally.add(person, unit, date, contributions);
                }
            }
        }
        if (people == 0 && departed == 0) {
            problems.add(0, "import.problem.noRows");
        }
        problems.throwIfAny();
        if (people == 0) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.everyoneLeft", departed));
        }
        DateOrder order = evidence.decide(options.dateOrder(), names.get(mapping.lastActivity()));
        int reportDate = order == DateOrder.DAY_FIRST ? reportDayFirst : reportMonthFirst;
        int newest = tally.newest(order);
        ActivityReport.ReferenceChoice choice = options.referenceDate() != null ? ActivityReport.ReferenceChoice.CHOSEN
                : reportDate != ActivityDates.NEVER ? ActivityReport.ReferenceChoice.REPORT_DATE
                : named.last() != null ? ActivityReport.ReferenceChoice.FILE_NAME
                : newest != ActivityDates.NEVER ? ActivityReport.ReferenceChoice.NEWEST_IN_FILE
                : ActivityReport.ReferenceChoice.TODAY;
        LocalDate reference = switch (choice) {
            case CHOSEN -> options.referenceDate();
            case REPORT_DATE -> LocalDate.ofEpochDay(reportDate);
            case FILE_NAME -> named.last();
            case NEWEST_IN_FILE -> LocalDate.ofEpochDay(newest);
            case TODAY -> today;
        };
        long lastDay = reference.toEpochDay();
        long firstDay = lastDay - (options.windowDays() - 1L);
        ActivityTally.Figures figures = tally.figures(order, firstDay, lastDay, limits.maxUnits());
        int oldest = tally.oldest(order);
        return new ActivityReport(mapping.format(),
                ActivityReport.UsedColumns.of(names, mapping.person(), mapping.unit(), mapping.lastActivity(),
                        mapping.counts()),
                rows.encoding() == null ? TextEncoding.UTF_8 : rows.encoding(), rows.delimiter(), rows.sheet(),
                people, reference, choice, options.windowDays(),
                oldest == ActivityDates.NEVER ? null : LocalDate.ofEpochDay(oldest),
                newest == ActivityDates.NEVER ? null : LocalDate.ofEpochDay(newest), figures.laterThanReference(),
                figures.network(), figures.units(), new ActivityReport.Skipped(departed, totals, headers));
    }

    private static final long NEGATIVE = -1;
    private static final long NOT_A_NUMBER = -2;
    private static final long TOO_LARGE = -3;

    /** A whole number of at most {@link #MAX_COUNT}; blank is 0. Negative results are the kinds of problem. */
    static long count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length() || text.length() - start > 18) {
            return start == text.length() ? NOT_A_NUMBER : allDigits(text, start) ? TOO_LARGE : NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            value = value * 10 + (c - '0');
        }
        if (text.charAt(0) == '-' && value > 0) {
            return NEGATIVE;
        }
        return value > MAX_COUNT ? TOO_LARGE : value;
    }

    private static boolean allDigits(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A report period cell ({@code 30}, or {@code D30} as the Graph API names it) in days; 0 when unreadable. */
    private static int period(String text) {
        String digits = text.startsWith("D") || text.startsWith("d") ? text.substring(1) : text;
        long days = count(digits);
        return days > 0 && days < 10_000 ? (int) days : 0;
    }

    /** The problem of a report that does not cover 30 days, saying where to get the 30-day one. */
    private static String periodProblem(ExportLayout layout) {
        return switch (layout.format()) {
            case TEAMS -> "import.problem.period.TEAMS";
            case SLACK -> "import.problem.period.SLACK";
            default -> "import.problem.period.VIVA_ENGAGE";
        };
    }

    private static boolean isTotals(String cell) {
        String word = cell.toLowerCase(Locale.ROOT);
        if (word.endsWith(":")) {
            word = word.substring(0, word.length() - 1).strip();
        }
        return TOTALS.contains(word);
    }

    private static ColumnMapping recognise(Header header) {
        return header.recognise().orElseThrow(() -> {
            List<String> missing = header.missingColumns();
            if (missing.isEmpty()) {
                return ImportFailedException.of(ImportProblem.atLine(1, "import.problem.unknownFormat"));
            }
            List<ImportProblem> problems = missing.stream()
                    .map(column -> ImportProblem.atLine(1, "import.problem.missingColumn", column))
                    .toList();
            return new ImportFailedException(problems, problems.size());
        });
    }

    private static Header header(Rows rows) {
        List<String> first;
        do {
            first = rows.next();
        } while (first != null && isBlank(first));
        if (first == null) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.empty"));
        }
        int last = first.size();
        while (last > 0 && first.get(last - 1).isEmpty() && rows.sheet() != null) {
            last--;
        }
        if (last > Header.MAX_COLUMNS) {
            throw ImportFailedException.of(ImportProblem.atLine(rows.line(), "import.problem.tooManyColumns", last,
                    Header.MAX_COLUMNS));
        }
        Header header = new Header(first.subList(0, last));
        if (header.names().size() < 2) {
            throw ImportFailedException.of(ImportProblem.atLine(rows.line(), "import.problem.oneColumn"));
        }
        return header;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    private static boolean isBlank(List<String> row) {
        for (String value : row) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String shown(String value) {
        return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE - 1) + "…";
    }

    /** The delimiter as a word for people: comma, semicolon or tab. */
    public static String delimiterName(char delimiter) {
        return FileSniffer.delimiterName(delimiter);
    }

    /**
     * The first line of a file, how it is written and what its first rows hold.
     *
     * @param encoding the encoding it is read in, or {@code null} for a workbook
     * @param delimiter the value separator
     * @param sheet the sheet read, for a workbook; {@code null} for CSV text
     * @param header the column names
     * @param samples what the first rows hold, per column
     */
    public record Preview(@Nullable TextEncoding encoding, char delimiter, @Nullable String sheet, Header header,
            List<ColumnSample> samples) {

        public Preview {
            samples = List.copyOf(samples);
        }

        /** The delimiter as a word: comma, semicolon or tab. */
        public String delimiterName() {
            return FileSniffer.delimiterName(delimiter);
        }

        /** The mapping guess for this file. */
        public Header.Guess guess() {
            return header.guess(samples);
        }
    }

    /**
     * The dates in a file's name, as Slack writes them ({@code … Member Analytics Apr 1, 2026 - Apr 30, 2026.csv}).
     *
     * @param last the last date named, or {@code null}
     * @param periodDays the days from the first to the last date named, both included; 0 with fewer than two dates
     */
    record FileNameDates(@Nullable LocalDate last, int periodDays) {

        static final FileNameDates NONE = new FileNameDates(null, 0);

        static FileNameDates of(@Nullable String fileName) {
            if (fileName == null) {
                return NONE;
            }
            List<LocalDate> dates = new ArrayList<>();
            Matcher m = FILE_NAME_DATE.matcher(fileName);
            while (m.find()) {
                try {
                    dates.add(LocalDate.ofEpochDay(ActivityDates.parse(m.group(), DateOrder.AUTO).monthFirst()));
                } catch (IllegalArgumentException e) {
                    // not a date after all: ignored
                }
            }
            if (dates.isEmpty()) {
                return NONE;
            }
            LocalDate last = dates.get(dates.size() - 1);
            return new FileNameDates(last, dates.size() < 2 ? 0
                    : (int) (last.toEpochDay() - dates.get(dates.size() - 2).toEpochDay() + 1));
        }
    }

    /** Collects problems in file order, keeping the first few and counting the rest. */
    private static final class Problems {

        private final List<ImportProblem> first = new ArrayList<>();
        private long total;

        void add(long line, String code, Object... arguments) {
            total++;
            if (first.size() < ImportFailedException.MAX_REPORTED) {
                first.add(new ImportProblem(line, code, List.of(arguments)));
            }
        }

        void throwIfAny() {
            if (total > 0) {
                throw new ImportFailedException(first, total);
            }
        }
    }

    /** The file was taken for UTF-8 from its start, but is not UTF-8 further on. */
    private static final class NotUtf8Exception extends RuntimeException {

        NotUtf8Exception() {
            super(null, null, false, false);
        }
    }
}
