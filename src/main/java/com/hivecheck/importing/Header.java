package com.hivecheck.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first line of a file: the column names, as written. Recognises the known exports by their column names,
 * compared without case and treating spaces, underscores and hyphens alike ({@code Last Activity Date} is
 * {@code last_activity_date}).
 *
 * @param names the column names, stripped, in file order
 */
public record Header(List<String> names) {

    static final String PERSON = "person";
    static final String UNIT = "unit";
    static final String LAST_ACTIVITY = "last_activity_date";
    static final List<String> GENERIC_COUNTS = List.of("posts", "comments", "replies");
    static final String VIVA_PERSON = "user_principal_name";
    static final String VIVA_POSTED = "posted_count";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    public Header {
        names = names.stream().map(String::strip).toList();
    }

    /** A column name in its comparable form: lower case, with runs of spaces, underscores and hyphens as one {@code _}. */
    static String normalise(String name) {
        return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
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

    /** The mapping of a known export, when every column it needs is there. */
    public Optional<ColumnMapping> recognise() {
        int vivaPerson = indexOf(VIVA_PERSON);
        if (vivaPerson != ColumnMapping.NONE) {
            int date = indexOf(LAST_ACTIVITY);
            int posted = indexOf(VIVA_POSTED);
            return date == ColumnMapping.NONE || posted == ColumnMapping.NONE ? Optional.empty()
                    : Optional.of(new ColumnMapping(ExportFormat.VIVA_ENGAGE, vivaPerson, ColumnMapping.NONE, date,
                            List.of(posted)));
        }
        int person = indexOf(PERSON);
        int date = indexOf(LAST_ACTIVITY);
        List<Integer> counts = genericCounts();
        if (person == ColumnMapping.NONE || date == ColumnMapping.NONE || counts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ColumnMapping(ExportFormat.GENERIC, person, indexOf(UNIT), date, counts));
    }

    /**
     * The columns a known export lacks, when the file names that export's person column but not all the rest;
     * empty when the file is complete or claims no known export.
     */
    public List<String> missingColumns() {
        List<String> missing = new ArrayList<>();
        if (indexOf(VIVA_PERSON) != ColumnMapping.NONE) {
            if (indexOf(LAST_ACTIVITY) == ColumnMapping.NONE) {
                missing.add("Last Activity Date");
            }
            if (indexOf(VIVA_POSTED) == ColumnMapping.NONE) {
                missing.add("Posted Count");
            }
        } else if (indexOf(PERSON) != ColumnMapping.NONE) {
            if (indexOf(LAST_ACTIVITY) == ColumnMapping.NONE) {
                missing.add(LAST_ACTIVITY);
            }
            if (genericCounts().isEmpty()) {
                missing.add(String.join(" / ", GENERIC_COUNTS));
            }
        }
        return missing;
    }

    /** A first guess at a mapping for the user to confirm, from words that usually name each column. */
    public Guess guess() {
        int person = ColumnMapping.NONE;
        int unit = ColumnMapping.NONE;
        int date = ColumnMapping.NONE;
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = normalise(names.get(i));
            if (date == ColumnMapping.NONE && (name.contains("date") || name.contains("дата"))) {
                date = i;
            } else if (person == ColumnMapping.NONE && containsAny(name, "person", "principal", "mail", "user",
                    "login", "employee", "сотрудник", "пользователь", "почта", "логин")) {
                person = i;
            } else if (unit == ColumnMapping.NONE && containsAny(name, "unit", "department", "division", "team",
                    "region", "подразделение", "отдел", "департамент", "филиал", "регион")) {
                unit = i;
            } else if (containsAny(name, "post", "comment", "repl", "message", "пост", "публикац", "коммент",
                    "ответ", "сообщен")) {
                counts.add(i);
            }
        }
        return new Guess(person, unit, date, counts);
    }

    private List<Integer> genericCounts() {
        List<Integer> counts = new ArrayList<>();
        for (String name : GENERIC_COUNTS) {
            int index = indexOf(name);
            if (index != ColumnMapping.NONE) {
                counts.add(index);
            }
        }
        return counts;
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
