#!/bin/sh
# Restores a backup made by scripts/backup.sh into an EMPTY database: for the embedded mode a
# new data directory, e.g.
#   KINERJA_DATA_DIR=.kinerja-data/pulih scripts/restore.sh backups/kinerja-2026-11-30T01-02-03.zip
# then start the application with the same KINERJA_DATA_DIR (or move the directory into place).
# External database: create an empty database and set SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD.
set -e
cd "$(dirname "$0")/.."
[ -n "$1" ] || { echo "usage: scripts/restore.sh backup.zip" >&2; exit 2; }
exec ./mvnw -q compile exec:java@cadangan -Dexec.args="pulihkan $1"
