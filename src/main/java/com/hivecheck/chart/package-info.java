/**
 * Chart geometry computed in Java: the quadrant chart's areas, midlines, borderline band, points and trajectory
 * arrows in SVG user units, and the timeline, ready for a template to draw without arithmetic. Exposes
 * {@link com.hivecheck.chart.QuadrantChart} (built for a scoring model with {@code forModel}, and the one slug of each
 * type), {@link com.hivecheck.chart.TimelineChart} and {@link com.hivecheck.chart.LabelLayout} to the features that
 * draw them; the records are public also because the templates that read them are compiled to bytecode.
 */
@NullMarked
package com.hivecheck.chart;

import org.jspecify.annotations.NullMarked;
