package com.hivecheck.ratelimit;

import com.hivecheck.system.ClientAddress;
import com.hivecheck.system.LeastRecentlyUsed;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import com.hivecheck.system.RefusedRequests;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Counts the requests each rule of {@link RateLimitProperties} covers, per client address ({@link ClientAddress}), in
 * one Bucket4j token bucket per rule and client, and refuses the request that finds its bucket empty: 429 with
 * {@code Retry-After}, before anything reads the body. The buckets live in memory on each node, in a map bounded by
 * {@code maxClients} (least recently used first out), so no client, nor any number of them, can make it grow beyond
 * that. A request counts against the first rule that covers it.
 */
class RateLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final List<Limit> limits;
    private final Map<Key, Bucket> buckets;
    private final Problems problems;
    private final LocaleResolver locales;

    RateLimits(RateLimitProperties properties, Problems problems, LocaleResolver locales) {
        this.limits = properties.rules().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(rule -> Limit.of(rule.getKey(), rule.getValue()))
                .toList();
        int capacity = properties.maxClients();
        this.buckets = Collections.synchronizedMap(new LeastRecentlyUsed<>(capacity));
        this.problems = problems;
        this.locales = locales;
    }

    /** A rule, ready to match requests. */
    record Limit(String name, Set<String> methods, List<PathPattern> paths, Bandwidth bandwidth) {

        static Limit of(String name, RateLimitProperties.Rule rule) {
            return new Limit(name,
                    rule.methods().stream().map(method -> method.strip().toUpperCase(Locale.ROOT))
                            .collect(Collectors.toUnmodifiableSet()),
                    rule.paths().stream().map(String::strip).map(PathPatternParser.defaultInstance::parse).toList(),
                    Bandwidth.builder().capacity(rule.limit()).refillGreedy(rule.limit(), rule.per()).build());
        }

        boolean covers(String method, PathContainer path) {
            return methods.contains(method) && paths.stream().anyMatch(pattern -> pattern.matches(path));
        }
    }

    private record Key(String rule, String client) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Limit> limit = covering(request.getMethod(), path);
        if (limit.isPresent()) {
            String client = ClientAddress.of(request);
            Bucket bucket = buckets.computeIfAbsent(new Key(limit.get().name(), client),
                    key -> Bucket.builder().addLimit(limit.get().bandwidth()).build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                Duration retryAfter = Duration.ofNanos(probe.getNanosToWaitForRefill());
                log.debug("Rate limit {} reached by {}: retry after {}", limit.get().name(), client, retryAfter);
                refuse(request, response, path, retryAfter);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The rule that covers a request, if any. */
    Optional<Limit> covering(String method, String path) {
        PathContainer container;
        try {
            container = PathContainer.parsePath(path);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return limits.stream().filter(limit -> limit.covers(method, container)).findFirst();
    }

    /** How many buckets are held now. */
    int size() {
        return buckets.size();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, Duration retryAfter)
            throws IOException, ServletException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Problems.seconds(retryAfter)));
        long minutes = minutes(retryAfter);
        if (path.startsWith("/api/")) {
            problems.write(problems.ofMessage(ProblemType.RATE_LIMITED, "problem.rateLimited.detail",
                    locales.resolveLocale(request), minutes), request, response);
        } else {
            request.setAttribute(RefusedRequests.RETRY_MINUTES, minutes);
            RefusedRequests.show(request, response, HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    /** Whole minutes, rounded up, at least 1. */
    private static long minutes(Duration retryAfter) {
        return Math.max(1, (Problems.seconds(retryAfter) + 59) / 60);
    }
}
