package com.hivecheck.importing.reading;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of an upload, one at a time, whatever it is: CSV text (Apache Commons CSV) or an Excel workbook's sheet
 * (fastexcel-reader, streamed). Every cell comes as stripped text; an Excel date cell comes as an ISO date and a
 * number cell as plain digits.
 */
abstract class Rows implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(Rows.class);

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** The next row, or {@code null} at the end. */
    abstract @Nullable List<String> next();

    /** The line (or sheet row) the last row returned starts on, from 1. */
    abstract long line();

    /** The text encoding read, for a CSV file; {@code null} for a workbook. */
    abstract @Nullable TextEncoding encoding();

    /** The delimiter found, for a CSV file; a comma for a workbook. */
    abstract char delimiter();

    /** The sheet read, for a workbook; {@code null} for a CSV file. */
    abstract @Nullable String sheet();

    /** The heap a workbook's shared strings may take while it is read; 0 for CSV text. */
    long sharedStringsHeap() {
        return 0;
    }

    /** Whether the text started with a UTF-8 byte order mark. */
    boolean hadByteOrderMark() {
        return false;
    }

    /**
     * Opens an upload: a workbook by its first bytes, CSV text otherwise.
     *
     * @param strict whether text that is not valid UTF-8 fails with a {@link CharacterCodingException} when it was
     *        taken for UTF-8
     */
    static Rows open(ActivityFileReader.Source source, TextEncoding encoding, @Nullable String sheet, boolean strict,
            ReadingLimits limits) throws IOException {
        InputStream in = new BufferedInputStream(source.open(), FileSniffer.HEAD_SIZE);
        try {
            in.mark(FileSniffer.HEAD_SIZE);
            byte[] head = in.readNBytes(FileSniffer.HEAD_SIZE);
            in.reset();
            if (startsWith(head, OLE2)) {
                throw ImportFailedException.of(ImportProblem.ofFile("import.problem.xls"));
            }
            if (startsWith(head, ZIP)) {
                return Workbook.open(in, source.path(), sheet, limits);
            }
            FileSniffer.Sniffed sniffed = FileSniffer.sniff(head, head.length, encoding);
            in.skipNBytes(sniffed.bomLength());
            return new Csv(in, sniffed, strict && sniffed.encoding() == TextEncoding.UTF_8);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** CSV text in a sniffed encoding and delimiter. */
    private static final class Csv extends Rows {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final FileSniffer.Sniffed sniffed;
        private long line;

        Csv(InputStream in, FileSniffer.Sniffed sniffed, boolean strict) throws IOException {
            Charset charset = Objects.requireNonNull(sniffed.encoding().charset());
            CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
            Reader reader = new InputStreamReader(in, decoder);
            this.parser = CSVFormat.DEFAULT.builder()
                    .setDelimiter(sniffed.delimiter())
                    .setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(reader);
            this.records = parser.iterator();
            this.sniffed = sniffed;
        }

        @Override
        @Nullable List<String> next() {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            List<String> cells = new ArrayList<>(record.size());
            long breaks = 0;
            for (String value : record) {
                cells.add(value.strip());
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                        breaks++;
                    }
                }
            }
            line = Math.max(1, parser.getCurrentLineNumber() - breaks);
            return cells;
        }

        @Override
        long line() {
            return line;
        }

        @Override
        TextEncoding encoding() {
            return sniffed.encoding();
        }

        @Override
        char delimiter() {
            return sniffed.delimiter();
        }

        @Override
        @Nullable String sheet() {
            return null;
        }

        @Override
        boolean hadByteOrderMark() {
            return sniffed.bomLength() > 0;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** One sheet of an .xlsx workbook, streamed row by row from a file on disk. */
    private static final class Workbook extends Rows {

        private final ReadableWorkbook workbook;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private final String sheet;
        private final @Nullable Path copy;
        private final long sharedStringsHeap;
        private long line;

        private Workbook(ReadableWorkbook workbook, Sheet sheet, @Nullable Path copy, long sharedStringsHeap)
                throws IOException {
            this.sharedStringsHeap = sharedStringsHeap;
            this.workbook = workbook;
            this.stream = sheet.openStream();
            this.rows = stream.iterator();
            this.sheet = sheet.getName();
            this.copy = copy;
        }

        static Workbook open(InputStream in, @Nullable Path path, @Nullable String wanted, ReadingLimits limits)
                throws IOException {
            Path copy = null;
            if (path == null) {
                copy = Files.createTempFile("hivecheck-workbook-", ".xlsx");
                try (in) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                path = copy;
            } else {
                in.close();
            }
            ReadableWorkbook workbook = null;
            try {
                long sharedStringsHeap = WorkbookCheck.check(path, limits.sharedStringsBudget(),
                        limits.maxWorkbookUnpacked());
                File file = path.toFile();
                workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
                List<Sheet> sheets = workbook.getSheets().toList();
                Sheet sheet = wanted == null || wanted.isBlank() ? workbook.getFirstSheet()
                        : sheets.stream().filter(s -> s.getName().strip().equalsIgnoreCase(wanted.strip())).findFirst()
                                .orElse(null);
                if (sheet == null) {
                    throw ImportFailedException.of(ImportProblem.ofFile("import.problem.noSuchSheet", wanted,
                            String.join(", ", sheets.stream().map(Sheet::getName).toList())));
                }
                return new Workbook(workbook, sheet, copy, sharedStringsHeap);
            } catch (IOException | RuntimeException e) {
                if (workbook != null) {
                    workbook.close();
                }
                if (copy != null) {
                    Files.deleteIfExists(copy);
                }
                if (e instanceof WorkbookCheck.UnusualWorkbookException unusual) {
                    LOG.info("Refused a workbook: {}", unusual.reason());
                }
                if (e instanceof ImportFailedException failed) {
                    throw failed;
                }
                throw ImportFailedException.of(ImportProblem.ofFile("import.problem.workbook", message(e)));
            }
        }

        @Override
        @Nullable List<String> next() {
            Row row;
            try {
                if (!rows.hasNext()) {
                    return null;
                }
                row = rows.next();
            } catch (RuntimeException e) {
                throw ImportFailedException.of(ImportProblem.ofFile("import.problem.workbook", message(e)));
            }
            line = row.getRowNum();
            int count = row.getCellCount();
            List<String> cells = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                cells.add(text(row.getCell(i)));
            }
            return cells;
        }

        private static String text(@Nullable Cell cell) {
            if (cell == null) {
                return "";
            }
            return switch (cell.getType()) {
                case NUMBER -> number(cell);
                case STRING, FORMULA, BOOLEAN, ERROR -> Objects.requireNonNullElse(cell.getText(), "").strip();
                default -> Objects.requireNonNullElse(cell.getRawValue(), "").strip();
            };
        }

        private static String number(Cell cell) {
            if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                try {
                    return cell.asDate().toLocalDate().toString();
                } catch (RuntimeException e) {
                    return cell.getRawValue();
                }
            }
            BigDecimal value = cell.asNumber();
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }

        /** Whether a number format shows a date: the built-in date formats, or any with a day or a year in it. */
        static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
            if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
                return true;
            }
            if (format == null) {
                return false;
            }
            String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
            return plain.contains("d") || plain.contains("y");
        }

        private static String message(Exception e) {
            return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        }

        @Override
        long line() {
            return line;
        }

        @Override
        long sharedStringsHeap() {
            return sharedStringsHeap;
        }

        @Override
        @Nullable TextEncoding encoding() {
            return null;
        }

        @Override
        char delimiter() {
            return ',';
        }

        @Override
        String sheet() {
            return sheet;
        }

        @Override
        public void close() throws IOException {
            try {
                stream.close();
                workbook.close();
            } finally {
                if (copy != null) {
                    Files.deleteIfExists(copy);
                }
            }
        }
    }

    /** Wraps the cause of an unreadable CSV file. */
    static ImportFailedException unreadable(UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return ImportFailedException.of(ImportProblem.ofFile("import.problem.notUtf8"));
        }
        return ImportFailedException.of(ImportProblem.ofFile("import.problem.malformed",
                Objects.requireNonNullElse(e.getCause(), e).getMessage()));
    }
}
