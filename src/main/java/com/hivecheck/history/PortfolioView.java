package com.hivecheck.history;

import com.hivecheck.chart.LabelLayout;
import com.hivecheck.chart.QuadrantChart;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A network's units where they stand now: the latest assessment of each unit on one quadrant chart, the number of
 * units of each type, and the units ordered by their distance from Honey Apiary, furthest first, each with its change
 * since its previous assessment. The whole network's own assessments are no unit: they are shown apart, never
 * counted among the units.
 *
 * <p>The distance is the straight-line distance, in score points, from a unit's point to the nearest point of the
 * Honey Apiary quadrant (both scores at the midline or above): {@code sqrt(max(0, m - x)² + max(0, m - y)²)}. It is 0
 * inside Honey Apiary, and says how far the weaker scores must rise together. Ties go to the lower score sum first.
 *
 * @param network the network
 * @param standings the units, furthest from Honey Apiary first
 * @param counts how many units are of each type, in the order of the types
 * @param chart the units' latest points, labelled with their names where they fit and numbers elsewhere
 * @param midline the model's midline, which the distance is measured to
 * @param whole the whole network's own latest assessment and its change, or {@code null} when it has none
 */
public record PortfolioView(String network, List<Standing> standings, List<TypeCount> counts, QuadrantChart chart,
        int midline, @Nullable Progress whole) {

    static final String PATH = "/hr/portfolio";
    /** Longer unit names are shortened on the chart; the table shows them whole. */
    static final int LABEL_LENGTH = 22;

    public PortfolioView {
        standings = List.copyOf(standings);
        counts = List.copyOf(counts);
    }

    static PortfolioView of(String network, List<HistoryManagement.Rounds> rounds, ScoringModel model,
            ZoneId zone) {
        int midline = model.midline();
        Map<PastAssessment, Progress> changes = new HashMap<>();
        Progress whole = null;
        for (HistoryManagement.Rounds r : rounds) {
            Progress progress = Progress.of(r.latest().unit(), point(r.latest()),
                    r.previous() == null ? null : point(r.previous()));
            if (r.latest().unit() == null) {
                whole = progress;
            } else {
                changes.put(r.latest(), progress);
            }
        }
        List<PastAssessment> sorted = changes.keySet().stream()
                .sorted(Comparator.comparingDouble((PastAssessment a) -> -distance(a, midline))
                        .thenComparingInt(a -> a.involvement() + a.benefit())
                        .thenComparing(a -> a.unit() == null ? "" : a.unit()))
                .toList();
        List<Standing> standings = new ArrayList<>(sorted.size());
        QuadrantChart.Builder chart = QuadrantChart.forModel(model, 440);
        List<String> fallbacks = new ArrayList<>();
        for (PastAssessment assessment : sorted) {
            int number = standings.size() + 1;
            standings.add(new Standing(number, assessment, assessment.createdAt().atZone(zone),
                    Math.round(distance(assessment, midline) * 10) / 10.0, changes.get(assessment)));
            chart.point(shorten(java.util.Objects.requireNonNull(assessment.unit())), assessment.involvement(),
                    assessment.benefit(), assessment.quadrant());
            fallbacks.add(Integer.toString(number));
        }
        List<TypeCount> counts = Arrays.stream(Quadrant.values())
                .map(q -> new TypeCount(q, sorted.stream().filter(a -> a.quadrant() == q).count()))
                .toList();
        return new PortfolioView(network, standings, counts, LabelLayout.spread(chart.build(), fallbacks), midline,
                whole);
    }

    private static Progress.Point point(PastAssessment a) {
        return new Progress.Point(a.id(), a.assessedOn(), a.involvement(), a.benefit(), a.quadrant(),
                a.modelVersion());
    }

    public String progressUrl() {
        return HistoryFilter.of(network, null).url(ProgressView.PATH, 1);
    }

    /** The distance of an assessment's point from the Honey Apiary quadrant, in score points. */
    static double distance(PastAssessment assessment, int midline) {
        return Math.hypot(Math.max(0, midline - assessment.involvement()), Math.max(0, midline - assessment.benefit()));
    }

    public String timelineUrl() {
        return HistoryFilter.of(network, null).url(TimelineView.PATH, 1);
    }

    public String historyUrl() {
        return HistoryFilter.of(network, null).url(HistoryPage.PATH, 1);
    }

    private static String shorten(String name) {
        return name.length() <= LABEL_LENGTH ? name : name.substring(0, LABEL_LENGTH - 1) + "…";
    }

    /**
     * One unit.
     *
     * @param number its position in the list and its fallback label on the chart
     * @param latest its latest assessment
     * @param createdAt when that was made, in the HR time zone
     * @param distance its distance from Honey Apiary, one decimal
     * @param progress its change since its previous assessment
     */
    public record Standing(int number, PastAssessment latest, ZonedDateTime createdAt, double distance,
            Progress progress) {

        public @Nullable String unit() {
            return latest.unit();
        }

        public String timelineUrl() {
            return HistoryFilter.of(latest.network(), latest.unit()).url(TimelineView.PATH, 1);
        }
    }

    /**
     * How many units are of one type.
     *
     * @param quadrant the type
     * @param count the number of units
     */
    public record TypeCount(Quadrant quadrant, long count) {

        public String slug() {
            return QuadrantChart.slug(quadrant);
        }
    }
}
