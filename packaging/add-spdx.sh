#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file says its licence in one line:
#   // SPDX-License-Identifier: GPL-3.0-or-later      (C++)
#   # SPDX-License-Identifier: GPL-3.0-or-later       (CMake, shell, Python)
# first in the file, or right after a "#!" line.
#
#   bash packaging/add-spdx.sh           adds the line where it is missing (idempotent)
#                                        and empties packaging/spdx-pending.txt
#   bash packaging/add-spdx.sh --check   lists the files without it; fails when one
#                                        is not in packaging/spdx-pending.txt (files
#                                        from before the rule, until the script is run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pending=packaging/spdx-pending.txt
id='SPDX-License-Identifier: GPL-3.0-or-later'

sources() {
  git ls-files -- '*.cpp' '*.h' '*.mm' '*.cmake' '*.sh' '*.py' 'CMakeLists.txt' '*/CMakeLists.txt' \
    ':!:tests/data/**' | sort -u
}
comment_for() {
  case "$1" in
    *.cpp|*.h|*.mm) printf '// %s' "$id" ;;
    *) printf '# %s' "$id" ;;
  esac
}

# One awk over every file: those without the line in their first three lines.
mapfile -t missing < <(sources | while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done |
  tr '\n' '\0' | xargs -0 -r awk 'FNR == 1 { if (name != "" && !seen) print name; name = FILENAME; seen = 0 }
    FNR <= 3 && /SPDX-License-Identifier:/ { seen = 1 }
    END { if (name != "" && !seen) print name }')

if [ "${1:-}" = --check ]; then
  new=()
  for f in "${missing[@]}"; do
    grep -qxF "$f" "$pending" 2>/dev/null || new+=("$f")
  done
  echo "add-spdx: ${#missing[@]} source files without an SPDX line (${#new[@]} not listed in $pending)"
  for f in "${new[@]}"; do echo "  missing: $f"; done
  [ ${#new[@]} -eq 0 ] || { echo "add-spdx: add the line to the files above (bash packaging/add-spdx.sh)" >&2; exit 1; }
  exit 0
fi

for f in "${missing[@]}"; do
  line=$(comment_for "$f")
  tmp=$(mktemp)
  if head -n 1 "$f" | grep -q '^#!'; then
    { head -n 1 "$f"; printf '%s\n' "$line"; tail -n +2 "$f"; } > "$tmp"
  else
    { printf '%s\n' "$line"; cat "$f"; } > "$tmp"
  fi
  cat "$tmp" > "$f" # keeps the file's mode
  rm -f "$tmp"
done
: > "$pending"
echo "add-spdx: added the line to ${#missing[@]} files"
