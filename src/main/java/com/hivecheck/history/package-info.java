/**
 * The HR area: the history of past assessments (filtered and paged in SQL), side-by-side comparison, a network's
 * timeline and portfolio, the CSV export, deletion, and the HR list API. {@link com.hivecheck.history.HistoryManagement}
 * owns the transactions; controllers translate between HTTP and it, and view records lay the data out for templates.
 */
@NullMarked
package com.hivecheck.history;

import org.jspecify.annotations.NullMarked;
