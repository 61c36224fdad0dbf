package com.hivecheck.importing.reading;

import com.hivecheck.importing.ExportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The first line of a file: the column names, as written. Recognises the known exports ({@link ExportLayout}) by
 * their column names, compared without case, treating spaces, underscores and hyphens alike and ignoring a
 * {@code (UTC)} suffix ({@code Last Activity Date} is {@code last_activity_date}).
 *
 * @param names the column names, stripped, in file order
 */
public record Header(List<String> names) {

    /** More columns than this are refused: no real export has them, and every page about them grows with them. */
    public static final int MAX_COLUMNS = 200;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");
    private static final Pattern UTC = Pattern.compile("\\(\\s*utc\\s*\\)");

    public Header {
        names = names.stream().map(String::strip).toList();
    }

    /** A column name in its comparable form: lower case, runs of spaces, underscores and hyphens as one {@code _}. */
    static String normalise(String name) {
        String lower = UTC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return SEPARATORS.matcher(lower).replaceAll("_");
    }

    /** The index of the first column with this name (compared in normalised form), or {@link ColumnMapping#NONE}. */
    public int indexOf(String name) {
        String wanted = normalise(name);
        for (int i = 0; i < names.size(); i++) {
            if (normalise(names.get(i)).equals(wanted)) {
                return i;
            }
        }
        return ColumnMapping.NONE;
    }

    private int indexOfAny(List<String> candidates) {
        for (String candidate : candidates) {
            int index = indexOf(candidate);
            if (index != ColumnMapping.NONE) {
                return index;
            }
        }
        return ColumnMapping.NONE;
    }

    /** Whether a row repeats these column names: two exports pasted one under the other. */
    boolean repeatedBy(List<String> row) {
        if (row.size() < names.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!normalise(row.get(i)).equals(normalise(names.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The known export this file is, when every column it needs is there. */
    Optional<ExportLayout> layout() {
        return ExportLayout.ALL.stream().filter(this::complete).findFirst();
    }

    /** The mapping of a known export, when every column it needs is there. */
    public Optional<ColumnMapping> recognise() {
        return layout().map(this::mapping);
    }

    /** The format of a known export, when every column it needs is there. */
    public Optional<ExportFormat> format() {
        return layout().map(ExportLayout::format);
    }

    private boolean complete(ExportLayout layout) {
        return indexOfAny(layout.person()) != ColumnMapping.NONE && indexOf(layout.lastActivity()) != ColumnMapping.NONE
                && (layout.everyCount() ? layout.counts().stream().allMatch(c -> indexOf(c) != ColumnMapping.NONE)
                        : !counts(layout).isEmpty());
    }

    private ColumnMapping mapping(ExportLayout layout) {
        return new ColumnMapping(layout.format(), indexOfAny(layout.person()), unit(), indexOf(layout.lastActivity()),
                counts(layout));
    }

    private List<Integer> counts(ExportLayout layout) {
        List<Integer> counts = new ArrayList<>();
        for (String name : layout.counts()) {
            int index = indexOf(name);
            if (index != ColumnMapping.NONE) {
                counts.add(index);
            }
        }
        return counts;
    }

    /** The optional unit column of the known exports. */
    private int unit() {
        return indexOfAny(ExportLayout.UNIT_NAMES);
    }

    /**
     * The known export this file claims to be, complete or not: its person column is there, and so is a column only
     * that export has (or the export has none such).
     */
    Optional<ExportLayout> claimed() {
        return layout().or(() -> ExportLayout.ALL.stream()
                .filter(layout -> indexOfAny(layout.person()) != ColumnMapping.NONE)
                .filter(layout -> layout.signature().isEmpty() || indexOfAny(layout.signature()) != ColumnMapping.NONE)
                .findFirst());
    }

    /** The report-level columns of the export this file claims to be: its date, its period and departures. */
    Extras extras() {
        return claimed().map(layout -> new Extras(layout,
                layout.reportDate() == null ? ColumnMapping.NONE : indexOf(layout.reportDate()),
                layout.period() == null ? ColumnMapping.NONE : indexOf(layout.period()),
                layout.departure() == null ? ColumnMapping.NONE : indexOf(layout.departure().column())))
                .orElse(Extras.NONE);
    }

    /**
     * The columns a known export lacks, when the file claims to be that export but does not have all it needs;
     * empty when the file is complete or claims no known export.
     */
    public List<String> missingColumns() {
        if (layout().isPresent()) {
            return List.of();
        }
        return claimed().map(layout -> {
            List<String> missing = new ArrayList<>();
            if (indexOf(layout.lastActivity()) == ColumnMapping.NONE) {
                missing.add(layout.lastActivity());
            }
            if (layout.everyCount()) {
                layout.counts().stream().filter(c -> indexOf(c) == ColumnMapping.NONE).forEach(missing::add);
            } else if (counts(layout).isEmpty()) {
                missing.add(String.join(" / ", layout.counts()));
            }
            return missing;
        }).orElse(List.of());
    }

    /** A first guess at a mapping, from the names alone. */
    public Guess guess() {
        return guess(List.of());
    }

    /**
     * A first guess at a mapping for the user to confirm, from words that usually name each column and from what the
     * first rows hold. It is safe rather than complete: it never takes as the last activity a date that is the same
     * on every row (a report's own date), never a number column as the unit, and never two count columns where one
     * is part of the other ({@code Messages posted} and {@code Messages posted in channels}). A known export's own
     * columns win.
     *
     * @param columns what the first rows hold, per column; may be empty when unknown
     */
    public Guess guess(List<ColumnSample> columns) {
        Optional<ExportLayout> known = claimed();
        int person = known.map(layout -> indexOfAny(layout.person())).orElse(ColumnMapping.NONE);
        int date = known.map(layout -> indexOf(layout.lastActivity())).orElse(ColumnMapping.NONE);
        int unit = usableUnit(unit(), columns) ? unit() : ColumnMapping.NONE;
        List<Integer> counts = new ArrayList<>(known.map(this::counts).orElse(List.of()));
        for (int i = 0; i < names.size(); i++) {
            String name = normalise(names.get(i));
            ColumnSample sample = i < columns.size() ? columns.get(i) : null;
            if (i == person || i == date || i == unit || counts.contains(i)) {
                continue;
            }
            if (date == ColumnMapping.NONE && containsAny(name, "date", "дата", "active", "activity", "активн")
                    && !containsAny(name, "refresh", "обновл", "created", "claimed", "deleted", "deactivated",
                            "state_change", "создан", "удален")
                    && (sample == null || (sample.dates() && !sample.constant()))) {
                date = i;
            } else if (person == ColumnMapping.NONE && containsAny(name, "person", "principal", "mail", "user",
                    "login", "employee", "сотрудник", "пользователь", "почта", "логин")
                    && !containsAny(name, "display", "count", "date")) {
                person = i;
            } else if (unit == ColumnMapping.NONE && containsAny(name, "unit", "department", "division", "team",
                    "region", "подразделение", "отдел", "департамент", "филиал", "регион")
                    && !containsAny(name, "count", "message", "сообщен") && usableUnit(i, columns)) {
                unit = i;
            } else if (containsAny(name, "post", "comment", "repl", "message", "пост", "публикац", "коммент",
                    "ответ", "сообщен")
                    && !containsAny(name, "private", "chat", "direct", "dm", "urgent", "личн", "чат")
                    && (sample == null || sample.numbers())) {
                counts.add(i);
            }
        }
        return new Guess(person, unit, date, withoutParts(counts));
    }

    private static boolean usableUnit(int index, List<ColumnSample> columns) {
        return index != ColumnMapping.NONE && (index >= columns.size() || !columns.get(index).numbers()
                || columns.get(index).blank());
    }

    /** Leaves out a count column whose name extends another's: it counts part of what the other counts. */
    private List<Integer> withoutParts(List<Integer> counts) {
        List<Integer> kept = new ArrayList<>();
        for (int count : counts) {
            String name = normalise(names.get(count));
            boolean part = counts.stream().anyMatch(other -> other != count
                    && name.startsWith(normalise(names.get(other)) + "_"));
            if (!part) {
                kept.add(count);
            }
        }
        return kept;
    }

    private static boolean containsAny(String name, String... words) {
        for (String word : words) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report-level columns of a known export.
     *
     * @param layout the export, or {@code null} for none
     * @param reportDate the report's own date column, or {@link ColumnMapping#NONE}
     * @param period the report period column, or {@link ColumnMapping#NONE}
     * @param departure the column that tells that a person has left, or {@link ColumnMapping#NONE}
     */
    record Extras(@Nullable ExportLayout layout, int reportDate, int period, int departure) {

        static final Extras NONE = new Extras(null, ColumnMapping.NONE, ColumnMapping.NONE, ColumnMapping.NONE);
    }

    /**
     * A suggested mapping; any part may be missing.
     *
     * @param person the person column or {@link ColumnMapping#NONE}
     * @param unit the unit column or {@link ColumnMapping#NONE}
     * @param lastActivity the date column or {@link ColumnMapping#NONE}
     * @param counts the count columns, possibly none
     */
    public record Guess(int person, int unit, int lastActivity, List<Integer> counts) {

        public Guess {
            counts = List.copyOf(counts);
        }
    }
}
