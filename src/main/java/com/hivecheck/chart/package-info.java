/**
 * Chart geometry computed in Java: the quadrant chart's areas, midlines, borderline band, points and trajectory
 * arrows in SVG user units, the timeline, and the content concentration curve and participation split bar of imported
 * activity, ready for a template to draw without arithmetic. Exposes {@link com.hivecheck.chart.QuadrantChart} (built
 * for a scoring model with {@code forModel}, and the one slug of each type), {@link com.hivecheck.chart.TimelineChart},
 * {@link com.hivecheck.chart.LabelLayout}, {@link com.hivecheck.chart.ConcentrationChart} and
 * {@link com.hivecheck.chart.SplitBar} to the features that draw them; it knows no feature, callers hand it plain
 * numbers. The records are public also because the templates that read them are compiled to bytecode.
 */
@NullMarked
package com.hivecheck.chart;

import org.jspecify.annotations.NullMarked;
