package com.hivecheck.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A line chart of involvement and benefit over time as SVG geometry: dates on the x axis, in proportion to the time
 * between them, and scores 0..100 on the y axis. Built with {@link #of(List, int)}; a template draws it without
 * arithmetic. The two series differ by line style and marker shape as well as by colour.
 *
 * @param width the viewBox width
 * @param height the viewBox height
 * @param plot the plot area
 * @param yTicks the score labels, with a grid line each
 * @param midline the horizontal line at the type boundary
 * @param xTicks the dates labelled under the x axis, chosen so that their labels do not collide
 * @param involvement the involvement series
 * @param benefit the benefit series
 * @param legend where the legend's two entries start
 * @param dense whether the points stand closer than a marker's width on average, so that their markers overlap: then
 *     each series draws its markers as one shape ({@link Series#markerPath()}) without a tooltip per point, which
 *     could not be hovered apart anyway (the page's table and the unit's own timeline give every value)
 */
public record TimelineChart(
        int width,
        int height,
        QuadrantChart.Box plot,
        List<YTick> yTicks,
        QuadrantChart.Line midline,
        List<XTick> xTicks,
        Series involvement,
        Series benefit,
        List<QuadrantChart.Spot> legend,
        boolean dense) {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 330;
    private static final int MARGIN_LEFT = 44;
    private static final int MARGIN_RIGHT = 24;
    private static final int MARGIN_TOP = 16;
    private static final int MARGIN_BOTTOM = 74;
    /** Inset of the first and last point from the plot's sides, so that markers and date labels fit. */
    private static final int INSET = 36;
    /** The least horizontal distance between two labelled dates. */
    private static final int MIN_TICK_GAP = 96;
    /** The width of a marker (a circle of radius 5, a square of 9), plus its outline. */
    static final int MARKER_SIZE = 11;

    public TimelineChart {
        yTicks = List.copyOf(yTicks);
        xTicks = List.copyOf(xTicks);
        legend = List.copyOf(legend);
    }

    /**
     * One point in time.
     *
     * @param date the day (or the first day of a month, for monthly averages)
     * @param involvement the x score, 0..100
     * @param benefit the y score, 0..100
     */
    public record Entry(LocalDate date, int involvement, int benefit) {

        public Entry {
            if (involvement < 0 || involvement > 100 || benefit < 0 || benefit > 100) {
                throw new IllegalArgumentException("scores must be 0..100");
            }
        }
    }

    /** A score label at ({@code x}, {@code y}), with its grid line from {@code x1} to {@code x2} at {@code lineY}. */
    public record YTick(double x, double y, String label, double x1, double x2, double lineY) {
    }

    /** A date under the x axis, centred on {@code x} with its baseline at {@code y}, and a tick from {@code y1} to {@code y2}. */
    public record XTick(double x, double y, LocalDate date, double y1, double y2) {
    }

    /**
     * One series.
     *
     * @param points the SVG {@code points} attribute of its polyline
     * @param markers one marker per entry
     * @param markerPath the SVG path data of every marker as one shape: circles of radius 5 for involvement, squares
     *     of 9 for benefit
     */
    public record Series(String points, List<Marker> markers, String markerPath) {

        public Series {
            markers = List.copyOf(markers);
        }
    }

    /** A data point: its centre, value and date. */
    public record Marker(double x, double y, int value, LocalDate date) {
    }

    /**
     * The chart of {@code entries}, which must be in date order and not empty.
     *
     * @param midline the score of the dashed type boundary
     */
    public static TimelineChart of(List<Entry> entries, int midline) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one entry");
        }
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).date().isBefore(entries.get(i - 1).date())) {
                throw new IllegalArgumentException("entries must be in date order");
            }
        }
        double plotWidth = WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
        double plotHeight = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
        QuadrantChart.Box plot = new QuadrantChart.Box(MARGIN_LEFT, MARGIN_TOP, plotWidth, plotHeight);
        double bottom = MARGIN_TOP + plotHeight;

        long first = entries.get(0).date().toEpochDay();
        long last = entries.get(entries.size() - 1).date().toEpochDay();
        double[] xs = new double[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            xs[i] = last == first
                    ? MARGIN_LEFT + plotWidth / 2
                    : round(MARGIN_LEFT + INSET
                            + (plotWidth - 2 * INSET) * (entries.get(i).date().toEpochDay() - first) / (last - first));
        }

        List<YTick> yTicks = new ArrayList<>();
        for (int score = 0; score <= 100; score += 25) {
            double y = y(score, plotHeight);
            yTicks.add(new YTick(MARGIN_LEFT - 8, round(y + 4), Integer.toString(score), MARGIN_LEFT,
                    MARGIN_LEFT + plotWidth, y));
        }
        double midY = y(midline, plotHeight);
        QuadrantChart.Line midlineLine = new QuadrantChart.Line(MARGIN_LEFT, midY, MARGIN_LEFT + plotWidth, midY);

        List<XTick> xTicks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LocalDate date = entries.get(i).date();
            if (!xTicks.isEmpty() && xTicks.get(xTicks.size() - 1).date().equals(date)) {
                continue;
            }
            boolean lastEntry = i == entries.size() - 1;
            if (!xTicks.isEmpty() && xs[i] - xTicks.get(xTicks.size() - 1).x() < MIN_TICK_GAP) {
                if (!lastEntry || xTicks.size() == 1) {
                    continue;
                }
                xTicks.remove(xTicks.size() - 1);
            }
            xTicks.add(new XTick(xs[i], bottom + 20, date, bottom, bottom + 5));
        }

        List<QuadrantChart.Spot> legend = List.of(new QuadrantChart.Spot(MARGIN_LEFT, HEIGHT - 14),
                new QuadrantChart.Spot(MARGIN_LEFT + 220, HEIGHT - 14));
        boolean dense = entries.size() > 1 && (plotWidth - 2 * INSET) / (entries.size() - 1) < MARKER_SIZE;
        return new TimelineChart(WIDTH, HEIGHT, plot, yTicks, midlineLine, xTicks,
                series(entries, xs, Entry::involvement, plotHeight, false),
                series(entries, xs, Entry::benefit, plotHeight, true), legend, dense);
    }

    private static Series series(List<Entry> entries, double[] xs, ToIntFunction<Entry> score, double plotHeight,
            boolean squares) {
        StringBuilder points = new StringBuilder();
        StringBuilder path = new StringBuilder();
        List<Marker> markers = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int value = score.applyAsInt(entry);
            double y = y(value, plotHeight);
            if (i > 0) {
                points.append(' ');
            }
            points.append(xs[i]).append(',').append(y);
            markers.add(new Marker(xs[i], y, value, entry.date()));
            if (squares) {
                path.append('M').append(round(xs[i] - 4.5)).append(',').append(round(y - 4.5)).append("h9v9h-9z");
            } else {
                path.append('M').append(round(xs[i] - 5)).append(',').append(y).append("a5,5 0 1,0 10,0a5,5 0 1,0 -10,0z");
            }
        }
        return new Series(points.toString(), markers, path.toString());
    }

    private static double y(int score, double plotHeight) {
        return round(MARGIN_TOP + plotHeight * (100 - score) / 100.0);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
