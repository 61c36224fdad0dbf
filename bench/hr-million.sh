#!/usr/bin/env bash
# Loads a million assessments into a fresh database, starts the packaged jar with -Xmx256m on its own port, signs in as
# HR and measures the HR pages (p50/p95 over sequential requests) and the whole CSV export.
#
#   bench/hr-million.sh              # H2: 1,000,000 rows, port 8094, 200 requests per page
#   bench/hr-million.sh postgres     # the same on the throwaway PostgreSQL of .ci/postgres (postgres profile)
#   ROWS=200000 PORT=9000 REQUESTS=100 bench/hr-million.sh [h2|postgres]
#   SKIP_LOAD=1 bench/hr-million.sh [h2|postgres]   # measure again on the database loaded last time (same migrations only)
#   PAGES='timeline' SKIP_EXPORT=1 bench/hr-million.sh   # only the pages whose name matches the regex, no CSV export
#
# h2 (the default): a fresh H2 file under bench/out/db, whatever SPRING_DATASOURCE_* and SPRING_PROFILES_ACTIVE say.
# H2's query result cache is off by default (H2_OPTIONS), so that repeating one request measures the query rather than
# a cached result; set H2_OPTIONS= to measure with the default cache. The page cache is the app's default (CACHE_SIZE
# in application.properties).
#
# postgres: starts (or reuses) the cluster of .ci/postgres and EMPTIES its database (drop owned by the hivecheck user)
# before loading; the app runs with SPRING_PROFILES_ACTIVE=postgres. The cluster is left running (for SKIP_LOAD=1);
# stop it with .ci/postgres stop (and the same HIVECHECK_PG_PORT, if you set one).
#
# Needs: java 17, curl, unzip. Writes everything under bench/out/ (git-ignored); results in bench/out/results.txt (h2)
# or bench/out/results-postgres.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

# Only use_h2 and use_postgres are taken from lib.sh: the app here runs with the JVM's defaults and -Xmx$HEAP, and
# without lib.sh's MALLOC_ARENA_MAX unless the caller set one.
caller_arena=${MALLOC_ARENA_MAX-}
# shellcheck source=bench/lib.sh
source bench/lib.sh
[ -n "$caller_arena" ] || unset MALLOC_ARENA_MAX

MODE=${1:-h2}
case "$MODE" in
  h2 | postgres) ;;
  *) echo "usage: $0 [h2|postgres]" >&2; exit 2 ;;
esac

ROWS=${ROWS:-1000000}
PORT=${PORT:-8094}
REQUESTS=${REQUESTS:-200}
WARMUP=${WARMUP:-30}
HEAP=${HEAP:-256m}
PASSWORD=bench-password
OUT=bench/out
BASE="http://localhost:$PORT"
APP_PID=

if [ "$MODE" = h2 ]; then
  use_h2
  DB="$PWD/$OUT/db/hivecheck"
  H2_OPTIONS=${H2_OPTIONS-;QUERY_CACHE_SIZE=0;CACHE_SIZE=4096}
  URL="jdbc:h2:file:$DB"
  DB_USER=sa
  DB_PASSWORD=
  SUFFIX=
  DRIVER_JAR='BOOT-INF/lib/h2-*.jar'
  LOAD_FINISH=compacted
  LOAD_FINISH_SQL="SHUTDOWN COMPACT"
else
  use_postgres
  URL=$SPRING_DATASOURCE_URL
  DB_USER=$SPRING_DATASOURCE_USERNAME
  DB_PASSWORD=$SPRING_DATASOURCE_PASSWORD
  SUFFIX=-postgres
  DRIVER_JAR='BOOT-INF/lib/postgresql-*.jar'
  LOAD_FINISH=vacuumed
  LOAD_FINISH_SQL="VACUUM (ANALYZE)"
fi
RESULTS=$OUT/results$SUFFIX.txt

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

start_app() {
  local datasource=()
  [ "$MODE" = h2 ] && datasource=(--spring.datasource.url="$URL$H2_OPTIONS")
  HIVECHECK_HR_PASSWORD=$PASSWORD java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" \
    --hivecheck.ratelimit.enabled=false "${datasource[@]}" >"$OUT/app$SUFFIX-$1.log" 2>&1 &
  APP_PID=$!
  # Up to 5 minutes: a first start on a loaded database may run a migration that builds an index over every row.
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "$BASE/login"; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application died; see $OUT/app$SUFFIX-$1.log"; exit 1; }
    sleep 1
  done
  echo "the application did not start within 300 s; see $OUT/app$SUFFIX-$1.log"; exit 1
}

# SQL on the benchmark database with autocommit on, rows printed tab-separated (com.hivecheck.bench.RunSql).
sql() { java -cp "$CP" com.hivecheck.bench.RunSql "$URL" "$DB_USER" "$DB_PASSWORD" "$@"; }

JAR=$(ls target/hivecheck-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B package -DskipTests
  JAR=$(ls target/hivecheck-*.jar | grep -v original | head -1)
fi
echo "jar: $JAR"

CLASSES=$OUT/classes$SUFFIX
if [ -z "${SKIP_LOAD:-}" ] && [ "$MODE" = h2 ]; then rm -rf "$OUT/db" && mkdir -p "$OUT/db"; fi
if [ -z "${SKIP_LOAD:-}" ] || [ ! -d "$CLASSES/BOOT-INF" ]; then
  rm -rf "$CLASSES" && mkdir -p "$CLASSES"
  (cd "$CLASSES" && unzip -q -o "../../../$JAR" 'BOOT-INF/classes/*' "$DRIVER_JAR")
fi
CP="$CLASSES/BOOT-INF/classes:$(bench_classes):$(ls $CLASSES/$DRIVER_JAR)"

db_size() {
  if [ "$MODE" = h2 ]; then
    echo "database file: $(du -h "$DB.mv.db" | cut -f1)"
  else
    echo "PostgreSQL $(sql "show server_version"), table assessment with its indexes:" \
      "$(sql "select pg_size_pretty(pg_total_relation_size('assessment'))")"
  fi
}

if [ -z "${SKIP_LOAD:-}" ]; then
  if [ "$MODE" = postgres ]; then
    echo "0. emptying the PostgreSQL database ($URL): drop owned by $DB_USER"
    sql "drop owned by current_user"
  fi

  echo "1. creating the schema and the HR account (Flyway, first start)"
  start_app migrate
  stop_app

  echo "2. loading $ROWS assessments with JDBC batches (application stopped)"
  load_started=$(date +%s.%N)
  if [ "$MODE" = h2 ]; then
    java -cp "$CP" com.hivecheck.bench.GenerateAssessments "$URL" "$ROWS"
    java -cp "$CP" org.h2.tools.Shell -url "$URL" -user sa -sql "SHUTDOWN COMPACT" >/dev/null 2>&1 || true
  else
    # One multi-row insert per 128 rows of a batch instead of one statement per row; then VACUUM sets the visibility
    # map (index-only scans) and hint bits, and ANALYZE gives the planner statistics, as autovacuum would eventually.
    separator='?'
    [[ "$URL" == *\?* ]] && separator='&'
    java -cp "$CP" com.hivecheck.bench.GenerateAssessments "$URL${separator}reWriteBatchedInserts=true" "$ROWS" "$DB_USER" \
      "$DB_PASSWORD"
    sql "vacuum (analyze) assessment"
  fi
  load_seconds=$(echo "$(date +%s.%N) - $load_started" | bc)
  echo "$load_seconds" >"$OUT/load-seconds$SUFFIX.txt"
  echo "   loaded and ${LOAD_FINISH} in ${load_seconds%.*} s; $(db_size)"
else
  load_seconds=$(cat "$OUT/load-seconds$SUFFIX.txt")
  echo "1-2. reusing the database loaded before ($(db_size))"
fi

if [ "$MODE" = h2 ]; then
  DATABASE="H2 options '$H2_OPTIONS'"
else
  DATABASE="PostgreSQL $(sql "show server_version") (postgres profile)"
fi

echo "3. starting the jar with -Xmx$HEAP on port $PORT"
start_app bench

JAR_COOKIES=$OUT/cookies.txt
rm -f "$JAR_COOKIES"
csrf=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  --data-urlencode "username=hr" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")
echo "   signed in: $status"

first_page=$(curl -s -b "$JAR_COOKIES" "$BASE/hr")
mapfile -t ids < <(echo "$first_page" | grep -o 'name="ids" class="pick" value="[^"]*"' | sed 's/.*value="//;s/"$//')
[ "${#ids[@]}" -ge 6 ] || { echo "the first page lists ${#ids[@]} assessments; expected 25"; exit 1; }
compare2="ids=${ids[0]}&ids=${ids[7]}"
compare6="ids=${ids[0]}&ids=${ids[3]}&ids=${ids[7]}&ids=${ids[11]}&ids=${ids[15]}&ids=${ids[20]}"

# The application's CPU time (user + system, fields 14 and 15 of /proc/PID/stat) in clock ticks.
app_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
CLK_TCK=$(getconf CLK_TCK)

# p50 and p95 in milliseconds of REQUESTS sequential requests, after WARMUP unmeasured ones, and the application's CPU
# time per measured request (steadier than latency on a shared machine). Pages whose name does not match the regex
# PAGES (when set) are skipped.
measure() {
  local name=$1 path=$2 times=$OUT/times.txt code ticks
  if [ -n "${PAGES:-}" ] && ! [[ "$name" =~ $PAGES ]]; then return 0; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE$path")
  [ "$code" = 200 ] || { echo "$name: HTTP $code for $path"; exit 1; }
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null -b "$JAR_COOKIES" "$BASE$path"; done
  : >"$times"
  ticks=$(app_ticks)
  for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR_COOKIES" "$BASE$path" >>"$times"
  done
  ticks=$(($(app_ticks) - ticks))
  sort -n "$times" | awk -v name="$name" -v ticks="$ticks" -v hz="$CLK_TCK" -v n="$REQUESTS" '{ t[NR] = $1 * 1000 } END {
    p50 = t[int(NR * 0.50 + 0.5)]; p95 = t[int(NR * 0.95 + 0.5)];
    printf "%-44s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   cpu %6.1f ms/req\n", name, p50, p95, t[NR],
      ticks * 1000 / hz / n }' | tee -a "$RESULTS"
}

{
  echo "HiveCheck HR benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $ROWS assessments, -Xmx$HEAP, $(nproc) cores," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), $DATABASE"
  echo "load: ${load_seconds%.*} s (JDBC batches + $LOAD_FINISH_SQL); $REQUESTS sequential requests per line after $WARMUP warm-up"
} | tee "$RESULTS"
measure "history, first page"                   "/hr"
measure "history, network filter"               "/hr?network=Network+7"
measure "history, network + unit + type filter" "/hr?network=Network+7&unit=Unit+3&type=DESERT"
measure "history, type + one year"              "/hr?type=HONEY_APIARY&from=2024-01-01&to=2024-12-31"
measure "history, one month"                    "/hr?from=2024-06-01&to=2024-06-30"
measure "history, page 40 of a network"         "/hr?network=Network+7&page=40"
measure "compare, 2 assessments"                "/hr/compare?$compare2"
measure "compare, 6 assessments"                "/hr/compare?$compare6"
measure "portfolio (latest of 21 units)"        "/hr/portfolio?network=Network+7"
measure "progress (latest two of 21 units)"     "/hr/progress?network=Network+7"
measure "progress, current model, by change"    "/hr/progress?network=Network+7&scores=current&sort=change&dir=desc"
measure "timeline, one unit"                    "/hr/timeline?network=Network+7&unit=Unit+3"
measure "timeline, network (a line per unit)"  "/hr/timeline?network=Network+7"

if [ -n "${SKIP_EXPORT:-}" ]; then echo "results: $RESULTS"; exit 0; fi
echo "4. exporting every assessment as CSV"
export_times=$(curl -s -b "$JAR_COOKIES" -o "$OUT/export.csv" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$BASE/hr/export.csv")
read -r code first total bytes <<<"$export_times"
[ "$code" = 200 ] || { echo "export: HTTP $code"; exit 1; }
lines=$(wc -l <"$OUT/export.csv")
heap_peak=$(grep VmHWM "/proc/$APP_PID/status" | awk '{ printf "%d MB", $2 / 1024 }')
printf "%-44s %.1f s (first byte after %.2f s), %d MB, %d lines incl. header; process peak RSS %s\n" \
  "CSV export, all rows" "$total" "$first" $((bytes / 1024 / 1024)) "$lines" "$heap_peak" | tee -a "$RESULTS"
grep -c "OutOfMemoryError" "$OUT/app$SUFFIX-bench.log" >/dev/null && echo "OutOfMemoryError in the log!" | tee -a "$RESULTS" || true
echo "results: $RESULTS"
