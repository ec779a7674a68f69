#!/usr/bin/env bash
# Common Ground on two application instances behind nginx, on one PostgreSQL, without Docker.
#
#   scripts/cluster-local.sh start              # database, instance a, instance b, nginx
#   scripts/cluster-local.sh stop               # everything, gracefully
#   scripts/cluster-local.sh status
#   scripts/cluster-local.sh start-instance a|b # (again) one instance
#   scripts/cluster-local.sh stop-instance a|b  # SIGTERM: graceful shutdown
#   scripts/cluster-local.sh kill-instance a|b  # SIGKILL, as a crash
#   scripts/cluster-local.sh restart-db         # fast shutdown and start of the embedded database
#
# Needs a packaged jar (./mvnw -B -ntp package -DskipTests), Java 17+, nginx (Debian: apt-get install
# nginx) and curl. The database is the embedded PostgreSQL 17 of instance a (its data under
# $CLUSTER_DIR/pg, port $PG_PORT, password in $CLUSTER_DIR/pg/commonground-password); instance b
# connects to it over loopback TCP. With SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) set, both
# instances use that external PostgreSQL instead. nginx listens on $LB_PORT and sends requests round
# robin to both instances, without sticky sessions: the sessions are in PostgreSQL.
#
# Settings (environment): CLUSTER_DIR (./data/cluster), PORT_A (8081), PORT_B (8082), LB_PORT (8090),
# PG_PORT (55432), APP_DEMO (true: demo dialogues and accounts), JAVA_OPTS (-Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER_DIR=${CLUSTER_DIR:-./data/cluster}
mkdir -p "$CLUSTER_DIR"
CLUSTER_DIR=$(cd "$CLUSTER_DIR" && pwd)
PORT_A=${PORT_A:-8081}
PORT_B=${PORT_B:-8082}
LB_PORT=${LB_PORT:-8090}
PG_PORT=${PG_PORT:-55432}
APP_DEMO=${APP_DEMO:-true}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
EXTERNAL_URL=${SPRING_DATASOURCE_URL:-}

jar() {
  local found
  found=$(ls target/common-ground-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z "$found" ]]; then
    echo "No jar in target/: run ./mvnw -B -ntp package -DskipTests first" >&2
    exit 1
  fi
  echo "$found"
}

port_of() { [[ "$1" == a ]] && echo "$PORT_A" || echo "$PORT_B"; }
pid_of() { cat "$CLUSTER_DIR/instance-$1.pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }

# A shared secret for remember-me cookies, the same on both instances.
remember_me_key() {
  local file="$CLUSTER_DIR/remember-me-key"
  [[ -f "$file" ]] || (umask 077; head -c 32 /dev/urandom | base64 > "$file")
  cat "$file"
}

wait_ready() {
  local port=$1 what=$2
  for _ in $(seq 1 900); do
    if curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; then
      echo "$what ready on port $port"
      return 0
    fi
    sleep 0.2
  done
  echo "$what did not become ready on port $port; see $CLUSTER_DIR/*.log" >&2
  return 1
}

start_instance() {
  local name=$1 port
  port=$(port_of "$name")
  if alive "$name"; then echo "instance $name already runs (pid $(pid_of "$name"))"; return 0; fi
  local -a env=(APP_SECURITY_REMEMBER_ME_KEY="$(remember_me_key)" APP_TRUSTED_PROXIES=127.0.0.1,::1
    APP_DEMO="$APP_DEMO" APP_MAIL_BASE_URL="http://localhost:$LB_PORT")
  local -a args=(--server.port="$port" --spring.application.name="common-ground-$name")
  if [[ -n "$EXTERNAL_URL" ]]; then
    env+=(SPRING_DATASOURCE_URL="$EXTERNAL_URL")
  elif [[ "$name" == a ]]; then
    args+=(--app.database.embedded.data-dir="$CLUSTER_DIR/pg" --app.database.embedded.port="$PG_PORT")
  else
    if [[ ! -f "$CLUSTER_DIR/pg/commonground-password" ]]; then
      echo "instance b uses the embedded database of instance a: start a first" >&2
      return 1
    fi
    env+=(SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres
      SPRING_DATASOURCE_PASSWORD="$(cat "$CLUSTER_DIR/pg/commonground-password")")
  fi
  # shellcheck disable=SC2086
  env "${env[@]}" nohup java $JAVA_OPTS -jar "$(jar)" "${args[@]}" >> "$CLUSTER_DIR/instance-$name.log" 2>&1 &
  echo $! > "$CLUSTER_DIR/instance-$name.pid"
  wait_ready "$port" "instance $name"
}

stop_instance() {
  local name=$1 pid
  pid=$(pid_of "$name")
  if ! alive "$name"; then echo "instance $name is not running"; return 0; fi
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  echo "instance $name stopped (graceful shutdown)"
}

kill_instance() {
  local name=$1
  if alive "$name"; then kill -KILL "$(pid_of "$name")"; echo "instance $name killed (SIGKILL)"; fi
}

restart_db() {
  if [[ -n "$EXTERNAL_URL" ]]; then
    echo "The database is external ($EXTERNAL_URL): restart it with its own tools" >&2
    return 1
  fi
  # A fast shutdown by signal (SIGINT), then the same command line again (PostgreSQL keeps it in
  # postmaster.opts). Run as a non-root user: PostgreSQL (pg_ctl, postgres) refuses root.
  local dir="$CLUSTER_DIR/pg" postmaster
  postmaster=$(head -1 "$dir/postmaster.pid")
  kill -INT "$postmaster"
  while kill -0 "$postmaster" 2>/dev/null; do sleep 0.1; done
  (cd "$dir" && eval "nohup $(cat "$dir/postmaster.opts") >> '$CLUSTER_DIR/pg-restart.log' 2>&1 &")
  for _ in $(seq 1 600); do
    [[ -f "$dir/postmaster.pid" ]] && grep -q ready "$dir/postmaster.pid" && break
    sleep 0.1
  done
  echo "PostgreSQL restarted (fast shutdown, then started again with $dir/postmaster.opts)"
}

start_nginx() {
  mkdir -p "$CLUSTER_DIR/nginx"
  sed -e "s/@LB_PORT@/$LB_PORT/; s/@PORT_A@/$PORT_A/; s/@PORT_B@/$PORT_B/; s|@DIR@|$CLUSTER_DIR/nginx|g" \
    deploy/nginx/cluster-local.conf > "$CLUSTER_DIR/nginx/nginx.conf"
  if [[ -f "$CLUSTER_DIR/nginx/nginx.pid" ]] && kill -0 "$(cat "$CLUSTER_DIR/nginx/nginx.pid")" 2>/dev/null; then
    nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -s reload
  else
    nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf"
  fi
  echo "nginx on http://localhost:$LB_PORT -> instances on $PORT_A and $PORT_B (round robin)"
}

stop_nginx() {
  if [[ -f "$CLUSTER_DIR/nginx/nginx.pid" ]] && kill -0 "$(cat "$CLUSTER_DIR/nginx/nginx.pid")" 2>/dev/null; then
    nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -s quit
    echo "nginx stopped"
  fi
}

case "${1:-}" in
  start)
    start_instance a
    start_instance b
    start_nginx
    ;;
  stop)
    stop_nginx
    stop_instance b
    stop_instance a
    ;;
  status)
    for name in a b; do
      if alive "$name"; then
        echo "instance $name: pid $(pid_of "$name"), readiness $(curl -s "http://localhost:$(port_of "$name")/actuator/health/readiness" || echo unreachable)"
      else
        echo "instance $name: stopped"
      fi
    done
    echo "nginx: $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$LB_PORT/actuator/health/readiness" || echo unreachable)"
    ;;
  start-instance) start_instance "$2" ;;
  stop-instance) stop_instance "$2" ;;
  kill-instance) kill_instance "$2" ;;
  restart-db) restart_db ;;
  *)
    sed -n '2,10p' "$0"
    exit 2
    ;;
esac
