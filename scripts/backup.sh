#!/usr/bin/env bash
# Backup of Common Ground: pg_dump -Fc of the database (consistent while the application runs and
# writes: one snapshot) and, when APP_FILES_DIR names an existing directory, a tar of those files.
#
#   scripts/backup.sh [target-directory]          (default ./backups)
#
# Database and tools: see scripts/pg-tools.sh (PG* variables of an external database, or the
# running embedded one in EMBEDDED_DATA_DIR, default ./data/postgres). Writes
# commonground-<timestamp>.dump (and commonground-<timestamp>-files.tar.gz) and prints the dump's
# path; restore with scripts/restore.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/pg-tools.sh
source "$here/pg-tools.sh"
target=${1:-./backups}
mkdir -p "$target"
cd "$target"
database_from_environment
choose_tools
stamp=$(date -u +%Y%m%dT%H%M%SZ)
run_tool pg_dump -Fc --no-owner --no-privileges -f "commonground-$stamp.dump.partial"
mv "commonground-$stamp.dump.partial" "commonground-$stamp.dump"
if [[ -n "${APP_FILES_DIR:-}" && -d "$APP_FILES_DIR" ]]; then
  tar -czf "commonground-$stamp-files.tar.gz" -C "$APP_FILES_DIR" .
fi
echo "$PWD/commonground-$stamp.dump"
