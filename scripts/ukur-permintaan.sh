#!/usr/bin/env bash
# Per-request cost of one page or API call (docs/performa.md): server CPU, database transactions
# and spring_session writes per request, over N sequential requests of a signed-in client.
#   scripts/ukur-permintaan.sh BASE_URL APP_PID PG_PORT USERNAME PASSWORD PATH [N]
# PATH starting with /api uses HTTP Basic; anything else signs in through the form once.
set -euo pipefail
BASE=$1 PID=$2 PGPORT=$3 USERNAME=$4 PASSWORD=$5 HALAMAN=$6 N=${7:-200}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
sql() { psql -qAt -h localhost -p "$PGPORT" -U postgres -d postgres -c "$1"; }
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
snap() {
  sql "select (select xact_commit + xact_rollback from pg_stat_database where datname = 'postgres'),
              (select n_tup_upd + n_tup_ins + n_tup_del from pg_stat_user_tables where relname = 'spring_session'),
              (select coalesce(sum(n_tup_upd + n_tup_ins + n_tup_del), 0) from pg_stat_user_tables
                 where relname = 'spring_session_attributes')"
}
if [[ $HALAMAN != /api* ]]; then
  CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$CSRF" "$BASE/login"
  AUTH=(-b "$JAR" -c "$JAR")
else
  AUTH=(-u "$USERNAME:$PASSWORD")
fi
# warm up
for _ in $(seq 1 20); do curl -s -o /dev/null "${AUTH[@]}" "$BASE$HALAMAN"; done
KODE=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$BASE$HALAMAN")
sleep 2
IFS='|' read -r X0 S0 A0 <<<"$(snap)"; C0=$(cpu); T0=$(date +%s%N)
for _ in $(seq 1 "$N"); do curl -s -o /dev/null "${AUTH[@]}" "$BASE$HALAMAN"; done
T1=$(date +%s%N); C1=$(cpu); sleep 2
IFS='|' read -r X1 S1 A1 <<<"$(snap)"
HZ=$(getconf CLK_TCK)
awk -v n="$N" -v c="$((C1 - C0))" -v hz="$HZ" -v x="$((X1 - X0))" -v s="$((S1 - S0))" -v a="$((A1 - A0))" \
    -v t="$(( (T1 - T0) / 1000000 ))" -v kode="$KODE" -v h="$HALAMAN" -v la="$(cut -d' ' -f1 /proc/loadavg)" \
  'BEGIN { printf "%s (HTTP %s): %.1f ms CPU/req, %.2f transaksi DB/req, %.2f tulis spring_session/req, %.2f tulis atribut/req, %.1f ms/req berurutan, load %s\n",
           h, kode, c * 1000 / hz / n, x / n, s / n, a / n, t / n, la }'
