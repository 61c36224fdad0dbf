/**
 * What every feature shares and no feature owns: locale selection (English and Russian only, remembered in a cookie;
 * anything else falls back), the one application clock, the scoring model's version in {@code /actuator/info}, the
 * friendly error page (one template, {@code templates/error.html}, whose messages the status chooses), the configuration
 * names of the previous release ({@code RenamedProperties}), how every form and JSON body is bound (plain parameter
 * names, ASCII whole numbers, no coercion of JSON values), and the published API contract ({@code /v3/api-docs}).
 * Exposes {@link com.hivecheck.system.Texts} (how typed text is tidied), {@link com.hivecheck.system.PlainText} (the
 * constraint on typed text), {@link com.hivecheck.system.NetworkAndUnit} (the network and unit fields forms share),
 * {@link com.hivecheck.system.Ids} (how ids in links are read), {@link com.hivecheck.system.Problems} and
 * {@link com.hivecheck.system.ProblemType} (the one factory of problem+json answers and their types),
 * {@link com.hivecheck.system.ClientAddress} (the address a client is counted by),
 * {@link com.hivecheck.system.OversizedUploads} (the filter that sends an oversized upload back to its page) and
 * {@link com.hivecheck.system.RefusedRequests} (the error page for a request a filter refuses); its beans serve every
 * page.
 */
@NullMarked
package com.hivecheck.system;

import org.jspecify.annotations.NullMarked;
