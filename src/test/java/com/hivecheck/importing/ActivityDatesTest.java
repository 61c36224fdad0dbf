package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-05-31|2026-05-31",
            "2026-05-31T14:05:00Z|2026-05-31",
            "2026-05-31T23:59:59+03:00|2026-05-31",
            "2026-05-31T00:00:00.123456789-05:00|2026-05-31",
            "2026-05-31 14:05|2026-05-31",
            "2026-05-31 14:05:07|2026-05-31",
            "31.05.2026|2026-05-31",
            "1.5.2026|2026-05-01",
            "01.05.2026 9:30|2026-05-01",
            "29.02.2024|2024-02-29"})
    void readsIsoDottedAndDateTimeFormats(String text, LocalDate expected) {
        assertThat(ActivityDates.parse(text)).isEqualTo(expected.toEpochDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "2026-02-30", "31.13.2026", "29.02.2025", "05/31/2026",
            "2026-05-31 noon", "2026-5-31", "31.05.26", "2026-05-31T", "20260531", "31-05-2026"})
    void rejectsWhatIsNotADate(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ActivityDates.parse(text));
    }

    @org.junit.jupiter.api.Test
    void blankMeansNeverActive() {
        assertThat(ActivityDates.parse("")).isEqualTo(ActivityDates.NEVER);
    }
}
