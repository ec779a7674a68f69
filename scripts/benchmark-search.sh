#!/usr/bin/env bash
# P6: full-text search over 1,000,000 comments: p95 of a search <= 2 x p95 of the challenge
# page, measured in the same run.
#
# Usage: scripts/benchmark-search.sh [--jar PATH] [--comments 1000000] [--duration 20s]
#                                    [--warmup 10s] [--connections 8] [--data-dir DIR]
#   --jar          the packaged jar (default: target/common-ground-*.jar, packaged when missing)
#   --data-dir     keep the embedded database in DIR (not removed on exit); when DIR already
#                  holds the loaded comments the load is skipped, so that two jars (before
#                  and after a change) can be measured on the same data
#   JAVA_OPTS      JVM options of the application (default -Xmx512m)
#   APP_PORT       port to use (default 18094)
#
# It starts the jar with the demo data on its own port and its own temporary embedded
# database, then loads the comments with psql in one INSERT ... SELECT generate_series per
# 100,000 (through the real search triggers, in the same transactions), spread over every
# visible challenge of the demo dialogues, each 8 to 31 words of a realistic vocabulary in
# the language of its author (the demo accounts are given en, fr, sw, es and pt in turn in
# this throwaway database), with a skewed word frequency so that some words are common and
# some rare. Then `wrk -t1 -c<n>`, a warm-up then a measured run, for: the challenge page of
# the challenge with the most comments, and /search with a rotating list of queries (see
# QUERIES below); first as a visitor (who gets the challenge page from the visitors' page
# cache), then as a signed-in demo member (for whom both are rendered). p95 comes from wrk's latency distribution (Lua `done`).
# Everything it started is stopped and its temporary directory removed on exit.
set -euo pipefail

jar=""
comments=1000000
duration=20s
warmup=10s
connections=8
data_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --comments) comments=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --data-dir) data_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

missing=""
for tool in wrk psql curl java; do
  command -v "$tool" > /dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  echo "missing:$missing" >&2
  echo "install with: apt-get install -y wrk postgresql-client curl   (java: a JDK 17 or later)" >&2
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

app_port=${APP_PORT:-18094}
if curl -s -o /dev/null "http://127.0.0.1:$app_port/"; then
  echo "port $app_port is already in use (set APP_PORT)" >&2
  exit 1
fi

work=$(mktemp -d /tmp/benchmark-search.XXXXXX)
pg_dir=${data_dir:-$work/pg}
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2> /dev/null; then
    kill "$app_pid"
    for _ in $(seq 1 300); do kill -0 "$app_pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$app_pid" 2> /dev/null || true
    wait "$app_pid" 2> /dev/null || true
  fi
  if [ -f "$pg_dir/postmaster.pid" ]; then
    kill -INT "$(head -1 "$pg_dir/postmaster.pid")" 2> /dev/null || true
    for _ in $(seq 1 100); do [ -f "$pg_dir/postmaster.pid" ] || break; sleep 0.1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

base="http://127.0.0.1:$app_port"
echo "jar: $jar   JVM: ${JAVA_OPTS:--Xmx512m}   $(nproc) CPUs   load: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx512m} -jar "$jar" --server.port="$app_port" --app.demo=true \
  --app.database.embedded.data-dir="$pg_dir" > "$work/app.log" 2>&1 &
app_pid=$!
for i in $(seq 1 1800); do
  curl -fs -o /dev/null "$base/actuator/health/readiness" && break
  if ! kill -0 "$app_pid" 2> /dev/null || [ "$i" = 1800 ]; then
    echo "the application did not start; its log:" >&2; tail -40 "$work/app.log" >&2; exit 1
  fi
  sleep 0.2
done
# The embedded database's port and password, as scripts/backup.sh finds them.
# shellcheck source=scripts/pg-tools.sh
. scripts/pg-tools.sh
unset PGHOST
EMBEDDED_DATA_DIR="$pg_dir" database_from_environment
echo "application ready on port $app_port, its database on $PGPORT"
sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# --- 1,000,000 comments, through the search triggers --------------------------------------
loaded=$(sql -At -c "SELECT count(*) FROM comment")
if [ "$loaded" -ge "$comments" ]; then
  echo "the database in $pg_dir already holds $loaded comments: no load"
else
  sql -c "UPDATE account SET locale = (ARRAY['en','fr','sw','es','pt'])[1 + id % 5] WHERE role <> 'ADMIN'"
  cat > "$work/load.sql" << 'EOF'
WITH ch AS (SELECT array_agg(id ORDER BY id) AS ids FROM challenge WHERE moderation = 'VISIBLE'),
     au AS (SELECT array_agg(id ORDER BY id) AS ids FROM account WHERE status = 'ACTIVE')
INSERT INTO comment (dialogue_id, target_type, target_id, depth, author_id, author_group_id, body_source, body_html,
                     created_at, language)
SELECT c.dialogue_id, 'CHALLENGE', c.id, 0, a.id, a.stakeholder_group_id, b.body, '<p>' || b.body || '</p>',
       now() - ((n % 8760) || ' hours')::interval, a.locale
  FROM ch CROSS JOIN au CROSS JOIN generate_series(:first::bigint, :last::bigint) n
  JOIN challenge c ON c.id = ch.ids[1 + n % cardinality(ch.ids)]
  JOIN account a ON a.id = au.ids[1 + (n / 3) % cardinality(au.ids)]
  CROSS JOIN LATERAL (
    SELECT string_agg(w.words[1 + floor(cardinality(w.words) * power(((n * 7919 + k * 104729) % 100003) / 100003.0, 2.5))::int],
                      ' ') AS body
      FROM generate_series(1, 8 + n % 24) k,
           (SELECT CASE a.locale
              WHEN 'fr' THEN ARRAY['la','les','des','mine','orpailleurs','coopérative','prix','or','mercure','santé',
                'permis','terre','eau','femmes','enfants','marché','acheteurs','sécurité','régulation','formation',
                'puits','bois','pluie','route','village','chef','licence','taxe','banque','crédit','cyanure',
                'environnement','rivière','poussière','école','négociation','traçabilité','exportation','raffinerie',
                'concession','géologie','réhabilitation','dynamitage','effondrement','malaria']
              WHEN 'sw' THEN ARRAY['na','wa','ya','madini','dhahabu','wachimbaji','wadogo','bei','soko','zebaki',
                'afya','leseni','ardhi','maji','wanawake','watoto','wanunuzi','usalama','mafunzo','shimo','mbao',
                'mvua','barabara','kijiji','mwenyekiti','kodi','benki','mkopo','sianidi','mazingira','mto','vumbi',
                'shule','mazungumzo','ufuatiliaji','serikali','ushirika','mgodi','ajali','kuporomoka','homa']
              WHEN 'es' THEN ARRAY['la','los','de','mina','mineros','cooperativa','precio','oro','mercurio','salud',
                'permiso','tierra','agua','mujeres','niños','mercado','compradores','seguridad','regulación',
                'capacitación','pozo','madera','lluvia','camino','pueblo','licencia','impuesto','banco','crédito',
                'cianuro','ambiente','río','polvo','escuela','negociación','trazabilidad','exportación','refinería']
              WHEN 'pt' THEN ARRAY['a','os','de','mina','garimpeiros','cooperativa','preço','ouro','mercúrio','saúde',
                'licença','terra','água','mulheres','crianças','mercado','compradores','segurança','regulação',
                'formação','poço','madeira','chuva','estrada','aldeia','imposto','banco','crédito','cianeto',
                'ambiente','rio','poeira','escola','negociação','rastreabilidade','exportação','refinaria']
              ELSE ARRAY['the','of','and','pit','miners','cooperative','price','gold','mercury','health','licence',
                'land','water','women','children','market','buyers','safety','regulation','training','shaft',
                'timber','rain','road','village','chief','permit','tax','bank','credit','cyanide','environment',
                'river','dust','school','negotiation','traceability','export','refinery','retort','ventilation',
                'geology','rehabilitation','blasting','collapse','malaria']
            END AS words) w
  ) b;
EOF
  start=$(date +%s)
  done_count=0
  while [ "$done_count" -lt "$comments" ]; do
    step=$(( comments - done_count < 100000 ? comments - done_count : 100000 ))
    sql -v first=$((done_count + 1)) -v last=$((done_count + step)) -f "$work/load.sql"
    done_count=$((done_count + step))
    echo "  $done_count comments loaded ($(( $(date +%s) - start )) s)"
  done
  sql -c "UPDATE challenge c SET comment_count = (SELECT count(*) FROM comment m WHERE m.target_type = 'CHALLENGE'
            AND m.target_id = c.id AND m.status = 'VISIBLE')" -c "VACUUM ANALYZE comment" -c "VACUUM ANALYZE search_entry"
  sql -At -c "SELECT 'comments: ' || count(*) FROM comment" \
    -c "SELECT 'search entries: ' || count(*) || ' (' || string_agg(DISTINCT language, ',') || ')' FROM search_entry" \
    -c "SELECT 'search_entry size: ' || pg_size_pretty(pg_total_relation_size('search_entry'))"
  echo "loaded in $(( $(date +%s) - start )) s"
fi

challenge=$(sql -At -c "SELECT '/dialogues/' || d.slug || '/challenges/' || c.id FROM challenge c
  JOIN dialogue d ON d.id = c.dialogue_id WHERE d.visibility = 'PUBLIC' AND d.status <> 'DRAFT'
  AND c.moderation = 'VISIBLE' ORDER BY c.comment_count DESC LIMIT 1")
echo "challenge page: $challenge ($(curl -fs "$base$challenge" | wc -c) bytes)"

# Queries: common and rare words, each language, a Swahili misspelling (trigrams), a phrase.
cat > "$work/search.lua" << 'EOF'
local queries = { "mercury retort", "régulation", "regulation", "cooperative", "malaria",
  "madini dhahabu", "madinni", "zebaki", "mercurio", "garimpeiros", "ventilation shaft",
  "\"gold price\"", "traçabilité", "cianuro", "rehabilitation" }
local i = 0
request = function()
  i = i % #queries + 1
  local q = queries[i]:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/search?q=" .. q)
end
done = function(summary, latency, requests)
  io.write(string.format("P95 %.1f\n", latency:percentile(95) / 1000))
end
EOF
cat > "$work/p95.lua" << 'EOF'
done = function(summary, latency, requests)
  io.write(string.format("P95 %.1f\n", latency:percentile(95) / 1000))
end
EOF
for q in "mercury+retort" "madinni" "malaria"; do
  echo "  /search?q=$q: $(curl -fs "$base/search?q=$q" | grep -o 'class="list-count">[^<]*' | sed 's/.*>//')"
done

measure() { # name url script [wrk option...]
  local name=$1 url=$2 script=$3
  shift 3
  wrk -t1 -c"$connections" -d"$warmup" -s "$script" "$@" "$url" > /dev/null
  local out
  out=$(wrk -t1 -c"$connections" -d"$duration" --timeout 10s --latency -s "$script" "$@" "$url")
  local rps p50 p95 p99 errors
  rps=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' <<< "$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
  p95=$(awk '$1 == "P95" { print $2 }' <<< "$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<< "$out" | tr -s ' ' | paste -sd';' || true)
  printf '%-16s c=%s  %7s req/s  p50 %8s  p95 %8s ms  p99 %8s  load %s  %s\n' "$name" "$connections" "$rps" "$p50" \
    "$p95" "$p99" "$(cut -d' ' -f1-3 /proc/loadavg)" "${errors:-no errors}" >&2
  echo "$p95"
}
# A signed-in demo member (through the login form) for the second pair of runs: the
# challenge page is rendered for them on every request, while visitors get it from the
# visitors' page cache (docs/architecture.md), so the two pairs compare search with a
# rendered page and with a kept one.
login_form=$(curl -fs -c "$work/cookies" -b "$work/cookies" "$base/login")
curl -fs -c "$work/cookies" -b "$work/cookies" -o /dev/null \
  --data-urlencode "username=neema.shija@demo.commonground.example" \
  --data-urlencode "password=Geita-Dialogue-2026" \
  --data-urlencode "_csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<< "$login_form" | head -1 | sed 's/.*value="//; s/"$//')" \
  "$base/login"
session=$(awk '$6 == "CGSESSION" { print $7 }' "$work/cookies")
[ -n "$session" ] || { echo "signing in as the demo member failed" >&2; exit 1; }

ratio() { # name search-p95 challenge-p95
  awk -v n="$1" -v s="$2" -v c="$3" 'BEGIN { r = s / c;
    printf "%s: search p95 / challenge p95 = %.1f / %.1f ms = %.2f (bar <= 2): %s\n", n, s, c, r, (r <= 2 ? "met" : "NOT met") }'
}
echo
echo "wrk -t1 -c$connections -d$duration --latency, after a $warmup warm-up; a visitor, then the signed-in member"
challenge_p95=$(measure challenge "$base$challenge" "$work/p95.lua")
search_p95=$(measure search "$base/search" "$work/search.lua")
member_challenge_p95=$(measure member-challenge "$base$challenge" "$work/p95.lua" -H "Cookie: CGSESSION=$session")
member_search_p95=$(measure member-search "$base/search" "$work/search.lua" -H "Cookie: CGSESSION=$session")
echo
ratio "visitor (challenge page kept)" "$search_p95" "$challenge_p95"
ratio "member (both rendered)" "$member_search_p95" "$member_challenge_p95"

# Each query of the rotation alone: the median of 5 sequential requests after one.
echo
echo "each query alone (median of 5 sequential requests, after one, the application warm):"
for q in "mercury retort" "régulation" "regulation" "cooperative" "malaria" "madini dhahabu" "madinni" "zebaki" \
  "mercurio" "garimpeiros" "ventilation shaft" "\"gold price\"" "traçabilité" "cianuro" "rehabilitation"; do
  curl -fs -o /dev/null -G --data-urlencode "q=$q" "$base/search"
  median=$(for _ in 1 2 3 4 5; do
    curl -fs -o /dev/null -w '%{time_total}\n' -G --data-urlencode "q=$q" "$base/search"
  done | sort -n | sed -n 3p)
  awk -v q="$q" -v t="$median" 'BEGIN { printf "  %-20s %6.1f ms\n", q, t * 1000 }'
done
