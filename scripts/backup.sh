#!/bin/sh
# Backup of the Kinerja database into one file (default: backups/kinerja-<date>.zip).
# Embedded mode: works while the application runs (it connects to the running embedded
# PostgreSQL) and while it is stopped (it starts the embedded PostgreSQL for the backup).
# External database: set SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD as for the application.
#   scripts/backup.sh                      -> backups/kinerja-2026-11-30T01-02-03.zip
#   scripts/backup.sh /srv/backup/x.zip
set -e
cd "$(dirname "$0")/.."
file="${1:-backups/kinerja-$(date +%Y-%m-%dT%H-%M-%S).zip}"
exec ./mvnw -q compile exec:java@cadangan -Dexec.args="buat $file"
