package com.hivecheck.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The quadrant chart every page draws: the model's midlines and borderline band, and one spelling per type. */
class QuadrantChartTest {

    @Test
    void aChartForTheReferenceModelShadesItsBorderlineBandAroundBothMidlines() {
        ScoringModel model = ScoringModel.reference();

        QuadrantChart chart = QuadrantChart.forModel(model, 400).point("Acme", 50, 50, Quadrant.HONEY_APIARY).build();

        double unit = 400 / 100.0;
        QuadrantChart.Line vertical = chart.midlines().get(0);
        assertThat(vertical.x1()).isEqualTo(chart.plot().x() + model.midline() * unit);
        assertThat(chart.bands()).hasSize(2);
        assertThat(chart.bands().get(0).width()).isEqualTo(2 * model.borderlineBand() * unit);
        assertThat(chart.bands().get(1).height()).isEqualTo(2 * model.borderlineBand() * unit);
        assertThat(chart.plot().width()).isEqualTo(400);
        assertThat(chart.points()).singleElement().satisfies(point -> {
            assertThat(point.cx()).isEqualTo(vertical.x1());
            assertThat(point.label()).isEqualTo("Acme");
        });
    }

    @Test
    void aPlainBuilderHasNoBand() {
        assertThat(QuadrantChart.builder(400, 50).build().bands()).isEmpty();
    }

    @Test
    void everyTypeHasOneSlugThatTheAreasUseToo() {
        assertThat(Arrays.stream(Quadrant.values()).map(QuadrantChart::slug))
                .containsExactly("desert", "flood-room", "one-actor-theater", "honey-apiary");
        QuadrantChart chart = QuadrantChart.builder(400, 50).build();
        assertThat(chart.areas())
                .allSatisfy(area -> assertThat(area.slug()).isEqualTo(QuadrantChart.slug(area.quadrant())));
    }
}
