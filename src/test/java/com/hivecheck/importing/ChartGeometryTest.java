package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartGeometryTest {

    private static GroupFigures figures(long... descending) {
        return GroupFigures.of(null, descending.length + 5, descending, 0, 0);
    }

    @Test
    void theSplitBarFillsItsWidthInProportionToPeople() {
        SplitBar bar = SplitBar.of(figures(50, 10, 10, 10, 10, 10, 0, 0, 0, 0));
        assertThat(bar.segments()).extracting(SplitBar.Segment::part).containsExactly(SplitBar.Part.LURKERS,
                SplitBar.Part.OCCASIONAL, SplitBar.Part.CORE);
        assertThat(bar.segments()).extracting(SplitBar.Segment::count).containsExactly(4L, 2L, 4L);
        assertThat(bar.segments()).extracting(SplitBar.Segment::width).containsExactly(40.0, 20.0, 40.0);
        assertThat(bar.segments()).extracting(SplitBar.Segment::x).containsExactly(0.0, 40.0, 60.0);
    }

    @Test
    void theSplitBarLeavesOutEmptyPartsAndIsEmptyWithoutActiveUsers() {
        assertThat(SplitBar.of(figures(0, 0)).segments()).singleElement()
                .satisfies(segment -> assertThat(segment.width()).isEqualTo(100.0));
        assertThat(SplitBar.of(figures()).isEmpty()).isTrue();
        assertThat(SplitBar.nielsen().segments()).extracting(SplitBar.Segment::width)
                .containsExactly(90.0, 9.0, 1.0);
    }

    @Test
    void theCurveRunsFromTheBottomLeftToTheTopRightOfThePlot() {
        GroupFigures group = figures(6, 3, 1, 0);
        ConcentrationChart chart = ConcentrationChart.of(group.curve(), 0.5, 0.9);
        ConcentrationChart.Box plot = chart.plot();
        String[] points = chart.curve().split(" ");
        assertThat(points).hasSize(group.curve().size());
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
        List<CurvePoint> curve = List.of(new CurvePoint(0, 0), new CurvePoint(0.9, 0.8), new CurvePoint(1, 1));
        assertThat(ConcentrationChart.of(curve, 0.9, 0.8).creatorsLabel().anchor()).isEqualTo("end");
        assertThat(ConcentrationChart.of(curve, 0.1, 0.8).creatorsLabel().anchor()).isEqualTo("start");
        assertThatIllegalArgumentException().isThrownBy(() -> ConcentrationChart.of(List.of(), 0, 0));
    }

    private static String format(double x, double y) {
        return String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y);
    }
}
