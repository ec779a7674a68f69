# Sourced by scripts/backup.sh and scripts/restore.sh: the database to use and PostgreSQL client
# tools that can work with it.
#
# The database: the PG* environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) of
# an external PostgreSQL, or EMBEDDED_DATA_DIR (default ./data/postgres, when it exists and no PGHOST
# is set): the embedded database of a running application, whose port is in postmaster.pid and whose
# password is in commonground-password.
#
# The tools: pg_dump and pg_restore must be of the server's major version or newer. Tried in order:
# $PG_BIN; /usr/lib/postgresql/<major>/bin (Debian's postgresql-client-<major>, newest first); those
# on the PATH; else Docker's postgres:<major> image when Docker is available. The zonky embedded
# binaries the application unpacks hold only initdb, pg_ctl and postgres, no client tools.

database_from_environment() {
  if [[ -z "${PGHOST:-}" ]]; then
    local dir=${EMBEDDED_DATA_DIR:-./data/postgres}
    if [[ ! -f "$dir/postmaster.pid" ]]; then
      echo "No PGHOST set and no running embedded database in $dir (postmaster.pid missing)" >&2
      exit 2
    fi
    export PGHOST=localhost PGUSER=postgres PGDATABASE=${PGDATABASE:-postgres}
    PGPORT=$(sed -n 4p "$dir/postmaster.pid")
    PGPASSWORD=$(cat "$dir/commonground-password")
    export PGPORT PGPASSWORD
  fi
}

major_of() { "$1" --version | grep -o '[0-9]\+' | head -1; }

server_major() {
  local psql
  psql=$(command -v psql || ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)
  if [[ -n "$psql" ]]; then
    "$psql" -XAtc 'show server_version_num' | cut -c1-2
  else
    echo 17
  fi
}

# Sets TOOL_PREFIX so that "${TOOL_PREFIX}pg_dump" runs a pg_dump fit for the server; or DOCKER_TOOLS.
choose_tools() {
  local need candidate
  need=$(server_major)
  for candidate in ${PG_BIN:+"$PG_BIN"} $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -Vr) \
    $(dirname "$(command -v pg_dump 2>/dev/null || echo /nonexistent/pg_dump)"); do
    if [[ -x "$candidate/pg_dump" && -x "$candidate/pg_restore" ]] && (( $(major_of "$candidate/pg_dump") >= need )); then
      TOOL_PREFIX="$candidate/"
      echo "Using $("$candidate/pg_dump" --version) for a PostgreSQL $need server" >&2
      return 0
    fi
  done
  if command -v docker > /dev/null && docker info > /dev/null 2>&1; then
    DOCKER_TOOLS="postgres:$need"
    echo "Using the client tools of the Docker image postgres:$need" >&2
    return 0
  fi
  echo "No pg_dump/pg_restore of major version $need or newer: install postgresql-client-$need (PostgreSQL's" \
    "apt repository), set PG_BIN to its bin directory, or make Docker available" >&2
  exit 3
}

run_tool() { # tool args... ; files are read and written in the current directory
  if [[ -n "${DOCKER_TOOLS:-}" ]]; then
    docker run --rm -i --network host -e PGHOST -e PGPORT -e PGUSER -e PGPASSWORD -e PGDATABASE \
      -v "$PWD:$PWD" -w "$PWD" "$DOCKER_TOOLS" "$@"
  else
    "${TOOL_PREFIX}$1" "${@:2}"
  fi
}
