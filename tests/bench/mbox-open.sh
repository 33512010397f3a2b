#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Opening a big mbox file (not a test; run by hand): SIZE_MB (1024) of generated
# mail (mbox-gen.py), read in the same run by
#   neomutt          neomutt -R -f FILE in a terminal, quitting at the index: it
#                    reads every message before it shows anything, so its one
#                    time is both its first rows and its full index
#   cli-first/full   carteiro-cli fetch --server mbox:FILE --list --json: the
#                    first line printed, and the whole list (peak RSS too)
#   gui-first/full   the main window (tests/gui/LocalMailboxBench.cpp, offscreen):
#                    first rows in the message list, the index finished, the GUI
#                    thread's longest stall meanwhile, peak RSS
# The file is read once before the runs, so every reader finds it in the page
# cache (the machine has the memory for it); medians of RUNS (3), with ratios
# against neomutt, and the load average.
#   bash tests/bench/mbox-open.sh [SIZE_MB] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bench=$here/tests/bench
build=${CARTEIRO_BUILD_DIR:-$here/build}
cli=$build/app/cli/carteiro-cli
gui_tests=$build/tests/gui_tests
size_mb=${1:-1024}
runs=${2:-3}
work=${CARTEIRO_BENCH_DIR:-/tmp/carteiro-mbox-bench}
mkdir -p "$work"
say() { echo "mbox-open: $*" >&2; }
command -v neomutt >/dev/null || { say "neomutt is missing: apt-get install neomutt"; exit 1; }
[ -x "$cli" ] || { say "no $cli: build first"; exit 1; }

file=$work/bench-${size_mb}MB.mbox
if [ "$(cat "$file.done" 2>/dev/null)" != "$size_mb" ]; then
  say "generating $size_mb MB"
  python3 "$bench/mbox-gen.py" --out "$file" --size $((size_mb * 1024 * 1024)) >&2
  echo "$size_mb" > "$file.done"
fi
cat "$file" > /dev/null # into the page cache, for every reader alike

cat > "$work/muttrc" <<EOF
source "$bench/neomutt-common.rc"
set mbox_type=mbox
set folder="$work"
set tmpdir="$work"
EOF
nm_cmd=(env TERM=xterm timeout 900 script -qec
  "$(printf 'stty rows 50 cols 160; exec neomutt -n -F %q -R -f %q -e %q' "$work/muttrc" "$file" 'push <quit>')"
  /dev/null)

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf (b > 0 ? "%.3f" : "-"), a / b}'; }
rm -f "$work"/{neomutt,cli,gui}
load_before=$(uptime | sed 's/.*load average: //')
for ((i = 1; i <= runs; i++)); do
  say "run $i/$runs"
  /usr/bin/time -f '%e %M' -o "$work/t" "${nm_cmd[@]}" > /dev/null
  read -r wall rss < "$work/t"; echo "$wall $rss" >> "$work/neomutt"
  line=$(/usr/bin/time -f '%M' -o "$work/t" python3 "$bench/first-line.py" "$cli" fetch --server "mbox:$file" --list --json)
  first=$(sed -n 's/.*first_line_s=\([0-9.]*\).*/\1/p' <<<"$line")
  total=$(sed -n 's/.*total_s=\([0-9.]*\).*/\1/p' <<<"$line")
  echo "$first $total $(cat "$work/t") $(sed -n 's/.*lines=\([0-9]*\).*/\1/p' <<<"$line")" >> "$work/cli"
  if [ -x "$gui_tests" ]; then
    g=$(CARTEIRO_BENCH_MBOX=$file QT_QPA_PLATFORM=offscreen "$gui_tests" --gtest_filter='LocalMailboxBench.*' 2>&1 |
        grep '^gui_first_rows_s=') || { say "the GUI probe failed"; exit 1; }
    sed -E 's/gui_[a-z_]+=//g' <<<"$g" >> "$work/gui"
  fi
done
load_after=$(uptime | sed 's/.*load average: //')
nm=$(col neomutt 1)
echo
echo "== $file: $(stat -c %s "$file") bytes, $(col cli 4) messages, $runs runs, medians; load average before $load_before, after $load_after =="
printf '%-30s %9s %10s %8s\n' scenario wall_s x_neomutt rss_MB
printf '%-30s %9s %10s %8s\n' "neomutt (index shown)" "$nm" 1 "$(div "$(col neomutt 2)" 1024)"
printf '%-30s %9s %10s %8s\n' "carteiro-cli first row" "$(col cli 1)" "$(div "$(col cli 1)" "$nm")" -
printf '%-30s %9s %10s %8s\n' "carteiro-cli whole list" "$(col cli 2)" "$(div "$(col cli 2)" "$nm")" "$(div "$(col cli 3)" 1024)"
if [ -s "$work/gui" ]; then
  printf '%-30s %9s %10s %8s\n' "window: first rows" "$(col gui 1)" "$(div "$(col gui 1)" "$nm")" -
  printf '%-30s %9s %10s %8s\n' "window: index finished" "$(col gui 2)" "$(div "$(col gui 2)" "$nm")" "$(col gui 5)"
  echo "window: $(col gui 3) rows; longest GUI-thread stall while indexing $(col gui 4) ms"
fi
