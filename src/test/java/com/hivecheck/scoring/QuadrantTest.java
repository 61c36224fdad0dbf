package com.hivecheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QuadrantTest {

    @ParameterizedTest(name = "high involvement {0}, high benefit {1} -> {2}")
    @CsvSource({
            "false, false, DESERT",
            "true, false, FLOOD_ROOM",
            "false, true, ONE_ACTOR_THEATER",
            "true, true, HONEY_APIARY"})
    void namesTheTypeOfEachCombinationOfHighAndLow(boolean highInvolvement, boolean highBenefit,
            Quadrant quadrant) {
        assertThat(Quadrant.of(highInvolvement, highBenefit)).isEqualTo(quadrant);
        assertThat(quadrant.highInvolvement()).isEqualTo(highInvolvement);
        assertThat(quadrant.highBenefit()).isEqualTo(highBenefit);
    }

    @ParameterizedTest(name = "{0} across involvement is {1}, across benefit is {2}")
    @CsvSource({
            "DESERT, FLOOD_ROOM, ONE_ACTOR_THEATER",
            "FLOOD_ROOM, DESERT, HONEY_APIARY",
            "ONE_ACTOR_THEATER, HONEY_APIARY, DESERT",
            "HONEY_APIARY, ONE_ACTOR_THEATER, FLOOD_ROOM"})
    void findsTheTypeAcrossEachMidline(Quadrant quadrant, Quadrant acrossInvolvement, Quadrant acrossBenefit) {
        assertThat(quadrant.acrossInvolvement()).isEqualTo(acrossInvolvement);
        assertThat(quadrant.acrossBenefit()).isEqualTo(acrossBenefit);
    }

    @ParameterizedTest
    @EnumSource(Quadrant.class)
    void returnsToItselfWhenCrossingAMidlineTwice(Quadrant quadrant) {
        assertThat(quadrant.acrossInvolvement().acrossInvolvement()).isEqualTo(quadrant);
        assertThat(quadrant.acrossBenefit().acrossBenefit()).isEqualTo(quadrant);
        assertThat(quadrant.acrossInvolvement().acrossBenefit())
                .isEqualTo(quadrant.acrossBenefit().acrossInvolvement());
    }
}
