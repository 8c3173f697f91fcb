#!/usr/bin/env bash
# Export benchmark: 5,000 candidates x 4 interviewers x 15 traits = 300,000 ratings, exported as CSV and
# XLSX from the packaged application running with a 256 MB heap on PostgreSQL. Reports rows per second
# and the heap: the peak used heap sampled every 100 ms with jstat, and the peak live heap after each
# garbage collection from the GC log.
#
#   bench/export-benchmark.sh            # PostgreSQL on 127.0.0.1:5432, user postgres (trust or PGPASSWORD)
#   RUNS=5 HEAP=256m bench/export-benchmark.sh
#
# It creates (and drops at the start) the database traitscore_bench; the test database is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
DB=traitscore_bench
PORT=${PORT:-18089}
HEAP=${HEAP:-256m}
RUNS=${RUNS:-3}
OUT=target/bench
APP=target/quarkus-app/quarkus-run.jar
mkdir -p "$OUT"

echo "== Packaging the application (the same package runs on H2 and PostgreSQL)"
./mvnw -B -q package -DskipTests

echo "== Fresh database $DB"
psql -h "$PGHOST" -U "$PGUSER" -d postgres -q -c "drop database if exists $DB" -c "create database $DB"

echo "== Starting the application (-Xmx$HEAP)"
TRAITSCORE_DB=postgresql TRAITSCORE_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" TRAITSCORE_DB_USER="$PGUSER" \
TRAITSCORE_DB_PASSWORD="${PGPASSWORD:-postgres}" QUARKUS_HTTP_PORT="$PORT" TRAITSCORE_DEMO_ENABLED=true TRAITSCORE_ACCESS_LOG=false \
    java -Xmx"$HEAP" -Xlog:gc:file="$OUT/gc.log":uptime -jar "$APP" > "$OUT/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "localhost:$PORT/q/health/ready" > /dev/null && break
    sleep 1
done
curl -sf "localhost:$PORT/q/health/ready" > /dev/null || { echo "the application did not start; see $OUT/app.log"; exit 1; }

echo "== Loading 300,000 ratings (bench/generate-data.sql)"
start=$(date +%s.%N)
psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -q -v ON_ERROR_STOP=1 -f bench/generate-data.sql > /dev/null
printf "   loaded in %.1f s\n" "$(echo "$(date +%s.%N) - $start" | bc)"
OPENING=900000
# The demo data set's HR login.
AUTH=hbrooks:traitscore-demo

uptime_s() { echo "$(cut -d' ' -f1 /proc/uptime)"; }

# Largest "after" and "before" figure of the GC log lines written between two JVM uptimes (seconds).
gc_peaks() {
    gawk -v from="$1" -v to="$2" '
        match($0, /^\[([0-9.]+)s\]/, t) && t[1] >= from && t[1] <= to && match($0, /([0-9]+)M->([0-9]+)M\(/, m) {
            if (m[1] > before) before = m[1]; if (m[2] > after) after = m[2]; n++ }
        END { printf "%d %d %d", before, after, n }' "$OUT/gc.log"
}

jvm_uptime() { jcmd "$APP_PID" VM.uptime 2>/dev/null | awk 'NR==2 { print $1 }'; }

measure() {
    local name=$1 url=$2 file=$3 rows=$4
    curl -sf -u "$AUTH" -o "$OUT/$file" "$url"      # warm-up (JIT, first statement)
    for run in $(seq 1 "$RUNS"); do
        jstat -gc "$APP_PID" 100 > "$OUT/jstat-$name-$run.txt" &
        local jstat_pid=$! from; from=$(jvm_uptime)
        local seconds; seconds=$(curl -sf -u "$AUTH" -o "$OUT/$file" -w '%{time_total}' "$url")
        local to; to=$(jvm_uptime)
        kill "$jstat_pid"; wait "$jstat_pid" 2>/dev/null || true
        # Used heap = survivor 0 + survivor 1 + eden + old, in KB.
        local sampled; sampled=$(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.0f", m / 1024 }' \
            "$OUT/jstat-$name-$run.txt")
        read -r before after collections <<< "$(gc_peaks "$from" "$to")"
        printf "%-15s run %d: %7d rows in %6.2f s = %8.0f rows/s, %6.1f MB; heap: peak used %4d MB (sampled), " \
            "$name" "$run" "$rows" "$seconds" "$(echo "$rows / $seconds" | bc -l)" \
            "$(echo "$(stat -c %s "$OUT/$file") / 1048576" | bc -l)" "$sampled"
        printf "peak live after GC %4d MB (%d collections)\n" "$after" "$collections"
    done
}

ROWS=$(psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -At -c "select count(*) from trait_rating tr join scorecard s on s.id = tr.scorecard_id join interview i on i.id = s.interview_id join candidate c on c.id = i.candidate_id where c.opening_id = $OPENING")
echo "== Exporting $ROWS ratings, $RUNS runs each after a warm-up (JDK $(java -version 2>&1 | head -1 | cut -d'"' -f2), $(nproc) cores)"
measure ratings.csv "localhost:$PORT/api/exports/ratings.csv?opening=$OPENING" ratings.csv "$ROWS"
measure report.xlsx "localhost:$PORT/api/exports/report.xlsx?opening=$OPENING" report.xlsx "$ROWS"
measure candidates.csv "localhost:$PORT/api/exports/candidates.csv?opening=$OPENING" candidates.csv 5000
echo "== Check: $(($(wc -l < "$OUT/ratings.csv") - 1)) CSV lines after the header (notes have no line breaks here)"
