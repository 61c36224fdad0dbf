# Shared by the bench/ scripts (source it): builds or finds the packaged jar, starts and stops it on loopback with the
# benchmark JVM flags, waits until it is ready, and reads its memory and CPU time from /proc.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${BENCH_OUT:-$ROOT/bench/out}
mkdir -p "$OUT"

# The JVM flags recommended for a small server (see the README "Production" section): an 80 MB heap under G1 with a
# 20 ms pause goal (the serial collector's full collections of 100-160 ms set the p99 of durable submissions), the C1
# compiler only (half the start-up CPU and a smaller code cache; measured within the targets), small thread stacks,
# and native memory handed back to the OS. MALLOC_ARENA_MAX=2 keeps glibc from growing one malloc arena per thread.
JAVA_OPTS=${HIVECHECK_JAVA_OPTS:--Xms32m -Xmx80m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

SERVER_PID=
CLK_TCK=$(getconf CLK_TCK)

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

bench_jar() {
    local jar
    jar=$(ls "$ROOT"/target/hivecheck-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
    if [[ -z "$jar" || "${BENCH_BUILD:-0}" == 1 ]]; then
        log "packaging the app (./mvnw -q -B package -DskipTests)"
        (cd "$ROOT" && ./mvnw -q -B package -DskipTests >&2)
        jar=$(ls "$ROOT"/target/hivecheck-*.jar | grep -v '\.original$' | head -n 1)
    fi
    echo "$jar"
}

# use_cds JAR: the recommended start-up of a deployment: the jar extracted (java -Djarmode=tools extract) and an AppCDS
# archive written by one training run (-XX:ArchiveClassesAtExit, stopped after the context refresh). Sets APP_JAR to the
# extracted jar and adds the archive to JAVA_OPTS. The archive is rebuilt whenever the jar is newer.
use_cds() {
    local jar=$1 dir=$OUT/cds
    local name
    name=$(basename "$jar")
    if [[ ! -f "$dir/app.jsa" || "$jar" -nt "$dir/app.jsa" ]]; then
        log "extracting the jar and training an AppCDS archive (once per build)"
        rm -rf "$dir"
        mkdir -p "$dir/train"
        java -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >&2
        # shellcheck disable=SC2086
        (cd "$dir/train" && java $JAVA_OPTS -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
            -jar "$dir/app/$name" --server.port=0) >"$dir/train.log" 2>&1
    fi
    APP_JAR=$dir/app/$name
    JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$dir/app.jsa"
}

# wrk_target: what bench/web.sh and bench/profile.sh drive with wrk: checks that wrk is there, and sets APP_JAR to the
# packaged jar, extracted with its class-data archive (use_cds) unless CDS=0.
wrk_target() {
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
    local jar
    jar=$(bench_jar)
    APP_JAR=$jar
    if [[ "${CDS:-1}" == 1 ]]; then
        use_cds "$jar"
    fi
}

# bench_classes: the compiled benchmark clients (src/bench/java, package com.hivecheck.bench), which every Maven build
# compiles into target/test-classes; compiles them first when they are missing or older than their sources.
bench_classes() {
    local classes=$ROOT/target/test-classes
    local marker=$classes/com/hivecheck/bench/Submitter.class
    if [[ ! -f "$marker" || -n "$(find "$ROOT/src/bench/java" -name '*.java' -newer "$marker" -print -quit)" ]]; then
        log "compiling the benchmark clients (./mvnw -q -B test-compile)"
        (cd "$ROOT" && ./mvnw -q -B test-compile >&2)
    fi
    echo "$classes"
}

# The client classes and the JDBC drivers of the jar (the verifier reads the database the app wrote).
bench_client() {
    local jar=$1 classes
    classes=$(bench_classes)
    mkdir -p "$OUT/lib"
    (cd "$OUT/lib" && rm -f ./*.jar && unzip -q -j -o "$jar" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar')
    CLIENT_CP="$classes:$(ls "$OUT"/lib/*.jar | paste -sd:)"
}

client() { java -cp "$CLIENT_CP" com.hivecheck.bench.Submitter "$@"; }

# The default H2 file database (./data under the server's working directory), whatever the caller's environment says.
use_h2() {
    unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD SPRING_PROFILES_ACTIVE
}

# Exports SPRING_DATASOURCE_* for a throwaway PostgreSQL (installs and starts it when needed).
use_postgres() {
    eval "$("$ROOT/.ci/postgres")"
    export SPRING_PROFILES_ACTIVE=postgres
}

# start_server JAR PORT WORKDIR LOGFILE [extra args]: the app on 127.0.0.1:PORT, run from WORKDIR (where the default
# H2 database lives under ./data). Sets SERVER_PID and STARTUP_SECONDS (launch to readiness UP).
start_server() {
    local jar=$1 port=$2 work=$3 logfile=$4
    shift 4
    mkdir -p "$work"
    local begin
    begin=$(date +%s.%N)
    # shellcheck disable=SC2086
    (cd "$work" && exec java $JAVA_OPTS -jar "$jar" --server.port="$port" --server.address=127.0.0.1 "$@") \
        >>"$logfile" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + ${START_TIMEOUT:-180}))
    until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            log "the server exited during startup; last lines of $logfile:"
            tail -n 30 "$logfile" >&2
            return 1
        fi
        if ((SECONDS > deadline)); then
            log "the server was not ready within ${START_TIMEOUT:-180} s"
            return 1
        fi
        sleep 0.1
    done
    STARTUP_SECONDS=$(awk -v b="$begin" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - b }')
    STARTED_LINE=$(grep -o 'Started HiveCheckApplication in [0-9.]* seconds' "$logfile" | tail -n 1 || true)
}

stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}

kill_server() {
    kill -KILL "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

# visitor BASE WORKDIR: opens the questionnaire as a new visitor; sets COOKIE (the Cookie header to send back) and TOKEN
# (the form's CSRF token), as the form POST benchmarks need them.
visitor() {
    local base=$1 work=$2
    curl -s -D "$work/get.headers" -o "$work/questionnaire.html" "$base/"
    TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$work/questionnaire.html" | head -n 1 | sed 's/.*value="//; s/"$//')
    COOKIE=$(grep -i '^set-cookie:' "$work/get.headers" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | paste -sd';' |
        sed 's/;/; /g')
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

trap 'stop_server' EXIT

# start_h2_server_with_gc_log WORKDIR PORT: what profile.sh and sustained-writes.sh measure: the packaged jar as wrk_target
# prepares it, on a fresh default H2 file under WORKDIR, with a GC log in WORKDIR/gc.log and the application arguments
# of SERVER_ARGS.
start_h2_server_with_gc_log() {
    local work=$1 port=$2
    wrk_target
    use_h2
    rm -rf "$work"
    mkdir -p "$work"
    JAVA_OPTS="$JAVA_OPTS -Xlog:gc:file=$work/gc.log"
    # shellcheck disable=SC2086
    start_server "$APP_JAR" "$port" "$work" "$work/server.log" ${SERVER_ARGS:-}
}

# gc_pauses GCLOG LINE: the GC pauses logged after line LINE of GCLOG, as "count total_ms max_ms".
gc_pauses() {
    tail -n +"$(($2 + 1))" "$1" | awk '/Pause/ { ms = $NF; sub(/ms/, "", ms); n++; t += ms; if (ms + 0 > m) m = ms + 0 }
        END { printf "%d %.0f %.0f", n, t, m }'
}
