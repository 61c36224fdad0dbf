package com.hivecheck.chart;

import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quadrant chart as SVG geometry: scores 0..100 on both axes mapped into a square plot area, with the y axis
 * pointing up. Built with {@link #forModel(ScoringModel, int)}; every coordinate a template needs is precomputed here.
 *
 * @param width the viewBox width
 * @param height the viewBox height
 * @param plot the plot area
 * @param areas the four tinted quadrants, with the position of their names
 * @param bands the borderline band around each midline; empty when the band is 0
 * @param midlines the vertical and the horizontal midline
 * @param ticks the score labels along both axes
 * @param xTitle where the x-axis title is drawn
 * @param yTitle where the y-axis title is drawn (rotated by -90 degrees about that point)
 * @param points the plotted networks, in the order given
 * @param arrows arrows joining consecutive points, for a trajectory; empty for a single point or a portfolio
 */
public record QuadrantChart(
        int width,
        int height,
        Box plot,
        List<Area> areas,
        List<Box> bands,
        List<Line> midlines,
        List<Tick> ticks,
        Spot xTitle,
        Spot yTitle,
        List<Point> points,
        List<Line> arrows) {

    private static final int MARGIN_LEFT = 56;
    private static final int MARGIN_BOTTOM = 48;
    private static final int MARGIN_TOP = 12;
    private static final int MARGIN_RIGHT = 12;
    private static final double POINT_RADIUS = 9;

    public QuadrantChart {
        areas = List.copyOf(areas);
        bands = List.copyOf(bands);
        midlines = List.copyOf(midlines);
        ticks = List.copyOf(ticks);
        points = List.copyOf(points);
        arrows = List.copyOf(arrows);
    }

    /**
     * A chart of the scoring model's types: its plot area is {@code plotSize} units square, with the model's midlines
     * and its borderline band shaded around them.
     */
    public static Builder forModel(ScoringModel model, int plotSize) {
        return builder(plotSize, model.midline()).band(model.borderlineBand());
    }

    /** A chart whose plot area is {@code plotSize} units square, with midlines at {@code midline} and no band. */
    public static Builder builder(int plotSize, int midline) {
        return new Builder(plotSize, midline);
    }

    /**
     * The CSS modifier and message-key suffix of a type, such as {@code honey-apiary}: the one spelling every page
     * and chart uses.
     */
    public static String slug(Quadrant quadrant) {
        return quadrant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A rectangle in SVG units. */
    public record Box(double x, double y, double width, double height) {
    }

    /** A line segment in SVG units. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** A text anchor position in SVG units. */
    public record Spot(double x, double y) {
    }

    /** A score label on an axis. */
    public record Tick(double x, double y, String label, String anchor) {
    }

    /**
     * One tinted quadrant.
     *
     * @param quadrant the type it stands for
     * @param box the area
     * @param label where its name is drawn
     * @param anchor the SVG text-anchor of the name
     */
    public record Area(Quadrant quadrant, Box box, Spot label, String anchor) {

        /** The CSS modifier and message-key suffix for the type, such as {@code honey-apiary}. */
        public String slug() {
            return QuadrantChart.slug(quadrant);
        }
    }

    /**
     * A plotted network.
     *
     * @param label a short label drawn beside the point, or empty
     * @param involvement the x score
     * @param benefit the y score
     * @param quadrant the type of the point
     * @param cx the centre in SVG units
     * @param cy the centre in SVG units
     * @param r the radius
     * @param labelX where the label starts
     * @param labelY the label's baseline
     * @param labelAnchor the SVG text-anchor of the label, chosen to keep it inside the plot
     */
    public record Point(String label, int involvement, int benefit, Quadrant quadrant, double cx, double cy, double r,
            double labelX, double labelY, String labelAnchor) {
    }

    /** Collects the points of a chart. */
    public static final class Builder {

        private final int plotSize;
        private final int midline;
        private int band;
        private boolean trajectory;
        private final List<Point> points = new ArrayList<>();

        private Builder(int plotSize, int midline) {
            if (plotSize < 100) {
                throw new IllegalArgumentException("plotSize must be at least 100");
            }
            this.plotSize = plotSize;
            this.midline = midline;
        }

        /** Shades the borderline band of the given half-width around both midlines. */
        public Builder band(int halfWidth) {
            this.band = halfWidth;
            return this;
        }

        /** Joins the points by arrows in the order they were added. */
        public Builder trajectory() {
            this.trajectory = true;
            return this;
        }

        public Builder point(String label, int involvement, int benefit, Quadrant quadrant) {
            double cx = x(involvement);
            double cy = y(benefit);
            boolean right = involvement > 70;
            points.add(new Point(label, involvement, benefit, quadrant, cx, cy, POINT_RADIUS,
                    right ? cx - POINT_RADIUS - 4 : cx + POINT_RADIUS + 4, cy + 4, right ? "end" : "start"));
            return this;
        }

        public QuadrantChart build() {
            Box plot = new Box(MARGIN_LEFT, MARGIN_TOP, plotSize, plotSize);
            double mx = x(midline);
            double my = y(midline);
            double right = MARGIN_LEFT + plotSize;
            double bottom = MARGIN_TOP + plotSize;
            double pad = 10;
            List<Area> areas = List.of(
                    new Area(Quadrant.ONE_ACTOR_THEATER, new Box(MARGIN_LEFT, MARGIN_TOP, mx - MARGIN_LEFT,
                            my - MARGIN_TOP), new Spot(MARGIN_LEFT + pad, MARGIN_TOP + 22), "start"),
                    new Area(Quadrant.HONEY_APIARY, new Box(mx, MARGIN_TOP, right - mx, my - MARGIN_TOP),
                            new Spot(right - pad, MARGIN_TOP + 22), "end"),
                    new Area(Quadrant.DESERT, new Box(MARGIN_LEFT, my, mx - MARGIN_LEFT, bottom - my),
                            new Spot(MARGIN_LEFT + pad, bottom - pad), "start"),
                    new Area(Quadrant.FLOOD_ROOM, new Box(mx, my, right - mx, bottom - my),
                            new Spot(right - pad, bottom - pad), "end"));
            List<Box> bands = band <= 0 ? List.of() : List.of(
                    new Box(x(midline - band), MARGIN_TOP, x(midline + band) - x(midline - band), plotSize),
                    new Box(MARGIN_LEFT, y(midline + band), plotSize, y(midline - band) - y(midline + band)));
            List<Line> midlines = List.of(new Line(mx, MARGIN_TOP, mx, bottom), new Line(MARGIN_LEFT, my, right, my));
            List<Tick> ticks = new ArrayList<>();
            for (int score : new int[] {0, midline, 100}) {
                ticks.add(new Tick(x(score), bottom + 16, Integer.toString(score), "middle"));
                ticks.add(new Tick(MARGIN_LEFT - 6, y(score) + 4, Integer.toString(score), "end"));
            }
            return new QuadrantChart(MARGIN_LEFT + plotSize + MARGIN_RIGHT, MARGIN_TOP + plotSize + MARGIN_BOTTOM,
                    plot, areas, bands, midlines, ticks, new Spot(MARGIN_LEFT + plotSize / 2.0, bottom + 38),
                    new Spot(18, MARGIN_TOP + plotSize / 2.0), points, trajectory ? arrows() : List.of());
        }

        private List<Line> arrows() {
            List<Line> arrows = new ArrayList<>();
            for (int i = 1; i < points.size(); i++) {
                Point from = points.get(i - 1);
                Point to = points.get(i);
                double dx = to.cx() - from.cx();
                double dy = to.cy() - from.cy();
                double length = Math.hypot(dx, dy);
                double gap = POINT_RADIUS + 3;
                if (length <= 2 * gap) {
                    continue;
                }
                double ux = dx / length;
                double uy = dy / length;
                arrows.add(new Line(round(from.cx() + ux * gap), round(from.cy() + uy * gap),
                        round(to.cx() - ux * (gap + 2)), round(to.cy() - uy * (gap + 2))));
            }
            return arrows;
        }

        private double x(int score) {
            return MARGIN_LEFT + plotSize * score / 100.0;
        }

        private double y(int score) {
            return MARGIN_TOP + plotSize * (100 - score) / 100.0;
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }
}
