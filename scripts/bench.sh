#!/usr/bin/env bash
# Measures the report job against the database's own speed (README.md, "Performance").
#
#   scripts/bench.sh [--size S|M|L] [--reload] [--xmx 256m] [--metadata-on-server] [--profile native|suitecrm]
#
# --profile suitecrm: also loads the same data written as SuiteCRM's tables (load-demo-mysql.sh --profile
# suitecrm) into crm_bench_<size>_suitecrm, times the job on it with REPORT_CRM_PROFILE=suitecrm right after the
# native run, and prints its wall time, its ratio to the native run's and its peak heap after any GC pause.
#
# 1. Loads the demo CRM of that size (default L) into database crm_bench_<size> of the local MariaDB/MySQL
#    server, or reuses it when it is already there (--reload loads it again).
# 2. Runs the baseline once to warm the server's caches, then times, one after the other:
#    (a) the whole job for the last complete quarter of the data, start-up included, in a JVM limited to
#        -Xmx256m, with a GC log and /usr/bin/time for its peak RSS, its job metadata in the default
#        embedded SQLite file (--metadata-on-server: in database kpi_bench_batch of the same server, created anew);
#    (b) the baseline: scripts/bench-baseline.sql, plain SQL aggregates that compute the inputs of the same
#        metrics for the same nine quarters, through the mariadb client;
#    (c) untimed, the same job again with a full garbage collection every second (jcmd GC.run), whose
#        GC log gives the heap the job really holds: G1's ordinary pauses leave dead objects in the old
#        generation, so their "after" figures grow with how long a run lasts rather than with what it keeps.
# 3. Prints rows read per step, both wall times and their ratio, peak RSS, the timed run's peak heap after
#    any GC pause and the peak live heap of (c).
#
# Server: MARIADB_HOST (127.0.0.1), MARIADB_PORT (3306), MARIADB_USER (root), MARIADB_PASSWORD (empty).
set -euo pipefail
cd "$(dirname "$0")/.."

size=L
reload=false
xmx=256m
metadata_on_server=false
profile=native
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) size=${2^^}; shift 2 ;;
    --reload) reload=true; shift ;;
    --xmx) xmx=$2; shift 2 ;;
    --metadata-on-server) metadata_on_server=true; shift ;;
    --profile) profile=$2; shift 2 ;;
    *) echo "usage: scripts/bench.sh [--size S|M|L] [--reload] [--xmx 256m] [--metadata-on-server] [--profile native|suitecrm]" >&2; exit 2 ;;
  esac
done
case "$size" in
  S) leads=250000 ;;
  M) leads=1000000 ;;
  L) leads=5000000 ;;
  *) echo "--size must be S, M or L" >&2; exit 2 ;;
esac
case "$profile" in
  native|suitecrm) ;;
  *) echo "--profile must be native or suitecrm" >&2; exit 2 ;;
esac

host=${MARIADB_HOST:-127.0.0.1}
port=${MARIADB_PORT:-3306}
user=${MARIADB_USER:-root}
password=${MARIADB_PASSWORD:-}
db=crm_bench_${size,,}
url="jdbc:mysql://$host:$port/$db"
sql() { MYSQL_PWD="$password" mariadb -h"$host" -P"$port" -u"$user" --batch --skip-column-names "$@"; }

jar=target/sales-kpi-report.jar
if [[ ! -f "$jar" || -n "$(find pom.xml src -newer "$jar" -print -quit)" ]]; then
  echo "Building $jar ..." >&2
  mvn -q -B -DskipTests package
fi
[[ -x /usr/bin/time ]] || { echo "bench.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v jcmd > /dev/null || { echo "bench.sh needs jcmd (a JDK, not a JRE)" >&2; exit 2; }

# 1. The dataset.
loaded=$(sql -e "SELECT COUNT(*) FROM $db.sales_lead" 2>/dev/null || echo 0)
if [[ "$reload" == true || "$loaded" != "$leads" ]]; then
  echo "== Loading size $size into $db"
  scripts/load-demo-mysql.sh --url "$url" --user "$user" --password "$password" --size "$size" --replace
else
  echo "== Reusing $db (size $size, $loaded leads)"
fi
suite_db=${db}_suitecrm
suite_url="jdbc:mysql://$host:$port/$suite_db"
if [[ "$profile" == suitecrm ]]; then
  suite_loaded=$(sql -e "SELECT COUNT(*) FROM $suite_db.leads WHERE deleted = 0" 2>/dev/null || echo 0)
  if [[ "$reload" == true || "$suite_loaded" != "$leads" ]]; then
    echo "== Loading size $size as SuiteCRM into $suite_db"
    scripts/load-demo-mysql.sh --url "$suite_url" --user "$user" --password "$password" --size "$size" --replace \
      --profile suitecrm
  else
    echo "== Reusing $suite_db (size $size as SuiteCRM, $suite_loaded leads)"
  fi
fi

# The last complete quarter of the data, and the job's horizon: it and the eight quarters before it.
last_day=$(sql -e "SELECT DATE(MAX(created_at)) FROM $db.sales_lead")
year=${last_day:0:4}; month=$((10#${last_day:5:2}))
quarter_index=$(( year * 4 + (month - 1) / 3 - 1 ))
quarter_start() { printf '%04d-%02d-01' $(( $1 / 4 )) $(( $1 % 4 * 3 + 1 )); }
reported=$(quarter_start "$quarter_index")
to=$(quarter_start $(( quarter_index + 1 )))
from=$(quarter_start $(( quarter_index - 8 )))
label="$(( quarter_index / 4 ))-Q$(( quarter_index % 4 + 1 ))"
quarters=""
for k in $(seq 0 8); do
  start=$(quarter_start $(( quarter_index - k )))
  last=$(date -d "$(quarter_start $(( quarter_index - k + 1 ))) - 1 day" +%F)
  quarters+="${quarters:+ UNION ALL }SELECT $(( quarter_index - k + 4 )) AS quarter, DATE '$start' AS first_day, DATE '$last' AS last_day"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s/@FROM@/$from/g" -e "s/@TO@/$to/g" -e "s/@REPORTED@/$reported/g" -e "s/@QUARTERS@/$quarters/g" \
    scripts/bench-baseline.sql > "$work/baseline.sql"

seconds() { date +%s.%N; }

echo "== Warming the server's caches (baseline, not timed)"
sql "$db" < "$work/baseline.sql" > /dev/null

# 2a. The job, start-up included.
if [[ "$metadata_on_server" == true ]]; then
  metadata="database kpi_bench_batch on the same server"
  batch_url="jdbc:mysql://$host:$port/kpi_bench_batch"
  sql -e "DROP DATABASE IF EXISTS kpi_bench_batch; CREATE DATABASE kpi_bench_batch CHARACTER SET utf8mb4"
else
  metadata="the embedded SQLite file (the default)"
  batch_url="jdbc:h2:file:$work/batch-metadata;AUTO_SERVER=TRUE"
fi
echo "== The job: $label, -Xmx$xmx, job metadata in $metadata"
started=$(seconds)
set +e
CRM_DB_URL="$url" CRM_DB_USER="$user" CRM_DB_PASSWORD="$password" \
  BATCH_DB_URL="$batch_url" BATCH_DB_USER="$user" BATCH_DB_PASSWORD="$password" \
  /usr/bin/time -f '%M' -o "$work/rss" \
  java -Xmx"$xmx" -Xlog:gc*:file="$work/gc.log" \
  -jar "$jar" --quarter "$label" --output "$work/reports" > "$work/job.log" 2>&1
status=$?
set -e
job_seconds=$(echo "$(seconds) - $started" | bc)
if [[ $status -ne 0 ]]; then
  cat "$work/job.log" >&2
  echo "The job failed (exit $status)" >&2
  exit 1
fi

# 2a'. The same job on the same data written as SuiteCRM, with the suitecrm profile.
if [[ "$profile" == suitecrm ]]; then
  echo "== The job with the suitecrm profile: $label, -Xmx$xmx"
  if [[ "$metadata_on_server" == true ]]; then
    sql -e "DROP DATABASE IF EXISTS kpi_bench_batch; CREATE DATABASE kpi_bench_batch CHARACTER SET utf8mb4"
  else
    batch_url="jdbc:h2:file:$work/suitecrm/batch-metadata;AUTO_SERVER=TRUE"
  fi
  started=$(seconds)
  set +e
  REPORT_CRM_PROFILE=suitecrm CRM_DB_URL="$suite_url" CRM_DB_USER="$user" CRM_DB_PASSWORD="$password" \
    BATCH_DB_URL="$batch_url" BATCH_DB_USER="$user" BATCH_DB_PASSWORD="$password" \
    /usr/bin/time -f '%M' -o "$work/rss-suitecrm" \
    java -Xmx"$xmx" -Xlog:gc*:file="$work/gc-suitecrm.log" \
    -Dreport.crm.quotas-file="$work/none.csv" -Dreport.crm.forecasts-file="$work/none.csv" \
    -jar "$jar" --quarter "$label" --output "$work/suitecrm/reports" > "$work/job-suitecrm.log" 2>&1
  status=$?
  set -e
  suite_seconds=$(echo "$(seconds) - $started" | bc)
  if [[ $status -ne 0 ]]; then
    cat "$work/job-suitecrm.log" >&2
    echo "The job with the suitecrm profile failed (exit $status)" >&2
    exit 1
  fi
fi

# 2b. The baseline.
echo "== The baseline: plain SQL aggregates through the mariadb client"
started=$(seconds)
sql "$db" < "$work/baseline.sql" > "$work/baseline.out"
baseline_seconds=$(echo "$(seconds) - $started" | bc)

# 2c. The live heap: the same job again, untimed, with its own fresh job metadata and a full GC every second.
echo "== The job again, untimed, with a full GC every second: its live heap"
if [[ "$metadata_on_server" == true ]]; then
  sql -e "DROP DATABASE IF EXISTS kpi_bench_batch; CREATE DATABASE kpi_bench_batch CHARACTER SET utf8mb4"
else
  batch_url="jdbc:h2:file:$work/live/batch-metadata;AUTO_SERVER=TRUE"
fi
CRM_DB_URL="$url" CRM_DB_USER="$user" CRM_DB_PASSWORD="$password" \
  BATCH_DB_URL="$batch_url" BATCH_DB_USER="$user" BATCH_DB_PASSWORD="$password" \
  java -Xmx"$xmx" -Xlog:gc:file="$work/gc-live.log" \
  -jar "$jar" --quarter "$label" --output "$work/live/reports" > "$work/job-live.log" 2>&1 &
live_pid=$!
while kill -0 "$live_pid" 2>/dev/null; do
  sleep 1
  jcmd "$live_pid" GC.run > /dev/null 2>&1 || true
done
if ! wait "$live_pid"; then
  cat "$work/job-live.log" >&2
  echo "The job's second run failed" >&2
  exit 1
fi

# 3. The figures.
# The highest "after" figure of the GC log's pauses matching $2, in MiB.
peak_after() {
  grep -oE "GC\([0-9]+\) $2.* [0-9.]+[KMG]->[0-9.]+[KMG]\([0-9.]+[KMG]\)" "$1" \
    | sed -E 's/.*->([0-9.]+)([KMG])\(.*/\1 \2/' \
    | awk '{ v = $1; if ($2 == "K") v /= 1024; if ($2 == "G") v *= 1024; if (v > max) max = v } END { printf "%.0f", max }'
}
echo
echo "Size $size ($db), quarter $label and the 8 before it; $(nproc) cores, $(sql -e 'SELECT VERSION()')," \
     "innodb_buffer_pool_size $(( $(sql -e 'SELECT @@innodb_buffer_pool_size') / 1048576 )) MiB"
echo "  job metadata in $metadata; $(grep -cE 'Pause.*->' "$work/gc.log") GC pauses, $(grep -cE 'Pause Full.*->' "$work/gc.log") full"
grep -o 'Step [A-Za-z]*: [0-9]* rows read,.*' "$work/job.log" | sed 's/^/  /'
printf '  %-34s %8.1f s\n' "job wall time (whole process)" "$job_seconds"
printf '  %-34s %8.1f s\n' "baseline wall time (SQL)" "$baseline_seconds"
printf '  %-34s %8.2f\n' "ratio job / baseline" "$(echo "$job_seconds / $baseline_seconds" | bc -l)"
printf '  %-34s %8d MiB\n' "job peak RSS" "$(( $(cat "$work/rss") / 1024 ))"
printf '  %-34s %8s MiB\n' "job peak heap after any GC pause" "$(peak_after "$work/gc.log" Pause)"
printf '  %-34s %8s MiB   (%s full GCs, untimed run)\n' "job peak live heap" "$(peak_after "$work/gc-live.log" 'Pause Full')" \
       "$(grep -cE 'Pause Full.*->' "$work/gc-live.log")"
if [[ "$profile" == suitecrm ]]; then
  echo "  suitecrm profile ($suite_db):"
  grep -o 'Step [A-Za-z]*: [0-9]* rows read,.*' "$work/job-suitecrm.log" | sed 's/^/    /'
  printf '  %-34s %8.1f s\n' "suitecrm job wall time" "$suite_seconds"
  printf '  %-34s %8.2f\n' "ratio suitecrm / native job" "$(echo "$suite_seconds / $job_seconds" | bc -l)"
  printf '  %-34s %8d MiB\n' "suitecrm job peak RSS" "$(( $(cat "$work/rss-suitecrm") / 1024 ))"
  printf '  %-34s %8s MiB\n' "suitecrm peak heap after GC pause" "$(peak_after "$work/gc-suitecrm.log" Pause)"
fi
