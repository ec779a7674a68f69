#!/usr/bin/env bash
# Scale-out drill (issue 21): two instances behind nginx on one PostgreSQL (scripts/cluster-local.sh),
# a mixed load through nginx (org.commonground.load.ClusterLoad: visitors reading; members commenting
# on challenges, endorsing, setting stances, now and then sending a form twice), and meanwhile:
#   kill -9 of instance a, then a start of it again (which also restarts its embedded PostgreSQL),
#   a restart of PostgreSQL (fast shutdown, then the same command line again),
#   a graceful shutdown (SIGTERM) of instance b.
# Afterwards the driver checks from the database that no acknowledged write was lost, no form sent
# twice made two comments, and counters equal their rows; then this script checks that the login limit
# holds across the two instances. Traffic goes to 127.0.0.1 only; every loop is bounded.
#
# Usage: scripts/benchmark-cluster.sh [seconds]   (after ./mvnw -B -ntp package -DskipTests)
# Run it as a non-root user: PostgreSQL's binaries refuse root for the restarts. DRIVER_CLASSPATH
# (optional) is the load driver's class path built beforehand, for a user who cannot run Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${1:-180}
export CLUSTER_DIR=${CLUSTER_DIR:-./data/benchmark-cluster}
export PORT_A=${PORT_A:-18081} PORT_B=${PORT_B:-18082} LB_PORT=${LB_PORT:-18090} PG_PORT=${PG_PORT:-55433}
export APP_DEMO=true
unset SPRING_DATASOURCE_URL
cluster=scripts/cluster-local.sh

"$cluster" stop > /dev/null 2>&1 || true
rm -rf "$CLUSTER_DIR"
mkdir -p "$CLUSTER_DIR"
log() { echo "[$(date +%T)] $*"; }

if [[ -n "${DRIVER_CLASSPATH:-}" ]]; then
  # Built beforehand (by another user, e.g. root, whose Maven repository this user may read).
  classpath=$DRIVER_CLASSPATH
else
  ./mvnw -B -ntp -q test-compile
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLUSTER_DIR/classpath.txt"
  classpath="target/test-classes:target/classes:$(cat "$CLUSTER_DIR/classpath.txt")"
fi

log "starting the cluster"
"$cluster" start
password=$(cat "$CLUSTER_DIR/pg/commonground-password")

log "load for $SECONDS_OF_LOAD s through nginx on port $LB_PORT"
java -cp "$classpath" -Dbase="http://localhost:$LB_PORT" -Dseconds="$SECONDS_OF_LOAD" -Dvisitors=6 -Dmembers=8 \
  -Ddb.url="jdbc:postgresql://localhost:$PG_PORT/postgres" -Ddb.user=postgres -Ddb.password="$password" \
  org.commonground.load.ClusterLoad > "$CLUSTER_DIR/load.txt" 2>&1 &
driver=$!

sleep $((SECONDS_OF_LOAD / 8))
log "kill -9 instance a"; "$cluster" kill-instance a
sleep 5
log "starting instance a again"; "$cluster" start-instance a || log "instance a did not start again (see $CLUSTER_DIR/instance-a.log)"
sleep 10
log "restarting PostgreSQL"; "$cluster" restart-db || log "PostgreSQL restart failed"
sleep 10
log "graceful shutdown of instance b (SIGTERM)"; "$cluster" stop-instance b
log "waiting for the load to end"
status=0
wait "$driver" || status=$?
cat "$CLUSTER_DIR/load.txt"

log "login limit across instances: wrong passwords alternately on a and b, directly"
"$cluster" start-instance b > /dev/null
login() { # port email password -> HTTP status of the POST
  local jar="$CLUSTER_DIR/cookies-$1" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "username=$2" --data-urlencode "password=$3" "http://localhost:$1/login"
}
target=baraka.mushi@demo.commonground.example
answers=""
for attempt in 1 2 3 4 5; do
  port=$(( attempt % 2 == 1 ? PORT_A : PORT_B ))
  answers+="$(login "$port" "$target" "wrong password $attempt") "
done
sixth_a=$(login "$PORT_A" "$target" Geita-Dialogue-2026)
sixth_b=$(login "$PORT_B" "$target" Geita-Dialogue-2026)
echo "five wrong passwords (a,b,a,b,a): $answers; then the right one on a: $sixth_a, on b: $sixth_b (429 = limit held)"
[[ "$sixth_a" == 429 && "$sixth_b" == 429 ]] || status=1

echo "log lines of the instances: $(grep -c 'answered 503' "$CLUSTER_DIR"/instance-*.log | tr '\n' ' ') (503 pages while the database was away)"
"$cluster" stop
exit "$status"
