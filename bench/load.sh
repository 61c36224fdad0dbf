#!/usr/bin/env bash
# Sustained writes: WRITERS concurrent clients (default 50) submit for DURATION seconds (default 60) on loopback
# after a short warm-up, half through the questionnaire (GET for the CSRF token as a new visitor, POST, 303) and half
# through the API (201). Passes when no request failed, the database holds exactly the acknowledged assessments of the
# run with their answers, and the server's RSS stays flat (sampled every 5 s).
#
#   bench/load.sh [h2|postgres]
#
# Environment: WRITERS (50), DURATION (60), WARMUP (15), MODE (mixed|form|api), PORT (18091),
# RSS_GROWTH_LIMIT (10: percent the RSS may rise from the first sample of the measured run to the last),
# HIVECHECK_JAVA_OPTS (JVM flags; see bench/lib.sh).
source "$(dirname "$0")/lib.sh"

DB=${1:-h2}
WRITERS=${WRITERS:-50}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-15}
MODE=${MODE:-mixed}
PORT=${PORT:-18091}
RSS_GROWTH_LIMIT=${RSS_GROWTH_LIMIT:-10}
WORK=$OUT/load-$DB
PREFIX="load-$(date +%s)-$RANDOM"

JAR=$(bench_jar)
bench_client "$JAR"
rm -rf "$WORK"
mkdir -p "$WORK"
case "$DB" in
    h2) use_h2; VERIFY=(--jdbc "jdbc:h2:file:$WORK/data/hivecheck" --user sa --password "") ;;
    postgres)
        use_postgres
        VERIFY=(--jdbc "$SPRING_DATASOURCE_URL" --user "$SPRING_DATASOURCE_USERNAME" --password "$SPRING_DATASOURCE_PASSWORD")
        ;;
    *) echo "usage: $0 [h2|postgres]" >&2; exit 2 ;;
esac

log "load on $DB: $WRITERS writers for $DURATION s ($MODE) after $WARMUP s warm-up; load average $(cut -d' ' -f1-3 /proc/loadavg); JVM: $JAVA_OPTS"
start_server "$JAR" "$PORT" "$WORK" "$WORK/server.log"
log "ready in ${STARTUP_SECONDS}s, RSS $(rss_mb "$SERVER_PID") MB"
client submit --base "http://127.0.0.1:$PORT" --threads "$WRITERS" --seconds "$WARMUP" --mode "$MODE" \
    --ack "$WORK/warmup.tsv" --prefix "warm-$PREFIX" >"$WORK/warmup.log" 2>&1 || true
log "warmed up: $(grep -o '[0-9]* acknowledged.*/s)' "$WORK/warmup.log" || true); RSS $(rss_mb "$SERVER_PID") MB"

: >"$WORK/rss.txt"
(
    for _ in $(seq 0 5 "$DURATION"); do
        echo "$(rss_mb "$SERVER_PID")" >>"$WORK/rss.txt"
        sleep 5
    done
) &
SAMPLER=$!
cpu_before=$(cpu_ticks "$SERVER_PID")
status=0
client submit --base "http://127.0.0.1:$PORT" --threads "$WRITERS" --seconds "$DURATION" --mode "$MODE" \
    --ack "$WORK/acks.tsv" --prefix "$PREFIX" | tee "$WORK/client.log" || status=1
cpu_after=$(cpu_ticks "$SERVER_PID")
wait "$SAMPLER" || true
echo "$(rss_mb "$SERVER_PID")" >>"$WORK/rss.txt"
acks=$(wc -l <"$WORK/acks.tsv")
stop_server

client verify "${VERIFY[@]}" --ack "$WORK/acks.tsv" --prefix "$PREFIX" --exact || status=1
mapfile -t rss <"$WORK/rss.txt"
first=${rss[0]}
last=${rss[-1]}
max=$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)
echo "RSS every 5 s (MB): ${rss[*]}"
awk -v c=$((cpu_after - cpu_before)) -v t="$CLK_TCK" -v n="$acks" \
    'BEGIN { printf "server CPU: %.1f s for %d submissions, %.2f ms per submission\n", c / t, n, 1000 * c / t / n }'
if ((last * 100 > first * (100 + RSS_GROWTH_LIMIT))); then
    echo "RSS grew from $first to $last MB (more than $RSS_GROWTH_LIMIT%): not flat"
    status=1
else
    echo "RSS flat: $first MB at the start of the run, $last MB at the end, $max MB at most"
fi
log "load on $DB: $( ((status == 0)) && echo PASS || echo FAIL)"
exit $status
