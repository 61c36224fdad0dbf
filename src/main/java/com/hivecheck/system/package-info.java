/**
 * What every feature shares and no feature owns: locale selection (English and Russian, remembered in a cookie), the
 * one application clock, the scoring model's version in {@code /actuator/info}, the friendly error page (one template,
 * {@code templates/error.html}, whose messages the status chooses), and the configuration names of the previous
 * release ({@code RenamedProperties}). Exposes {@link com.hivecheck.system.Texts}, how typed text is tidied; its
 * beans serve every page.
 */
@NullMarked
package com.hivecheck.system;

import org.jspecify.annotations.NullMarked;
