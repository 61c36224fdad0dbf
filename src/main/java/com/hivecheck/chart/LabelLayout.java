package com.hivecheck.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the point labels of a quadrant chart so that they stay readable when many points crowd together. First each
 * quadrant's name takes the first corner of its quadrant that no point covers: its outer corner, else the other
 * corner on the same outer edge, else one by the midline (the corner where it overlaps points least when all are
 * covered). Then each label takes the first of eight positions around its point that keeps it inside the plot and
 * clear of the quadrant names, the other points and the labels placed before it. A label with no free position is
 * replaced by its short fallback (a number that a table beside the chart explains), put where it overlaps least.
 */
public final class LabelLayout {

    /** Approximate advance of one character of the 13px bold label font, in SVG units. */
    static final double CHAR_WIDTH = 7.6;
    static final double LABEL_HEIGHT = 14;
    private static final double GAP = 4;
    /** Room kept free for the quadrant names in the four corners of the plot. */
    static final double NAME_WIDTH = 170;
    static final double NAME_HEIGHT = 24;
    /** How much more a label's overlap with a quadrant name counts than one with a point or another label. */
    private static final double NAME_WEIGHT = 4;
    /** The distance of a quadrant's name from the sides of its corner, as {@link QuadrantChart} draws it. */
    private static final double NAME_PAD = 10;

    private LabelLayout() {
    }

    /**
     * The same chart with its labels moved apart.
     *
     * @param chart a chart whose points carry their full labels
     * @param fallbacks for each point, in order, the short label used when the full one finds no room
     */
    public static QuadrantChart spread(QuadrantChart chart, List<String> fallbacks) {
        if (fallbacks.size() != chart.points().size()) {
            throw new IllegalArgumentException("one fallback per point");
        }
        QuadrantChart.Box plot = chart.plot();
        double left = plot.x();
        double top = plot.y();
        double right = plot.x() + plot.width();
        double bottom = plot.y() + plot.height();
        List<Rect> dots = chart.points().stream()
                .map(p -> new Rect(p.cx() - p.r(), p.cy() - p.r(), p.cx() + p.r(), p.cy() + p.r()))
                .toList();
        List<QuadrantChart.Area> areas = new ArrayList<>(chart.areas().size());
        List<Rect> obstacles = new ArrayList<>();
        for (QuadrantChart.Area area : chart.areas()) {
            NameSpot spot = nameSpot(area, dots);
            areas.add(new QuadrantChart.Area(area.quadrant(), area.box(), spot.label(), spot.anchor()));
            obstacles.add(spot.box());
        }
        int names = obstacles.size();
        obstacles.addAll(dots);
        Rect bounds = new Rect(left + 2, top + 2, right - 2, bottom - 2);

        List<QuadrantChart.Point> placed = new ArrayList<>(chart.points().size());
        for (int i = 0; i < chart.points().size(); i++) {
            QuadrantChart.Point point = chart.points().get(i);
            if (point.label().isEmpty()) {
                placed.add(point);
                continue;
            }
            Placement best = bestPlacement(point, point.label(), obstacles, names, bounds, names + i);
            if (best.overlap > 0) {
                Placement shorter = bestPlacement(point, fallbacks.get(i), obstacles, names, bounds, names + i);
                if (shorter.overlap < best.overlap) {
                    best = shorter;
                }
            }
            obstacles.add(best.box);
            placed.add(new QuadrantChart.Point(best.label, point.involvement(), point.benefit(), point.quadrant(),
                    point.cx(), point.cy(), point.r(), round(best.textX), round(best.textY), best.anchor));
        }
        return new QuadrantChart(chart.width(), chart.height(), chart.plot(), areas, chart.bands(),
                chart.midlines(), chart.ticks(), chart.xTitle(), chart.yTitle(), placed, chart.arrows());
    }

    /**
     * Where a quadrant's name goes: the first of its corners (outer first) whose name box no point covers, else the
     * one covered least.
     */
    private static NameSpot nameSpot(QuadrantChart.Area area, List<Rect> dots) {
        QuadrantChart.Box box = area.box();
        boolean outerLeft = "start".equals(area.anchor());
        boolean outerTop = area.label().y() < box.y() + box.height() / 2;
        NameSpot best = null;
        double leastOverlap = Double.MAX_VALUE;
        for (boolean[] corner : new boolean[][] {{outerLeft, outerTop}, {!outerLeft, outerTop},
            {outerLeft, !outerTop}, {!outerLeft, !outerTop}}) {
            NameSpot spot = NameSpot.at(box, corner[0], corner[1]);
            double overlap = 0;
            for (Rect dot : dots) {
                overlap += spot.box().overlap(dot);
            }
            if (overlap < leastOverlap) {
                best = spot;
                leastOverlap = overlap;
                if (overlap == 0) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The least overlapping of the positions around {@code point}; the first {@code names} obstacles are quadrant
     * names, which weigh {@link #NAME_WEIGHT} times as much as points and labels.
     */
    private static Placement bestPlacement(QuadrantChart.Point point, String label, List<Rect> obstacles, int names,
            Rect bounds, int self) {
        double width = label.length() * CHAR_WIDTH;
        double r = point.r();
        double cx = point.cx();
        double cy = point.cy();
        double row = LABEL_HEIGHT + 1;
        // text x, baseline y and anchor: right, left, above, below, the four diagonals, then one row further out
        Object[][] candidates = {
            {cx + r + GAP, cy + 4.5, "start"},
            {cx - r - GAP, cy + 4.5, "end"},
            {cx, cy - r - GAP - 2, "middle"},
            {cx, cy + r + GAP + LABEL_HEIGHT - 2, "middle"},
            {cx + r, cy - r - 2, "start"},
            {cx + r, cy + r + LABEL_HEIGHT - 2, "start"},
            {cx - r, cy - r - 2, "end"},
            {cx - r, cy + r + LABEL_HEIGHT - 2, "end"},
            {cx, cy - r - GAP - 2 - row, "middle"},
            {cx, cy + r + GAP + LABEL_HEIGHT - 2 + row, "middle"},
            {cx + r, cy - r - 2 - row, "start"},
            {cx + r, cy + r + LABEL_HEIGHT - 2 + row, "start"},
            {cx - r, cy - r - 2 - row, "end"},
            {cx - r, cy + r + LABEL_HEIGHT - 2 + row, "end"},
        };
        Placement best = null;
        for (Object[] candidate : candidates) {
            double textX = (double) candidate[0];
            double baseline = (double) candidate[1];
            String anchor = (String) candidate[2];
            double x1 = switch (anchor) {
                case "start" -> textX;
                case "end" -> textX - width;
                default -> textX - width / 2;
            };
            Rect box = new Rect(x1, baseline - LABEL_HEIGHT + 3, x1 + width, baseline + 3);
            double overlap = bounds.contains(box) ? 0 : 1_000_000;
            for (int o = 0; o < obstacles.size(); o++) {
                if (o == self) {
                    continue; // its own point
                }
                overlap += box.overlap(obstacles.get(o)) * (o < names ? NAME_WEIGHT : 1);
            }
            if (best == null || overlap < best.overlap) {
                best = new Placement(label, textX, baseline, anchor, box, overlap);
                if (overlap == 0) {
                    break;
                }
            }
        }
        return best;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * A quadrant name's place: its baseline start or end ({@code label}, {@code anchor}) and the room it keeps free.
     */
    private record NameSpot(QuadrantChart.Spot label, String anchor, Rect box) {

        /** The name in one corner of the quadrant's box, {@link #NAME_PAD} in from both sides. */
        static NameSpot at(QuadrantChart.Box area, boolean left, boolean top) {
            double x = left ? area.x() + NAME_PAD : area.x() + area.width() - NAME_PAD;
            double baseline = top ? area.y() + NAME_PAD + 12 : area.y() + area.height() - NAME_PAD;
            double x1 = left ? area.x() : area.x() + area.width() - NAME_WIDTH;
            double y1 = top ? area.y() : area.y() + area.height() - NAME_HEIGHT;
            double height = top ? NAME_HEIGHT + 6 : NAME_HEIGHT;
            return new NameSpot(new QuadrantChart.Spot(x, baseline), left ? "start" : "end",
                    new Rect(x1, y1, x1 + NAME_WIDTH, y1 + height));
        }
    }

    private record Placement(String label, double textX, double textY, String anchor, Rect box, double overlap) {
    }

    private record Rect(double x1, double y1, double x2, double y2) {

        boolean contains(Rect other) {
            return other.x1 >= x1 && other.y1 >= y1 && other.x2 <= x2 && other.y2 <= y2;
        }

        double overlap(Rect other) {
            double w = Math.min(x2, other.x2) - Math.max(x1, other.x1);
            double h = Math.min(y2, other.y2) - Math.max(y1, other.y1);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }
}
