package com.hivecheck.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Quadrant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels of crowded charts stay readable: apart from each other, inside the plot, or shortened to a number. */
class LabelLayoutTest {

    @Test
    void keepsLabelsOfNearbyPointsFromOverlapping() {
        QuadrantChart.Builder builder = QuadrantChart.builder(400, 50);
        List<String> fallbacks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            builder.point("Unit number " + i, 30 + 2 * i, 30 + 2 * i, Quadrant.DESERT);
            fallbacks.add(Integer.toString(i + 1));
        }

        QuadrantChart chart = LabelLayout.spread(builder.build(), fallbacks);

        List<double[]> boxes = chart.points().stream().map(LabelLayoutTest::box).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("labels %d and %d", i, j).isZero();
            }
        }
    }

    @Test
    void fallsBackToTheNumberWhenAFullNameFindsNoRoom() {
        QuadrantChart.Builder builder = QuadrantChart.builder(400, 50);
        List<String> fallbacks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            builder.point("A rather long unit name " + i, 30, 30, Quadrant.DESERT);
            fallbacks.add(Integer.toString(i + 1));
        }

        QuadrantChart chart = LabelLayout.spread(builder.build(), fallbacks);

        assertThat(chart.points()).extracting(QuadrantChart.Point::label).contains("A rather long unit name 0")
                .anyMatch(label -> label.matches("\\d+"));
    }

    @Test
    void keepsLabelsNearTheRightEdgeInsideThePlot() {
        QuadrantChart chart = LabelLayout.spread(QuadrantChart.builder(400, 50)
                .point("Customer Service", 98, 60, Quadrant.HONEY_APIARY).build(), List.of("1"));

        double[] box = box(chart.points().get(0));
        assertThat(box[2]).isLessThanOrEqualTo(chart.plot().x() + chart.plot().width());
        assertThat(chart.points().get(0).label()).isEqualTo("Customer Service");
    }

    private static double[] box(QuadrantChart.Point point) {
        double width = point.label().length() * LabelLayout.CHAR_WIDTH;
        double x1 = switch (point.labelAnchor()) {
            case "start" -> point.labelX();
            case "end" -> point.labelX() - width;
            default -> point.labelX() - width / 2;
        };
        return new double[] {x1, point.labelY() - LabelLayout.LABEL_HEIGHT + 3, x1 + width, point.labelY() + 3};
    }

    private static double overlap(double[] a, double[] b) {
        double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        double h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        return w > 0 && h > 0 ? w * h : 0;
    }
}
