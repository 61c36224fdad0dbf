package com.hivecheck.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's geometry: time in proportion along x, scores up the y axis, and date labels that never collide. */
class TimelineChartTest {

    @Test
    void placesDatesInProportionToTheTimeBetweenThem() {
        TimelineChart chart = TimelineChart.of(List.of(
                new TimelineChart.Entry(LocalDate.of(2026, 1, 1), 0, 100),
                new TimelineChart.Entry(LocalDate.of(2026, 1, 11), 50, 50),
                new TimelineChart.Entry(LocalDate.of(2026, 1, 31), 100, 0)), 50);

        List<TimelineChart.Marker> markers = chart.involvement().markers();
        double first = markers.get(0).x();
        double last = markers.get(2).x();
        assertThat(markers.get(1).x() - first).isCloseTo((last - first) / 3, org.assertj.core.data.Offset.offset(0.2));
        assertThat(first).isGreaterThan(chart.plot().x());
        assertThat(last).isLessThan(chart.plot().x() + chart.plot().width());
    }

    @Test
    void drawsHigherScoresHigherWithTheMidlineBetween() {
        TimelineChart chart = TimelineChart.of(List.of(new TimelineChart.Entry(LocalDate.of(2026, 1, 1), 0, 100)), 50);

        double bottom = chart.plot().y() + chart.plot().height();
        assertThat(chart.involvement().markers().get(0).y()).isEqualTo(bottom);
        assertThat(chart.benefit().markers().get(0).y()).isEqualTo(chart.plot().y());
        assertThat(chart.midline().y1()).isEqualTo((bottom + chart.plot().y()) / 2);
        assertThat(chart.involvement().markers().get(0).x()).isEqualTo(chart.plot().x() + chart.plot().width() / 2);
        assertThat(chart.yTicks()).extracting(TimelineChart.YTick::label).containsExactly("0", "25", "50", "75", "100");
    }

    @Test
    void labelsOnlyDatesFarEnoughApartAndAlwaysTheLast() {
        List<TimelineChart.Entry> entries = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            entries.add(new TimelineChart.Entry(LocalDate.of(2026, 1, 1).plusDays(day), 10, 20));
        }

        TimelineChart chart = TimelineChart.of(entries, 50);

        assertThat(chart.xTicks()).hasSizeBetween(3, 8);
        assertThat(chart.xTicks().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(chart.xTicks().get(chart.xTicks().size() - 1).date()).isEqualTo(LocalDate.of(2026, 3, 1));
        for (int i = 1; i < chart.xTicks().size(); i++) {
            assertThat(chart.xTicks().get(i).x() - chart.xTicks().get(i - 1).x()).isGreaterThanOrEqualTo(96);
        }
        assertThat(chart.involvement().points().split(" ")).hasSize(60);
    }

    @Test
    void drawsOverlappingMarkersAsOneShapeAndSpacedOnesOneByOne() {
        List<TimelineChart.Entry> daily = new ArrayList<>();
        for (int day = 0; day < 120; day++) {
            daily.add(new TimelineChart.Entry(LocalDate.of(2026, 1, 1).plusDays(day), 10, 20));
        }
        List<TimelineChart.Entry> quarterly = daily.stream().filter(e -> e.date().getDayOfMonth() == 1
                && (e.date().getMonthValue() - 1) % 3 == 0).toList();

        TimelineChart dense = TimelineChart.of(daily, 50);
        TimelineChart spaced = TimelineChart.of(quarterly, 50);

        assertThat(dense.dense()).as("120 points on 580 units: markers overlap").isTrue();
        assertThat(dense.involvement().markerPath()).startsWith("M" + (dense.involvement().markers().get(0).x() - 5)
                + "," + dense.involvement().markers().get(0).y() + "a5,5 0 1,0 10,0");
        assertThat(dense.involvement().markerPath().split("M")).hasSize(121);
        assertThat(dense.benefit().markerPath()).contains("h9v9h-9z");
        assertThat(spaced.dense()).isFalse();
        assertThat(TimelineChart.of(daily.subList(0, 50), 50).dense()).as("11.8 units apart").isFalse();
    }

    @Test
    void refusesEntriesOutOfDateOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimelineChart.of(List.of(
                new TimelineChart.Entry(LocalDate.of(2026, 2, 1), 1, 1),
                new TimelineChart.Entry(LocalDate.of(2026, 1, 1), 1, 1)), 50));
    }
}
