#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a database that must be new and empty (create it
# first: createdb, or CREATE DATABASE in psql), then the files next to it into APP_FILES_DIR when
# both exist. Start the application against the restored database afterwards: Flyway checks that
# the schema is the one it expects.
#
#   PGDATABASE=commonground_restored scripts/restore.sh backups/commonground-<timestamp>.dump
#
# Database and tools: see scripts/pg-tools.sh. Stops at the first error (--exit-on-error) and
# restores in one transaction, so that a failed restore leaves the database empty.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/pg-tools.sh
source "$here/pg-tools.sh"
dump=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[[ -f "$dump" ]] || { echo "No dump at $dump" >&2; exit 2; }
cd "$(dirname "$dump")"
database_from_environment
choose_tools
run_tool pg_restore --no-owner --no-privileges --exit-on-error --single-transaction -d "$PGDATABASE" "$(basename "$dump")"
files="${dump%.dump}-files.tar.gz"
if [[ -f "$files" && -n "${APP_FILES_DIR:-}" ]]; then
  mkdir -p "$APP_FILES_DIR"
  tar -xzf "$files" -C "$APP_FILES_DIR"
fi
echo "Restored $(basename "$dump") into database $PGDATABASE"
