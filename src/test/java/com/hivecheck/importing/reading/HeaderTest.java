package com.hivecheck.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.importing.ExportFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderTest {

    private static final List<String> VIVA = List.of("Report Refresh Date", "User Principal Name", "Display Name",
            "User State", "State Change Date", "Last Activity Date", "Posted Count", "Read Count", "Liked Count",
            "Assigned Products", "Report Period");

    @Test
    void comparesNamesWithoutCaseAndSeparators() {
        assertThat(Header.normalise("  Last  Activity-Date ")).isEqualTo("last_activity_date");
        assertThat(new Header(List.of("PERSON", "Last activity date")).indexOf("last_activity_date")).isEqualTo(1);
    }

    @Test
    void recognisesTheVivaEngageReportAndCountsPostsOnly() {
        ColumnMapping mapping = new Header(VIVA).recognise().orElseThrow();
        assertThat(mapping.format()).isEqualTo(ExportFormat.VIVA_ENGAGE);
        assertThat(mapping.person()).isEqualTo(1);
        assertThat(mapping.lastActivity()).isEqualTo(5);
        assertThat(mapping.counts()).containsExactly(6);
        assertThat(mapping.hasUnit()).isFalse();
    }

    @Test
    void recognisesTheGenericFormatWithAnyOfItsCountColumns() {
        ColumnMapping mapping = new Header(List.of("unit", "person", "comments", "last_activity_date", "posts"))
                .recognise().orElseThrow();
        assertThat(mapping.format()).isEqualTo(ExportFormat.GENERIC);
        assertThat(mapping.unit()).isEqualTo(0);
        assertThat(mapping.counts()).containsExactly(4, 2);
        assertThat(new Header(List.of("person", "last_activity_date", "replies")).recognise().orElseThrow().hasUnit())
                .isFalse();
    }

    @Test
    void namesTheColumnsAKnownExportLacks() {
        Header viva = new Header(List.of("User Principal Name", "Read Count", "Liked Count"));
        assertThat(viva.recognise()).isEmpty();
        assertThat(viva.missingColumns()).containsExactly("Last Activity Date", "Posted Count");
        Header generic = new Header(List.of("person", "unit", "posts"));
        assertThat(generic.missingColumns()).containsExactly("last_activity_date");
        assertThat(new Header(List.of("Сотрудник", "Дата")).missingColumns()).isEmpty();
    }

    @Test
    void guessesAMappingForUnknownColumns() {
        Header.Guess guess = new Header(List.of("Сотрудник", "Подразделение", "Дата последнего входа", "Публикации",
                "Комментарии", "Просмотры")).guess();
        assertThat(guess.person()).isEqualTo(0);
        assertThat(guess.unit()).isEqualTo(1);
        assertThat(guess.lastActivity()).isEqualTo(2);
        assertThat(guess.counts()).containsExactly(3, 4);
    }

    private static final List<String> TEAMS = List.of("Report Refresh Date", "User Id", "User Principal Name",
            "Last Activity Date", "Is Deleted", "Deleted Date", "Assigned Products", "Team Chat Message Count",
            "Private Chat Message Count", "Call Count", "Meeting Count", "Post Messages", "Reply Messages",
            "Urgent Messages", "Report Period");

    private static ColumnSample sample(String... values) {
        ColumnSample.Collector collector = new ColumnSample.Collector();
        for (String value : values) {
            collector.add(value);
        }
        return collector.sample();
    }

    @Test
    void theTeamsHeaderDoesNotPreselectTheReportDateOrAMessageCountAsUnit() {
        Header.Guess guess = new Header(TEAMS).guess();
        assertThat(TEAMS.get(guess.lastActivity())).isEqualTo("Last Activity Date");
        assertThat(TEAMS.get(guess.person())).isEqualTo("User Principal Name");
        assertThat(guess.unit()).isEqualTo(ColumnMapping.NONE);
        assertThat(guess.counts()).extracting(TEAMS::get).containsExactly("Post Messages", "Reply Messages");
    }

    @Test
    void anUnknownExportsGuessSkipsAConstantDateANumericUnitAndCountsThatArePartOfAnother() {
        List<String> names = List.of("Report Date", "Login", "Last seen date", "Team", "Messages posted",
                "Messages posted in channels", "Private chat messages");
        List<ColumnSample> samples = List.of(sample("2026-05-31", "2026-05-31", "2026-05-31"),
                sample("a@x", "b@x", "c@x"), sample("2026-05-30", "2026-05-02", ""), sample("0", "1", "2"),
                sample("4", "0", "9"), sample("3", "0", "9"), sample("40", "1", "0"));
        Header.Guess guess = new Header(names).guess(samples);
        assertThat(names.get(guess.lastActivity())).isEqualTo("Last seen date");
        assertThat(names.get(guess.person())).isEqualTo("Login");
        assertThat(guess.unit()).as("a numeric column is no unit").isEqualTo(ColumnMapping.NONE);
        assertThat(guess.counts()).extracting(names::get).containsExactly("Messages posted");
    }

    @Test
    void samplesShowThreeValuesAndTellTheirKind() {
        ColumnSample dates = sample("2026-05-31", "", "31.05.2026", "May 2, 2026", "2026-05-01");
        assertThat(dates.values()).containsExactly("2026-05-31", "31.05.2026", "May 2, 2026");
        assertThat(dates.dates()).isTrue();
        assertThat(dates.numbers()).isFalse();
        assertThat(sample("7", "7").constant()).isTrue();
        assertThat(sample("7", "7").numbers()).isTrue();
        assertThat(sample("", "").blank()).isTrue();
    }

    @Test
    void findsTheTeamsAndSlackExportsAndNamesWhatTheyLack() {
        assertThat(new Header(TEAMS).format()).contains(ExportFormat.TEAMS);
        Header slack = new Header(List.of("Name", "User ID", "Messages posted", "Messages posted in channels",
                "Last active (UTC)", "Deactivated date (UTC)"));
        assertThat(slack.format()).contains(ExportFormat.SLACK);
        assertThat(new Header(List.of("User ID", "Messages posted in channels", "Days active")).missingColumns())
                .containsExactly("Last active (UTC)", "Messages posted");
        assertThat(new Header(List.of("Report Refresh Date", "User Principal Name", "Team Chat Message Count"))
                .missingColumns()).containsExactly("Last Activity Date", "Post Messages", "Reply Messages");
    }

    @Test
    void aUnitColumnIsFoundUnderItsUsualNames() {
        for (String unit : List.of("Department", "Unit", "Division", "Подразделение", "Отдел")) {
            List<String> names = new java.util.ArrayList<>(VIVA);
            names.add(unit);
            assertThat(new Header(names).recognise().orElseThrow().unit()).as(unit).isEqualTo(11);
        }
    }
}
