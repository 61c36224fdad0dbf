#!/usr/bin/env bash
# Import benchmark: generates activity exports, starts the packaged jar with a small heap, POSTs each export to
# /api/imports several times, and prints the round-trip times and the server's own reading times.
#
#   bench/import-bench.sh [RUNS]          (PORT=8097 HEAP=256m by default; set SKIP_PACKAGE=1 to reuse the jar)
#
# Scenarios: 200,000 rows of 200,000 people (the issue's target: under 2 s), and 900,000 rows of 20,000 people
# (about 40 MB, near the 50 MB upload limit: memory follows the people, not the bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${PORT:-8097}
HEAP=${HEAP:-256m}
OUT=target/bench
mkdir -p "$OUT"

if [[ "${SKIP_PACKAGE:-}" != "1" || -z "$(ls target/hivecheck-*.jar 2>/dev/null)" ]]; then
  ./mvnw -q -B -DskipTests package
fi
JAR=$(ls target/hivecheck-*.jar | grep -v original | head -1)

# The generator is compiled with the tests (src/bench/java), which the package step above does too.
[[ -f target/test-classes/com/hivecheck/bench/GenerateActivityExport.class ]] || ./mvnw -q -B test-compile
generate() { java -cp target/test-classes com.hivecheck.bench.GenerateActivityExport "$@"; }
generate 200000 200000 "$OUT/activity-200k.csv"
generate 900000 20000 "$OUT/activity-900k-rows-20k-people.csv"

java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --spring.datasource.url=jdbc:h2:mem:bench \
  > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://localhost:$PORT/imports" && break
  sleep 1
done

for file in "$OUT/activity-200k.csv" "$OUT/activity-900k-rows-20k-people.csv"; do
  echo "== $file ($(du -h "$file" | cut -f1)), heap -Xmx$HEAP"
  for run in $(seq 1 "$RUNS"); do
    curl -s -o "$OUT/response.json" -w "run $run: HTTP %{http_code}, %{time_total} s round trip\n" \
      -F "file=@$file" "http://localhost:$PORT/api/imports"
  done
  head -c 300 "$OUT/response.json"; echo " …"
done
echo "== server-side reading and computing times (from the app log)"
grep "Imported" "$OUT/app.log" | sed 's/.*Imported/Imported/'
