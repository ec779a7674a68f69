#!/usr/bin/env bash
# P8: start-up time of the packaged application on its embedded PostgreSQL.
# Usage: scripts/benchmark-startup.sh [runs]   (after ./mvnw package -DskipTests)
# Prints, per run, the seconds until /actuator/health answers UP; the first run creates the data directory.
set -euo pipefail
runs=${1:-4}
jar=$(ls target/common-ground-*.jar | head -1)
dir=$(mktemp -d)
port=18080
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  java -jar "$jar" --server.port=$port --app.database.embedded.data-dir="$dir/pg" > "$dir/run$i.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; do sleep 0.1; done
  end=$(date +%s.%N)
  printf 'run %d: %.1f s to ready (%s)\n' "$i" "$(echo "$end - $start" | bc)" \
    "$(grep -o 'Started CommonGroundApplication in [0-9.]* seconds' "$dir/run$i.log")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -rf "$dir"
