#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Search benchmark (tests/bench/README.md, "Search"): COUNT generated messages
# (maildir-gen.py, 100000 by default) in one Maildir, the same files for all:
#   indexing   bench_search (store import, then the full-text index) beside
#              `notmuch new` and `mu index` on the same Maildir;
#   queries    `carteiro-cli search --local` beside `notmuch search` and
#              `mu find`, each a fresh process, medians of RUNS, at most 10000
#              hits printed by each;
#   filter     the quick filter per keystroke on the list holding every row.
# Needs: the build (bench_search, carteiro-cli), notmuch, maildir-utils (mu).
#   bash tests/bench/search.sh [COUNT] [RUNS]
# SEARCH_BENCH_QUERIES_ONLY=1 reuses the indexes of an earlier run (queries only).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${CARTEIRO_BUILD_DIR:-$here/build}
count=${1:-100000}
runs=${2:-5}
work=${SEARCH_BENCH_DIR:-/tmp/carteiro-search-bench-$count}
cli=$build/app/cli/carteiro-cli
bench=$build/tests/bench_search
for tool in notmuch mu python3; do
    command -v $tool >/dev/null || { echo "missing $tool (apt-get install notmuch maildir-utils)"; exit 1; }
done
mkdir -p "$work"
maildir=$work/mail
if [ ! -d "$maildir/cur" ]; then
    python3 "$here/tests/bench/maildir-gen.py" --folder "$maildir" --count "$count" | tail -1
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# time_s CMD...: wall seconds of one run (output discarded).
time_s() { python3 - "$@" <<'PY'
import subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
print(f"{time.monotonic() - t:.4f}")
PY
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

export NOTMUCH_CONFIG=$work/notmuch-config
if [ "${SEARCH_BENCH_QUERIES_ONLY:-0}" = 1 ] && [ -f "$work/store.sqlite" ] && [ -d "$work/mu" ]; then
    echo "== indexing skipped (SEARCH_BENCH_QUERIES_ONLY=1): the indexes in $work are reused"
else
echo "== indexing $count messages"
rm -f "$work/store.sqlite"*
account="imap:bench@localhost:143"
QT_QPA_PLATFORM=offscreen "$bench" --maildir "$maildir" --store "$work/store.sqlite" --account "$account" \
    | tee "$work/carteiro.txt"
export NOTMUCH_CONFIG=$work/notmuch-config
rm -rf "$maildir/.notmuch" "$work/mu"
printf '[database]\npath=%s\n[user]\nname=Bench\nprimary_email=bench@example.test\n[new]\ntags=new\n[search]\nexclude_tags=\n[maildir]\nsynchronize_flags=false\n' \
    "$maildir" > "$NOTMUCH_CONFIG"
echo "notmuch_new_s=$(time_s notmuch new --quiet)"
mu init --muhome="$work/mu" --maildir="$maildir" >/dev/null
echo "mu_index_s=$(time_s mu index --muhome="$work/mu" --quiet)"
fi

# One query in each tool's own words, same meaning.
query() { # name carteiro-query notmuch-query mu-query
    local name=$1 cq=$2 nq=$3 mq=$4 c n m
    c=$(for i in $(seq "$runs"); do time_s "$cli" search --server imap://localhost:143 --user bench \
            --store "$work/store.sqlite" --local $cq; done | median)
    n=$(for i in $(seq "$runs"); do time_s notmuch search --output=messages --limit=10000 $nq; done | median)
    m=$(for i in $(seq "$runs"); do time_s mu find --muhome="$work/mu" --maxnum=10000 $mq; done | median)
    hits_c=$("$cli" search --server imap://localhost:143 --user bench --store "$work/store.sqlite" --local $cq | wc -l)
    hits_n=$(notmuch search --output=messages --limit=10000 $nq | wc -l)
    # mu find exits non-zero when nothing matches: the count is still 0.
    hits_m=$( (mu find --muhome="$work/mu" --maxnum=10000 $mq 2>/dev/null || true) | wc -l)
    best=$(printf '%s\n%s\n' "$n" "$m" | sort -g | head -1)
    printf '%-28s carteiro %6.3f s (%5d hits)  notmuch %6.3f s (%5d)  mu %6.3f s (%5d)  ratio to the faster %.2fx\n' \
        "$name" "$c" "$hits_c" "$n" "$hits_n" "$m" "$hits_m" "$(echo "$c / $best" | bc -l)"
}
echo "== queries (medians of $runs, wall time of a fresh process)"
query "rare word" "configuration" "configuration" "configuration"
query "sender" "from:gisele" "from:gisele" "from:gisele"
query "two words" "budget quarter" "budget and quarter" "budget and quarter"
query "subject word" "subject:agenda" "subject:agenda" "subject:agenda"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
