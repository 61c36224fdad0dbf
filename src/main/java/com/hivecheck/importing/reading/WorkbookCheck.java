package com.hivecheck.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Looks through an .xlsx workbook before fastexcel-reader opens it, so that what reading it takes has a bound that does
 * not depend on what the file claims. fastexcel streams a sheet, but keeps in memory every shared string up to the
 * highest one a cell names (and pads the table with empty strings when a cell names one beyond its end), every cell
 * slot of a row up to the highest column named, every style, sheet and relationship, and looks up array and shared
 * formulas for each cell. The check reads every part once as plain bytes, never holding more than one tag, and refuses
 * the workbook when:
 * <ul>
 * <li>it has more parts than any workbook Excel writes, or unpacks to more than the limit (a zip bomb);</li>
 * <li>its shared strings would take more than their heap budget: {@value #BYTES_PER_SHARED_STRING} bytes each plus
 * their text bytes, twice for a text with any character beyond ASCII (Java then keeps two bytes a character);</li>
 * <li>it is laid out as no spreadsheet program writes one: a tag or a cell's text beyond {@value #MAX_TOKEN} bytes
 * (Excel holds at most 32,767 characters in a cell), a cell beyond Excel's last row or column, more cells in a row
 * than columns, a shared string index beyond the table, a DTD, a UTF-16 part, or more styles, sheets, relationships
 * or formulas than the bounds below.</li>
 * </ul>
 */
final class WorkbookCheck {

    /** Zip parts: a workbook has a dozen or two; each costs an object in the zip reader. */
    static final int MAX_PARTS = 10_000;
    /** The longest tag, text run, cell text or shared string, in bytes. */
    static final int MAX_TOKEN = 1 << 20;
    /** The heap one shared string takes beyond its text: the string, its array and its slot in the table. */
    static final int BYTES_PER_SHARED_STRING = 56;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_STYLES = 65_536;
    static final int MAX_SHEETS = 1_000;
    static final int MAX_RELATIONSHIPS = 10_000;
    static final int MAX_ARRAY_FORMULAS = 10;
    static final int MAX_SHARED_FORMULAS = 10_000;
    /**
     * The work of expanding shared formulas, in characters copied: for each cell that shares a formula, its length
     * times the cell references it may hold (fastexcel copies the formula so far for each).
     */
    static final long MAX_SHARED_FORMULA_WORK = 2_000_000_000L;
    /** Merged ranges over all sheets; each is kept to fill its cells while the sheet is read. */
    static final int MAX_MERGES = 65_536;

    private static final byte[] CENTRAL_DIRECTORY = {'P', 'K', 1, 2};

    private WorkbookCheck() {
    }

    /**
     * @param file the workbook on disk
     * @param sharedStringsBudget the heap its shared strings may take, in bytes
     * @param maxUnpacked how many bytes all its parts may unpack to
     * @return what was found: the heap its shared strings may take (at most {@code sharedStringsBudget}) and the
     *         merged ranges of its sheets
     * @throws ImportFailedException when the workbook is refused, saying why and what to do
     */
    static Findings check(Path file, long sharedStringsBudget, long maxUnpacked) throws IOException {
        if (centralDirectoryEntries(file) > MAX_PARTS) {
            throw unusual("more than " + MAX_PARTS + " parts");
        }
        Totals totals = new Totals();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(zip.getEntries()));
            // The shared strings first, where they usually are: a workbook over its budget is refused without
            // reading its sheets.
            entries.sort(Comparator.comparing((ZipArchiveEntry entry) -> !entry.getName().toLowerCase(Locale.ROOT)
                    .endsWith("sharedstrings.xml")));
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    new Part(totals, maxUnpacked, entry.getName()).scan(in);
                }
                refuseOverBudget(totals, sharedStringsBudget);
            }
        }
        long estimate = refuseOverBudget(totals, sharedStringsBudget);
        if (totals.highestSharedString >= totals.sharedStrings) {
            throw unusual("a cell names shared string " + totals.highestSharedString + " of "
                    + totals.sharedStrings);
        }
        return new Findings(estimate, totals.merges, totals.workbookRelationships);
    }

    /**
     * What the check found that reading needs.
     *
     * @param sharedStringsHeap the heap the shared strings may take
     * @param merges the merged ranges of each part, by part name
     * @param relationships the targets of the workbook's relationships by id, as written
     */
    record Findings(long sharedStringsHeap, Map<String, List<Merge>> merges, Map<String, String> relationships) {

        /** The merged ranges of a sheet, found by its relationship id; none when it cannot be told. */
        List<Merge> mergesOf(@Nullable String sheetId) {
            String target = sheetId == null ? null : relationships.get(sheetId);
            if (target == null) {
                return List.of();
            }
            String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            return merges.getOrDefault(part, List.of());
        }
    }

    /**
     * A merged range of cells: only its first cell holds a value.
     *
     * @param firstRow the first row, from 1
     * @param firstColumn the first column, from 0
     * @param lastRow the last row
     * @param lastColumn the last column
     */
    record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {

        /** A range such as {@code B3:C10}, or {@code null} when it is not one. */
        static @Nullable Merge of(String range) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                return null;
            }
            long[] first = cell(range.substring(0, colon));
            long[] last = cell(range.substring(colon + 1));
            if (first == null || last == null || last[0] < first[0] || last[1] < first[1]) {
                return null;
            }
            return new Merge((int) first[0], (int) first[1], (int) last[0], (int) last[1]);
        }

        private static long @Nullable [] cell(String reference) {
            int letters = 0;
            long column = 0;
            while (letters < reference.length() && letters < 3 && reference.charAt(letters) >= 'A'
                    && reference.charAt(letters) <= 'Z') {
                column = column * 26 + (reference.charAt(letters) - 'A' + 1);
                letters++;
            }
            String digits = reference.substring(letters);
            if (letters == 0 || digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(Character::isDigit)) {
                return null;
            }
            long row = Long.parseLong(digits);
            return column > MAX_COLUMNS || row < 1 || row > MAX_ROWS ? null : new long[] {row, column - 1};
        }
    }

    /** The heap the shared strings seen so far take; refuses the workbook when they are over the budget. */
    private static long refuseOverBudget(Totals totals, long sharedStringsBudget) {
        long estimate = totals.sharedStrings * BYTES_PER_SHARED_STRING + totals.sharedStringBytes;
        if (estimate > sharedStringsBudget) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.workbook.sharedStrings",
                    megabytes(estimate), Math.max(1, sharedStringsBudget >> 20)));
        }
        return estimate;
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** How many central directory headers the file could hold: every place their signature occurs. */
    private static long centralDirectoryEntries(Path file) throws IOException {
        long count = 0;
        int matched = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    matched = b == CENTRAL_DIRECTORY[matched] ? matched + 1 : b == CENTRAL_DIRECTORY[0] ? 1 : 0;
                    if (matched == CENTRAL_DIRECTORY.length) {
                        count++;
                        matched = 0;
                    }
                }
            }
        }
        return count;
    }

    private static ImportFailedException unusual(String why) {
        return new UnusualWorkbookException(why);
    }

    /** A workbook laid out as no spreadsheet program writes one; the reason is for the log, not for people. */
    static final class UnusualWorkbookException extends ImportFailedException {

        private final String reason;

        UnusualWorkbookException(String reason) {
            super(java.util.List.of(ImportProblem.ofFile("import.problem.workbook.unusual")), 1);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    /** What is counted over all the parts. */
    private static final class Totals {
        long unpacked;
        long sharedStrings;
        long sharedStringBytes;
        long highestSharedString = -1;
        int styles;
        int sheets;
        int relationships;
        int arrayFormulas;
        long sharedFormulaWork;
        final Map<String, Long> sharedFormulaCost = new HashMap<>();
        int mergeCount;
        final Map<String, List<Merge>> merges = new HashMap<>();
        final Map<String, String> workbookRelationships = new HashMap<>();
    }

    /** One part, read as bytes through a small XML tokenizer that keeps one tag at most. */
    private static final class Part {

        private final Totals totals;
        private final long maxUnpacked;
        private byte[] tag = new byte[256];
        private int tagLength;
        private boolean inTag;
        private byte quote;
        private boolean xml;
        private boolean started;

        private int siDepth;
        private long siText;
        private boolean siWide;
        private int cellDepth;
        private long cellText;
        private boolean sharedCell;
        private int cellsInRow;
        private int vDepth;
        private final StringBuilder vText = new StringBuilder();
        private boolean vPlain = true;
        private int fDepth;
        private long fText;
        private long fReferences;
        private @Nullable String fType;
        private @Nullable String fIndex;
        private boolean fBase;
        private long textRun;

        private final String partName;

        Part(Totals totals, long maxUnpacked, String partName) {
            this.totals = totals;
            this.maxUnpacked = maxUnpacked;
            this.partName = partName;
        }

        void scan(InputStream in) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                count(read);
                int from = 0;
                if (!started) {
                    from = start(buffer, read);
                    if (!xml) {
                        drain(in, buffer);
                        return;
                    }
                }
                for (int i = from; i < read; i++) {
                    accept(buffer[i]);
                }
            }
        }

        /** Adds bytes read to the unpacked total, refusing the workbook once it passes the limit. */
        private void count(int read) {
            totals.unpacked += read;
            if (totals.unpacked > maxUnpacked) {
                throw ImportFailedException.of(ImportProblem.ofFile("import.problem.workbook.tooLarge",
                        megabytes(maxUnpacked)));
            }
        }

        /** Tells XML from a binary part by its first bytes; returns where the XML starts. */
        private int start(byte[] buffer, int length) {
            started = true;
            int i = 0;
            if (length >= 2 && ((buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF)
                    || (buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE)
                    || (buffer[0] == '<' && buffer[1] == 0) || (buffer[0] == 0 && buffer[1] == '<'))) {
                throw unusual("a UTF-16 part");
            }
            if (length >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
                i = 3;
            }
            while (i < length && (buffer[i] == ' ' || buffer[i] == '\t' || buffer[i] == '\r' || buffer[i] == '\n')) {
                i++;
            }
            xml = i < length && buffer[i] == '<';
            return i;
        }

        private void drain(InputStream in, byte[] buffer) throws IOException {
            int read;
            while ((read = in.read(buffer)) > 0) {
                count(read);
            }
        }

        private void accept(byte b) {
            if (inTag) {
                if (tagLength == tag.length) {
                    if (tag.length == MAX_TOKEN) {
                        throw unusual("a tag of more than " + MAX_TOKEN + " bytes");
                    }
                    tag = java.util.Arrays.copyOf(tag, Math.min(MAX_TOKEN, tag.length * 2));
                }
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if ((b == '"' || b == '\'') && !special()) {
                    quote = b;
                } else if (b == '>' && complete()) {
                    inTag = false;
                    endTag();
                    return;
                }
                tag[tagLength++] = b;
            } else if (b == '<') {
                inTag = true;
                tagLength = 0;
                quote = 0;
                textRun = 0;
            } else {
                text(1);
                if (siDepth > 0 && (b < 0 || b == '&')) {
                    siWide = true;
                }
                if (vDepth > 0) {
                    vByte(b);
                }
                if (fDepth > 0 && startsReference(b)) {
                    fReferences++;
                }
            }
        }

        /** Comments, CDATA and processing instructions end at their own closing mark, and hold no attributes. */
        private boolean special() {
            return tagLength > 0 && (tag[0] == '!' || tag[0] == '?');
        }

        private boolean complete() {
            if (startsWith("!--")) {
                return tagLength >= 5 && tag[tagLength - 1] == '-' && tag[tagLength - 2] == '-';
            }
            if (startsWith("![CDATA[")) {
                return tagLength >= 10 && tag[tagLength - 1] == ']' && tag[tagLength - 2] == ']';
            }
            if (tagLength > 0 && tag[0] == '?') {
                return tag[tagLength - 1] == '?';
            }
            return true;
        }

        private boolean startsWith(String prefix) {
            if (tagLength < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (tag[i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private void text(long bytes) {
            textRun += bytes;
            if (textRun > MAX_TOKEN) {
                throw unusual("a text of more than " + MAX_TOKEN + " bytes");
            }
            if (siDepth > 0) {
                siText += bytes;
                if (siText > MAX_TOKEN) {
                    throw unusual("a shared string of more than " + MAX_TOKEN + " bytes");
                }
            }
            if (cellDepth > 0) {
                cellText += bytes;
                if (cellText > MAX_TOKEN) {
                    throw unusual("a cell of more than " + MAX_TOKEN + " bytes");
                }
            }
            if (fDepth > 0) {
                fText += bytes;
            }
        }

        private void vByte(byte b) {
            if (b == '&' || vText.length() > 20) {
                vPlain = false;
            } else {
                vText.append((char) (b & 0xFF));
            }
        }

        private void endTag() {
            if (startsWith("!--") || (tagLength > 0 && tag[0] == '?')) {
                return;
            }
            if (startsWith("![CDATA[")) {
                text(tagLength - 10L);
                if (siDepth > 0) {
                    siWide = true;
                }
                for (int i = 8; i < tagLength - 2; i++) {
                    if (vDepth > 0) {
                        vByte(tag[i]);
                    }
                    if (fDepth > 0 && startsReference(tag[i])) {
                        fReferences++;
                    }
                }
                return;
            }
            if (tagLength > 0 && tag[0] == '!') {
                throw unusual("a DTD");
            }
            boolean end = tagLength > 0 && tag[0] == '/';
            boolean empty = !end && tagLength > 0 && tag[tagLength - 1] == '/';
            String name = localName(end ? 1 : 0);
            if (end) {
                close(name);
            } else {
                open(name);
                if (empty) {
                    close(name);
                }
            }
        }

        private void open(String name) {
            if (vDepth > 0) {
                vDepth++;
            }
            if (siDepth > 0) {
                siDepth++;
            }
            if (cellDepth > 0) {
                cellDepth++;
            }
            if (fDepth > 0) {
                fDepth++;
            }
            switch (name) {
                case "si" -> {
                    totals.sharedStrings++;
                    if (siDepth == 0) {
                        siDepth = 1;
                        siText = 0;
                        siWide = false;
                    }
                }
                case "row" -> cellsInRow = 0;
                case "c" -> {
                    if (++cellsInRow > MAX_COLUMNS) {
                        throw unusual("a row of more than " + MAX_COLUMNS + " cells");
                    }
                    String reference = attribute("r");
                    if (reference != null) {
                        checkReference(reference);
                    }
                    if (cellDepth == 0) {
                        cellDepth = 1;
                        cellText = 0;
                        sharedCell = "s".equals(attribute("t"));
                    }
                }
                case "v" -> {
                    if (cellDepth > 0 && sharedCell && vDepth == 0) {
                        vDepth = 1;
                        vText.setLength(0);
                        vPlain = true;
                    }
                }
                case "f" -> {
                    if (fDepth == 0) {
                        fDepth = 1;
                        fText = 0;
                        fReferences = 0;
                        fType = attribute("t");
                        fIndex = attribute("si");
                        fBase = attribute("ref") != null;
                    }
                }
                case "xf", "numFmt" -> {
                    if (++totals.styles > MAX_STYLES) {
                        throw unusual("more than " + MAX_STYLES + " styles");
                    }
                }
                case "sheet" -> {
                    if (++totals.sheets > MAX_SHEETS) {
                        throw unusual("more than " + MAX_SHEETS + " sheets");
                    }
                }
                case "Relationship" -> {
                    if (++totals.relationships > MAX_RELATIONSHIPS) {
                        throw unusual("more than " + MAX_RELATIONSHIPS + " relationships");
                    }
                    String id = attribute("Id");
                    String target = attribute("Target");
                    if (id != null && target != null && partName.toLowerCase(Locale.ROOT).endsWith("workbook.xml.rels")) {
                        totals.workbookRelationships.putIfAbsent(id, target);
                    }
                }
                case "mergeCell" -> {
                    if (++totals.mergeCount > MAX_MERGES) {
                        throw unusual("more than " + MAX_MERGES + " merged ranges");
                    }
                    String range = attribute("ref");
                    Merge merge = range == null ? null : Merge.of(range);
                    if (merge != null && merge.lastRow() > merge.firstRow()) {
                        totals.merges.computeIfAbsent(partName, part -> new ArrayList<>()).add(merge);
                    }
                }
                default -> {
                }
            }
        }

        private void close(String name) {
            if (vDepth > 0 && --vDepth == 0) {
                sharedIndex();
            }
            if (siDepth > 0 && --siDepth == 0) {
                totals.sharedStringBytes += siWide ? 2 * siText : siText;
            }
            if (cellDepth > 0) {
                cellDepth--;
            }
            if (fDepth > 0 && --fDepth == 0) {
                formula();
            }
        }

        /** A shared string cell's value as fastexcel reads it: a number that must name a string in the table. */
        private void sharedIndex() {
            if (!vPlain) {
                throw unusual("a shared string index that is not plain digits");
            }
            String digits = vText.toString();
            if (digits.isEmpty() || digits.length() > 11) {
                return;
            }
            int start = digits.charAt(0) == '+' || digits.charAt(0) == '-' ? 1 : 0;
            long value = 0;
            for (int i = start; i < digits.length(); i++) {
                char c = digits.charAt(i);
                if (c < '0' || c > '9') {
                    return;
                }
                value = value * 10 + (c - '0');
            }
            if (start == digits.length() || digits.charAt(0) == '-') {
                return;
            }
            totals.highestSharedString = Math.max(totals.highestSharedString, value);
        }

        private void formula() {
            if ("array".equals(fType)) {
                if (++totals.arrayFormulas > MAX_ARRAY_FORMULAS) {
                    throw unusual("more than " + MAX_ARRAY_FORMULAS + " array formulas");
                }
            } else if ("shared".equals(fType) && fIndex != null) {
                if (fBase) {
                    totals.sharedFormulaCost.put(fIndex, fText * (fReferences + 1));
                    if (totals.sharedFormulaCost.size() > MAX_SHARED_FORMULAS) {
                        throw unusual("more than " + MAX_SHARED_FORMULAS + " shared formulas");
                    }
                } else {
                    totals.sharedFormulaWork += Math.max(1, totals.sharedFormulaCost.getOrDefault(fIndex, 0L));
                    if (totals.sharedFormulaWork > MAX_SHARED_FORMULA_WORK) {
                        throw unusual("shared formulas too long for their number of cells");
                    }
                }
            }
        }

        /** A cell reference such as {@code B12}: at most Excel's last column (XFD) and row. */
        private static void checkReference(String reference) {
            int letters = 0;
            long column = 0;
            while (letters < reference.length() && reference.charAt(letters) >= 'A' && reference.charAt(letters) <= 'Z') {
                column = column * 26 + (reference.charAt(letters) - 'A' + 1);
                if (++letters > 3) {
                    throw unusual("a cell reference beyond the last column");
                }
            }
            int digits = reference.length() - letters;
            if (letters == 0 || digits < 1 || digits > 7) {
                throw unusual("an unreadable cell reference");
            }
            long row = 0;
            for (int i = letters; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < '0' || c > '9') {
                    throw unusual("an unreadable cell reference");
                }
                row = row * 10 + (c - '0');
            }
            if (column > MAX_COLUMNS || row > MAX_ROWS || row < 1) {
                throw unusual("a cell reference beyond the last row or column");
            }
        }

        /** A byte that may start a cell reference fastexcel shifts: a capital, {@code $}, or an entity. */
        private static boolean startsReference(byte b) {
            return (b >= 'A' && b <= 'Z') || b == '$' || b == '&';
        }

        /** The element's name without its prefix. */
        private String localName(int from) {
            int end = from;
            while (end < tagLength && !isSpace(tag[end]) && tag[end] != '/') {
                end++;
            }
            int start = from;
            for (int i = from; i < end; i++) {
                if (tag[i] == ':') {
                    start = i + 1;
                }
            }
            return new String(tag, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The value of an attribute without a prefix, its character references decoded; {@code null} if absent. */
        private @Nullable String attribute(String name) {
            int i = 0;
            while (i < tagLength && !isSpace(tag[i])) {
                i++;
            }
            while (i < tagLength) {
                while (i < tagLength && isSpace(tag[i])) {
                    i++;
                }
                int nameStart = i;
                while (i < tagLength && tag[i] != '=' && !isSpace(tag[i])) {
                    i++;
                }
                int nameEnd = i;
                while (i < tagLength && isSpace(tag[i])) {
                    i++;
                }
                if (i >= tagLength || tag[i] != '=') {
                    return null;
                }
                i++;
                while (i < tagLength && isSpace(tag[i])) {
                    i++;
                }
                if (i >= tagLength || (tag[i] != '"' && tag[i] != '\'')) {
                    return null;
                }
                byte q = tag[i++];
                int valueStart = i;
                while (i < tagLength && tag[i] != q) {
                    i++;
                }
                String attribute = new String(tag, nameStart, nameEnd - nameStart,
                        java.nio.charset.StandardCharsets.UTF_8);
                if (attribute.equals(name)) {
                    return decode(new String(tag, valueStart, i - valueStart, java.nio.charset.StandardCharsets.UTF_8));
                }
                i++;
            }
            return null;
        }

        private static String decode(String value) {
            if (value.indexOf('&') < 0) {
                return value;
            }
            StringBuilder decoded = new StringBuilder();
            int i = 0;
            while (i < value.length()) {
                char c = value.charAt(i);
                int semicolon = c == '&' ? value.indexOf(';', i) : -1;
                if (semicolon < 0) {
                    decoded.append(c);
                    i++;
                    continue;
                }
                String entity = value.substring(i + 1, semicolon).toLowerCase(Locale.ROOT);
                try {
                    switch (entity) {
                        case "lt" -> decoded.append('<');
                        case "gt" -> decoded.append('>');
                        case "amp" -> decoded.append('&');
                        case "quot" -> decoded.append('"');
                        case "apos" -> decoded.append('\'');
                        default -> decoded.appendCodePoint(entity.startsWith("#x")
                                ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1)));
                    }
                } catch (IllegalArgumentException e) {
                    throw unusual("an unreadable character reference");
                }
                i = semicolon + 1;
            }
            return decoded.toString();
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\r' || b == '\n';
        }
    }
}
