/**
 * The reference scoring model: a pure, framework-free classifier from the answers to the four diagnostic
 * questions to a place on the involvement/benefit quadrant chart, with the drivers that explain it.
 */
@NullMarked
package com.hivecheck.scoring;

import org.jspecify.annotations.NullMarked;
