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

    @Test
    void movesAQuadrantNameOutOfACornerCrowdedWithPointsAndKeepsLabelsOffIt() {
        QuadrantChart.Builder builder = QuadrantChart.builder(440, 50);
        List<String> fallbacks = new ArrayList<>();
        String[] units = {"Logistics and warehouses", "Legal", "Procurement", "Security", "Facilities", "Archive",
            "Human resources"};
        for (int i = 0; i < units.length; i++) {
            builder.point(units[i], 1 + i, 1 + i, Quadrant.DESERT);
            fallbacks.add(Integer.toString(i + 1));
        }

        QuadrantChart chart = LabelLayout.spread(builder.build(), fallbacks);

        QuadrantChart.Area desert = area(chart, Quadrant.DESERT);
        double midlineX = chart.plot().x() + 220;
        double bottom = chart.plot().y() + chart.plot().height();
        assertThat(desert.anchor()).as("moved to the corner by the midline").isEqualTo("end");
        assertThat(desert.label().x()).isEqualTo(midlineX - 10);
        assertThat(desert.label().y()).isEqualTo(bottom - 10);
        // The name's glyphs: 13 px bold on a baseline 10 above the bottom, at most NAME_WIDTH wide.
        double[] name = {midlineX - LabelLayout.NAME_WIDTH, bottom - 22, midlineX, bottom};
        for (QuadrantChart.Point point : chart.points()) {
            assertThat(overlap(box(point), name)).as("label %s", point.label()).isZero();
            assertThat(overlap(new double[] {point.cx() - point.r(), point.cy() - point.r(), point.cx() + point.r(),
                point.cy() + point.r()}, name)).as("point %s", point.label()).isZero();
        }
        QuadrantChart.Area apiary = area(chart, Quadrant.HONEY_APIARY);
        assertThat(apiary.anchor()).as("a free corner keeps its name").isEqualTo("end");
        assertThat(apiary.label()).isEqualTo(new QuadrantChart.Spot(chart.plot().x() + 440 - 10,
                chart.plot().y() + 22));
        assertThat(area(chart, Quadrant.ONE_ACTOR_THEATER).label().x()).isEqualTo(chart.plot().x() + 10);
    }

    @Test
    void leavesTheNamesInTheOuterCornersOfAnEmptyChart() {
        QuadrantChart plain = QuadrantChart.builder(400, 50).build();

        QuadrantChart spread = LabelLayout.spread(plain, List.of());

        assertThat(spread.areas()).isEqualTo(plain.areas());
    }

    private static QuadrantChart.Area area(QuadrantChart chart, Quadrant quadrant) {
        return chart.areas().stream().filter(a -> a.quadrant() == quadrant).findFirst().orElseThrow();
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
