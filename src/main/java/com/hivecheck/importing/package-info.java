/**
 * Evidence from usage data: reads a network's per-person activity export (CSV) as a stream, keeps per person only an
 * aggregated count and a last activity date while reading, and turns it into the answers to questions 1 and 2 for
 * the whole network and for each unit. Only those aggregates outlive a request: per-person rows are never stored,
 * and the uploaded file is discarded. {@link com.hivecheck.importing.ActivityReports} is the feature's API for the
 * questionnaire: it resolves an evidence token into the figures of one network or unit.
 */
@NullMarked
package com.hivecheck.importing;

import org.jspecify.annotations.NullMarked;
