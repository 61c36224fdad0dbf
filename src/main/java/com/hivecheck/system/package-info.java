/**
 * Cross-cutting web concerns: security (HR accounts with bcrypt hashes, the sign-in page, login throttling, the page
 * and API filter chains), locale selection, the clock, and friendly error pages.
 */
@NullMarked
package com.hivecheck.system;

import org.jspecify.annotations.NullMarked;
