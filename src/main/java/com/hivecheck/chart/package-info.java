/**
 * Chart geometry computed in Java: the quadrant chart's areas, midlines, borderline band, points and trajectory
 * arrows in SVG user units, ready for a template to draw without arithmetic.
 */
@NullMarked
package com.hivecheck.chart;

import org.jspecify.annotations.NullMarked;
