#!/usr/bin/env bash
# The employee pulse at scale, on the packaged jar with a fresh H2 file database:
#   1. answers: wrk posts random valid answers to one pulse (POST /api/pulses/{token}/responses, each durable before
#      its 201) until the pulse holds ANSWERS (100,000); reports the answers accepted per second and their latency.
#      Target: 1,000 answers/s.
#   2. results: with those answers in place, HR's results page (/hr/pulses/{id}: SQL counts, bootstrap interval, random
#      comments, QR code) and the results API (GET /api/pulses/{id}) are requested for DURATION seconds each by
#      CONNECTIONS clients. Target: p95 under 100 ms.
# Rate limits are switched off for the run (hivecheck.ratelimit.enabled=false): one client posts every answer.
#
#   bench/pulse.sh
#
# Environment: ANSWERS (100000), WRITERS (32 connections), CONNECTIONS (4), DURATION (20), PORT (18097),
# HIVECHECK_JAVA_OPTS (JVM flags; see bench/lib.sh). The machine's load is printed: other work on it skews the figures.
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

ANSWERS=${ANSWERS:-100000}
WRITERS=${WRITERS:-32}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-20}
PORT=${PORT:-18097}
WORK=$OUT/pulse
BASE=http://127.0.0.1:$PORT
PASSWORD=bench-pulse-password
export HIVECHECK_HR_PASSWORD=$PASSWORD

JAR=$(bench_jar)
use_h2
rm -rf "$WORK"
mkdir -p "$WORK"
log "pulse bench: $ANSWERS answers, then results for ${DURATION}s x $CONNECTIONS connections; load average $(cut -d' ' -f1-3 /proc/loadavg); JVM: $JAVA_OPTS"
start_server "$JAR" "$PORT" "$WORK" "$WORK/server.log" --hivecheck.ratelimit.enabled=false \
    --hivecheck.hr.password="$PASSWORD"
log "ready in ${STARTUP_SECONDS}s"

opened=$(curl -fsS -u "hr:$PASSWORD" -H 'Content-Type: application/json' \
    -d '{"network":"Bench Engage","unit":"Everyone","headcount":120000}' "$BASE/api/pulses")
ID=$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$opened")
TOKEN=$(sed -E 's/.*"token":"([^"]+)".*/\1/' <<<"$opened")
log "pulse $ID"

responses() {
    curl -fsS -u "hr:$PASSWORD" "$BASE/api/pulses/$ID" | sed -E 's/^\{"responses":([0-9]+).*/\1/'
}

# 1. Answers, in rounds of at most 60 s until the pulse holds ANSWERS.
total_seconds=0
while :; do
    have=$(responses)
    ((have >= ANSWERS)) && break
    seconds=$(( (ANSWERS - have) / 900 + 1 ))
    ((seconds > 60)) && seconds=60
    wrk -t2 -c"$WRITERS" -d"${seconds}s" -s "$ROOT/bench/wrk/pulse-answer.lua" "$BASE" -- "$TOKEN" \
        >"$WORK/answers-$have.txt"
    total_seconds=$((total_seconds + seconds))
    log "answers: $(grep 'Requests/sec' "$WORK/answers-$have.txt") ($(tail -n 1 "$WORK/answers-$have.txt"))"
done
stored=$(responses)
log "answers stored: $stored in ${total_seconds}s of posting: $((stored / total_seconds)) answers/s on average"

# 2. Results: sign in for the page (form login), then the page and the API.
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
