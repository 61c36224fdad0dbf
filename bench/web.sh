#!/usr/bin/env bash
# Web benchmark: starts the packaged jar on loopback (extracted, with an AppCDS archive, and the JVM flags of
# bench/lib.sh), warms it up, then runs wrk twice against each of: the result page, a static asset, the questionnaire,
# the form submission (POST with session cookie and CSRF token) and the API POST. Prints req/s, p50 and p99 latency,
# the server's CPU time per request, the startup time and the RSS after startup and after load, and checks the targets.
#
#   bench/web.sh [h2|postgres]
#
# Environment: CONNECTIONS (16), THREADS (2, wrk threads), DURATION (15 s per run), WARMUP (30 s), PORT (18094),
# CDS (1; 0 runs the fat jar as is), HIVECHECK_JAVA_OPTS, MALLOC_ARENA_MAX (2).
# Run it on an otherwise idle machine: the numbers are only as good as the quiet around them.
source "$(dirname "$0")/lib.sh"

DB=${1:-h2}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-30}
PORT=${PORT:-18094}
WORK=$OUT/web-$DB
BASE=http://127.0.0.1:$PORT

wrk_target
rm -rf "$WORK"
mkdir -p "$WORK"
if [[ "$DB" == postgres ]]; then use_postgres; else use_h2; fi

echo "web benchmark on $DB, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM: $JAVA_OPTS (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
JAVA_OPTS="$JAVA_OPTS -Xlog:gc:file=$WORK/gc.log"
start_server "$APP_JAR" "$PORT" "$WORK" "$WORK/server.log"
RSS_STARTED=$(rss_mb "$SERVER_PID")
echo "startup: ready in ${STARTUP_SECONDS}s (launch to readiness UP; ${STARTED_LINE:-no Started line}); RSS $RSS_STARTED MB"

# One stored assessment for the result page, and one visitor's session and CSRF token for the form POST.
visitor "$BASE" "$WORK"
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $COOKIE" \
    --data-urlencode "_csrf=$TOKEN" -d network=Benchmark -d unit=Sales -d employees=1000 -d monthlyActiveUsers=300 \
    -d contentCreators=4 -d creatorsMostlyOfficial=true -d benefits=IDEAS -d workRelatedShare=95 -d improvement=BETTER \
    "$BASE/assessments")
RESULT=${LOCATION#"$BASE"}
[[ "$RESULT" == /assessments/* ]] || { echo "could not store the benchmark assessment (got '$LOCATION')" >&2; exit 1; }
API_STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{}' "$BASE/api/assessments")

TARGETS=("result|$RESULT|" "static|/css/app.css|" "questionnaire|/|" "form-post|/assessments|$ROOT/bench/wrk/form.lua")
if [[ "$API_STATUS" == 404 || "$API_STATUS" == 405 ]]; then
    echo "note: no JSON API on this build ($API_STATUS): the API POST is not measured"
else
    TARGETS+=("api-post|/api/assessments|$ROOT/bench/wrk/api.lua")
fi

run_wrk() { # name path script seconds -> prints wrk's report into $WORK/name.txt
    local path=$2 script=$3 seconds=$4
    if [[ -n "$script" ]]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$script" "$BASE$path" -- "$COOKIE" "$TOKEN"
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$BASE$path"
    fi
}

per_target=$(( (WARMUP + ${#TARGETS[@]} - 1) / ${#TARGETS[@]} ))
echo "warm-up: ${per_target}s on each of ${#TARGETS[@]} targets"
for target in "${TARGETS[@]}"; do
    IFS='|' read -r name path script <<<"$target"
    run_wrk "$name" "$path" "$script" "$per_target" >"$WORK/warmup-$name.txt"
done

ms() { # a wrk duration (12.3us, 4.5ms, 1.2s) in milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

printf '\n%-14s %3s %10s %9s %9s %12s %8s %16s\n' target run req/s p50_ms p99_ms cpu_ms/req errors "gc n/total/max"
declare -A RPS
for run in 1 2; do
    for target in "${TARGETS[@]}"; do
        IFS='|' read -r name path script <<<"$target"
        before=$(cpu_ticks "$SERVER_PID")
        gc_before=$(wc -l <"$WORK/gc.log")
        run_wrk "$name" "$path" "$script" "$DURATION" >"$WORK/$name-$run.txt"
        after=$(cpu_ticks "$SERVER_PID")
        report=$WORK/$name-$run.txt
        rps=$(awk '/^Requests\/sec/ {print $2}' "$report")
        requests=$(awk '/requests in/ {print $1}' "$report")
        p50=$(ms "$(awk '$1 == "50%" {print $2}' "$report")")
        p99=$(ms "$(awk '$1 == "99%" {print $2}' "$report")")
        errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$report")
        cpu=$(awk -v c=$((after - before)) -v t="$CLK_TCK" -v n="$requests" 'BEGIN { printf "%.3f", 1000 * c / t / n }')
        read -r gc_n gc_total gc_max <<<"$(gc_pauses "$WORK/gc.log" "$gc_before")"
        printf '%-14s %3s %10.0f %9s %9s %12s %8s %16s\n' "$name" "$run" "$rps" "$p50" "$p99" "$cpu" "$errors" \
            "$gc_n/${gc_total}ms/${gc_max}ms"
        RPS[$name-$run]=$rps
        echo "$name $run $rps $p50 $p99 $cpu $errors" >>"$WORK/results.txt"
    done
done
RSS_LOADED=$(rss_mb "$SERVER_PID")
echo
echo "RSS: $RSS_STARTED MB after startup, $RSS_LOADED MB after load"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "targets:"
verdict() { if awk "BEGIN { exit !($2) }"; then echo "  PASS $1"; else echo "  MISS $1"; fi; }
for run in 1 2; do
    verdict "run $run: result page ≥ 60% of the static asset's req/s (${RPS[result-$run]} vs ${RPS[static-$run]})" \
        "${RPS[result-$run]} >= 0.6 * ${RPS[static-$run]}"
done
worst_p99=$(awk '{ if ($5 > m) m = $5 } END { print m + 0 }' "$WORK/results.txt")
verdict "p99 < 50 ms at $CONNECTIONS connections (worst: $worst_p99 ms)" "$worst_p99 < 50"
errors=$(awk '{ n += $7 } END { print n + 0 }' "$WORK/results.txt")
verdict "no errors and no unexpected statuses ($errors)" "$errors == 0"
for post in form-post api-post; do
    if [[ -n "${RPS[$post-1]:-}" ]]; then
        best=$(awk -v a="${RPS[$post-1]}" -v b="${RPS[$post-2]}" 'BEGIN { print (a > b ? a : b) }')
        verdict "$post: ≥ 1000 accepted submissions/s on $DB (best run: $best)" "$best >= 1000"
    fi
done
verdict "startup < 6 s (${STARTUP_SECONDS}s)" "$STARTUP_SECONDS < 6"
verdict "RSS < 300 MB after load ($RSS_LOADED MB)" "$RSS_LOADED < 300"
