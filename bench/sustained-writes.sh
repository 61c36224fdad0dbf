#!/usr/bin/env bash
# Sustained durable submissions: starts the packaged jar (as web.sh does) on a fresh H2 file, then drives the form POST
# with wrk for WINDOWS windows of 30 s back to back, and prints per window: req/s, p50, p99, the GC pauses (count,
# total, longest) and the size of the H2 file. Shows whether the POSTs hold up after minutes of writes, which the 15 s
# runs of web.sh do not.
#
#   bench/sustained-writes.sh
#   WINDOWS=6 SERVER_ARGS='--spring.datasource.url=jdbc:h2:file:./data/hivecheck;CACHE_SIZE=16384' bench/sustained-writes.sh
#
# Environment: WINDOWS (4), CONNECTIONS (16), PORT (18097), SERVER_ARGS (extra application arguments), CDS (1).
source "$(dirname "$0")/lib.sh"

WINDOWS=${WINDOWS:-4}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18097}
WORK=$OUT/sustained-writes
BASE=http://127.0.0.1:$PORT

start_h2_server_with_gc_log "$WORK" "$PORT"
trap stop_server EXIT
visitor "$BASE" "$WORK"
echo "sustained form POSTs on h2, $(nproc) cores, $CONNECTIONS connections, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server arguments: ${SERVER_ARGS:-none}"

printf '%-7s %8s %8s %8s %18s %9s\n' window req/s p50_ms p99_ms "gc n/total/max" file_MB
for window in $(seq 1 "$WINDOWS"); do
    gc_before=$(wc -l <"$WORK/gc.log")
    report=$WORK/window-$window.txt
    wrk -t2 -c"$CONNECTIONS" -d30s --latency -s "$ROOT/bench/wrk/form.lua" "$BASE/assessments" -- "$COOKIE" "$TOKEN" \
        >"$report"
    read -r gc_n gc_total gc_max <<<"$(gc_pauses "$WORK/gc.log" "$gc_before")"
    gc="$gc_n/${gc_total}ms/${gc_max}ms"
    printf '%-7s %8.0f %8s %8s %18s %9s\n' "$window" "$(awk '/^Requests\/sec/ {print $2}' "$report")" \
        "$(awk '$1 == "50%" {print $2}' "$report")" "$(awk '$1 == "99%" {print $2}' "$report")" "$gc" \
        "$(du -m "$WORK/data/hivecheck.mv.db" | cut -f1)"
done
echo "RSS after load: $(rss_mb "$SERVER_PID") MB; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
