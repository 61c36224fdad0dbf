/**
 * What every feature shares and no feature owns: locale selection (English and Russian, remembered in a cookie), the
 * one application clock, and the scoring model's version in {@code /actuator/info}. Exposes no types; its beans are
 * picked up by every page. The friendly error pages are templates ({@code templates/error}).
 */
@NullMarked
package com.hivecheck.system;

import org.jspecify.annotations.NullMarked;
