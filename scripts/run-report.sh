#!/usr/bin/env bash
# Runs the sales KPI report once (or on its schedule with --schedule). Options: see README.md.
# Builds the application first when the jar is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/sales-kpi-report.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find pom.xml src -newer "$jar" -print -quit)" ]]; then
  echo "Building the application (mvn package, tests skipped; output in var/log/build.log)..." >&2
  mkdir -p var/log
  # Maven's own output (and the terminal codes it prints even in batch mode) goes to the log; shown on failure.
  if ! mvn -q -B -Dstyle.color=never -DskipTests package > var/log/build.log 2>&1; then
    cat var/log/build.log >&2
    echo "The build failed (output above and in var/log/build.log)." >&2
    exit 1
  fi
fi

exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
