package com.hivecheck.importing.reading;

import com.hivecheck.importing.ExportFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How one known export is laid out, by column names as the platform writes them (compared in
 * {@linkplain Header#normalise normalised} form). Recognising a format is reading these descriptions, not code per
 * format.
 *
 * @param format the export
 * @param person the id column, the first one present wins (an e-mail, a user principal name, or a concealed hash)
 * @param lastActivity the last activity date column
 * @param counts the count columns whose sum is a person's posts and comments
 * @param everyCount whether every count column must be there (a platform's export), or at least one (our format)
 * @param reportDate the column holding the report's own date, or {@code null}
 * @param period the column holding the report's period in days, or {@code null}
 * @param departure the column that tells that a person has left, or {@code null}
 * @param dateInFileName whether the report's date (or date range) is in the file's name
 * @param signature further column names that belong to this export only: a file that has the person column and one
 *        of these, but misses a needed column, is this export with a column missing
 */
record ExportLayout(ExportFormat format, List<String> person, String lastActivity, List<String> counts,
        boolean everyCount, @Nullable String reportDate, @Nullable String period, @Nullable Departure departure,
        boolean dateInFileName, List<String> signature) {

    /** The names an optional unit column goes by, in any of the formats. */
    static final List<String> UNIT_NAMES = List.of("unit", "department", "division", "business unit",
            "подразделение", "отдел", "департамент", "служба");

    /** Microsoft Graph getTeamsUserActivityUserDetail: channel posts and replies are the content, chats are not. */
    static final ExportLayout TEAMS = new ExportLayout(ExportFormat.TEAMS, List.of("User Principal Name"),
            "Last Activity Date", List.of("Post Messages", "Reply Messages"), true, "Report Refresh Date",
            "Report Period", new Departure("Is Deleted", Departure.Rule.TRUE, List.of()), false,
            List.of("Team Chat Message Count", "Private Chat Message Count", "Is Deleted", "Meeting Count"));

    /** Microsoft Graph getYammerActivityUserDetail, the Viva Engage activity report. */
    static final ExportLayout VIVA_ENGAGE = new ExportLayout(ExportFormat.VIVA_ENGAGE,
            List.of("User Principal Name"), "Last Activity Date", List.of("Posted Count"), true,
            "Report Refresh Date", "Report Period",
            new Departure("User State", Departure.Rule.ONE_OF, List.of("deleted", "suspended")), false,
            List.of("Read Count", "Liked Count", "User State"));

    /** Slack's member analytics export. */
    static final ExportLayout SLACK = new ExportLayout(ExportFormat.SLACK, List.of("User ID", "Email", "Username"),
            "Last active (UTC)", List.of("Messages posted"), true, null, null,
            new Departure("Deactivated date (UTC)", Departure.Rule.NOT_BLANK, List.of()), true,
            List.of("Messages posted in channels", "Days active", "Account type"));

    /** HiveCheck's documented generic format. */
    static final ExportLayout GENERIC = new ExportLayout(ExportFormat.GENERIC, List.of("person"),
            "last_activity_date", List.of("posts", "comments", "replies"), false, null, null, null, false,
            List.of());

    /** The known exports, the most specific first. */
    static final List<ExportLayout> ALL = List.of(TEAMS, VIVA_ENGAGE, SLACK, GENERIC);

    ExportLayout {
        person = List.copyOf(person);
        counts = List.copyOf(counts);
        signature = List.copyOf(signature);
    }

    /**
     * What tells that a person has left the network and is no longer one of its employees.
     *
     * @param column the column
     * @param rule how its value is read
     * @param values the values that mean "left", lower case, for {@link Rule#ONE_OF}
     */
    record Departure(String column, Rule rule, List<String> values) {

        Departure {
            values = List.copyOf(values);
        }

        /** Whether this cell (stripped) says the person has left. */
        boolean left(String cell) {
            return switch (rule) {
                case TRUE -> cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("yes") || cell.equals("1")
                        || cell.equalsIgnoreCase("истина");
                case ONE_OF -> values.contains(cell.toLowerCase(Locale.ROOT));
                case NOT_BLANK -> !cell.isEmpty();
            };
        }

        /** How a departure column is read. */
        enum Rule {
            /** A boolean column: true means left. */
            TRUE,
            /** A state column: one of the listed values means left. */
            ONE_OF,
            /** A date column: any date means left. */
            NOT_BLANK
        }
    }
}
