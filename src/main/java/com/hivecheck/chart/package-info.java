/**
 * Chart geometry computed in Java: the quadrant chart's areas, midlines, borderline band, points and trajectory
 * arrows in SVG user units, the timeline, the content concentration curve and the participation split bar of imported
 * activity, ready for a template to draw without arithmetic. It knows no feature: callers hand it plain numbers.
 */
@NullMarked
package com.hivecheck.chart;

import org.jspecify.annotations.NullMarked;
