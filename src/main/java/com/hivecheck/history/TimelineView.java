package com.hivecheck.history;

import com.hivecheck.chart.LabelLayout;
import com.hivecheck.chart.QuadrantChart;
import com.hivecheck.chart.TimelineChart;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A network's scores over time: for one unit, each of its latest assessments by the day they describe, drawn as a line
 * chart of involvement and benefit beside the trajectory of the latest points on the quadrant chart, with the changes
 * of type spelled out and the data as a table; for the whole network, one such line chart per unit and one for the
 * whole network's own assessments, never an average across units.
 *
 * @param network the network
 * @param unit the unit, or {@code null} for the monthly average of the whole network
 * @param entries the points, oldest first
 * @param chart the line chart, or {@code null} when there is nothing to draw
 * @param trajectory the latest points joined by arrows on the quadrant chart, or {@code null} when empty
 * @param trajectoryPoints how many of the latest entries the trajectory shows
 * @param changes the changes of type along the entries
 * @param units the units of the network, to switch between them
 * @param lines for the whole network: one line per unit and one for the whole network's own assessments, each with
 *     its own chart; empty for one unit
 */
public record TimelineView(String network, @Nullable String unit, List<Entry> entries, @Nullable TimelineChart chart,
        @Nullable QuadrantChart trajectory, int trajectoryPoints, List<TypeChange> changes, List<UnitLink> units,
        List<Line> lines) {

    /** The trajectory shows at most this many of the latest points, so that its arrows stay readable. */
    static final int TRAJECTORY_POINTS = 12;

    static final String PATH = "/hr/timeline";

    /**
     * A line of the network's timeline lists at most this many of its latest changes of type; a unit's own timeline
     * lists every one.
     */
    static final int LINE_CHANGES = 3;

    public TimelineView {
        entries = List.copyOf(entries);
        changes = List.copyOf(changes);
        units = List.copyOf(units);
        lines = List.copyOf(lines);
    }

    /**
     * One line of the network's timeline: a unit's assessments, or the whole network's own.
     *
     * @param unit the unit, or {@code null} for the whole network's own assessments
     * @param entries its assessments, oldest first
     * @param chart its involvement and benefit over time
     * @param changes its latest changes of type, at most {@link #LINE_CHANGES}
     * @param earlierChanges how many changes of type came before those; its own timeline lists them all
     * @param url its own timeline
     */
    public record Line(@Nullable String unit, List<Entry> entries, TimelineChart chart, List<TypeChange> changes,
            int earlierChanges, String url) {

        public Line {
            entries = List.copyOf(entries);
            changes = List.copyOf(changes);
        }

        public Entry first() {
            return entries.get(0);
        }

        public Entry last() {
            return entries.get(entries.size() - 1);
        }

        /** The model versions of its points, as the pages name them ({@code v1, v2}), in order. */
        public String versions() {
            return TimelineView.versions(entries);
        }

        /** Whether its points come from more than one model version. */
        public boolean mixesVersions() {
            return entries.stream().map(Entry::modelVersion).distinct().count() > 1;
        }
    }

    private static String versions(List<Entry> entries) {
        return entries.stream().map(Entry::modelVersion).distinct().sorted().map(v -> "v" + v)
                .collect(Collectors.joining(", "));
    }

    /** Whether the points of one unit's timeline come from more than one model version. */
    public boolean mixesVersions() {
        return entries.stream().map(Entry::modelVersion).distinct().count() > 1;
    }

    /** The timeline of one unit, from its points in date order; {@code units} names the network's units. */
    static TimelineView ofUnit(String network, String unit, List<TimelinePoint> points, List<String> units,
            ScoringModel model, Locale locale, ScoreBasis basis) {
        return build(network, unit, entries(points), units, model, locale, basis);
    }

    /**
     * The timeline of a whole network: one line per unit, and the whole network's own assessments as a line of their
     * own; never an average across units. A line lists only its latest {@link #LINE_CHANGES} changes of type.
     */
    static TimelineView ofNetwork(String network, List<List<TimelinePoint>> perUnit, ScoringModel model,
            Locale locale, ScoreBasis basis) {
        List<Line> lines = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (List<TimelinePoint> points : perUnit) {
            if (points.isEmpty()) {
                continue;
            }
            List<Entry> entries = entries(points);
            String unit = points.get(0).unit();
            if (unit != null) {
                units.add(unit);
            }
            TimelineChart chart = TimelineChart.of(entries.stream()
                    .map(e -> new TimelineChart.Entry(e.date(), e.involvement(), e.benefit()))
                    .toList(), model.midline());
            List<TypeChange> changes = TypeChange.along(entries, Entry::quadrant, Entry::date);
            int earlier = Math.max(0, changes.size() - LINE_CHANGES);
            lines.add(new Line(unit, entries, chart, changes.subList(earlier, changes.size()), earlier,
                    unit == null ? HistoryFilter.of(network, null).url(HistoryPage.PATH, 1)
                            : link(HistoryFilter.of(network, unit).url(PATH, 1), basis)));
        }
        TimelineView base = build(network, null, List.of(), units, model, locale, basis);
        return new TimelineView(network, null, List.of(), null, null, 0, List.of(), base.units(), lines);
    }

    private static List<Entry> entries(List<TimelinePoint> points) {
        return points.stream()
                .map(p -> new Entry(p.assessedOn(), false, p.involvement(), p.benefit(), p.quadrant(), 1, p.id(),
                        p.modelVersion()))
                .toList();
    }

    private static TimelineView build(String network, @Nullable String unit, List<Entry> entries,
            List<String> unitNames, ScoringModel model, Locale locale, ScoreBasis basis) {
        List<UnitLink> units = new ArrayList<>();
        units.add(new UnitLink(null, link(HistoryFilter.of(network, null).url(PATH, 1), basis), unit == null));
        unitNames.stream()
                .sorted(Comparator.comparing((String u) -> u.toLowerCase(locale)))
                .forEach(u -> units.add(new UnitLink(u, link(HistoryFilter.of(network, u).url(PATH, 1), basis),
                        u.equals(unit))));
        if (entries.isEmpty()) {
            return new TimelineView(network, unit, entries, null, null, 0, List.of(), units, List.of());
        }
        TimelineChart chart = TimelineChart.of(entries.stream()
                .map(e -> new TimelineChart.Entry(e.date(), e.involvement(), e.benefit()))
                .toList(), model.midline());
        List<Entry> latest = entries.subList(Math.max(0, entries.size() - TRAJECTORY_POINTS), entries.size());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(unit == null ? "LLL yyyy" : "d MMM yyyy", locale);
        QuadrantChart.Builder trajectory = QuadrantChart.forModel(model, 400).trajectory();
        for (int i = 0; i < latest.size(); i++) {
            Entry entry = latest.get(i);
            boolean labelled = i == 0 || i == latest.size() - 1;
            trajectory.point(labelled ? entry.date().format(format) : "", entry.involvement(), entry.benefit(),
                    entry.quadrant());
        }
        QuadrantChart built = trajectory.build();
        List<String> fallbacks = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            fallbacks.add(i == 0 ? "1" : i == latest.size() - 1 ? Integer.toString(latest.size()) : "");
        }
        return new TimelineView(network, unit, entries, chart, LabelLayout.spread(built, fallbacks), latest.size(),
                TypeChange.along(entries, Entry::quadrant, Entry::date), units, List.of());
    }

    /** A link to another timeline that stays on {@code basis}. */
    private static String link(String url, ScoreBasis basis) {
        return basis == ScoreBasis.AS_SCORED ? url
                : url + (url.contains("?") ? "&" : "?") + "scores=" + basis.parameter();
    }

    /** Whether this is the whole network, drawn as one line per unit, rather than one unit. */
    public boolean monthly() {
        return unit == null;
    }

    /** Whether the network has no assessments at all. */
    public boolean empty() {
        return unit == null ? lines.isEmpty() : entries.isEmpty();
    }

    /** The history list filtered to this network (and unit). */
    public String historyUrl() {
        return HistoryFilter.of(network, unit).url(HistoryPage.PATH, 1);
    }

    public String portfolioUrl() {
        return HistoryFilter.of(network, null).url(PortfolioView.PATH, 1);
    }

    /**
     * One point of the timeline.
     *
     * @param date the day, or the first day of the month for a monthly average
     * @param monthly whether it is a monthly average
     * @param involvement the (average) involvement
     * @param benefit the (average) benefit
     * @param quadrant the type the scores fall in
     * @param count how many assessments it stands for
     * @param id the assessment, or {@code null} for an average
     * @param modelVersion the version of the model whose scores it shows
     */
    public record Entry(LocalDate date, boolean monthly, int involvement, int benefit, Quadrant quadrant, int count,
            @Nullable UUID id, String modelVersion) {

        public String slug() {
            return QuadrantChart.slug(quadrant);
        }
    }

    /**
     * A unit to switch to.
     *
     * @param unit the unit, or {@code null} for the whole network
     * @param url its timeline
     * @param current whether it is the one shown
     */
    public record UnitLink(@Nullable String unit, String url, boolean current) {
    }
}
