#!/usr/bin/env bash
# P5: CSV export of 1,000,000 comments — peak RSS of the JVM during the export compared with its RSS
# just before, and the export's wall time compared with a `psql \copy` of the same rows.
#
# Runs against an instance that is already up (e.g. `java -Xmx512m -jar target/common-ground-*.jar
# --app.demo=true --server.port=8095`), on the same machine (RSS is read from /proc/<pid>/status).
# Needs: bash, curl, psql, python3, bc.
#
# Usage: scripts/benchmark-export.sh [options]
#   --base-url URL        the running instance            (default http://localhost:8095)
#   --slug SLUG           dialogue to export              (default geita-district-gold-mining-dialogue)
#   --cookie-jar FILE     curl cookie jar of a signed-in facilitator/admin of that dialogue; if absent,
#                         the script signs in with --user/--password and writes the jar
#   --user EMAIL          (default amina.kombo@demo.commonground.example, the demo facilitator)
#   --password PASSWORD   (default Geita-Dialogue-2026)
#   --pid PID             the application's java process (default: the process listening on the URL's port)
#   --pg-host/--pg-port/--pg-user/--pg-db   the application's database (PGPASSWORD from the environment;
#                         the embedded PostgreSQL logs its port at start-up: "Embedded PostgreSQL is running on port N")
#   --generate            first insert 900,000 top-level comments + 2 replies on each of 50,000 of them
#                         (= 1,000,000 comments) on --challenge, then VACUUM ANALYZE. Writes to the database:
#                         use a throw-away data directory. Without it the rows already there are measured.
#   --challenge ID        challenge that gets the generated comments (default: the dialogue's first)
#   --runs N              runs of each side, alternating app/COPY (default 3)
#   --out DIR             where the CSV files go (default a temp dir, removed at the end)
#
# What it measures, per run:
#   app   wall time of `curl GET /dialogues/SLUG/export.csv` (curl's time_total, body written to a local file),
#         VmRSS of the JVM just before the request, and the highest VmRSS sampled every 100 ms during it
#         (a sampler can miss a peak shorter than 100 ms), and, where /proc/<pid>/clear_refs may be written
#         (same user with ptrace rights, or root), the kernel's exact peak VmHWM after resetting it;
#   copy  wall time of `psql -c "\copy (<the query ContributionRows runs>) to FILE with (format csv, header)"`
#         for the same dialogue, language 'en', without hidden content or identities, whole date range —
#         the same rows the database has to produce, streamed to the client by COPY instead of JDBC + CSV.
# Both include their client's start-up (curl, psql) and connection. Row counts are taken with python's csv
# module (cells may span lines). The export rate limit is 30 per hour per account.
# Keep the query below in step with src/main/java/org/commonground/export/ContributionRows.java.
set -euo pipefail

base_url=http://localhost:8095
slug=geita-district-gold-mining-dialogue
jar=""
user=amina.kombo@demo.commonground.example
password=Geita-Dialogue-2026
pid=""
pg_host=localhost
pg_port=5432
pg_user=postgres
pg_db=postgres
generate=false
challenge=""
runs=3
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --base-url) base_url=$2; shift 2 ;;
    --slug) slug=$2; shift 2 ;;
    --cookie-jar) jar=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    --pid) pid=$2; shift 2 ;;
    --pg-host) pg_host=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    --pg-user) pg_user=$2; shift 2 ;;
    --pg-db) pg_db=$2; shift 2 ;;
    --generate) generate=true; shift ;;
    --challenge) challenge=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

cleanup_out=false
if [ -z "$out" ]; then out=$(mktemp -d); cleanup_out=true; fi
mkdir -p "$out"
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_db" "$@"; }

# The application's JVM: the process listening on the base URL's port, unless given.
if [ -z "$pid" ]; then
  port=$(echo "$base_url" | sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#')
  pid=$(ss -ltnpH "sport = :${port:-80}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
fi
[ -r "/proc/$pid/status" ] || { echo "no process $pid to read the RSS of (use --pid)" >&2; exit 1; }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status"; }

dialogue_id=$(psql_ -At -c "select id from dialogue where slug = '$slug'")
[ -n "$dialogue_id" ] || { echo "no dialogue $slug" >&2; exit 1; }

# Step 3 (optional): 1,000,000 comments from ten demo authors (so that the participant numbering, a
# window over every contribution of the dialogue, has work to do), one in fifty with a formula-like
# first character and a line break, timestamps one second apart.
if $generate; then
  [ -n "$challenge" ] || challenge=$(psql_ -At -c "select min(id) from challenge where dialogue_id = $dialogue_id")
  echo "generating 1,000,000 comments on challenge $challenge of dialogue $dialogue_id …"
  psql_ <<SQL
insert into comment (dialogue_id, target_type, target_id, parent_id, depth, author_id, author_group_id,
                     body_source, body_html, created_at)
select $dialogue_id, 'CHALLENGE', $challenge, null, 0, a.id, a.stakeholder_group_id,
       case when n % 50 = 0 then '=Bulk comment ' || n || E', with a formula-like start\nand a second line "quoted"'
            else 'Bulk comment ' || n || ': mercury vapour from amalgam burning near homes is a problem for our families, ' || md5(n::text) end,
       '<p>Bulk comment ' || n || '</p>', timestamptz '2026-01-01' + n * interval '1 second'
from generate_series(1, 900000) n
join (select id, stakeholder_group_id, row_number() over (order by id) - 1 as k
      from account where stakeholder_group_id is not null order by id limit 10) a
  on a.k = (n::bigint * 7919) % least(10, (select count(*) from account where stakeholder_group_id is not null));
insert into comment (dialogue_id, target_type, target_id, parent_id, depth, author_id, author_group_id,
                     body_source, body_html, created_at)
select p.dialogue_id, p.target_type, p.target_id, p.id, 1, a.id, a.stakeholder_group_id,
       'Bulk reply ' || r || ' to ' || p.id, '<p>Bulk reply</p>', p.created_at + r * interval '1 minute'
from (select * from comment where target_type = 'CHALLENGE' and target_id = $challenge and parent_id is null
        and body_source like 'Bulk comment %' order by id desc limit 50000) p
cross join generate_series(1, 2) r
join (select id, stakeholder_group_id, row_number() over (order by id) - 1 as k
      from account where stakeholder_group_id is not null order by id limit 10) a
  on a.k = (p.id + r) % least(10, (select count(*) from account where stakeholder_group_id is not null));
update comment p set reply_count = (select count(*) from comment r where r.parent_id = p.id)
where p.target_type = 'CHALLENGE' and p.target_id = $challenge and p.parent_id is null
  and p.id in (select parent_id from comment where parent_id is not null);
update challenge set comment_count = (select count(*) from comment where target_type = 'CHALLENGE'
  and target_id = $challenge) where id = $challenge;
vacuum analyze comment;
SQL
fi

# Sign in (GET /login for the XSRF cookie and the form's _csrf, then POST /login).
if [ -z "$jar" ] || [ ! -s "$jar" ]; then
  jar=${jar:-$out/cookies.txt}
  csrf=$(curl -fs -c "$jar" -b "$jar" "$base_url/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
  code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base_url/login")
  [ "$code" = 302 ] || { echo "sign-in failed ($code)" >&2; exit 1; }
fi

# The query ContributionRows runs, with its parameters filled in (language en, no hidden content,
# no identities, from the epoch to 9999-01-01), on one line for psql's \copy.
query="with participants as (
  select author_id, row_number() over (order by min(created_at), author_id) as n
  from export_contribution where dialogue_id = $dialogue_id group by author_id
)
select e.type, e.id, e.parent_id, e.challenge_id, e.version, e.paragraph_key, e.created_at,
       e.author_group_code, coalesce(e.author_group_labels ->> 'en', e.author_group_labels ->> 'en'), p.n,
       null, e.title, e.text, e.status, e.visibility, e.endorsements, e.disposition,
       e.disposition_reason, e.depth, e.language, e.recorded_for, e.recorded_on,
       coalesce(e.recorded_checked, false), e.recorded_meeting, e.recorded_channel,
       coalesce(e.recorded_weighted, false), t.language, t.title, t.text, coalesce(t.out_of_date, false)
from export_contribution e
join participants p on p.author_id = e.author_id
left join export_translation t on t.kind = case e.type when 'CHALLENGE' then 'CHALLENGE' else 'COMMENT' end
  and t.id = e.id and t.language = 'en'
where e.dialogue_id = $dialogue_id and (false or e.challenge_visibility = 'VISIBLE')
  and e.created_at >= timestamptz '1970-01-01 00:00:00+00' and e.created_at < timestamptz '9999-01-01 00:00:00+00'
order by e.sort_group, e.id"
query=$(echo "$query" | tr '\n' ' ')

count_rows() { python3 -c 'import csv,sys; r=csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")); next(r); print(sum(1 for _ in r))' "$1"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "dialogue $slug (id $dialogue_id), JVM pid $pid, $runs runs each, files in $out"
printf '%-5s %-4s %9s %10s %10s %9s %9s %12s %9s\n' side run 'time s' 'rss0 MiB' 'peak MiB' 'peak/rss0' 'HWM MiB' 'bytes' rows
app_times=(); copy_times=(); ratios=()
for i in $(seq 1 "$runs"); do
  # a. the application's export, sampling the JVM's RSS every 100 ms meanwhile
  # VmHWM (the kernel's own peak RSS) is reset where allowed (writing 5 to clear_refs), so it gives the
  # exact peak of this export as well; otherwise it is the process's peak since start and shown as '-'.
  hwm_reset=false
  if echo 5 2>/dev/null > "/proc/$pid/clear_refs"; then hwm_reset=true; fi
  before=$(rss_kb)
  peak_file=$out/peak.$i
  echo "$before" > "$peak_file"
  ( peak=$before; while :; do r=$(rss_kb) || break; [ "$r" -gt "$peak" ] && { peak=$r; echo "$peak" > "$peak_file"; }; sleep 0.1; done ) &
  sampler=$!
  t=$(curl -s -b "$jar" -H 'Accept-Language: en' -o "$out/export.$i.csv" -w '%{time_total} %{http_code}' \
    "$base_url/dialogues/$slug/export.csv")
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  code=${t#* }; t=${t% *}
  [ "$code" = 200 ] || { echo "export answered $code" >&2; exit 1; }
  peak=$(cat "$peak_file")
  hwm=-; if $hwm_reset; then hwm=$(( $(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status") / 1024 )); fi
  ratio=$(echo "scale=3; $peak / $before" | bc)
  app_times+=("$t"); ratios+=("$ratio")
  printf '%-5s %-4s %9.2f %10.0f %10.0f %9.2f %9s %12s %9s\n' app "$i" "$t" "$(echo "$before/1024" | bc)" \
    "$(echo "$peak/1024" | bc)" "$ratio" "$hwm" "$(stat -c %s "$out/export.$i.csv")" "$(count_rows "$out/export.$i.csv")"

  # b. the baseline: the same query, client-side COPY through psql
  start=$(date +%s.%N)
  psql_ -c "\\copy ($query) to '$out/copy.$i.csv' with (format csv, header)"
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  copy_times+=("$t")
  printf '%-5s %-4s %9.2f %10s %10s %9s %9s %12s %9s\n' copy "$i" "$t" - - - - \
    "$(stat -c %s "$out/copy.$i.csv")" "$(count_rows "$out/copy.$i.csv")"
done

app_median=$(median "${app_times[@]}")
copy_median=$(median "${copy_times[@]}")
echo
echo "median export time  $app_median s"
echo "median COPY time    $copy_median s"
echo "time ratio app/COPY $(echo "scale=2; $app_median / $copy_median" | bc)   (bar: <= 3)"
echo "peak/before RSS     ${ratios[*]}   (bar: <= 1.25)"
if $cleanup_out; then rm -rf "$out"; fi
