package com.hivecheck.chart;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The content concentration curve (Lorenz-style) as SVG geometry: the share of posts and comments against the share
 * of active users, most prolific first, with the line of equal shares, the 80% line and the content creators' point.
 * Every coordinate is computed here; the template only draws.
 *
 * @param width the viewBox width
 * @param height the viewBox height
 * @param plot the plot area
 * @param curve the curve as SVG polyline points ({@code "x,y x,y …"})
 * @param area the area under the curve as a closed SVG polygon
 * @param equality the diagonal of equal shares
 * @param eighty the horizontal 80% line
 * @param drop the vertical line from the creators' point down to the axis
 * @param creators the creators' point
 * @param creatorsLabel where the label of the creators' point goes
 * @param ticks the labels along both axes
 */
public record ConcentrationChart(int width, int height, Box plot, String curve, String area, Line equality,
        Line eighty, Line drop, Spot creators, Label creatorsLabel, List<Label> ticks) {

    static final int WIDTH = 380;
    static final int HEIGHT = 270;
    private static final int LEFT = 48;
    private static final int RIGHT = 14;
    private static final int TOP = 14;
    private static final int BOTTOM = 40;

    public ConcentrationChart {
        ticks = List.copyOf(ticks);
    }

    /** The chart of a non-empty curve whose creators' point is {@code (creatorShare, creatorsContent)}. */
    public static ConcentrationChart of(List<Point> points, double creatorShare, double creatorsContent) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no curve to draw");
        }
        Box plot = new Box(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        String curve = points.stream()
                .map(point -> format(plot.x(point.people())) + "," + format(plot.y(point.content())))
                .collect(Collectors.joining(" "));
        String area = curve + " " + format(plot.x(1)) + "," + format(plot.y(0)) + " " + format(plot.x(0)) + ","
                + format(plot.y(0));
        Spot creators = new Spot(plot.x(creatorShare), plot.y(creatorsContent));
        boolean labelLeft = creatorShare > 0.55;
        Label label = new Label(creators.x() + (labelLeft ? -10 : 10), Math.max(TOP + 12, creators.y() - 8), "",
                labelLeft ? "end" : "start");
        List<Label> ticks = new java.util.ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            double share = percent / 100.0;
            String text = percent + "%";
            ticks.add(new Label(plot.x(share), plot.y(0) + 16, text, "middle"));
            ticks.add(new Label(plot.x(0) - 6, plot.y(share) + 4, text, "end"));
        }
        return new ConcentrationChart(WIDTH, HEIGHT, plot, curve, area,
                new Line(plot.x(0), plot.y(0), plot.x(1), plot.y(1)),
                new Line(plot.x(0), plot.y(0.8), plot.x(1), plot.y(0.8)),
                new Line(creators.x(), creators.y(), creators.x(), plot.y(0)), creators, label, ticks);
    }

    /** Where the x-axis title goes. */
    public Spot xTitle() {
        return new Spot(plot.x(0.5), HEIGHT - 6);
    }

    /** Where the y-axis title goes, rotated by -90 degrees about this point. */
    public Spot yTitle() {
        return new Spot(13, plot.y(0.5));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A rectangle in SVG units, mapping shares 0..1 into itself with the y axis pointing up. */
    public record Box(double x, double y, double width, double height) {

        double x(double share) {
            return Math.round((x + share * width) * 10) / 10.0;
        }

        double y(double share) {
            return Math.round((y + (1 - share) * height) * 10) / 10.0;
        }
    }

    /**
     * A point of the curve: the most prolific {@code people} share made the {@code content} share, both 0..1.
     *
     * @param people share of active users
     * @param content share of contributions
     */
    public record Point(double people, double content) {
    }

    /** A line in SVG units. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** A point in SVG units. */
    public record Spot(double x, double y) {
    }

    /** A text position in SVG units, with its text (empty when the template supplies it) and text-anchor. */
    public record Label(double x, double y, String text, String anchor) {
    }
}
