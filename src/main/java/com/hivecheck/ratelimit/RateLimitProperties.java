package com.hivecheck.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits, under {@code hivecheck.ratelimit}.
 *
 * @param enabled whether limits apply at all; benchmarks switch them off, nothing else should
 * @param maxClients how many (rule, client) buckets are kept at most; the least recently used is forgotten first
 * @param rules the limits by name, such as {@code assessments}
 */
@ConfigurationProperties("hivecheck.ratelimit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10000") int maxClients,
        @Nullable Map<String, Rule> rules) {

    RateLimitProperties {
        if (maxClients < 1) {
            throw new IllegalArgumentException("hivecheck.ratelimit.max-clients must be positive");
        }
        rules = rules == null ? Map.of() : Map.copyOf(rules);
    }

    /**
     * One limit: requests with one of {@code methods} to a path matching one of {@code paths} (Spring path patterns
     * within the application, such as {@code /imports/mapping/*}) count against it; a client may send {@code limit}
     * of them at once, and the allowance refills evenly over {@code per}.
     *
     * @param methods the HTTP methods counted (default {@code POST})
     * @param paths the path patterns counted
     * @param limit how many requests per period
     * @param per the period
     */
    record Rule(@DefaultValue("POST") Set<String> methods, List<String> paths, int limit,
            @DefaultValue("1h") Duration per) {

        Rule {
            if (paths == null || paths.isEmpty() || limit < 1 || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("hivecheck.ratelimit.rules: each rule needs paths, a positive "
                        + "limit and a positive period");
            }
        }
    }
}
