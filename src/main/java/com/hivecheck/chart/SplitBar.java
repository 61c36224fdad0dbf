package com.hivecheck.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The participation split of active users as a stacked bar in a 100-unit wide SVG: lurkers, occasional contributors
 * and the core (the content creators), beside the 90-9-1 rule.
 *
 * @param segments the non-empty parts, left to right
 */
public record SplitBar(List<Segment> segments) {

    public SplitBar {
        segments = List.copyOf(segments);
    }

    /** The split of a group's active users; no segments when nobody is active. */
    public static SplitBar of(long lurkers, long occasional, long core) {
        return build(new long[] {lurkers, occasional, core});
    }

    /** Nielsen's 90-9-1 rule. */
    public static SplitBar nielsen() {
        return build(new long[] {90, 9, 1});
    }

    private static SplitBar build(long[] counts) {
        long total = counts[0] + counts[1] + counts[2];
        List<Segment> segments = new ArrayList<>();
        if (total == 0) {
            return new SplitBar(segments);
        }
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                double width = 100.0 * counts[i] / total;
                segments.add(new Segment(Part.values()[i], Math.round(x * 100) / 100.0,
                        Math.round(width * 100) / 100.0, counts[i]));
                x += width;
            }
        }
        return new SplitBar(segments);
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The three parts of the split. */
    public enum Part {
        LURKERS, OCCASIONAL, CORE;

        /** The CSS modifier. */
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One part of the bar.
     *
     * @param part which part
     * @param x where it starts, 0..100
     * @param width how wide it is, 0..100, which is also its percentage
     * @param count how many people it stands for
     */
    public record Segment(Part part, double x, double width, long count) {
    }
}
