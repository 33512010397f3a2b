#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark (not a test): initial header sync of a 10k and a 100k folder, in the
# same run, same Dovecot folder, same TLS (implicit TLS), same AUTH (LOGIN):
#   floor            raw pipelined LOGIN/SELECT/UID FETCH 1:* (UID FLAGS INTERNALDATE
#                    RFC822.SIZE ENVELOPE BODYSTRUCTURE), bytes only counted
#                    (imap-floor.py)
#   neomutt-cold     neomutt opening the folder, empty header cache, quits at the index
#   neomutt-warm     the same with the header cache of the previous run
#   mbsync-noop      mbsync resync with nothing changed (after one full download)
#   carteiro-initial carteiro-cli sync into an empty store
#   carteiro-reopen  carteiro-cli sync again, same store, nothing changed
#   carteiro-first   an initial sync into an empty store, until the server completed
#                    the first UID FETCH chunk (the newest rows, stored right after;
#                    first-rows.py reads the --trace transcript), then stopped;
#                    its first chunk is a screen's worth (--first-chunk, 50)
#   gui-count        the GUI (engine, message list and view offscreen, wired as the
#                    main window; tests/gui/FirstRowsLabBench.cpp) opening the account
#                    cold: until the list shows the server's count (placeholder rows),
#   gui-first        ... and until its top visible row is a real message; both from
#                    the process start, like the others
# Reports medians of N runs of wall time, client CPU (user+sys), bytes the server
# sent (Dovecot's "out=" for the session) and peak RSS, with ratios against neomutt
# (empty cache) and the floor. The machine is shared: load averages are printed
# beside the figures.
#
# The data: user carol (tests/lab/mail-lab.sh), folder bench10k / bench100k / bench<N>
# with COUNT generated ~4.4 KB messages written straight into her Maildir by
# maildir-gen.py; kept between runs (regenerated only when the count is off). Dovecot
# indexes it and its cache is pre-warmed (a field is cached after two requests) by
# running the floor three times before measuring; every client also gets one
# unmeasured warm-up run.
#
#   sudo bash tests/bench/header-sync.sh [COUNT...]     (default: 10000 100000)
# Knobs: RUNS (default 5; 3 for 100k and more), CARTEIRO_CLI, CARTEIRO_CLI_BASELINE (an
# older carteiro-cli: its first rows measured in the same runs, row "baseline-first";
# a before/after under the same load), CARTEIRO_GUI_TESTS
# (build/tests/gui_tests; NO_GUI=1 skips the GUI rows), NO_MBSYNC=1.
# Needs root (writes into the lab's Maildir as its owner, installs neomutt, isync and
# time with apt when they are missing) and the lab running (mail-lab.sh start).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bench=$here/tests/bench
cli=${CARTEIRO_CLI:-$here/build/app/cli/carteiro-cli}
gui_tests=${CARTEIRO_GUI_TESTS:-$here/build/tests/gui_tests}
baseline=${CARTEIRO_CLI_BASELINE:-}
[ -z "$baseline" ] || [ -x "$baseline" ] || { echo "CARTEIRO_CLI_BASELINE is not an executable: $baseline" >&2; exit 2; }
py=/usr/bin/python3                     # not a pyenv shim: it adds ~1 s to every start
[ $# -gt 0 ] && counts=("$@") || counts=(10000 100000)
for c in "${counts[@]}"; do [[ $c =~ ^[1-9][0-9]*$ ]] || { echo "COUNT must be a positive number (got '$c')" >&2; exit 2; }; done
[ "$(id -u)" = 0 ] || { echo "header-sync.sh must run as root (it writes into the lab's Maildir)" >&2; exit 1; }
[ -x "$py" ] || py=$(command -v python3)
bash "$here/tests/lab/mail-lab.sh" status >/dev/null 2>&1 ||
  { echo "the mail lab is not running: bash tests/lab/mail-lab.sh start" >&2; exit 1; }
eval "$(bash "$here/tests/lab/mail-lab.sh" env)"
user=$CARTEIRO_LAB_USER_CAROL pass=$CARTEIRO_LAB_PASSWORD_CAROL
host=$CARTEIRO_LAB_HOST port=$CARTEIRO_LAB_IMAPS_PORT ca=$CARTEIRO_LAB_CA_FILE
# neomutt (GnuTLS) and mbsync do not match the certificate's IP address entry: they
# connect by its DNS name "localhost" (same 127.0.0.1, full certificate check)
tls_name=localhost
getent hosts localhost | grep -q "^$host " || { echo "localhost must resolve to $host" >&2; exit 1; }
dlog=$CARTEIRO_LAB_DIR/log/dovecot.log
GEN_VERSION=1                           # bump when maildir-gen.py's output changes
work=$(mktemp -d /tmp/header-sync.XXXXXX); trap 'rm -rf "$work"' EXIT
say() { printf '[header-sync] %s\n' "$*" >&2; }

# --- tools ------------------------------------------------------------------------
missing=()
for p in neomutt isync time; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qx 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  { apt-get -o DPkg::Lock::Timeout=600 update &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y \
      --no-install-recommends "${missing[@]}"; } </dev/null >"$work/apt.log" 2>&1 ||
    { tail -20 "$work/apt.log" >&2; exit 1; }
fi

# --- the benchmark user -------------------------------------------------------------
# mail-lab.sh lists carol, but a lab started before she was added lacks her. Dovecot's
# passwd-file passdb/userdb re-reads the file when it changes, so adding the line
# suffices (no restart); env.sh gets her exports so 'start' sees matching settings.
users=$CARTEIRO_LAB_DIR/dovecot/users
if ! grep -q "^$user:" "$users"; then
  say "adding $user to the running lab ($users)"
  echo "$user:{PLAIN}$pass::::::" >> "$users"
  if ! bash "$here/tests/lab/mail-lab.sh" env | cmp -s - "$CARTEIRO_LAB_DIR/env.sh" &&
     { cat "$CARTEIRO_LAB_DIR/env.sh"; bash "$here/tests/lab/mail-lab.sh" env | grep CAROL; } |
       cmp -s - <(bash "$here/tests/lab/mail-lab.sh" env); then
    bash "$here/tests/lab/mail-lab.sh" env | grep CAROL >> "$CARTEIRO_LAB_DIR/env.sh"
  fi
fi
curl -sS --max-time 20 --cacert "$ca" --url "imaps://$host:$port/" -u "$user:$pass" \
  -X 'LIST "" "*"' >/dev/null || { echo "cannot log in to the lab as $user" >&2; exit 1; }
maildir=$CARTEIRO_LAB_MAILDIR_ROOT/carol/Maildir   # created by Dovecot at the login above
[ -d "$maildir" ] || { echo "no Maildir at $maildir after logging in as $user" >&2; exit 1; }
owner=$(stat -c '%u %g' "$maildir")

# --- helpers ------------------------------------------------------------------------
folder_of() { # count -> folder name
  if (($1 % 1000 == 0)); then echo "bench$(($1 / 1000))k"; else echo "bench$1"; fi
}

floor() { # folder -> "bytes=B fetch=F"
  "$py" "$bench/imap-floor.py" "$host" "$port" "$user" "$pass" "$1" "$ca"
}

prepare_folder() { # count folder: generate if needed, let Dovecot index it, warm its cache
  local count=$1 folder=$2 dir=$maildir/.$2 have out i
  have=$( (find "$dir/cur" -maxdepth 1 -type f 2>/dev/null || true) | wc -l)
  if [ "$(cat "$dir/carteiro-bench.done" 2>/dev/null)" = "$count $GEN_VERSION" ] && [ "$have" = "$count" ]; then
    say "$folder: $count messages already there"
  else
    say "$folder: generating $count messages ($have found)"
    rm -rf "$dir"
    # shellcheck disable=SC2086
    set -- $owner
    "$py" "$bench/maildir-gen.py" --folder "$dir" --count "$count" --uid "$1" --gid "$2" >&2
    echo "$count $GEN_VERSION" > "$dir/carteiro-bench.done"
    chown "$1:$2" "$dir/carteiro-bench.done"
  fi
  for i in 1 2 3; do   # index, then two requests so Dovecot caches ENVELOPE/BODYSTRUCTURE
    out=$(floor "$folder")
    say "$folder: warm-up $i: $out"
  done
  [[ $out == *" fetch=$count" ]] || { echo "$folder: the server returned $out, expected $count FETCH responses" >&2; exit 1; }
}

session_bytes() { # log offset -> sum of Dovecot's out= for carol's sessions since then
  # Waits until every login of carol since the offset has its logout/disconnect line.
  local off=$1 k text logins outs
  for ((k = 0; k < 100; k++)); do
    text=$(tail -c +$((off + 1)) "$dlog")
    logins=$(grep -c "imap-login: Info: Login: user=<$user>" <<<"$text" || true)
    outs=$(grep -E -c "^.*imap\\($user\\).* out=[0-9]+" <<<"$text" || true)
    if [ "$logins" -gt 0 ] && [ "$logins" = "$outs" ]; then
      grep -E -o "imap\\($user\\).* out=[0-9]+" <<<"$text" | sed -E 's/.* out=//' |
        awk '{s += $1} END {print s}'
      return 0
    fi
    sleep 0.1
  done
  echo "no logout line for $user in $dlog" >&2; echo 0
}

measure() { # name command... -> appends "wall cpu rss_kb bytes" to $work/$name
  local name=$1 off; shift
  off=$(stat -c %s "$dlog")
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" </dev/null >"$work/$name.out" 2>"$work/err" ||
    { echo "$name failed:"; tail -5 "$work/err"; tail -5 "$work/$name.out"; exit 1; } >&2
  awk -v b="$(session_bytes "$off")" '{printf "%s %.2f %s %s\n", $1, $2 + $3, $4, b}' "$work/t" >> "$work/$name"
}

neomutt_cmd() { # folder -> nm_cmd: open the folder read-only in a terminal, quit at the index
  local cmd
  cmd=$(printf 'stty rows 50 cols 160; exec neomutt -n -F %q -R -f %q -e %q' \
          "$work/muttrc" "imaps://$tls_name:$port/$1" 'push <quit>')
  nm_cmd=(env TERM=xterm timeout 900 script -qec "$cmd" /dev/null)
}

cat > "$work/muttrc" <<EOF
set imap_user="$user"
set imap_pass="$pass"
set imap_authenticators="login"
set ssl_force_tls=yes
set ssl_ca_certificates_file="$ca"
set folder="imaps://$tls_name:$port/"
set certificate_file="$work/neomutt-certificates"
set header_cache="$work/hcache/"
source "$bench/neomutt-common.rc"
set imap_check_subscribed=no
set imap_idle=no
set imap_condstore=no
set imap_qresync=no
set mail_check_stats=no
set tmpdir="$work"
EOF
cp "$ca" "$work/neomutt-certificates"
mkdir -p "$work/hcache"

have_mbsync=0; [ "${NO_MBSYNC:-0}" = 1 ] || have_mbsync=1
have_gui=0
if [ "${NO_GUI:-0}" != 1 ] && [ -x "$gui_tests" ] &&
   "$gui_tests" --gtest_list_tests --gtest_filter='FirstRowsBench.*' 2>/dev/null | grep -q LabFolderColdOpen; then
  have_gui=1
else say "no FirstRowsBench in $gui_tests (or NO_GUI=1): GUI rows skipped"; fi
gui_probe() { # folder -> "gui_count_s=... gui_first_rows_s=..." (one cold open)
  CARTEIRO_BENCH_FOLDER=$1 QT_QPA_PLATFORM=offscreen "$gui_tests" --gtest_filter='FirstRowsBench.*' 2>&1 |
    grep '^gui_count_s=' || { echo "the GUI probe failed on $1:" >&2
      CARTEIRO_BENCH_FOLDER=$1 QT_QPA_PLATFORM=offscreen "$gui_tests" --gtest_filter='FirstRowsBench.*' 2>&1 | tail -15 >&2
      exit 1; }
}
have_carteiro=0
if [ -x "$cli" ] && "$cli" sync --help >/dev/null 2>&1; then have_carteiro=1
else say "carteiro-cli has no 'sync' command ($cli): Carteiro rows skipped"; fi

div() { awk -v a="$1" -v b="$2" 'BEGIN {if (b == 0) print "-"; else printf "%.2f", a / b}'; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }

for count in "${counts[@]}"; do
  folder=$(folder_of "$count")
  runs=${RUNS:-$((count >= 100000 ? 3 : 5))}
  rm -f "$work"/{floor,neomutt-cold,neomutt-warm,mbsync-noop,carteiro-initial,carteiro-reopen,carteiro-first,baseline-first,gui-count,gui-first}
  say "$folder: preparing ($(uptime | sed 's/.*load/load/'))"
  prepare_folder "$count" "$folder"

  # unmeasured warm-ups: each client's requests reach Dovecot's cache at least twice
  rm -rf "$work/hcache"; mkdir -p "$work/hcache"
  neomutt_cmd "$folder"
  mb_cmd=(mbsync -c "$work/mbsyncrc" -q "$folder")
  # AUTH PLAIN with SASL-IR: one round trip, like the others' LOGIN
  cc_cmd=(env CARTEIRO_PASSWORD="$pass" "$cli" sync --server "imaps://$host:$port" --user "$user"
          --auth PLAIN --folder "$folder" --ca-file "$ca" --stats --store)
  "${nm_cmd[@]}" </dev/null >/dev/null
  if [ $have_mbsync = 1 ]; then
    rm -rf "$work/mbsync"; mkdir -p "$work/mbsync"
    cat > "$work/mbsyncrc" <<EOF
FSync no
IMAPAccount lab
Host $tls_name
Port $port
User $user
Pass $pass
SSLType IMAPS
CertificateFile $ca
AuthMechs LOGIN

IMAPStore lab-remote
Account lab

MaildirStore lab-local
Path $work/mbsync/
Inbox $work/mbsync/INBOX
SubFolders Verbatim

Channel $folder
Far :lab-remote:$folder
Near :lab-local:$folder
Create Near
Sync Pull
Expunge None
SyncState *
EOF
    t0=$EPOCHREALTIME
    "${mb_cmd[@]}"
    t1=$EPOCHREALTIME
    say "$folder: mbsync full download (fsync off, not in the table): $(div $((10#${t1//[.,]/} - 10#${t0//[.,]/})) 1000000) s"
  fi
  [ $have_carteiro = 1 ] && { rm -f "$work/warm.db"*; "${cc_cmd[@]}" "$work/warm.db" >/dev/null; }
  [ $have_gui = 1 ] && gui_probe "$folder" >/dev/null
  load_before=$(uptime | sed 's/.*load average: //')

  for ((i = 1; i <= runs; i++)); do
    say "$folder: run $i/$runs"
    measure floor "$py" "$bench/imap-floor.py" "$host" "$port" "$user" "$pass" "$folder" "$ca"
    grep -q " fetch=$count\$" "$work/floor.out" ||   # e.g. 'mail-lab.sh clear' emptied it
      { echo "$folder changed during the run: floor got $(cat "$work/floor.out")" >&2; exit 1; }
    rm -rf "$work/hcache"; mkdir -p "$work/hcache"
    measure neomutt-cold "${nm_cmd[@]}"
    measure neomutt-warm "${nm_cmd[@]}"
    [ $have_mbsync = 1 ] && measure mbsync-noop "${mb_cmd[@]}"
    if [ $have_carteiro = 1 ]; then
      rm -f "$work/store.db"*
      measure carteiro-initial "${cc_cmd[@]}" "$work/store.db"
      cp "$work/carteiro-initial.out" "$work/carteiro-initial.stats.$i"
      measure carteiro-reopen "${cc_cmd[@]}" "$work/store.db"
      rm -f "$work/first.db"*
      off=$(stat -c %s "$dlog")
      "$py" "$bench/first-rows.py" "${cc_cmd[@]}" "$work/first.db" --trace |
        sed -n 's/^first_rows_s=//p' >> "$work/carteiro-first"
      session_bytes "$off" >/dev/null   # its session is over before the next run counts
    fi
    if [ -n "$baseline" ] && [ $have_carteiro = 1 ]; then
      rm -f "$work/first.db"*
      off=$(stat -c %s "$dlog")
      "$py" "$bench/first-rows.py" "${cc_cmd[@]:0:2}" "$baseline" "${cc_cmd[@]:3}" "$work/first.db" --trace |
        sed -n 's/^first_rows_s=//p' >> "$work/baseline-first"
      session_bytes "$off" >/dev/null
    fi
    if [ $have_gui = 1 ]; then
      off=$(stat -c %s "$dlog")
      g=$(gui_probe "$folder")
      sed -n 's/.*gui_count_s=\([0-9.]*\).*/\1/p' <<<"$g" >> "$work/gui-count"
      sed -n 's/.*gui_first_rows_s=\([0-9.]*\).*/\1/p' <<<"$g" >> "$work/gui-first"
      session_bytes "$off" >/dev/null
    fi
  done
  load_after=$(uptime | sed 's/.*load average: //')

  echo
  echo "== $folder: $count messages, $runs runs, medians; load average before $load_before, after $load_after =="
  nw=$(col neomutt-cold 1) fw=$(col floor 1)
  printf '%-17s %8s %8s %12s %10s %9s %9s\n' scenario wall_s cpu_s bytes x_neomutt x_floor rss_MB
  for n in floor neomutt-cold neomutt-warm mbsync-noop carteiro-initial carteiro-reopen; do
    [ -s "$work/$n" ] || continue
    w=$(col "$n" 1)
    printf '%-17s %8.2f %8.2f %12.0f %10s %9s %9.1f\n' "$n" "$w" "$(col "$n" 2)" "$(col "$n" 4)" \
      "$(div "$w" "$nw")" "$(div "$w" "$fw")" "$(div "$(col "$n" 3)" 1024)"
  done
  for n in carteiro-first baseline-first gui-count gui-first; do
    [ -s "$work/$n" ] || continue
    w=$(median < "$work/$n")
    printf '%-17s %8.3f %8s %12s %10s %9s %9s\n' "$n" "$w" - - "$(div "$w" "$nw")" "$(div "$w" "$fw")" -
  done
  fb=$(col floor 4) nb=$(col neomutt-cold 4)
  echo "bytes: what Dovecot sent in the session (its logout line's out=); neomutt-cold $(div "$nb" "$fb")x the floor's"
  # neomutt must really have loaded every header: its cold session carries at least
  # the header fields of each message (~0.3 KB each here), and the floor fetched all
  if [ "$nb" -lt $((count * 300)) ]; then
    echo "WARNING: neomutt-cold received only $nb bytes for $count messages: did it load the folder?"
  fi
  if [ $have_carteiro = 1 ]; then
    echo "carteiro-initial bytes $(div "$(col carteiro-initial 4)" "$fb")x the floor's"
    echo "goals (tests/bench/README.md): initial sync $(div "$(col carteiro-initial 1)" "$nw")x neomutt (<= 0.5)," \
         "$(div "$(col carteiro-initial 1)" "$fw")x the floor (<= 1.5)"
    [ $have_mbsync = 1 ] &&
      echo "  reopen $(div "$(col carteiro-reopen 1)" "$(col mbsync-noop 1)")x mbsync's no-change resync (<= 0.5)"
    [ -s "$work/carteiro-first" ] &&
      echo "  first rows $(div "$nw" "$(median < "$work/carteiro-first")")x sooner than neomutt shows anything (>= 20)"
    [ -s "$work/baseline-first" ] &&
      echo "  baseline ($baseline): first rows $(div "$nw" "$(median < "$work/baseline-first")")x sooner"
    [ -s "$work/gui-first" ] &&
      echo "  GUI: the count $(div "$nw" "$(median < "$work/gui-count")")x, the first real rows" \
           "$(div "$nw" "$(median < "$work/gui-first")")x sooner than neomutt shows anything (>= 20)"
    echo "carteiro --stats (last initial run):"; sed 's/^/  /' "$work/carteiro-initial.out"
  else
    echo "carteiro: no 'sync' command in $cli yet; no Carteiro rows"
  fi
done
