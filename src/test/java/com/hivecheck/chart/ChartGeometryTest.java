package com.hivecheck.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartGeometryTest {

    /** A concentration curve through (0, 0), (1/4, 6/10), (2/4, 9/10), (3/4, 1) and (1, 1): counts 6, 3, 1, 0. */
    private static final List<ConcentrationChart.Point> CURVE = List.of(new ConcentrationChart.Point(0, 0),
            new ConcentrationChart.Point(0.25, 0.6), new ConcentrationChart.Point(0.5, 0.9),
            new ConcentrationChart.Point(0.75, 1), new ConcentrationChart.Point(1, 1));

    @Test
    void theSplitBarFillsItsWidthInProportionToPeople() {
        SplitBar bar = SplitBar.of(4, 2, 4);
        assertThat(bar.segments()).extracting(SplitBar.Segment::part).containsExactly(SplitBar.Part.LURKERS,
                SplitBar.Part.OCCASIONAL, SplitBar.Part.CORE);
        assertThat(bar.segments()).extracting(SplitBar.Segment::count).containsExactly(4L, 2L, 4L);
        assertThat(bar.segments()).extracting(SplitBar.Segment::width).containsExactly(40.0, 20.0, 40.0);
        assertThat(bar.segments()).extracting(SplitBar.Segment::x).containsExactly(0.0, 40.0, 60.0);
    }

    @Test
    void theSplitBarLeavesOutEmptyPartsAndIsEmptyWithoutActiveUsers() {
        assertThat(SplitBar.of(2, 0, 0).segments()).singleElement()
                .satisfies(segment -> assertThat(segment.width()).isEqualTo(100.0));
        assertThat(SplitBar.of(0, 0, 0).isEmpty()).isTrue();
        assertThat(SplitBar.nielsen().segments()).extracting(SplitBar.Segment::width)
                .containsExactly(90.0, 9.0, 1.0);
    }

    @Test
    void theCurveRunsFromTheBottomLeftToTheTopRightOfThePlot() {
        ConcentrationChart chart = ConcentrationChart.of(CURVE, 0.5, 0.9);
        ConcentrationChart.Box plot = chart.plot();
        String[] points = chart.curve().split(" ");
        assertThat(points).hasSize(CURVE.size());
        assertThat(points[0]).isEqualTo(format(plot.x(), plot.y() + plot.height()));
        assertThat(points[points.length - 1]).isEqualTo(format(plot.x() + plot.width(), plot.y()));
        assertThat(chart.creators().x()).isEqualTo(plot.x() + plot.width() / 2);
        assertThat(chart.creators().y()).isCloseTo(plot.y() + plot.height() * 0.1, org.assertj.core.data.Offset.offset(0.1));
        assertThat(chart.eighty().y1()).isCloseTo(plot.y() + plot.height() * 0.2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(chart.drop().y2()).isEqualTo(plot.y() + plot.height());
        assertThat(chart.equality()).isEqualTo(new ConcentrationChart.Line(plot.x(), plot.y() + plot.height(),
                plot.x() + plot.width(), plot.y()));
        assertThat(chart.area()).startsWith(chart.curve());
        assertThat(chart.ticks()).extracting(ConcentrationChart.Label::text).contains("0%", "50%", "100%");
    }

    @Test
    void theCreatorsLabelStaysInsideThePlot() {
        List<ConcentrationChart.Point> curve = List.of(new ConcentrationChart.Point(0, 0),
                new ConcentrationChart.Point(0.9, 0.8), new ConcentrationChart.Point(1, 1));
        assertThat(ConcentrationChart.of(curve, 0.9, 0.8).creatorsLabel().anchor()).isEqualTo("end");
        assertThat(ConcentrationChart.of(curve, 0.1, 0.8).creatorsLabel().anchor()).isEqualTo("start");
        assertThatIllegalArgumentException().isThrownBy(() -> ConcentrationChart.of(List.of(), 0, 0));
    }

    private static String format(double x, double y) {
        return String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y);
    }
}
