#!/usr/bin/env bash
# Hardening benchmark (issue 10): an anonymous attacker against a small server. Starts the packaged jar with -Xmx80m
# (the README's flags, rate limits off so that every request reaches the app), measures GET / and the heap after a
# full GC, then:
#   1. 10,000 GET / with 10,000 distinct lang cookies (wrk),
#   2. ten uploads of a 3,000-column export to the import page (each then asks for its column-mapping page),
#   3. twenty 45 MB uploads with one unit per person to POST /api/imports (842,607 people: more than an -Xmx80m server
#      reads at once, so each is refused with 422 after reading up to its people limit),
#   4. five uploads of 200,000 people with one unit per person, just under that limit, which are read,
#   5. workbooks (.xlsx) with large shared strings tables, which fastexcel-reader keeps in memory up to the highest
#      string a cell names: three Viva Engage reports of 400,000 people (800,000 unique strings, 16 MB), and three of
#      one person whose Display Name names the last of 3,000,000 strings (8 MB); each must be refused with 422 and
#      the advice to save it as CSV, while GET / keeps answering during the uploads,
# and measures GET / and the heap after a full GC again. Passes when / answers in under 50 ms, the heap after a
# full GC is within 20 MB of where it started, and there is no OutOfMemoryError.
#
#   bench/hardening.sh            (PORT=18110; BENCH_BUILD=1 to repackage first; CDS=0 to run the plain jar)
#
# Needs java 17, curl, wrk. Files go to bench/out/hardening/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18110}
WORK=$OUT/hardening
BASE=http://127.0.0.1:$PORT
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'stop_server' EXIT

JAR=$(bench_jar)
log "generating the uploads"
awk 'BEGIN { printf "person"; for (i = 1; i < 3000; i++) printf ",column %d", i; print "";
  for (r = 0; r < 20; r++) { printf "p%d", r; for (i = 1; i < 3000; i++) printf ",%d", i; print "" } }' \
  > "$WORK/3000-columns.csv"
# One unit per person, about 45 MB: every person is a group of its own.
awk 'BEGIN { print "person,unit,last_activity_date,posts";
  for (i = 0; bytes < 45 * 1024 * 1024; i++) { line = sprintf("person%09d@example.com,unit %09d,2026-05-%02d,%d", i, i,
    1 + i % 28, i % 7); print line; bytes += length(line) + 1 } }' > "$WORK/45mb-one-unit-per-person.csv"
awk 'BEGIN { print "person,unit,last_activity_date,posts";
  for (i = 0; i < 200000; i++) printf "person%09d@example.com,unit %09d,2026-05-%02d,%d\n", i, i, 1 + i % 28, i % 7 }' \
  > "$WORK/200k-people-one-unit-each.csv"
python3 "$ROOT/bench/generate-shared-strings-workbook.py" viva 400000 "$WORK/viva-400k-people.xlsx"
python3 "$ROOT/bench/generate-shared-strings-workbook.py" last 3000000 "$WORK/last-of-3m-strings.xlsx"
ls -l "$WORK"/*.csv "$WORK"/*.xlsx | awk '{ print "  " $5 " bytes  " $9 }' >&2

JAVA_OPTS="-Xms32m -Xmx80m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:TieredStopAtLevel=1 -Xss512k"
JAVA_OPTS="$JAVA_OPTS -XX:ReservedCodeCacheSize=64m -Xlog:gc:file=$WORK/gc.log"
export MALLOC_ARENA_MAX=2
log "starting the jar with -Xmx80m on port $PORT"
start_server "$JAR" "$PORT" "$WORK" "$WORK/server.log" --spring.datasource.url="jdbc:h2:mem:hardening"

# heap_after_gc: used heap in MB after a full collection.
heap_after_gc() {
    jcmd "$SERVER_PID" GC.run >/dev/null
    sleep 1
    jcmd "$SERVER_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1);
        sub(/K,?/, "", v); printf "%.1f", v / 1024; exit } }'
}
# root_ms: the median and the slowest of 20 GET / (ms), as "median max".
root_ms() {
    for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE/"; done \
        | awk '{ printf "%.1f\n", $1 * 1000 }' | sort -n | awk '{ a[NR] = $1 } END { printf "%s %s", a[int((NR + 1) / 2)], a[NR] }'
}

for _ in $(seq 1 50); do curl -s -o /dev/null "$BASE/"; curl -s -o /dev/null -H 'Cookie: lang=ru' "$BASE/"; done
read -r ROOT_BEFORE ROOT_BEFORE_MAX <<<"$(root_ms)"
HEAP_BEFORE=$(heap_after_gc)
log "before: GET / median $ROOT_BEFORE ms (max $ROOT_BEFORE_MAX), heap after full GC $HEAP_BEFORE MB"

log "1. 10,000 GET / with distinct lang cookies"
wrk -t2 -c8 -d300s -s "$ROOT/bench/wrk/lang-cookies.lua" "$BASE/" -- 5000 >"$WORK/wrk-lang.txt" 2>&1 || true
grep -E "requests in|Latency|Non-2xx" "$WORK/wrk-lang.txt" >&2 || true
LANG_REQUESTS=$(awk '/requests in/ { print $1 }' "$WORK/wrk-lang.txt")

log "2. ten 3,000-column uploads to the import page, each followed by its mapping page"
MAPPING_STATUS=()
for i in $(seq 1 10); do
    jar="$WORK/cookies-$i.txt"
    token=$(curl -s -c "$jar" "$BASE/imports" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    location=$(curl -s -o /dev/null -w '%{redirect_url}|%{http_code}' -b "$jar" -c "$jar" -F "_csrf=$token" \
        -F "file=@$WORK/3000-columns.csv;type=text/csv" "$BASE/imports")
    status=${location##*|}
    url=${location%|*}
    if [[ "$status" == 303 && "$url" == */imports/mapping/* ]]; then
        status="$status $(curl -s -o /dev/null -w '%{http_code} %{time_total}s' -b "$jar" "$url")"
    fi
    MAPPING_STATUS+=("$status")
done
log "   answers: ${MAPPING_STATUS[*]}"
log "   (3,000-column API uploads)"
API_COLUMNS=$(for i in $(seq 1 10); do curl -s -o /dev/null -w '%{http_code} ' -F "file=@$WORK/3000-columns.csv" \
    "$BASE/api/imports"; done)
log "   answers: $API_COLUMNS"

# upload_csv N NAME PREFIX: posts $WORK/NAME.csv to /api/imports N times, one after the other, keeping each answer
# as $WORK/PREFIX-i.json; sets ANSWERS to "status/body bytes/time" per upload and logs them.
upload_csv() {
    local times=$1 name=$2 prefix=$3 i
    ANSWERS=()
    for i in $(seq 1 "$times"); do
        ANSWERS+=("$(curl -s -o "$WORK/$prefix-$i.json" -w '%{http_code}/%{size_download}B/%{time_total}s' \
            -F "file=@$WORK/$name.csv;type=text/csv" "$BASE/api/imports")")
    done
    log "   answers (status/body bytes/time): ${ANSWERS[*]}"
}

log "3. twenty 45 MB uploads with one unit per person to /api/imports"
upload_csv 20 45mb-one-unit-per-person upload
UPLOADS=("${ANSWERS[@]}")

log "4. five uploads of 200,000 people with one unit each to /api/imports"
upload_csv 5 200k-people-one-unit-each under
UNDER=("${ANSWERS[@]}")

log "5. six workbooks with large shared strings tables to /api/imports, GET / asked during each"
WORKBOOKS=()
ROOT_DURING=()
for i in $(seq 1 3); do
    for book in viva-400k-people last-of-3m-strings; do
        curl -s -o "$WORK/$book-$i.json" -w '%{http_code}/%{time_total}s\n' \
            -F "file=@$WORK/$book.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
            "$BASE/api/imports" >"$WORK/$book-$i.status" &
        upload=$!
        sleep 0.5
        ROOT_DURING+=("$(curl -s -o /dev/null -m 10 -w '%{http_code}/%{time_total}s' "$BASE/")")
        wait "$upload"
        WORKBOOKS+=("$book:$(cat "$WORK/$book-$i.status")/$(grep -o '"code":"[^"]*"' "$WORK/$book-$i.json" | head -1)")
    done
done
log "   answers: ${WORKBOOKS[*]}"
log "   GET / during the uploads: ${ROOT_DURING[*]}"

read -r ROOT_AFTER ROOT_AFTER_MAX <<<"$(root_ms)"
HEAP_AFTER=$(heap_after_gc)
RSS=$(ps -o rss= -p "$SERVER_PID" | awk '{ printf "%.0f", $1 / 1024 }')
log "after: GET / median $ROOT_AFTER ms (max $ROOT_AFTER_MAX), heap after full GC $HEAP_AFTER MB, RSS $RSS MB"

PASS=yes
awk -v r="$ROOT_AFTER" 'BEGIN { exit !(r < 50) }' || PASS=no
awk -v a="$HEAP_AFTER" -v b="$HEAP_BEFORE" 'BEGIN { exit !(a - b <= 20) }' || PASS=no
grep -q "OutOfMemoryError" "$WORK/server.log" && PASS=no
for answer in "${UNDER[@]}"; do [[ "$answer" == 200/* ]] || PASS=no; done
for answer in "${WORKBOOKS[@]}"; do [[ "$answer" == *:422/*workbook.sharedStrings* ]] || PASS=no; done
for answer in "${ROOT_DURING[@]}"; do [[ "$answer" == 200/* ]] || PASS=no; done
{
    echo "hardening.sh $(date -u +%Y-%m-%dT%H:%MZ) -Xmx80m, rate limits off"
    echo "  lang-cookie requests: $LANG_REQUESTS (wrk, distinct cookies)"
    echo "  3,000-column page uploads (upload, mapping page): ${MAPPING_STATUS[*]}"
    echo "  3,000-column API uploads: $API_COLUMNS"
    echo "  45 MB API uploads (status/body/time): ${UPLOADS[*]}"
    echo "  200,000-people API uploads (status/body/time): ${UNDER[*]}"
    echo "  large shared strings workbooks (file:status/time/code): ${WORKBOOKS[*]}"
    echo "  GET / during the workbook uploads: ${ROOT_DURING[*]}"
    echo "  GET / before: median $ROOT_BEFORE ms, max $ROOT_BEFORE_MAX ms; after: median $ROOT_AFTER ms, max $ROOT_AFTER_MAX ms"
    echo "  heap after full GC: before $HEAP_BEFORE MB, after $HEAP_AFTER MB; RSS after $RSS MB"
    echo "  OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$WORK/server.log" || true)"
    echo "  pass (/ under 50 ms, heap within 20 MB, no OutOfMemoryError, 200,000 people read, workbooks refused): $PASS"
} | tee "$WORK/results.txt"
[[ "$PASS" == yes ]]
