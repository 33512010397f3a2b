#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark (not a test): N small messages (default 1000) queued in a throw-away
# outbox, then `carteiro-cli outbox flush` sends them over one connection to the
# lab's Postfix (submission, STARTTLS, AUTH), beside the raw pipelined exchange
# of the same bytes to the same Postfix (raw-pipelined.py: the floor) and beside
# msmtp (Debian package, installed with apt when missing; one process and one
# connection per message, as msmtp works), in the same run. Prints wall time and
# client CPU (user+sys) per client, medians of R runs, and the ratios.
# Messages go to carol (not bob) so that the lab tests' mailbox stays small.
# Needs the lab running (tests/lab/mail-lab.sh start) and a build.
#
#   bash tests/bench/outbox-flush.sh [count] [runs]
#   CARTEIRO_BENCH_SKIP_MSMTP=1 ...   (only carteiro and the raw exchange)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-1000}
runs=${2:-3}
cli=${CARTEIRO_CLI:-$here/build/app/cli/carteiro-cli}
eval "$(bash "$here/tests/lab/mail-lab.sh" env)"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export CARTEIRO_PASSWORD=$CARTEIRO_LAB_PASSWORD_ALICE
a=$CARTEIRO_LAB_USER_ALICE c=$CARTEIRO_LAB_USER_CAROL
inbox=$CARTEIRO_LAB_DIR/mail/${c#*@}/${c%@*}/Maildir   # carol's INBOX (tests/lab/mail-lab.sh)
host=$CARTEIRO_LAB_HOST port=$CARTEIRO_LAB_SUBMISSION_PORT
url="smtp://$host:$port"
skip_msmtp=${CARTEIRO_BENCH_SKIP_MSMTP:-}

if [ -z "$skip_msmtp" ] && ! command -v msmtp >/dev/null; then
  echo "installing msmtp (apt)..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq msmtp >/dev/null
fi

# N small messages, each its own file (the very bytes every client sends).
mkdir -p "$work/msg"
python3 - "$work/msg" "$count" "$a" "$c" <<'PY'
import sys, email.utils
d, n, frm, to = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
for i in range(n):
    body = ("Message %d of the outbox flush benchmark.\r\n" % i) * 8
    msg = ("From: Alice <%s>\r\nTo: <%s>\r\nSubject: outbox bench %d\r\nDate: %s\r\n"
           "Message-ID: <bench-%d-%s>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n%s") % (
        frm, to, i, email.utils.formatdate(), i, email.utils.make_msgid()[1:-1], body)
    open("%s/%05d.eml" % (d, i), "w", newline="").write(msg)
PY

{
  echo "defaults"
  echo "tls on"
  echo "tls_starttls on"
  echo "tls_trust_file $CARTEIRO_LAB_CA_FILE"
  echo "account lab"
  echo "host $host"
  echo "port $port"
  echo "auth plain"
  echo "user $a"
  echo "passwordeval echo \"\$CARTEIRO_PASSWORD\""
  echo "from $a"
  echo "account default : lab"
} > "$work/msmtprc"
chmod 600 "$work/msmtprc"

now() { date +%s.%N; }
# Each client starts on an idle server: Postfix has delivered the previous
# client's 1000 messages (its queue folders are empty), or 120 s have passed.
# Otherwise each client competes with the deliveries of the one before it, on
# two cores, and the ratios swing by half.
# The delivered copies are then removed from carol's INBOX (only there: her
# bench10k/bench100k folders stay): Dovecot's delivery into a Maildir scans the
# folder, so an INBOX growing by 2000 messages a run made every run slower than
# the one before (77,803 files after a day of runs: the raw floor went from 1.3 s
# to 3.0 s within one set).
drain() {
  local spool=$CARTEIRO_LAB_DIR/postfix/spool i
  for ((i = 0; i < 1200; i++)); do
    if [ -z "$(find "$spool/maildrop" "$spool/incoming" "$spool/active" "$spool/deferred" -type f 2>/dev/null | head -1)" ]; then
      find "$inbox/new" "$inbox/cur" -maxdepth 1 -type f -delete 2>/dev/null || true
      return 0
    fi
    sleep 0.1
  done
}
# CPU of this shell's reaped children (cutime + cstime), in clock ticks.
cpu() { awk '{print $16 + $17}' /proc/$$/stat; }
tick=$(getconf CLK_TCK)
record() { # name t0 t1 c0 c1
  echo "$(awk -v a="$2" -v b="$3" 'BEGIN{print b-a}') $(( $5 - $4 ))" >> "$work/$1"
  echo "run $r: $1 $(tail -1 "$work/$1") (wall s, cpu ticks); load $(cut -d' ' -f1 /proc/loadavg)" >&2
}

for ((r = 1; r <= runs; r++)); do
  # Queue (not timed): Send later, far away, so that nothing goes before the flush.
  store="$work/outbox-$r.sqlite"
  for f in "$work"/msg/*.eml; do
    "$cli" send --queue --store "$store" --server "$url" --user "$a" --ca-file "$CARTEIRO_LAB_CA_FILE" \
      --from "$a" --to "$c" --message "$f" --send-at 2099-01-01T00:00:00Z >/dev/null
  done
  queued=$("$cli" outbox list --json --store "$store" | grep -c '"state":"queued"' || true)
  [ "$queued" = "$count" ] || { echo "queued $queued of $count"; exit 1; }

  drain; c0=$(cpu); t0=$(now)
  "$cli" outbox flush --store "$store" > "$work/flush.out" 2> "$work/flush.err" ||
    { echo "flush failed:"; tail -5 "$work/flush.err"; exit 1; }
  t1=$(now); c1=$(cpu)
  record carteiro "$t0" "$t1" "$c0" "$c1"
  left=$("$cli" outbox list --json --store "$store" | wc -l)
  [ "$left" = 0 ] || { echo "$left messages left in the outbox after flush"; exit 1; }

  drain; c0=$(cpu); t0=$(now)
  python3 "$here/tests/bench/raw-pipelined.py" --bdat "$host" "$port" "$CARTEIRO_LAB_CA_FILE" "$a" "$a" "$c" \
    "$work"/msg/*.eml >/dev/null
  t1=$(now); c1=$(cpu)
  record raw "$t0" "$t1" "$c0" "$c1"

  if [ -z "$skip_msmtp" ]; then
    drain; c0=$(cpu); t0=$(now)
    for f in "$work"/msg/*.eml; do
      msmtp -C "$work/msmtprc" -f "$a" "$c" < "$f"
    done
    t1=$(now); c1=$(cpu)
    record msmtp "$t0" "$t1" "$c0" "$c1"
  fi
done

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
printf '%s messages, %s runs, medians; load average %s\n' "$count" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %9s %9s\n' client wall_s cpu_s
for n in carteiro raw msmtp; do
  [ -f "$work/$n" ] || continue
  printf '%-10s %9.3f %9.2f\n' "$n" "$(col $n 1)" "$(awk -v t="$(col $n 2)" -v k="$tick" 'BEGIN{print t/k}')"
done
echo
printf 'carteiro/raw wall %sx (goal: at most 1.2x)' "$(div "$(col carteiro 1)" "$(col raw 1)")"
[ -f "$work/msmtp" ] && printf '   carteiro/msmtp wall %sx' "$(div "$(col carteiro 1)" "$(col msmtp 1)")"
echo
