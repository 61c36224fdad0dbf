package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.hivecheck.scoring.Quadrant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The status of a unit's progress: the sum of both changes against the threshold of 5 points. */
class ProgressTest {

    static final LocalDate EARLIER = LocalDate.of(2025, 7, 1);
    static final LocalDate LATER = LocalDate.of(2026, 1, 15);

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "12, 40, IMPROVED",
        "5, 0, IMPROVED",
        "0, 5, IMPROVED",
        "3, 2, IMPROVED",
        "4, 0, STEADY",
        "10, -6, STEADY",
        "0, 0, STEADY",
        "-4, 0, STEADY",
        "-5, 0, DECLINED",
        "-3, -2, DECLINED",
        "20, -25, DECLINED",
        "-40, 44, STEADY",
    })
    void judgesTheSumOfBothChanges(int involvement, int benefit, ProgressStatus expected) {
        Progress progress = Progress.of("Alpha", point(LATER, 50 + involvement, 50 + benefit, "1"),
                point(EARLIER, 50, 50, "1"));

        assertThat(progress.status()).isEqualTo(expected);
        assertThat(progress.change()).isEqualTo(new Progress.Change(involvement, benefit));
    }

    @Test
    void isNewWithoutAPreviousAssessment() {
        Progress progress = Progress.of(null, point(LATER, 80, 80, "1"), null);

        assertThat(progress.status()).isEqualTo(ProgressStatus.NEW);
        assertThat(progress.change()).isNull();
        assertThat(progress.versionsDiffer()).isFalse();
        assertThat(progress.typeChanged()).isFalse();
    }

    @Test
    void saysWhenTheTwoPointsComeFromDifferentModelVersions() {
        assertThat(Progress.of("A", point(LATER, 60, 60, "2"), point(EARLIER, 60, 60, "1")).versionsDiffer())
                .isTrue();
        assertThat(Progress.of("A", point(LATER, 60, 60, "2"), point(EARLIER, 60, 60, "2")).versionsDiffer())
                .isFalse();
    }

    @Test
    void saysWhenTheTypeChanged() {
        assertThat(Progress.of("A", point(LATER, 60, 60, "1"), point(EARLIER, 40, 60, "1")).typeChanged()).isTrue();
        assertThat(Progress.of("A", point(LATER, 60, 60, "1"), point(EARLIER, 55, 70, "1")).typeChanged())
                .isFalse();
    }

    @Test
    void refusesALatestPointOlderThanThePreviousOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Progress.of("A", point(EARLIER, 50, 50, "1"), point(LATER, 50, 50, "1")));
    }

    @Test
    void sameDayRoundsAreAllowed() {
        assertThat(Progress.of("A", point(LATER, 60, 50, "1"), point(LATER, 50, 50, "1")).status())
                .isEqualTo(ProgressStatus.IMPROVED);
    }

    static Progress.Point point(LocalDate day, int involvement, int benefit, String version) {
        return new Progress.Point(UUID.randomUUID(), day, involvement, benefit,
                Quadrant.of(involvement >= 50, benefit >= 50), version);
    }
}
