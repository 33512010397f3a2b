#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark (not a test): a 25 MB attachment sent to the lab's submission port by
# carteiro-cli, curl -T and swaks, in the same run, same server, same TLS
# (implicit TLS on 465, each client's own choice of AUTH mechanism). "carteiro"
# composes (base64) and sends; "carteiro-ready" sends the very file curl -T sends.
# Reports the median of N runs of wall time, client CPU (user+sys) and peak RSS,
# and carteiro's memory growth (peak RSS sending 25 MB minus sending a tiny
# message). Needs the lab running (tests/lab/mail-lab.sh start) and a build.
#
#   bash tests/bench/send-25mb.sh [runs]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
cli=${CARTEIRO_CLI:-$here/build/app/cli/carteiro-cli}
eval "$(bash "$here/tests/lab/mail-lab.sh" env)"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
head -c $((25 * 1024 * 1024)) /dev/urandom > "$work/big.bin"
echo tiny > "$work/tiny.txt"
url="smtps://$CARTEIRO_LAB_HOST:$CARTEIRO_LAB_SUBMISSIONS_PORT"
export CARTEIRO_PASSWORD=$CARTEIRO_LAB_PASSWORD_ALICE
a=$CARTEIRO_LAB_USER_ALICE b=$CARTEIRO_LAB_USER_BOB

# The same message bytes for curl: carteiro composes it once (not timed).
"$cli" send --server "$url" --user "$a" --from "$a" --to "$b" --subject bench-prep \
  --attach "$work/big.bin" --ca-file "$CARTEIRO_LAB_CA_FILE" --save-message "$work/message.eml" >/dev/null

measure() { # name command... -> appends "wall cpu rss_kb" to $work/name
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null 2>"$work/err" ||
    { echo "$name failed:"; tail -5 "$work/err"; exit 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/t" >> "$work/$name"
}

for ((i = 1; i <= runs; i++)); do
  measure carteiro "$cli" send --server "$url" --user "$a" --from "$a" --to "$b" --subject "bench $i" \
    --attach "$work/big.bin" --ca-file "$CARTEIRO_LAB_CA_FILE"
  measure carteiro-ready "$cli" send --server "$url" --user "$a" --from "$a" --to "$b" \
    --message "$work/message.eml" --ca-file "$CARTEIRO_LAB_CA_FILE"
  measure carteiro-tiny "$cli" send --server "$url" --user "$a" --from "$a" --to "$b" \
    --subject "bench tiny $i" --attach "$work/tiny.txt" --ca-file "$CARTEIRO_LAB_CA_FILE"
  measure curl curl -sS --url "$url" --cacert "$CARTEIRO_LAB_CA_FILE" --user "$a:$CARTEIRO_PASSWORD" \
    --mail-from "$a" --mail-rcpt "$b" -T "$work/message.eml"
  measure swaks swaks --server "$CARTEIRO_LAB_HOST:$CARTEIRO_LAB_SUBMISSIONS_PORT" --tlsc \
    --auth-user "$a" --auth-password "$CARTEIRO_PASSWORD" --from "$a" --to "$b" \
    --header "Subject: bench swaks $i" --attach @"$work/big.bin" --suppress-data
done
bash "$here/tests/lab/mail-lab.sh" clear >/dev/null 2>&1 || true

div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.4f", a / b}'; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
printf '%-14s %9s %9s %10s\n' client wall_s cpu_s peak_rss_MB
for n in carteiro carteiro-ready carteiro-tiny curl swaks; do
  printf '%-14s %9s %9s %10.1f\n' "$n" "$(col $n 1)" "$(col $n 2)" "$(div "$(col $n 3)" 1024)"
done
cw=$(col carteiro 1) uw=$(col curl 1) sw=$(col swaks 1)
cr=$(col carteiro 3) tr=$(col carteiro-tiny 3)
echo
printf 'carteiro/curl wall  %.2fx   carteiro/swaks wall %.2fx   (runs: %d, medians)\n' \
  "$(div "$cw" "$uw")" "$(div "$cw" "$sw")" "$runs"
printf 'carteiro --message (same bytes as curl -T)/curl wall %.2fx  cpu %.2fx\n' \
  "$(div "$(col carteiro-ready 1)" "$uw")" "$(div "$(col carteiro-ready 2)" "$(col curl 2)")"
printf 'carteiro/curl cpu   %.2fx\n' "$(div "$(col carteiro 2)" "$(col curl 2)")"
printf 'carteiro memory growth for 25 MB: %.1f MB (peak RSS %.1f MB vs %.1f MB for a tiny message)\n' \
  "$(div "$((cr - tr))" 1024)" "$(div "$cr" 1024)" "$(div "$tr" 1024)"
