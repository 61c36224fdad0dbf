package com.hivecheck.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
            "29.02.2024|2024-02-29",
            "May 2, 2026|2026-05-02",
            "Sep 30, 2026|2026-09-30",
            "September 30, 2026|2026-09-30",
            "2 May 2026|2026-05-02",
            "5/31/2026|2026-05-31",
            "31/5/2026|2026-05-31",
            "5/31/2026 2:05 PM|2026-05-31"})
    void readsIsoDottedSlashedNamedAndDateTimeFormats(String text, LocalDate expected) {
        ActivityDates.Day day = ActivityDates.parse(text, DateOrder.AUTO);
        int epochDay = Math.toIntExact(expected.toEpochDay());
        assertThat(day.monthFirst() == epochDay || day.dayFirst() == epochDay).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "2026-02-30", "31.13.2026", "29.02.2025", "13/13/2026",
            "2026-05-31 noon", "31.05.26", "2026-05-31T", "20260531", "31-05-2026", "Mai 2, 2026", "May 32, 2026"})
    void rejectsWhatIsNotADate(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ActivityDates.parse(text, DateOrder.AUTO));
    }

    @Test
    void blankMeansNeverActive() {
        assertThat(ActivityDates.parse("", DateOrder.AUTO)).isEqualTo(ActivityDates.Day.BLANK);
    }

    @Test
    void aSlashedDateIsReadBothWaysUntilTheOrderIsChosen() {
        ActivityDates.Day day = ActivityDates.parse("5/2/2026", DateOrder.AUTO);
        assertThat(LocalDate.ofEpochDay(day.monthFirst())).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(LocalDate.ofEpochDay(day.dayFirst())).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(LocalDate.ofEpochDay(ActivityDates.parse("5/2/2026", DateOrder.DAY_FIRST).monthFirst()))
                .isEqualTo(LocalDate.of(2026, 2, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> ActivityDates.parse("31/5/2026", DateOrder.MONTH_FIRST));
    }

    @Test
    void theWholeColumnDecidesTheOrder() {
        ActivityDates.Evidence usDates = new ActivityDates.Evidence();
        usDates.add(ActivityDates.parse("5/2/2026", DateOrder.AUTO));
        usDates.add(ActivityDates.parse("5/31/2026", DateOrder.AUTO));
        assertThat(usDates.decide(DateOrder.AUTO, "Last")).isEqualTo(DateOrder.MONTH_FIRST);

        ActivityDates.Evidence britishDates = new ActivityDates.Evidence();
        britishDates.add(ActivityDates.parse("31/5/2026", DateOrder.AUTO));
        britishDates.add(ActivityDates.parse("5/2/2026", DateOrder.AUTO));
        assertThat(britishDates.decide(DateOrder.AUTO, "Last")).isEqualTo(DateOrder.DAY_FIRST);

        ActivityDates.Evidence sameEitherWay = new ActivityDates.Evidence();
        sameEitherWay.add(ActivityDates.parse("5/5/2026", DateOrder.AUTO));
        sameEitherWay.add(ActivityDates.parse("2026-05-04", DateOrder.AUTO));
        assertThat(sameEitherWay.decide(DateOrder.AUTO, "Last")).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void anUndecidableColumnIsAQuestionForTheUser() {
        ActivityDates.Evidence ambiguous = new ActivityDates.Evidence();
        ambiguous.add(ActivityDates.parse("5/2/2026", DateOrder.AUTO));
        ambiguous.add(ActivityDates.parse("6/3/2026", DateOrder.AUTO));
        assertThatThrownBy(() -> ambiguous.decide(DateOrder.AUTO, "Last"))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code).containsExactly("import.problem.dateOrder.ambiguous"));
        assertThat(ambiguous.decide(DateOrder.DAY_FIRST, "Last")).isEqualTo(DateOrder.DAY_FIRST);

        ActivityDates.Evidence mixed = new ActivityDates.Evidence();
        mixed.add(ActivityDates.parse("5/31/2026", DateOrder.AUTO));
        mixed.add(ActivityDates.parse("31/5/2026", DateOrder.AUTO));
        assertThatThrownBy(() -> mixed.decide(DateOrder.AUTO, "Last"))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code).containsExactly("import.problem.dateOrder.mixed"));
    }

    @Test
    void anExcelSerialDayFromAColumnSavedAsGeneralIsReadButNeverTakenForADateColumn() {
        assertThat(LocalDate.ofEpochDay(ActivityDates.parse("46173", DateOrder.AUTO).monthFirst()))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(LocalDate.ofEpochDay(ActivityDates.parse("46173.75", DateOrder.DAY_FIRST).dayFirst()))
                .as("a date and time").isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(LocalDate.ofEpochDay(ActivityDates.parse("36526", DateOrder.AUTO).monthFirst()))
                .isEqualTo(LocalDate.of(2000, 1, 1));
        for (String notADate : new String[] {"36525", "73051", "4617", "461730", "46173.", "-46173"}) {
            assertThatThrownBy(() -> ActivityDates.parse(notADate, DateOrder.AUTO)).as(notADate)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ActivityDates.isDate("46173")).as("a number column is no date column for the mapping guess")
                .isFalse();
        assertThat(ActivityDates.isDate("2026-05-31")).isTrue();
    }
}
