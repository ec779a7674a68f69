#!/usr/bin/env bash
# P3, P4: page throughput of the packaged application against a "fortunes" page of the same
# application and against nginx serving the same bytes.
#
# Usage: scripts/benchmark-pages.sh [--jar PATH] [--duration 10s] [--warmup 10s]
#                                   [--connections "16 64"] [--jfr FILE]
#   --jar          the packaged jar (default: target/common-ground-*.jar, packaged when missing)
#   --jfr FILE     also records a JFR profile of the application during an extra run of the
#                  challenge page at the highest connection count, after the measured runs
#                  (for `jfr print` / `jfr summary` / scripts/jfr-profile.py)
#   JAVA_OPTS      JVM options of the application (default -Xmx512m)
#   APP_PORT, NGINX_PORT  ports to use (default 18091, 18092)
#
# It starts the jar with the demo data on its own port and its own temporary database,
# signs in as a demo member through the real routes (login form, masked CSRF field), raises
# a challenge in the Geita dialogue and posts 50 comments on it, saves the challenge page as a
# visitor sees it and serves those bytes from nginx (own configuration, own port). Then, per
# URL, a warm-up and `wrk -t1 -c<n> -d<duration> --latency` for every connection count, as a
# visitor (no cookies, no compression), and the challenge page once more as the signed-in member
# (their session cookie; the visitors' page cache does not serve them). Prints requests/s, p50, p99, errors and the machine's
# load average for every run, then the ratios challenge/fortunes and page/nginx. Everything it
# started is stopped and its temporary directory removed on exit.
set -euo pipefail

jar=""
duration=10s
warmup=10s
connections="16 64"
jfr=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --jfr) jfr=$(realpath -m "$2"); shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

missing=""
for tool in wrk nginx curl java; do
  command -v "$tool" > /dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  echo "missing:$missing" >&2
  echo "install with: apt-get install -y wrk nginx curl   (java: a JDK 17 or later)" >&2
  exit 1
fi

cd "$(dirname "$0")/.."
if [ -z "$jar" ]; then
  jar=$(ls target/common-ground-*.jar 2> /dev/null | head -1 || true)
  if [ -z "$jar" ]; then
    echo "packaging the application (./mvnw package -DskipTests) ..."
    ./mvnw -B -ntp -q package -DskipTests
    jar=$(ls target/common-ground-*.jar | head -1)
  fi
fi
[ -f "$jar" ] || { echo "no jar at $jar" >&2; exit 1; }

app_port=${APP_PORT:-18091}
nginx_port=${NGINX_PORT:-18092}
for p in "$app_port" "$nginx_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/"; then
    echo "port $p is already in use (set APP_PORT / NGINX_PORT)" >&2
    exit 1
  fi
done

work=$(mktemp -d /tmp/benchmark-pages.XXXXXX)
app_pid=""
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2> /dev/null; then
    kill "$nginx_pid"; wait "$nginx_pid" 2> /dev/null || true
  fi
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2> /dev/null; then
    kill "$app_pid"
    for _ in $(seq 1 300); do kill -0 "$app_pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$app_pid" 2> /dev/null || true
    wait "$app_pid" 2> /dev/null || true
  fi
  # An embedded PostgreSQL whose JVM did not stop it (killed, or still exiting).
  if [ -f "$work/pg/postmaster.pid" ]; then
    kill -INT "$(head -1 "$work/pg/postmaster.pid")" 2> /dev/null || true
    sleep 1
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

base="http://127.0.0.1:$app_port"
slug=geita-district-gold-mining-dialogue
echo "jar: $jar   JVM: ${JAVA_OPTS:--Xmx512m}   $(nproc) CPUs   load: $(cut -d' ' -f1-3 /proc/loadavg)"

# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx512m} -jar "$jar" --server.port="$app_port" --app.demo=true \
  --app.benchmark.fortunes=true --app.database.embedded.data-dir="$work/pg" \
  --app.security.rate-limits.posting-per-account.capacity=1000 \
  --app.security.rate-limits.posting-per-account.period=10m > "$work/app.log" 2>&1 &
app_pid=$!
for i in $(seq 1 1800); do
  curl -fs -o /dev/null "$base/actuator/health/readiness" && break
  if ! kill -0 "$app_pid" 2> /dev/null || [ "$i" = 1800 ]; then
    echo "the application did not start; its log:" >&2; grep -m1 -A12 'Caused by\|APPLICATION FAILED' "$work/app.log" >&2 || tail -40 "$work/app.log" >&2; exit 1
  fi
  sleep 0.2
done
echo "application ready on port $app_port"

# --- a 50-comment challenge, built through the real routes as a signed-in demo member ----
cookies="$work/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
curl -fs -c "$cookies" -b "$cookies" -o "$work/login.html" "$base/login"
curl -fs -c "$cookies" -b "$cookies" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "username=neema.shija@demo.commonground.example" \
  --data-urlencode "password=Geita-Dialogue-2026" \
  --data-urlencode "_csrf=$(csrf "$work/login.html")" "$base/login" > "$work/login.redirect"
if grep -q error "$work/login.redirect"; then
  echo "signing in as the demo member failed: $(cat "$work/login.redirect")" >&2; exit 1
fi
curl -fs -c "$cookies" -b "$cookies" -o "$work/new.html" "$base/dialogues/$slug/challenges/new"
challenge=$(curl -fs -c "$cookies" -b "$cookies" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "title=Benchmark: fifty comments on one challenge" \
  --data-urlencode "body=A challenge raised by scripts/benchmark-pages.sh, with fifty comments below it." \
  --data-urlencode "_csrf=$(csrf "$work/new.html")" "$base/dialogues/$slug/challenges")
challenge_id=${challenge##*/challenges/}
challenge_id=${challenge_id%%[?#]*}
case "$challenge_id" in
  '' | *[!0-9]*) echo "raising the challenge failed (redirect: $challenge)" >&2; exit 1 ;;
esac
challenge_path="/dialogues/$slug/challenges/$challenge_id"
curl -fs -c "$cookies" -b "$cookies" -o "$work/challenge-signed-in.html" "$base$challenge_path"
token=$(csrf "$work/challenge-signed-in.html")
for n in $(seq 1 50); do
  posted=$(curl -fs -c "$cookies" -b "$cookies" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "body=Comment $n of the benchmark: the pit at Nyarugusu needs timber before the rains, and the buyers should post the day's price at the market." \
    --data-urlencode "targetType=CHALLENGE" --data-urlencode "targetId=$challenge_id" \
    --data-urlencode "_csrf=$token" "$base/dialogues/$slug/comments") || posted=""
  case "$posted" in
    *'#comment-'*) ;;
    *) echo "posting comment $n failed (answer: ${posted:-no redirect})" >&2; exit 1 ;;
  esac
done
mkdir -p "$work/www"
curl -fs -o "$work/www/challenge.html" "$base$challenge_path"
shown=$(grep -o 'id="comment-[0-9]*"' "$work/www/challenge.html" | sort -u | wc -l)
echo "challenge $challenge_path: 50 comments posted, $shown shown on its first page, $(wc -c < "$work/www/challenge.html") bytes"
# A visitor must not get a session: Spring Session would then read and write its table on
# every request of the benchmark.
if curl -fs -D - -o /dev/null "$base$challenge_path" | grep -qi '^set-cookie: *CGSESSION'; then
  echo "warning: a visitor's request created a session (CGSESSION cookie)"
else
  echo "visitors get no session cookie: their requests do not touch the session table"
fi

# --- nginx serving the same bytes --------------------------------------------------------
chmod 755 "$work" "$work/www"
chmod 644 "$work/www/challenge.html"
mkdir -p "$work/nginx"
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"
cat > "$work/nginx/nginx.conf" << EOF
$user_line
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    default_type text/html;
  }
}
EOF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" 2> "$work/nginx/start.log" &
nginx_pid=$!
for i in $(seq 1 100); do
  curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/challenge.html" && break
  if ! kill -0 "$nginx_pid" 2> /dev/null || [ "$i" = 100 ]; then
    echo "nginx did not start:" >&2; cat "$work/nginx/start.log" "$work/nginx/error.log" >&2 2> /dev/null; exit 1
  fi
  sleep 0.1
done
cmp -s "$work/www/challenge.html" <(curl -fs "http://127.0.0.1:$nginx_port/challenge.html") \
  || { echo "nginx does not serve the saved bytes" >&2; exit 1; }

# --- wrk ---------------------------------------------------------------------------------
to_ms() { # wrk's 12.34us / 5.67ms / 1.23s / 2.00m -> milliseconds
  [ -n "$1" ] || { echo "-"; return; }
  awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
    printf "%.1f", n }'
}
tree_ticks() { # CPU clock ticks used so far by a process and its descendants (PostgreSQL)
  local pids=$1 all=$1 kids p
  while [ -n "$pids" ]; do
    kids=$(for p in $pids; do cat "/proc/$p/task/$p/children" 2> /dev/null; done | xargs)
    all="$all $kids"; pids=$kids
  done
  for p in $all; do cut -d')' -f2 "/proc/$p/stat" 2> /dev/null; done \
    | awk '{ t += $12 + $13 } END { print t + 0 }'
}
app_ticks() { cut -d')' -f2 "/proc/$app_pid/stat" | awk '{ print $12 + $13 }'; }
ticks_per_s=$(getconf CLK_TCK)
declare -A rps p50 p99 cpu
run() { # name url [wrk option...]
  local name=$1 url=$2 c out errors
  shift 2
  wrk -t1 -c16 -d"$warmup" "$@" "$url" > /dev/null
  for c in $connections; do
    local jvm0 all0 jvm1 all1 requests
    jvm0=$(app_ticks); all0=$(tree_ticks "$app_pid $(head -1 "$work/pg/postmaster.pid")")
    out=$(wrk -t1 -c"$c" -d"$duration" --timeout 10s --latency "$@" "$url")
    jvm1=$(app_ticks); all1=$(tree_ticks "$app_pid $(head -1 "$work/pg/postmaster.pid")")
    requests=$(awk '/requests in/ { print $1 }' <<< "$out")
    rps[$name,$c]=$(awk '/^Requests\/sec:/ { printf ($2 < 10 ? "%.1f" : "%.0f"), $2 }' <<< "$out")
    p50[$name,$c]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")
    p99[$name,$c]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
    # CPU time per request: of the JVM, and of PostgreSQL (its processes are the JVM's
    # descendants); independent of what else the machine runs, unlike requests/s.
    if [ "$name" = nginx ]; then
      cpu[$name,$c]="-"
    else
      cpu[$name,$c]=$(awk -v j=$((jvm1 - jvm0)) -v a=$((all1 - all0)) -v n="$requests" -v hz="$ticks_per_s" \
        'BEGIN { if (n > 0) printf "%.2f+%.2f", j * 1000 / hz / n, (a - j) * 1000 / hz / n; else print "-" }')
    fi
    errors=$(grep -E 'Non-2xx|Socket errors' <<< "$out" | tr -s ' ' | paste -sd';' || true)
    printf '%-10s c=%-3s %7s req/s  p50 %7s ms  p99 %7s ms  cpu/req %11s ms  load %s  %s\n' "$name" "$c" \
      "${rps[$name,$c]}" "${p50[$name,$c]}" "${p99[$name,$c]}" "${cpu[$name,$c]}" "$(cut -d' ' -f1-3 /proc/loadavg)" \
      "${errors:-no errors}"
  done
  if [ -n "$jfr" ] && [ "$name" = challenge ]; then
    # The profile is recorded in an extra run after the measured ones: JFR's "profile"
    # settings (stacks every 2 ms instead of 10 ms, allocation and lock events) cost the
    # application a large share of its CPU, so a recorded run's figures are not comparable.
    sed 's|control="method-sampling-java-interval">10 ms<|control="method-sampling-java-interval">2 ms<|' \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$work/sampling.jfc"
    jcmd "$app_pid" JFR.start name=pages settings="$work/sampling.jfc" filename="$jfr" > /dev/null
    wrk -t1 -c"${connections##* }" -d"$duration" --timeout 10s "$url" > /dev/null
    jcmd "$app_pid" JFR.stop name=pages > /dev/null
    echo "JFR recording (an extra run at ${connections##* } connections, not in the figures): $jfr"
  fi
}
echo
echo "wrk -t1 -c<n> -d$duration --latency, after a $warmup warm-up at 16 connections;"
echo "cpu/req: CPU milliseconds per request of the JVM + of PostgreSQL; load: /proc/loadavg after the run"
run nginx "http://127.0.0.1:$nginx_port/challenge.html"
run fortunes "$base/benchmark/fortunes"
run challenge "$base$challenge_path"
# The same page for the signed-in demo member: rendered for them on every request (the
# visitors' page cache serves only visitors), with their session read and written.
session=$(awk '$6 == "CGSESSION" { print $7 }' "$cookies")
run member "$base$challenge_path" -H "Cookie: CGSESSION=$session"
run dialogue "$base/dialogues/$slug"
run vision "$base/dialogues/$slug/vision"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }
# page/nginx as "1/N": the page serves one request for every N that nginx serves.
per_nginx() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0) printf "1/%.0f", b / a; else print "-" }'; }
echo
for c in $connections; do
  printf 'c=%-3s challenge/fortunes %s (bar >= 0.5)   challenge p99 %s ms (bar <= 100 at 64)\n' "$c" \
    "$(ratio "${rps[challenge,$c]}" "${rps[fortunes,$c]}")" "${p99[challenge,$c]}"
  printf '      signed-in member: challenge/fortunes %s, p99 %s ms\n' \
    "$(ratio "${rps[member,$c]}" "${rps[fortunes,$c]}")" "${p99[member,$c]}"
  printf '      app/nginx: challenge %s  dialogue %s  vision %s  fortunes %s\n' \
    "$(per_nginx "${rps[challenge,$c]}" "${rps[nginx,$c]}")" "$(per_nginx "${rps[dialogue,$c]}" "${rps[nginx,$c]}")" \
    "$(per_nginx "${rps[vision,$c]}" "${rps[nginx,$c]}")" "$(per_nginx "${rps[fortunes,$c]}" "${rps[nginx,$c]}")"
done
