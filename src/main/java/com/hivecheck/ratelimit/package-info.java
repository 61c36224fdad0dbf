/**
 * Rate limits on anonymous writes, per client address, with Bucket4j token buckets. Each rule in configuration
 * ({@code hivecheck.ratelimit.rules.<name>.*}) names request methods and path patterns and how many such requests one
 * client may send per period; a new kind of write is limited by adding a rule, without code. A client over a limit
 * gets 429 with {@code Retry-After}: the localised error page, or {@code application/problem+json} under
 * {@code /api}. Exposes nothing to other modules: it is a servlet filter and its configuration.
 */
@NullMarked
package com.hivecheck.ratelimit;

import org.jspecify.annotations.NullMarked;
