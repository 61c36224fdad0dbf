/**
 * The HR area: the history of past assessments (filtered and paged in SQL), side-by-side comparison, a network's
 * timeline and portfolio, the CSV export, the delete page and the HR list API. It only reads the {@code assessment}
 * table, through its own queries ({@code PastAssessments}, {@code PastAssessmentCursor}); storing and deleting belong
 * to {@link com.hivecheck.assessment.AssessmentManagement}. {@link com.hivecheck.history.HistoryManagement} owns the
 * read-only transactions; controllers translate between HTTP and it.
 *
 * <p>No other module uses this one. Its view records ({@code HistoryPage}, {@code CompareView},
 * {@code TimelineView}, {@code PortfolioView}, {@code PastAssessment} and the values they hold) and its forms are
 * public only because the templates are compiled to bytecode ({@code spring.thymeleaf.enable-spring-el-compiler}),
 * which calls public types and methods only.
 */
@NullMarked
package com.hivecheck.history;

import org.jspecify.annotations.NullMarked;
