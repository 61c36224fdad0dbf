/**
 * Evidence from usage data: reads a network's per-person activity export (CSV or .xlsx; Viva Engage, Teams, Slack,
 * the generic format, or any file with its columns mapped) as a stream, keeps per person only an aggregated count and
 * a last activity date while reading, and turns it into the answers to questions 1 and 2 for the whole network and
 * for each unit. Only those aggregates outlive a request: they are stored in the database for a while (so that any
 * node can show them), per-person rows never are, and the uploaded file is discarded (or waits, on the node that
 * received it, for its columns to be mapped). {@link com.hivecheck.importing.ImportManagement} holds the use cases;
 * {@link com.hivecheck.importing.ActivityReports} is the feature's API for the questionnaire: it resolves an evidence
 * token into the figures of one network or unit. The file reading itself is the internal sub-package {@code reading}.
 * View types are public because the templates' compiled SpEL reads them.
 */
@NullMarked
package com.hivecheck.importing;

import org.jspecify.annotations.NullMarked;
