/**
 * The scoring models: pure, framework-free functions from the answers to the four diagnostic questions to a place on
 * the involvement/benefit quadrant chart, with the drivers that explain it and the levers that would change it.
 * {@link com.hivecheck.scoring.ScoringModels} knows every version; stored assessments keep the version that scored them.
 */
@NullMarked
package com.hivecheck.scoring;

import org.jspecify.annotations.NullMarked;
