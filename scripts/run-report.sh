#!/usr/bin/env bash
# Runs the sales KPI report once (or on its schedule with --schedule). Options: see README.md.
# Builds the application first when the jar is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/sales-kpi-report.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find pom.xml src -newer "$jar" -print -quit)" ]]; then
  echo "Building the application (mvn package, tests skipped)..." >&2
  mvn -q -B -Dstyle.color=never -DskipTests package >&2
fi

exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
