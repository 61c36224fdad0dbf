#!/usr/bin/env bash
# Where a request's time goes: starts the packaged jar as bench/web.sh does (same JVM flags, with a GC log and Java
# Flight Recorder), drives one target with wrk, and prints the GC pauses and the hottest methods (self and inclusive
# CPU samples) of the request threads.
#
#   bench/profile.sh [questionnaire|form-post|api-post|result|static]     (default form-post)
#
# Environment: SECONDS_OF_LOAD (20), CONNECTIONS (16), PORT (18096), TOP (30 rows per table), as in bench/web.sh:
# HIVECHECK_JAVA_OPTS, CDS (1), SERVER_ARGS (extra application arguments). Files go to bench/out/profile-TARGET/ (recording.jfr, gc.log, wrk.txt).
source "$(dirname "$0")/lib.sh"

TARGET=${1:-form-post}
DURATION=${SECONDS_OF_LOAD:-20}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18096}
TOP=${TOP:-30}
WORK=$OUT/profile-$TARGET
BASE=http://127.0.0.1:$PORT

start_h2_server_with_gc_log "$WORK" "$PORT"

visitor "$BASE" "$WORK"
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $COOKIE" \
    --data-urlencode "_csrf=$TOKEN" -d network=Benchmark -d employees=1000 -d monthlyActiveUsers=300 \
    -d contentCreators=4 -d creatorsMostlyOfficial=true -d benefits=IDEAS -d workRelatedShare=95 -d improvement=BETTER \
    "$BASE/assessments")
case "$TARGET" in
    questionnaire) ARGS=("$BASE/") ;;
    result) ARGS=("$LOCATION") ;;
    static) ARGS=("$BASE/css/app.css") ;;
    form-post) ARGS=(-s "$ROOT/bench/wrk/form.lua" "$BASE/assessments" -- "$COOKIE" "$TOKEN") ;;
    api-post) ARGS=(-s "$ROOT/bench/wrk/api.lua" "$BASE/api/assessments") ;;
    *) echo "unknown target $TARGET" >&2; exit 2 ;;
esac

log "warming up $TARGET for 20 s, then profiling $DURATION s at $CONNECTIONS connections"
wrk -t2 -c"$CONNECTIONS" -d20s "${ARGS[@]}" >/dev/null
gc_before=$(wc -l <"$WORK/gc.log")
jcmd "$SERVER_PID" JFR.start name=load settings=profile >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${ARGS[@]}" | tee "$WORK/wrk.txt" | grep -E 'Requests/sec|50%|99%'
jcmd "$SERVER_PID" JFR.stop name=load filename="$WORK/recording.jfr" >/dev/null
echo "server RSS $(rss_mb "$SERVER_PID") MB; database file $(du -sm "$WORK/data" | cut -f1) MB (before the shutdown compacts it)"
stop_server

echo
echo "GC pauses during the measured run:"
tail -n +"$((gc_before + 1))" "$WORK/gc.log" |
    awk '/Pause/ { ms = $NF; sub(/ms/, "", ms); kind = $0; sub(/.*Pause /, "", kind); sub(/ [0-9].*/, "", kind)
                   n[kind]++; t[kind] += ms; if (ms + 0 > m[kind] + 0) m[kind] = ms }
         END { for (k in n) printf "  %-36s %5d pauses, %8.1f ms total, max %6.1f ms\n", k, n[k], t[k], m[k] }'

jfr print --events jdk.ExecutionSample --stack-depth 96 "$WORK/recording.jfr" >"$WORK/samples.txt"
echo
echo "hottest methods (self samples) on request threads:"
awk '/sampledThread = "http-nio/ { keep = 1 } /^jdk.ExecutionSample/ { keep = 0; first = 1 }
     keep && /line:/ && first { sub(/^ +/, ""); sub(/ +line:.*/, ""); print; first = 0 }' "$WORK/samples.txt" |
    sort | uniq -c | sort -rn | head -n "$TOP"
echo
echo "inclusive samples (a method counted once per sample it is on the stack of):"
awk '/^jdk.ExecutionSample/ { if (keep) total++; keep = 0; delete seen }
     /sampledThread = "http-nio/ { keep = 1 }
     keep && /line:/ { sub(/^ +/, ""); sub(/ +line:.*/, ""); if (!($0 in seen)) { seen[$0] = 1; print } }' \
    "$WORK/samples.txt" | sort | uniq -c | sort -rn |
    grep -E 'hivecheck|thymeleaf|h2|hibernate|springframework.(security|validation|web|orm|transaction|data)|jackson|tomcat|hikari' |
    head -n "$TOP"
