#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when core/, ui/ or app/ use a POSIX-only header or call: Carteiro runs
# on Windows and macOS too, so the program's code goes through Qt's portable
# APIs (QFile, QProcess, QStandardPaths, QLocalServer, QLockFile ...). Linux-only
# tooling belongs in scripts and tests. Prints each finding as FILE:LINE: text.
#   bash packaging/check-portable.sh [ROOT]        (ctest: portable_code_check)
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"

# Headers that exist only on POSIX systems.
headers='unistd\.h|sys/[A-Za-z0-9_/]+\.h|fcntl\.h|pwd\.h|grp\.h|dirent\.h|termios\.h|poll\.h|dlfcn\.h'
headers+='|netinet/[a-z_]+\.h|arpa/[a-z_]+\.h|netdb\.h|pthread\.h|syslog\.h|spawn\.h|signal\.h|strings\.h'
headers+='|libgen\.h|glob\.h|fnmatch\.h|semaphore\.h|sched\.h|ifaddrs\.h|err\.h|utmp\.h'
# Calls that exist only on POSIX systems (a free function, not a member: the
# character before the name is not part of an identifier, "." or "->").
calls='fork|vfork|execv|execve|execvp|execl|execlp|waitpid|wait3|getuid|geteuid|getgid|getpid|getppid'
calls+='|kill|killpg|pipe|pipe2|dup|dup2|usleep|nanosleep|mkstemp|mkdtemp|realpath|isatty|fsync|fdatasync'
calls+='|fileno|setenv|unsetenv|getpwuid|getpwnam|strerror_r|mmap|munmap|umask|symlink|readlink|lchown'
calls+='|chown|fchmod|gettimeofday|sigaction|sigprocmask|alarm|setsid|daemon|posix_spawn|ftruncate'
calls+='|opendir|readdir|closedir|sysconf|getrlimit|setrlimit|inet_ntop|inet_pton|socketpair'
# POSIX's unqualified file calls spelled with the global scope, "::open(".
global='open|close|read|write|stat|lstat|fstat|unlink|rmdir|mkdir|sleep|access|chmod|rename|link|select|poll'

status=0
while IFS= read -r hit; do
  echo "$hit"
  status=1
done < <(
  grep -rnE --include='*.cpp' --include='*.h' --include='*.mm' \
    -e "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($headers)[>\"]" \
    -e "(^|[^A-Za-z0-9_.>:])($calls)[[:space:]]*\(" \
    -e "(^|[^A-Za-z0-9_])::($global)[[:space:]]*\(" \
    core ui app 2>/dev/null | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(//|\*)' || true
)
if [ $status != 0 ]; then
  echo "check-portable: POSIX-only headers or calls above; use Qt's portable API instead" >&2
else
  echo "check-portable: core/, ui/ and app/ use no POSIX-only header or call"
fi
exit $status
