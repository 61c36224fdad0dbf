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
}
