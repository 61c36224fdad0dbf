package com.hivecheck.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an activity export as a stream with Apache Commons CSV and tallies it. The bytes are never held: only the
 * first {@value FileSniffer#HEAD_SIZE} bytes are buffered to detect the encoding and delimiter, and per person only
 * {@link ActivityTally} totals are kept. Any problem fails the whole import; the first
 * {@value ImportFailedException#MAX_REPORTED} are reported with their line numbers.
 */
final class ActivityFileReader {

    /** The largest count a single cell may hold. */
    static final long MAX_COUNT = 1_000_000_000L;

    private static final int MAX_SHOWN_VALUE = 40;

    private ActivityFileReader() {
    }

    /** Opens the upload again from its start; each call gives a fresh stream. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /**
     * The header and how the file is written, from its first bytes and first line only.
     *
     * @throws ImportFailedException when the file is empty, not CSV text, or has no columns
     */
    static Preview preview(Source source, TextEncoding encoding) throws IOException {
        try (InputStream in = new BufferedInputStream(source.open(), FileSniffer.HEAD_SIZE)) {
            FileSniffer.Sniffed sniffed = sniff(in, encoding);
            try (CSVParser parser = format(sniffed.delimiter()).parse(reader(in, sniffed.encoding(), false))) {
                Iterator<CSVRecord> records = parser.iterator();
                return new Preview(sniffed, header(records));
            } catch (UncheckedIOException e) {
                throw unreadable(e, sniffed);
            }
        }
    }

    /**
     * Reads the whole file and computes the report.
     *
     * @param today the reference date when none is chosen and no row has a date
     * @throws ImportFailedException when anything in the file is wrong; nothing of it is kept
     */
    static ActivityReport read(Source source, ImportOptions options, LocalDate today) throws IOException {
        try {
            return readAs(source, options, today, options.encoding(), options.encoding() == TextEncoding.AUTO);
        } catch (NotUtf8Exception e) {
            return readAs(source, options, today, TextEncoding.WINDOWS_1251, false);
        }
    }

    private static ActivityReport readAs(Source source, ImportOptions options, LocalDate today, TextEncoding encoding,
            boolean retryAs1251) throws IOException {
        try (InputStream in = new BufferedInputStream(source.open(), FileSniffer.HEAD_SIZE)) {
            FileSniffer.Sniffed sniffed = sniff(in, encoding);
            boolean strictUtf8 = sniffed.encoding() == TextEncoding.UTF_8;
            try (CSVParser parser = format(sniffed.delimiter()).parse(reader(in, sniffed.encoding(), strictUtf8))) {
                Iterator<CSVRecord> records = parser.iterator();
                Header header = header(records);
                ColumnMapping mapping = options.mapping() != null ? options.mapping() : recognise(header);
                if (mapping.widest() >= header.names().size()) {
                    throw ImportFailedException.of(ImportProblem.atLine(1, "import.problem.noSuchColumn",
                            mapping.widest() + 1));
                }
                return tally(records, parser, header, mapping, sniffed, options, today);
            } catch (UncheckedIOException e) {
                if (retryAs1251 && e.getCause() instanceof CharacterCodingException && sniffed.bomLength() == 0) {
                    throw new NotUtf8Exception();
                }
                throw unreadable(e, sniffed);
            }
        }
    }

    private static ActivityReport tally(Iterator<CSVRecord> records, CSVParser parser, Header header,
            ColumnMapping mapping, FileSniffer.Sniffed sniffed, ImportOptions options, LocalDate today) {
        ActivityTally tally = new ActivityTally(mapping.hasUnit());
        Problems problems = new Problems();
        List<String> names = header.names();
        int needed = mapping.widest() + 1;
        long rows = 0;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (isBlank(record)) {
                continue;
            }
            rows++;
            if (record.size() < needed) {
                problems.add(line(record, parser), "import.problem.shortRow", record.size(), needed);
                continue;
            }
            String person = record.get(mapping.person()).strip();
            boolean valid = true;
            if (person.isEmpty()) {
                problems.add(line(record, parser), "import.problem.noPerson", names.get(mapping.person()));
                valid = false;
            }
            String dateText = record.get(mapping.lastActivity()).strip();
            int date = ActivityDates.NEVER;
            try {
                date = ActivityDates.parse(dateText);
            } catch (IllegalArgumentException e) {
                problems.add(line(record, parser), "import.problem.date", shown(dateText),
                        names.get(mapping.lastActivity()));
                valid = false;
            }
            long contributions = 0;
            for (int column : mapping.counts()) {
                String text = record.get(column).strip();
                long count = count(text);
                if (count < 0) {
                    String code = count == NEGATIVE ? "import.problem.negative"
                            : count == TOO_LARGE ? "import.problem.tooLarge" : "import.problem.count";
                    problems.add(line(record, parser), code, shown(text), names.get(column));
                    valid = false;
                } else {
                    contributions += count;
                }
            }
            if (valid) {
                tally.add(person, mapping.hasUnit() ? record.get(mapping.unit()).strip() : "", date, contributions);
            }
        }
        if (rows == 0) {
            problems.add(0, "import.problem.noRows");
        }
        problems.throwIfAny();
        return tally.report(mapping.format(), ActivityReport.UsedColumns.of(header, mapping), sniffed.encoding(),
                sniffed.delimiter(), rows, options.referenceDate(), options.windowDays(), today);
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

    private static FileSniffer.Sniffed sniff(InputStream in, TextEncoding encoding) throws IOException {
        in.mark(FileSniffer.HEAD_SIZE);
        byte[] head = in.readNBytes(FileSniffer.HEAD_SIZE);
        in.reset();
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(head, head.length, encoding);
        in.skipNBytes(sniffed.bomLength());
        return sniffed;
    }

    private static Reader reader(InputStream in, TextEncoding encoding, boolean strict) {
        Charset charset = Objects.requireNonNull(encoding.charset());
        CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        return new InputStreamReader(in, decoder);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
    }

    private static Header header(Iterator<CSVRecord> records) {
        if (!records.hasNext()) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.empty"));
        }
        Header header = new Header(records.next().toList());
        if (header.names().size() < 2) {
            throw ImportFailedException.of(ImportProblem.atLine(1, "import.problem.oneColumn"));
        }
        return header;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The line a record starts on: the parser has just read its last line. */
    private static long line(CSVRecord record, CSVParser parser) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return Math.max(1, parser.getCurrentLineNumber() - breaks);
    }

    private static String shown(String value) {
        return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE - 1) + "…";
    }

    private static ImportFailedException unreadable(UncheckedIOException e, FileSniffer.Sniffed sniffed) {
        if (e.getCause() instanceof CharacterCodingException) {
            return ImportFailedException.of(ImportProblem.ofFile("import.problem.notUtf8"));
        }
        return ImportFailedException.of(ImportProblem.ofFile("import.problem.malformed",
                Objects.requireNonNullElse(e.getCause(), e).getMessage()));
    }

    /**
     * The first line of a file and how it is written.
     *
     * @param sniffed the encoding and delimiter
     * @param header the column names
     */
    record Preview(FileSniffer.Sniffed sniffed, Header header) {
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
