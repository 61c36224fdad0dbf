/**
 * The employee pulse: HR opens a pulse for a network or unit and shares its public link (and QR code); employees
 * answer questions 3 and 4 anonymously; HR sees the aggregate from a minimum number of answers on, beside the owner's
 * own answers, and can start an assessment with questions 3 and 4 taken from it. The aggregation rules are plain Java
 * ({@link com.hivecheck.pulse.PulseTally}, {@link com.hivecheck.pulse.PulseFindings}); answers are counted in SQL and
 * never read row by row. {@link com.hivecheck.pulse.PulseManagement} owns the transactions and is this feature's API to
 * the rest of the application.
 */
@NullMarked
package com.hivecheck.pulse;

import org.jspecify.annotations.NullMarked;
