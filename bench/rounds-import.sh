#!/usr/bin/env bash
# Imports past rounds through the HR page (/hr/history/import) into a fresh H2 database: a file of ROWS new rounds
# (no ids), then the app's own CSV export of them again (every row already stored, so all skipped), then the same
# export with one bad row at the end (refused, nothing stored). Each upload is timed end to end with curl (the
# multipart upload, parsing, checking every row, and for the first one storing all rows in one transaction). The app
# runs with the recommended small-server flags of lib.sh (80 MB heap) and rate limits off.
#
#   bench/rounds-import.sh                  # 20,000 rounds (the default limit hivecheck.history.import.max-rows), port 8097
#   ROWS=5000 PORT=9001 bench/rounds-import.sh
#
# Needs: java 17, curl, python3. Writes under bench/out/rounds-import/ (git-ignored); results in
# bench/out/rounds-import/results.txt.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

ROWS=${ROWS:-20000}
PORT=${PORT:-8097}
PASSWORD=bench-password
WORK=$OUT/rounds-import
BASE="http://127.0.0.1:$PORT"
RESULTS=$WORK/results.txt
rm -rf "$WORK" && mkdir -p "$WORK"
trap stop_server EXIT

JAR=$(bench_jar)
log "starting $JAR on port $PORT (fresh H2 under $WORK/data)"
HIVECHECK_HR_PASSWORD=$PASSWORD start_server "$JAR" "$PORT" "$WORK" "$WORK/app.log"

python3 - "$ROWS" >"$WORK/rounds.csv" <<'PY'
import random, sys
random.seed(7)
rows = int(sys.argv[1])
benefits = ["MARKET_INSIGHT", "BEST_PRACTICES", "IDEAS", "KNOWLEDGE", "FASTER_TEAMWORK", "INVOLVEMENT",
            "CUSTOMER_SERVICE", "PARTNERS"]
improvements = ["WORSE", "NO_CHANGE", "SLIGHTLY_BETTER", "BETTER", "MUCH_BETTER"]
print("network,unit,assessedOn,employees,monthlyActiveUsers,contentCreators,creatorsMostlyOfficial,benefits,"
      "workRelatedShare,improvement,example,modelVersion", end="\r\n")
for i in range(rows):
    employees = random.randint(50, 20000)
    active = random.randint(0, employees)
    creators = random.randint(0, active)
    chosen = ";".join(random.sample(benefits, random.randint(0, 8)))
    day = f"{random.randint(2018, 2025)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    print(f"Bench Corp,Unit {i % 200:03d},{day},{employees},{active},{creators},{random.choice(['true', 'false'])},"
          f"\"{chosen}\",{random.randint(0, 100)},{random.choice(improvements)},\"Round {i}, as typed\","
          f"{random.choice(['', '1', '2'])}", end="\r\n")
PY
log "generated $ROWS rounds: $(du -h "$WORK/rounds.csv" | cut -f1)"

COOKIES=$WORK/cookies.txt
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//'; }
csrf=$(curl -s -c "$COOKIES" "$BASE/login" | token)
curl -s -o /dev/null -b "$COOKIES" -c "$COOKIES" --data-urlencode "username=hr" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"

# upload NAME FILE: posts FILE to the import page; prints "seconds status" and keeps the page it ends on.
upload() {
  local name=$1 file=$2 token
  token=$(curl -s -b "$COOKIES" -c "$COOKIES" "$BASE/hr/history/import" | token)
  curl -s -b "$COOKIES" -c "$COOKIES" -L -o "$WORK/$name.html" -w '%{time_total} %{http_code}' \
    -F "_csrf=$token" -F "file=@$file;type=text/csv" "$BASE/hr/history/import"
}
summary() {
  grep -o -E '<strong>[^<]*(imported|skipped)[^<]*</strong>|<span>[^<]*skipped[^<]*</span>|<li>Line [^<]*</li>' \
    "$WORK/$1.html" | sed -E 's/<[^>]+>//g' | head -n 3 | paste -sd' '
}
stored() { echo $(($(curl -s -b "$COOKIES" "$BASE/hr/export.csv?network=Bench+Corp" | wc -l) - 1)); }

{
  echo "rounds-import.sh, $(date -u +%FT%TZ), $ROWS rounds ($(du -h "$WORK/rounds.csv" | cut -f1)), H2 file, JVM: $JAVA_OPTS"
  echo "machine: $(nproc) cores, shared with other builds while measured (numbers are noisy)"
  read -r seconds status < <(upload new "$WORK/rounds.csv")
  echo "new rounds:        ${seconds} s (HTTP $status) - $(summary new)"
  curl -s -b "$COOKIES" -o "$WORK/export.csv" -w '' "$BASE/hr/export.csv?network=Bench+Corp&separator=semicolon"
  echo "export lines:      $(($(wc -l <"$WORK/export.csv") - 1))"
  read -r seconds status < <(upload again "$WORK/export.csv")
  echo "export re-imported: ${seconds} s (HTTP $status) - $(summary again)"
  { cat "$WORK/export.csv"; printf ';;;2025-01-01;Bench Corp;Unit 000;twelve;1;1;TRUE;;50;BETTER;;;;;;2\r\n'; } >"$WORK/bad.csv"
  read -r seconds status < <(upload bad "$WORK/bad.csv")
  echo "one bad row:       ${seconds} s (HTTP $status) - $(summary bad)"
  echo "assessments stored afterwards: $(stored)"
  echo "server RSS: $(rss_mb "$SERVER_PID") MB"
} | tee "$RESULTS"
