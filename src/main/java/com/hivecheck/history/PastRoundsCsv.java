package com.hivecheck.history;

import com.hivecheck.assessment.AssessmentForm;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.system.Ids;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads past rounds from a file in the layout of the CSV export ({@link HistoryCsv}), as the export wrote it or as a
 * spreadsheet saved it again: UTF-8 with or without a byte order mark, comma or semicolon (whichever the header
 * uses, or an Excel {@code sep=} line), quoted fields, CRLF or LF. Columns are found by their header names, in any
 * order and any letter case; the export's other columns (scores, type, stored dates, evidence and pulse) are read
 * past, because the scores are computed again and the evidence cannot be checked. A cell guarded against formulas by
 * the export (a leading apostrophe) is read without the apostrophe. Dates may also be written day first with dots
 * ({@code 15.01.2026}), as Excel in Russian saves them, and booleans in Excel's capitals, Russian included.
 *
 * <p>Each row becomes an {@link AssessmentForm}, so that the questionnaire's constraints judge it; what cannot even
 * be put into a form (a number that is not one, an unknown benefit) is a {@link RoundProblem} of the row here.
 */
final class PastRoundsCsv {

    /** The columns a file must have. */
    static final List<String> REQUIRED = List.of("assessedOn", "network", "employees", "monthlyActiveUsers",
            "contentCreators", "creatorsMostlyOfficial", "benefits", "workRelatedShare", "improvement");

    /** The columns that are read when present. */
    static final List<String> OPTIONAL = List.of("id", "unit", "example", "modelVersion");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F]");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Set<String> TRUE = Set.of("true", "истина");
    private static final Set<String> FALSE = Set.of("false", "ложь");

    /**
     * One row of the file, as far as it could be read.
     *
     * @param line the line it starts on (the header is line 1)
     * @param id the id it names, or {@code null}
     * @param form its answers and context, for the questionnaire's constraints
     * @param modelVersion the model version it names, or {@code null} when empty
     * @param unreadable the columns that could not be read (their problems are in the reading)
     */
    record Row(long line, @Nullable UUID id, AssessmentForm form, @Nullable String modelVersion,
            Set<String> unreadable) {
    }

    /**
     * What was read.
     *
     * @param rows the rows, in the order of the file
     * @param problems what could not be read; a problem at line 0 concerns the whole file, and then there are no rows
     */
    record Reading(List<Row> rows, List<RoundProblem> problems) {

        static Reading refused(RoundProblem problem) {
            return new Reading(List.of(), List.of(problem));
        }

        /** Whether the file as a whole could not be read. */
        boolean refused() {
            return problems.stream().anyMatch(problem -> problem.line() == 0);
        }
    }

    private PastRoundsCsv() {
    }

    /** Reads {@code content}; more than {@code maxRows} rows refuse the whole file. */
    static Reading read(byte[] content, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return Reading.refused(RoundProblem.ofFile("history.import.file.encoding"));
        }
        if (!text.isEmpty() && text.charAt(0) == HistoryCsv.BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Reading.refused(RoundProblem.ofFile("history.import.file.empty"));
        }
        long skippedLines = 0;
        char separator;
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.regionMatches(true, 0, "sep=", 0, 4) && firstLine.strip().length() == 5) {
            separator = firstLine.strip().charAt(4);
            text = text.substring(text.indexOf('\n') + 1);
            skippedLines = 1;
        } else {
            separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return read(parser, skippedLines, maxRows);
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            return Reading.refused(RoundProblem.ofFile("history.import.file.malformed"));
        }
    }

    private static Reading read(CSVParser parser, long skippedLines, int maxRows) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            return Reading.refused(RoundProblem.ofFile("history.import.file.empty"));
        }
        CSVRecord header = records.next();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && columns.putIfAbsent(key, i) != null) {
                return Reading.refused(RoundProblem.ofFile("history.import.file.duplicateColumn", header.get(i).strip()));
            }
        }
        List<String> missing = REQUIRED.stream()
                .filter(column -> !columns.containsKey(column.toLowerCase(Locale.ROOT)))
                .toList();
        if (!missing.isEmpty()) {
            return Reading.refused(RoundProblem.ofFile("history.import.file.columns", String.join(", ", missing)));
        }
        int width = header.size();
        List<Row> rows = new ArrayList<>();
        List<RoundProblem> problems = new ArrayList<>();
        long end = parser.getCurrentLineNumber();
        while (true) {
            long start = end + 1 + skippedLines;
            boolean more;
            try {
                more = records.hasNext();
            } catch (UncheckedIOException | IllegalStateException malformed) {
                problems.add(RoundProblem.at(start, null, "history.import.malformed"));
                return new Reading(rows, problems);
            }
            if (!more) {
                break;
            }
            CSVRecord record = records.next();
            end = parser.getCurrentLineNumber();
            if (blank(record)) {
                continue;
            }
            if (rows.size() == maxRows) {
                return Reading.refused(RoundProblem.ofFile("history.import.file.tooManyRows", maxRows));
            }
            if (record.size() > width && !blankBeyond(record, width)) {
                problems.add(RoundProblem.at(start, null, "history.import.fields", record.size(), width));
                continue;
            }
            rows.add(new RowReader(start, record, columns, problems).read());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            return Reading.refused(RoundProblem.ofFile("history.import.file.noRows"));
        }
        return new Reading(rows, problems);
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static boolean blankBeyond(CSVRecord record, int width) {
        return record.stream().skip(width).allMatch(String::isBlank);
    }

    /** Reads the cells of one row into a form, noting what cannot be read. */
    private static final class RowReader {

        private final long line;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final List<RoundProblem> problems;
        private final Set<String> unreadable = new LinkedHashSet<>();

        RowReader(long line, CSVRecord record, Map<String, Integer> columns, List<RoundProblem> problems) {
            this.line = line;
            this.record = record;
            this.columns = columns;
            this.problems = problems;
        }

        Row read() {
            AssessmentForm form = new AssessmentForm();
            form.setNetwork(text("network"));
            form.setUnit(text("unit"));
            form.setExample(text("example"));
            form.setEmployees(number("employees"));
            form.setMonthlyActiveUsers(number("monthlyActiveUsers"));
            form.setContentCreators(number("contentCreators"));
            form.setCreatorsMostlyOfficial(bool("creatorsMostlyOfficial"));
            form.setBenefits(benefits("benefits"));
            form.setWorkRelatedShare(number("workRelatedShare"));
            form.setImprovement(improvement("improvement"));
            form.setAssessedOn(day("assessedOn"));
            String version = cell("modelVersion").strip();
            return new Row(line, id("id"), form, version.isEmpty() ? null : version, Set.copyOf(unreadable));
        }

        private String cell(String column) {
            Integer index = columns.get(column.toLowerCase(Locale.ROOT));
            return index == null || index >= record.size() ? "" : record.get(index);
        }

        private void problem(String column, String code, Object... arguments) {
            unreadable.add(column);
            problems.add(RoundProblem.at(line, column, code, arguments));
        }

        /** The cell as typed, without the apostrophe the export puts before a would-be formula. */
        private @Nullable String text(String column) {
            String value = cell(column);
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
                return value.substring(1);
            }
            return value.isEmpty() ? null : value;
        }

        private @Nullable BigInteger number(String column) {
            String value = GROUPING.matcher(cell(column)).replaceAll("");
            if (value.isEmpty()) {
                return null;
            }
            if (!WHOLE_NUMBER.matcher(value).matches() || value.length() > 30) {
                problem(column, "history.import.number", cell(column).strip());
                return null;
            }
            return new BigInteger(value);
        }

        private @Nullable Boolean bool(String column) {
            String value = cell(column).strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                return null;
            }
            if (TRUE.contains(value)) {
                return true;
            }
            if (FALSE.contains(value)) {
                return false;
            }
            problem(column, "history.import.boolean", cell(column).strip());
            return null;
        }

        private Set<Benefit> benefits(String column) {
            Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
            for (String name : cell(column).split("[;,]")) {
                String key = name.strip().toUpperCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                try {
                    benefits.add(Benefit.valueOf(key));
                } catch (IllegalArgumentException unknown) {
                    problem(column, "history.import.benefit", name.strip(), names(Benefit.values()));
                    return EnumSet.noneOf(Benefit.class);
                }
            }
            return benefits;
        }

        private @Nullable Improvement improvement(String column) {
            String value = cell(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Improvement.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problem(column, "history.import.improvement", value, names(Improvement.values()));
                return null;
            }
        }

        private @Nullable LocalDate day(String column) {
            String value = cell(column).strip();
            if (value.isEmpty()) {
                problem(column, "history.import.assessedOn.required");
                return null;
            }
            try {
                return value.indexOf('.') > 0 ? LocalDate.parse(value, DAY_FIRST) : LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                problem(column, "history.import.date", value);
                return null;
            }
        }

        private @Nullable UUID id(String column) {
            String value = cell(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            return Ids.parse(value.toLowerCase(Locale.ROOT)).orElseGet(() -> {
                problem(column, "history.import.id", value);
                return null;
            });
        }

        private static String names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        }
    }
}
