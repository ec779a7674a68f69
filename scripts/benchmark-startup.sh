#!/usr/bin/env bash
# P8: start-up time of the packaged application on its embedded PostgreSQL, three ways:
#   jar        java -jar target/common-ground-*.jar (the nested "fat" jar)
#   extracted  the layout `java -Djarmode=tools -jar … extract` writes (application jar + lib/)
#   cds        the extracted layout with a class data sharing archive (-XX:SharedArchiveFile)
#              recorded by a training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh)
# which is what the Dockerfile does.
#
# Usage: scripts/benchmark-startup.sh [runs]   (after ./mvnw package -DskipTests; default 3 runs)
#   JAVA_OPTS  extra JVM options for every start; APP_PORT  port to use (default 18080);
#   JAR        the jar to measure (default target/common-ground-*.jar)
# The training run creates the data directory; then each run starts the three variants one after
# the other on that data directory (interleaved, so that a busy machine slows all of them alike)
# and prints the seconds until /actuator/health/readiness answers, and the medians.
set -euo pipefail
runs=${1:-3}
cd "$(dirname "$0")/.."
jar=${JAR:-$(ls target/common-ground-*.jar 2> /dev/null | head -1 || true)}
[ -n "$jar" ] || { echo "no target/common-ground-*.jar: run ./mvnw package -DskipTests first" >&2; exit 1; }
port=${APP_PORT:-18080}
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port is already in use (set APP_PORT)" >&2; exit 1
fi
dir=$(mktemp -d /tmp/benchmark-startup.XXXXXX)
cleanup() { # the application started last, if still running (runs start in a subshell)
  local pid
  pid=$(cat "$dir/pid" 2> /dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
    kill "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null || true
  fi
  # An embedded PostgreSQL whose JVM did not stop it (killed, or still exiting).
  if [ -f "$dir/pg/postmaster.pid" ]; then
    kill -INT "$(head -1 "$dir/pg/postmaster.pid")" 2> /dev/null || true
    sleep 1
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

java -Djarmode=tools -jar "$jar" extract --destination "$dir/extracted" > /dev/null
app="$dir/extracted/$(basename "$jar")"
echo "training run for the CDS archive (also creates the data directory) ..."
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
  --server.port="$port" --app.database.embedded.data-dir="$dir/pg" > "$dir/training.log" 2>&1 \
  || { echo "the training run failed:" >&2; tail -30 "$dir/training.log" >&2; exit 1; }
[ -f "$dir/app.jsa" ] || { echo "no CDS archive was written:" >&2; tail -30 "$dir/training.log" >&2; exit 1; }
echo "CDS archive: $(du -h "$dir/app.jsa" | cut -f1)   load: $(cut -d' ' -f1-3 /proc/loadavg)"

start() { # variant -> prints seconds to ready
  local variant=$1 t0 t1 pid log="$dir/$1.log"
  case "$variant" in
    jar) set -- -jar "$jar" ;;
    extracted) set -- -jar "$app" ;;
    cds) set -- -XX:SharedArchiveFile="$dir/app.jsa" -Xshare:auto -jar "$app" ;;
  esac
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} "$@" --server.port="$port" --app.database.embedded.data-dir="$dir/pg" > "$log" 2>&1 &
  pid=$!
  echo "$pid" > "$dir/pid"
  until curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
    kill -0 "$pid" 2> /dev/null || { echo "$variant did not start:" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2> /dev/null || true
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}

declare -A all
printf '%-4s %10s %10s %10s   %s\n' run jar extracted cds "load average"
for i in $(seq 1 "$runs"); do
  line=""
  for variant in jar extracted cds; do
    s=$(start "$variant")
    all[$variant]="${all[$variant]:-} $s"
    line="$line $(printf '%9s s' "$s")"
  done
  printf '%-4s%s   %s\n' "$i" "$line" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m }'; }
printf 'median %7s s %8s s %8s s   (bar: <= 15 s)\n' "$(median "${all[jar]}")" "$(median "${all[extracted]}")" \
  "$(median "${all[cds]}")"
