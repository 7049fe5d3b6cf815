#!/usr/bin/env bash
# Fills a MySQL/MariaDB database with the deterministic demo CRM data, to try the job against a real server.
#
#   scripts/load-demo-mysql.sh [--url jdbc:mysql://localhost:3306/crm_demo] [--user root] [--password '']
#                              [--seed 42] [--scale 1.0 | --size S|M|L] [--today yyyy-mm-dd] [--replace]
#                              [--profile native|suitecrm]
#
# --profile suitecrm: the same data written as a SuiteCRM 7.14 database (its real tables, with audit rows and some
# soft-deleted rows), for REPORT_CRM_PROFILE=suitecrm; the native tables are dropped after.
# --size S, M or L: a CRM at scale for measuring the job (README.md, "Performance"); L has 5 million leads.
# The rows are loaded in bulk (LOAD DATA LOCAL INFILE from temporary files), which needs local_infile on.
# The URL, user and password default to CRM_DB_URL, CRM_DB_USER and CRM_DB_PASSWORD when those are set.
# Creates the database if it is missing; refuses (exit 2) if its CRM tables hold rows, unless --replace.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=target/sales-kpi-report.jar

if [[ ! -f "$jar" || -n "$(find pom.xml src -newer "$jar" -print -quit)" ]]; then
    echo "Building $jar ..." >&2
    mvn -q -B -DskipTests package
fi

# The fat jar's Start-Class is the report job; the PropertiesLauncher runs another main class from it.
exec java ${JAVA_OPTS:--Xmx2g} -cp "$jar" -Dloader.main=com.b2bsales.kpi.demo.DemoDataLoader \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
