#!/usr/bin/env bash
# The employee pulse at scale, on the packaged jar with a fresh H2 file database:
#   1. answers: wrk posts random valid answers to one pulse (POST /api/pulses/{token}/responses, each durable before
#      its 201) for WRITE_WARMUP seconds, then for WRITE_SECONDS; reports the answers accepted per second, their latency
#      and the server's CPU time per answer (steadier than the rate on a shared machine). Target: 1,000 answers/s.
#   2. the pulse is topped up to ANSWERS (100,000) random answers by one INSERT ... SELECT through H2's automatic
#      server mode (the same file, a second connection), which is quicker than posting them all.
#   3. results: HR's results page (/hr/pulses/{id}: SQL counts, bootstrap interval, random comments, QR code) and the
#      results API (GET /api/pulses/{id}) are requested for DURATION seconds each by CONNECTIONS clients, after a
#      warm-up of the same length. Target: p95 under 100 ms.
# Rate limits are switched off for the run (start_server passes hivecheck.ratelimit.enabled=false): one client posts
# every answer.
#
#   bench/pulse.sh
#
# Environment: ANSWERS (100000), WRITE_SECONDS (30), WRITE_WARMUP (10), WRITERS (32 connections), CONNECTIONS (4),
# DURATION (20), PORT (18097), HIVECHECK_JAVA_OPTS (JVM flags; see bench/lib.sh). The machine's load is printed: other
# work on it skews the figures.
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

ANSWERS=${ANSWERS:-100000}
WRITE_SECONDS=${WRITE_SECONDS:-30}
WRITE_WARMUP=${WRITE_WARMUP:-10}
WRITERS=${WRITERS:-32}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-20}
PORT=${PORT:-18097}
WORK=$OUT/pulse
BASE=http://127.0.0.1:$PORT
PASSWORD=bench-pulse-password
export HIVECHECK_HR_PASSWORD=$PASSWORD

JAR=$(bench_jar)
bench_client "$JAR"
use_h2
rm -rf "$WORK"
mkdir -p "$WORK"
log "pulse bench: $ANSWERS answers, then results for ${DURATION}s x $CONNECTIONS connections; load average $(cut -d' ' -f1-3 /proc/loadavg); JVM: $JAVA_OPTS"
URL="jdbc:h2:file:$WORK/data/hivecheck;CACHE_SIZE=4096;AUTO_SERVER=TRUE"
start_server "$JAR" "$PORT" "$WORK" "$WORK/server.log" \
    --hivecheck.hr.password="$PASSWORD" --spring.datasource.url="$URL"
log "ready in ${STARTUP_SECONDS}s"

opened=$(curl -fsS -u "hr:$PASSWORD" -H 'Content-Type: application/json' \
    -d '{"network":"Bench Engage","unit":"Everyone","headcount":120000}' "$BASE/api/pulses")
ID=$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$opened")
TOKEN=$(sed -E 's/.*"token":"([^"]+)".*/\1/' <<<"$opened")
log "pulse $ID"

responses() {
    curl -fsS -u "hr:$PASSWORD" "$BASE/api/pulses/$ID" | sed -E 's/^\{"responses":([0-9]+).*/\1/'
}

# 1. Answers posted over HTTP, after a warm-up of the same kind (its answers stay: they are answers like any other).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
wrk -t2 -c"$WRITERS" -d"${WRITE_WARMUP}s" -s "$ROOT/bench/wrk/pulse-answer.lua" "$BASE" -- "$TOKEN" >"$WORK/answers-warmup.txt"
warm=$(responses)
ticks=$(cpu_ticks)
wrk -t2 -c"$WRITERS" -d"${WRITE_SECONDS}s" -s "$ROOT/bench/wrk/pulse-answer.lua" "$BASE" -- "$TOKEN" >"$WORK/answers.txt"
ticks=$(($(cpu_ticks) - ticks))
posted=$(responses)
cpu=$(awk -v t="$ticks" -v n=$((posted - warm)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')
log "answers posted: $((posted - warm)) in ${WRITE_SECONDS}s after $warm in a ${WRITE_WARMUP}s warm-up: $(grep 'Requests/sec' "$WORK/answers.txt") ($(tail -n 1 "$WORK/answers.txt")); server CPU $cpu ms per answer"

# 2. Topped up to ANSWERS: KNOWLEDGE (8) and IDEAS (4) seen by 60%, the other benefits by 25%, one in ten with a comment.
if ((posted < ANSWERS)); then
    bit() { echo "case when rand() < $2 then $1 else 0 end"; }
    mask="$(bit 1 0.25) + $(bit 2 0.25) + $(bit 4 0.6) + $(bit 8 0.6) + $(bit 16 0.25) + $(bit 32 0.25) + $(bit 64 0.25) + $(bit 128 0.25)"
    java -cp "$CLIENT_CP" com.hivecheck.bench.RunSql "$URL" sa "" "insert into pulse_response (pulse_id, answer_key,
        benefits, improvement, work_related_share, comment, shuffle)
        select '$ID', 'bench-' || x, $mask, cast(floor(rand() * 5) as int) + 1, cast(floor(rand() * 101) as int),
            case when rand() < 0.1 then 'Bench comment ' || x else null end,
            cast(floor(rand() * 4294967296) - 2147483648 as int)
        from system_range(1, $((ANSWERS - posted)))"
    # As the app stores them: only answers with a comment have a shuffle number (V12).
    java -cp "$CLIENT_CP" com.hivecheck.bench.RunSql "$URL" sa "" \
        "update pulse_response set shuffle = null where comment is null"
fi
stored=$(responses)
log "answers stored: $stored"

# 3. Results: sign in for the page (form login), then the page and the API.
curl -s -c "$WORK/jar" -o "$WORK/login.html" "$BASE/login"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null --data-urlencode "username=hr" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$WORK/jar")
status=$(curl -s -o "$WORK/results.html" -w '%{http_code}' -H "Cookie: $session" "$BASE/hr/pulses/$ID")
[[ "$status" == 200 ]] || { log "results page answered $status"; exit 1; }
grep -q 'id="benefits"' "$WORK/results.html" || { log "the results page shows no results"; exit 1; }

wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$ROOT/bench/wrk/percentiles.lua" "$BASE/hr/pulses/$ID" -- "$session" \
    >"$WORK/warmup.txt"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$ROOT/bench/wrk/percentiles.lua" "$BASE/hr/pulses/$ID" -- "$session" \
    >"$WORK/page.txt"
log "results page over $stored answers: $(grep 'Requests/sec' "$WORK/page.txt"); $(tail -n 1 "$WORK/page.txt")"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$ROOT/bench/wrk/percentiles.lua" "$BASE/api/pulses/$ID" \
    -H "Authorization: Basic $(printf 'hr:%s' "$PASSWORD" | base64)" -- "" >"$WORK/api.txt"
log "results API over $stored answers: $(grep 'Requests/sec' "$WORK/api.txt"); $(tail -n 1 "$WORK/api.txt")"
log "data file: $(du -h "$WORK/data/hivecheck.mv.db" | cut -f1)"
