/**
 * Cross-cutting web concerns: security, locale selection, the clock, and friendly error pages.
 */
@NullMarked
package com.hivecheck.system;

import org.jspecify.annotations.NullMarked;
