#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# mail-lab.sh - Carteiro's mail lab: real Postfix + Dovecot on loopback, for
# integration tests and demos, plus GNU Mailutils imap4d/pop3d as a second IMAP and
# POP3 server implementation (its own ports, its own mail store), and a second mail
# domain (acme.test: its own Postfix + Dovecot on 127.0.0.3) reached through real MX
# records served by dnsmasq (lib/domain2.sh). No systemd; all state lives in one
# directory and the system's own /etc/postfix, /etc/dovecot and /etc/resolv.conf are
# never touched.
# Adapted from the tested reference recipe (shared/reference/mail-sandbox.sh).
#
#   bash tests/lab/mail-lab.sh start    # install if missing, configure, start (idempotent)
#   bash tests/lab/mail-lab.sh verify   # end-to-end check with swaks/curl/openssl
#   bash tests/lab/mail-lab.sh status   # exit 0 only if every daemon runs
#   bash tests/lab/mail-lab.sh env      # shell exports (eval "$(... env)")
#   bash tests/lab/mail-lab.sh clear    # empty every mailbox, servers keep running
#   bash tests/lab/mail-lab.sh stop     # stop exactly the daemons started here
#   bash tests/lab/mail-lab.sh restart  # stop + start (new certificates, empty mail)
#   bash tests/lab/mail-lab.sh install  # only install the packages
#   bash tests/lab/mail-lab.sh queue    # both Postfix queues (postqueue -p), labelled
#   bash tests/lab/mail-lab.sh flush    # retry every deferred message now (postqueue -f)
#   bash tests/lab/mail-lab.sh stop-domain2 | start-domain2   # the second domain's MTA down / up
#   bash tests/lab/mail-lab.sh stop-imap | start-imap         # Dovecot (example.test) down / up
#
# Needs root for start/stop/restart/clear/install (Postfix refuses to start
# otherwise). Debian 12 (bookworm). Knobs (all optional):
#   CARTEIRO_LAB_DIR          state dir                 (default /tmp/carteiro-lab)
#   CARTEIRO_LAB_HOST         main listen address       (default 127.0.0.1, treated as
#                                                        "local"/secure by Dovecot)
#   CARTEIRO_LAB_HOST2        second listen address     (default 127.0.0.2, NOT secure for
#                                                        Dovecot: LOGINDISABLED before STARTTLS)
#   CARTEIRO_LAB_PORT_OFFSET  added to standard ports   (default 10000 -> 10587 ...;
#                                                        0 -> 25/587/465/143/993/110/995)
#   CARTEIRO_LAB_DOMAIN       mail domain               (default example.test)
#   CARTEIRO_LAB_DOMAIN2      the second mail domain    (default acme.test)
#   CARTEIRO_LAB_HOST3        its server's address      (default 127.0.0.3)
#   CARTEIRO_LAB_DNS_HOST     the DNS server's address, port 53 (default 127.53.X.Y
#                             from the port offset: X.Y = offset / 256, offset % 256)
#   CARTEIRO_LAB_MX_MODE      static: no MX lookups, the transport maps name the other
#                             MX host (default: dns where unshare --mount works)
#   CARTEIRO_LAB_NO_INSTALL=1 never call apt-get
# Users: alice/alicepass and bob/bobpass; log in as "alice" or "alice@example.test".
# carol/carolpass is the benchmark user (tests/bench/header-sync.sh fills her folders).
# Second domain: dave/davepass and erin/erinpass; log in as "dave" or "dave@acme.test".
#
# Why 127.0.0.2: Dovecot 2.3 marks a connection "secured" when it uses TLS, when
# the client IP is in login_trusted_networks, or when the client IP equals the
# local (listening) IP. Linux routes all of 127/8 to lo and picks source address
# 127.0.0.1 for it ("local 127.0.0.0/8 dev lo ... src 127.0.0.1"), so a client
# connecting to 127.0.0.1 is "secured" (AUTH=PLAIN, LOGIN before STARTTLS), while
# a client connecting to 127.0.0.2 comes from 127.0.0.1 != 127.0.0.2 and is not
# (LOGINDISABLED, PRIVACYREQUIRED). There is no Dovecot 2.3 setting that turns the
# same-IP rule off; what must hold is login_trusted_networks staying EMPTY (it is
# set explicitly below) and disable_plaintext_auth = yes. A client that binds its
# own source address to 127.0.0.2 would be "secured" again.
# shellcheck disable=SC2016  # bash -c '...' bodies expand their own "$0/$1"
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"

LAB_DIR=${CARTEIRO_LAB_DIR:-/tmp/carteiro-lab}
LAB_DIR=${LAB_DIR%/}
HOST=${CARTEIRO_LAB_HOST:-127.0.0.1}
HOST2=${CARTEIRO_LAB_HOST2:-127.0.0.2}
OFF=${CARTEIRO_LAB_PORT_OFFSET:-10000}
DOMAIN=${CARTEIRO_LAB_DOMAIN:-example.test}
USERS="alice:alicepass bob:bobpass carol:carolpass"  # carol: benchmarks only
DOMAIN2=${CARTEIRO_LAB_DOMAIN2:-acme.test}
HOST3=${CARTEIRO_LAB_HOST3:-127.0.0.3}
USERS2="dave:davepass erin:erinpass"
# resolv.conf cannot name a port, so the DNS server is on port 53 of an address of
# its own per lab (two labs with different offsets run side by side)
DNS_SERVER=${CARTEIRO_LAB_DNS_HOST:-127.53.$((${CARTEIRO_LAB_PORT_OFFSET:-10000} >> 8 & 255)).$((${CARTEIRO_LAB_PORT_OFFSET:-10000} & 255))}

SMTP_PORT=$((OFF + 25))         # MX-like SMTP: no AUTH, STARTTLS optional, no relay, HOST only
SUBMISSION_PORT=$((OFF + 587))  # submission, STARTTLS required before AUTH
SUBMISSIONS_PORT=$((OFF + 465)) # submission over implicit TLS
IMAP_PORT=$((OFF + 143))        # IMAP + STARTTLS
IMAPS_PORT=$((OFF + 993))       # IMAP implicit TLS
POP3_PORT=$((OFF + 110))        # POP3 + STLS
POP3S_PORT=$((OFF + 995))       # POP3 implicit TLS
# GNU Mailutils (the "other" server): 1000 above the Dovecot ports, HOST only
MU_IMAP_PORT=$((OFF + 1143))    # imap4d, STARTTLS offered (tls-mode stls)
MU_IMAPS_PORT=$((OFF + 1993))   # imap4d, implicit TLS
MU_POP3_PORT=$((OFF + 1110))    # pop3d, STLS offered
MU_POP3S_PORT=$((OFF + 1995))   # pop3d, implicit TLS

PF_CONF=$LAB_DIR/postfix/etc
PF_QUEUE=$LAB_DIR/postfix/spool
PF_PIDFILE=$PF_QUEUE/pid/master.pid
DC_CONF=$LAB_DIR/dovecot/dovecot.conf
DC_RUN=$LAB_DIR/dovecot/run
DC_PIDFILE=$DC_RUN/master.pid
MU_DIR=$LAB_DIR/mailutils
MU_IMAP_PIDFILE=$MU_DIR/run/imap4d.pid
MU_POP3_PIDFILE=$MU_DIR/run/pop3d.pid
MU_MAIL=$MU_DIR/mail                 # $MU_MAIL/<user>/INBOX and other folders, Maildir
PF2_CONF=$LAB_DIR/postfix2/etc       # the second domain's Postfix and Dovecot
PF2_QUEUE=$LAB_DIR/postfix2/spool
PF2_PIDFILE=$PF2_QUEUE/pid/master.pid
DC2_CONF=$LAB_DIR/dovecot2/dovecot.conf
DC2_RUN=$LAB_DIR/dovecot2/run
DC2_PIDFILE=$DC2_RUN/master.pid
DNS_DIR=$LAB_DIR/dns
DNS_CONF=$DNS_DIR/dnsmasq.conf
DNS_PIDFILE=$DNS_DIR/dnsmasq.pid
RESOLV_CONF=$DNS_DIR/resolv.conf     # bind-mounted over /etc/resolv.conf for Postfix only
PIDS_FILE=$LAB_DIR/lab.pids          # "name pid starttime" of the masters we started
MARKER=$LAB_DIR/.carteiro-mail-lab
LOCK_FILE=$LAB_DIR.lock              # beside the dir: the dir itself is recreated
CERT=$LAB_DIR/tls/cert.pem
KEY=$LAB_DIR/tls/key.pem
WRONG_CERT=$LAB_DIR/tls/wrong-ca.pem  # unrelated self-signed cert: "wrong CA" for tests
MAILDIR_ROOT=$LAB_DIR/mail/$DOMAIN   # user maildirs: $MAILDIR_ROOT/<user>/Maildir
MAILDIR_ROOT2=$LAB_DIR/mail/$DOMAIN2
MSG_SIZE_LIMIT=41943040              # 40 MiB: a 25 MB attachment is ~34.6 MB in base64
VMAIL_USER=vmail
PKGS=(postfix dovecot-imapd dovecot-pop3d dovecot-lmtpd mailutils-imap4d mailutils-pop3d openssl dnsmasq-base)
VERIFY_PKGS=(swaks libnet-ssleay-perl curl)   # swaks needs Net::SSLeay for TLS
POLICY_RC=/usr/sbin/policy-rc.d
POLICY_MARK="# temporary, written by carteiro mail-lab.sh"

log() { printf '[mail-lab] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

case $LAB_DIR in /?*) ;; *) die "CARTEIRO_LAB_DIR must be an absolute path (got '$LAB_DIR')";; esac
case $HOST in 127.*) ;; *) die "CARTEIRO_LAB_HOST must be a loopback address (127.x)";; esac
case $HOST2 in 127.*) ;; *) die "CARTEIRO_LAB_HOST2 must be a loopback address (127.x)";; esac
case $HOST3 in 127.*) ;; *) die "CARTEIRO_LAB_HOST3 must be a loopback address (127.x)";; esac
case $DNS_SERVER in 127.*) ;; *) die "CARTEIRO_LAB_DNS_HOST must be a loopback address (127.x)";; esac
[ "$HOST3" != "$HOST" ] && [ "$HOST3" != "$HOST2" ] || die "CARTEIRO_LAB_HOST3 must differ from HOST and HOST2"
[ "$DOMAIN" != "$DOMAIN2" ] || die "CARTEIRO_LAB_DOMAIN and CARTEIRO_LAB_DOMAIN2 must differ"
[ "$HOST" != "$HOST2" ] || die "CARTEIRO_LAB_HOST and CARTEIRO_LAB_HOST2 must differ"
[[ $OFF =~ ^[0-9]+$ ]] || die "CARTEIRO_LAB_PORT_OFFSET must be a number"

T0=$EPOCHREALTIME
elapsed() { # seconds since the script started, one decimal
  local now=$EPOCHREALTIME us
  us=$(( 10#${now//[.,]/} - 10#${T0//[.,]/} ))
  echo "$((us / 1000000)).$((us / 100000 % 10))"
}
need_root() { [ "$(id -u)" = 0 ] || die "'$1' must run as root"; }

take_lock() { # serialise start/stop/clear between concurrent callers
  mkdir -p "$(dirname "$LAB_DIR")"
  exec 9>>"$LOCK_FILE"
  flock -w 900 9 || die "timed out waiting for $LOCK_FILE"
}

# ---------------------------------------------------------------- processes ---
proc_start_time() { # pid -> kernel start time, fails if gone or a zombie
  local s; read -r s 2>/dev/null < "/proc/$1/stat" || return 1
  s=${s##*) }
  # shellcheck disable=SC2086
  set -- $s                              # $1 = state, $20 = start time (field 22)
  [ "$1" != Z ] && echo "${20}"
}

recorded_start() { # name -> start time recorded by 'start', fails if none
  [ -r "$PIDS_FILE" ] || return 1
  local n p t
  while read -r n p t; do [ "$n" = "$1" ] && { echo "$p $t"; return 0; }; done < "$PIDS_FILE"
  return 1
}

DAEMONS="dns dovecot dovecot2 postfix postfix2 imap4d pop3d"   # in start order

pidfile_of() { # daemon name -> its pid file
  case $1 in
    dns) echo "$DNS_PIDFILE" ;;           dovecot) echo "$DC_PIDFILE" ;;
    dovecot2) echo "$DC2_PIDFILE" ;;      postfix) echo "$PF_PIDFILE" ;;
    postfix2) echo "$PF2_PIDFILE" ;;      imap4d) echo "$MU_IMAP_PIDFILE" ;;
    pop3d) echo "$MU_POP3_PIDFILE" ;;     *) die "unknown daemon $1" ;;
  esac
}

pid_from() { # daemon-name [any] -> pid, only if it is OUR live daemon
  # ("any": also one that runs from this lab dir's config but was not started by us)
  local f p c st rec want
  f=$(pidfile_of "$1")
  [ -s "$f" ] || return 1
  p=$(tr -dc '0-9' < "$f")               # Postfix pads its pid file with spaces
  [ -n "$p" ] || return 1
  st=$(proc_start_time "$p") || return 1 # gone, or a zombie
  case $1 in   # guard against a stale pid file whose pid was recycled
    dovecot|dovecot2|imap4d|pop3d|dns)
      case $1 in
        dovecot) want="-c $DC_CONF " ;;   dovecot2) want="-c $DC2_CONF " ;;
        dns) want="--conf-file=$DNS_CONF " ;;  *) want="--config-file=$MU_DIR/$1.conf " ;;
      esac
      c=$(tr '\0' ' ' 2>/dev/null < "/proc/$p/cmdline") || return 1
      [[ $c == *"$want"* ]] || return 1 ;;
    postfix|postfix2)
      want=$PF_CONF; [ "$1" = postfix2 ] && want=$PF2_CONF
      if c=$(tr '\0' '\n' 2>/dev/null < "/proc/$p/environ"); then
        [[ $'\n'$c$'\n' == *$'\n'"MAIL_CONFIG=$want"$'\n'* ]] || return 1
      else [ "$(cat "/proc/$p/comm" 2>/dev/null)" = master ] || return 1; fi ;;
  esac
  if [ "${2:-}" != any ] && rec=$(recorded_start "$1"); then  # pid + start time must match
    [ "$rec" = "$p $st" ] || return 1
  fi
  echo "$p"
}

record_pid() { # name pid -- remember a daemon we started ("name pid starttime")
  { grep -v "^$1 " "$PIDS_FILE" 2>/dev/null || true
    printf '%s %s %s\n' "$1" "$2" "$(proc_start_time "$2")"; } > "$PIDS_FILE.new"
  mv -f "$PIDS_FILE.new" "$PIDS_FILE"
}

children_of() { # pid -> "pid:starttime" of its direct children (no procps needed)
  local master=$1 d s
  for d in /proc/[0-9]*; do
    read -r s 2>/dev/null < "$d/stat" || continue
    s=${s##*) }
    # shellcheck disable=SC2086
    set -- $s                                    # $2 = ppid, $20 = start time
    [ "$2" = "$master" ] && echo "${d#/proc/}:${20}"
  done
  return 0
}

# ------------------------------------------------------------------ install ---
remove_own_policy() { # only ever remove the policy-rc.d this script wrote
  if [ -f "$POLICY_RC" ] && grep -qxF "$POLICY_MARK" "$POLICY_RC" 2>/dev/null; then
    rm -f "$POLICY_RC"
  fi
}

install_packages() {
  local missing=() p installed
  installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${PKGS[@]}" "${VERIFY_PKGS[@]}" 2>/dev/null || true)
  for p in "${PKGS[@]}" "${VERIFY_PKGS[@]}"; do
    grep -qx "$p install ok installed" <<<"$installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "${CARTEIRO_LAB_NO_INSTALL:-0}" = 1 ] && die "missing packages: ${missing[*]}"
  log "installing: ${missing[*]}"
  # "No configuration": no /etc/postfix/main.cf, no prompt, no system MTA set up.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  # Keep the packages' init scripts from starting system-wide daemons on 0.0.0.0.
  # Only where no policy-rc.d exists (Docker-style images ship one): a pre-existing
  # file is never modified or deleted; ours carries a marker line and is removed
  # again, even if we are interrupted.
  local own_policy=0
  if [ ! -e "$POLICY_RC" ] && [ ! -L "$POLICY_RC" ]; then
    printf '#!/bin/sh\n%s\nexit 101\n' "$POLICY_MARK" > "$POLICY_RC"
    chmod 755 "$POLICY_RC"; own_policy=1
    trap 'remove_own_policy' EXIT
  fi
  local rc=0 aptlog; aptlog=$(mktemp)
  {
    apt-get -o DPkg::Lock::Timeout=600 update &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y \
      --no-install-recommends "${missing[@]}"
  } </dev/null >"$aptlog" 2>&1 9>&- || rc=$?
  if [ $own_policy = 1 ]; then remove_own_policy; trap - EXIT; fi
  [ $rc = 0 ] || { tail -n 30 "$aptlog" >&2; die "apt-get failed ($rc), log: $aptlog"; }
  rm -f "$aptlog"
}

LAB_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib
# shellcheck source=lib/configs.sh
source "$LAB_LIB/configs.sh"
# shellcheck source=lib/domain2.sh
source "$LAB_LIB/domain2.sh"
# shellcheck source=lib/verify.sh
source "$LAB_LIB/verify.sh"

# ------------------------------------------------------------ start / stop ---
probe() { # host port logout-command [tls|tcp] -- one try: greeting seen, then log out politely
  local out
  if [ "${4:-}" = tcp ]; then   # bare connect, no fork: the port is bound and accepting
    { exec 3<>"/dev/tcp/$1/$2"; } 2>/dev/null || return 1
    exec 3>&-; return 0
  elif [ "${4:-}" = tls ]; then
    out=$(printf '%s\r\n' "$3" | timeout 5 openssl s_client -connect "$1:$2" -quiet 2>/dev/null | head -n1) || true
  else
    out=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" && head -n1 <&3 && printf "%s\r\n" "$2" >&3' \
          "$1" "$2" "$3" 2>/dev/null) || true
  fi
  [[ $out =~ ^(220\ |\*\ OK|\+OK) ]]
}

wait_greeting() { # host port logout-command [tls]
  local i
  for ((i = 0; i < 100; i++)); do probe "$@" && return 0; sleep 0.1; done
  die "no greeting on $1:$2 (see $LAB_DIR/log)"
}

all_listeners() { # owner host port logout greet|tls|tcp -- one line per listener
  # Each master binds every listener before it returns, so a full greeting (auth
  # ready, TLS working) is awaited once per daemon and kind; the other listeners
  # only need to accept a connection. This keeps 'start' fast.
  cat <<EOF
postfix $HOST $SMTP_PORT QUIT greet
postfix $HOST $SUBMISSION_PORT QUIT greet
postfix $HOST2 $SUBMISSIONS_PORT QUIT tls
dovecot $HOST2 $IMAP_PORT a_LOGOUT greet
dovecot $HOST $IMAPS_PORT a_LOGOUT tls
dovecot $HOST $POP3_PORT QUIT greet
dovecot $HOST2 $POP3S_PORT QUIT tls
postfix $HOST2 $SUBMISSION_PORT QUIT tcp
postfix $HOST $SUBMISSIONS_PORT QUIT tcp
dovecot $HOST $IMAP_PORT a_LOGOUT tcp
dovecot $HOST2 $IMAPS_PORT a_LOGOUT tcp
dovecot $HOST2 $POP3_PORT QUIT tcp
dovecot $HOST $POP3S_PORT QUIT tcp
imap4d $HOST $MU_IMAP_PORT a_LOGOUT greet
imap4d $HOST $MU_IMAPS_PORT a_LOGOUT tls
pop3d $HOST $MU_POP3_PORT QUIT greet
pop3d $HOST $MU_POP3S_PORT QUIT tls
postfix2 $HOST3 $SMTP_PORT QUIT greet
postfix2 $HOST3 $SUBMISSION_PORT QUIT tcp
postfix2 $HOST3 $SUBMISSIONS_PORT QUIT tcp
dovecot2 $HOST3 $IMAP_PORT a_LOGOUT greet
dovecot2 $HOST3 $IMAPS_PORT a_LOGOUT tcp
dovecot2 $HOST3 $POP3_PORT QUIT tcp
dovecot2 $HOST3 $POP3S_PORT QUIT tcp
dns $DNS_SERVER 53 - tcp
EOF
}

wait_listeners() { # daemon-name... -- every listener of these daemons answers
  local o h p cmd mode
  while read -r o h p cmd mode; do
    [[ " $* " == *" $o "* ]] || continue
    [ "$mode" = greet ] && mode=""
    wait_greeting "$h" "$p" "${cmd//_/ }" "$mode"
  done < <(all_listeners)
}

start_daemon() { # daemon-name -- launch one daemon of the configured lab
  # Redirect stdio: Dovecot's master keeps the inherited stderr open forever, which
  # would hang any caller that pipes or captures our output (e.g. "start | tee").
  # 9>&-: the daemons must not inherit our lock.
  local conf run i
  case $1 in
    dns) start_dns ;;
    dovecot|dovecot2)
      conf=$DC_CONF run=$DC_RUN; [ "$1" = dovecot2 ] && conf=$DC2_CONF run=$DC2_RUN
      dovecot -c "$conf" </dev/null >>"$LAB_DIR/log/$1-start.log" 2>&1 9>&- ||
        die "$1 failed to start: $(cat "$LAB_DIR/log/$1-start.log")"
      # Postfix needs its SASL and LMTP sockets
      for ((i = 0; i < 50; i++)); do [ -S "$run/auth-postfix" ] && [ -S "$run/lmtp" ] && break; sleep 0.1; done ;;
    postfix|postfix2)
      conf=$PF_CONF; [ "$1" = postfix2 ] && conf=$PF2_CONF
      if ! postfix_start "$conf" </dev/null >>"$LAB_DIR/log/$1-start.log" 2>&1 9>&-; then
        # with maillog_file set and no postlogd yet, postfix prints its fatal error only
        # when stderr is a tty: replay the check under script(1) to capture the reason
        script -qec "postfix -c $conf check" /dev/null </dev/null >>"$LAB_DIR/log/$1-start.log" 2>&1 9>&- || true
        die "$1 failed to start: $(cat "$LAB_DIR/log/$1-start.log")"
      fi ;;
    imap4d|pop3d) # GNU Mailutils: "mode daemon" in the config; the master forks and writes its pid file
      "$1" --config-file="$MU_DIR/$1.conf" </dev/null >>"$LAB_DIR/log/mailutils.log" 2>&1 9>&- ||
        die "$1 failed to start: $(tail -n 5 "$LAB_DIR/log/mailutils.log")" ;;
  esac
}

start() {
  need_root start
  local n p running=() missing=()
  for n in $DAEMONS; do
    if p=$(pid_from "$n"); then running+=("$n $p"); else missing+=("$n"); fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "already running from $LAB_DIR (${running[*]})"
    if ! print_env | cmp -s - "$LAB_DIR/env.sh"; then
      log "WARNING: the running lab uses other settings than the current knobs; use 'restart' to apply them"
    fi
    log "env: source $LAB_DIR/env.sh"
    return 0
  fi
  for n in "${missing[@]}"; do
    if p=$(pid_from "$n" any); then
      die "$n pid $p runs from $LAB_DIR but was not started by this script; stop it first"
    fi
  done
  if [ ${#running[@]} -gt 0 ]; then
    log "only partly running (not: ${missing[*]}); stopping the rest before a fresh start"
    stop
  fi
  install_packages
  trap 'log "start failed, stopping whatever was started"; stop' EXIT
  write_configs
  dns_address_free || die "something already answers on $DNS_SERVER:53; choose another address with CARTEIRO_LAB_DNS_HOST"
  rm -f "$PIDS_FILE"
  for n in $DAEMONS; do start_daemon "$n"; done
  # shellcheck disable=SC2086
  wait_listeners $DAEMONS
  for n in $DAEMONS; do
    p=$(pid_from "$n") || die "$n exited after start (see $LAB_DIR/log)"
    printf '%s %s %s\n' "$n" "$p" "$(proc_start_time "$p")"
  done > "$PIDS_FILE"
  trap - EXIT
  log "up in $(elapsed)s from $LAB_DIR: $(tr '\n' ' ' < "$PIDS_FILE" | awk '{for (i = 1; i < NF; i += 3) printf "%s%s pid %s", (i > 1 ? ", " : ""), $i, $(i + 1)}')"
  log "$DOMAIN on $HOST and $HOST2: ports $SUBMISSION_PORT/$SUBMISSIONS_PORT/$IMAP_PORT/$IMAPS_PORT/$POP3_PORT/$POP3S_PORT (+ smtp $SMTP_PORT on $HOST)"
  log "GNU Mailutils on $HOST: imap4d ports $MU_IMAP_PORT/$MU_IMAPS_PORT, pop3d ports $MU_POP3_PORT/$MU_POP3S_PORT"
  log "$DOMAIN2 on $HOST3: the same port numbers; MX records from the DNS server on $DNS_SERVER:53"
  log "env: source $LAB_DIR/env.sh"
}

stop_daemons() { # daemon-name... -- stop those we started (and their children); fails if none ran
  local n p t i alive procs=() stopped=()
  for n in "$@"; do
    if ! p=$(pid_from "$n"); then
      if t=$(pid_from "$n" any); then
        log "WARNING: $n pid $t runs from $LAB_DIR but was not started by this script: left alone"
      fi
      continue
    fi
    # remember the master and its children (pid + start time) before signalling
    procs+=("$p:$(proc_start_time "$p")")
    while read -r t; do [ -n "$t" ] && procs+=("$t"); done < <(children_of "$p")
    stopped+=("$n:$p")
    case $n in
      postfix) postfix -c "$PF_CONF" stop </dev/null >/dev/null 2>&1 9>&- || kill "$p" 2>/dev/null || true ;;
      postfix2) postfix -c "$PF2_CONF" stop </dev/null >/dev/null 2>&1 9>&- || kill "$p" 2>/dev/null || true ;;
      *) kill "$p" 2>/dev/null || true ;;   # dovecot, mailutils, dnsmasq: SIGTERM = clean stop
    esac
  done
  [ ${#stopped[@]} -gt 0 ] || return 1
  for ((i = 0; i < 100; i++)); do   # all shut down in parallel; allow 10 s
    alive=0
    for p in "${procs[@]}"; do [ "$(proc_start_time "${p%%:*}" || true)" = "${p#*:}" ] && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.1
  done
  for p in "${procs[@]}"; do
    if [ "$(proc_start_time "${p%%:*}" || true)" = "${p#*:}" ]; then
      log "pid ${p%%:*} survived SIGTERM, sending SIGKILL"; kill -9 "${p%%:*}" 2>/dev/null || true
    fi
  done
  for t in "${stopped[@]}"; do
    n=${t%%:*}
    case $n in dovecot|dovecot2) ;; *) rm -f "$(pidfile_of "$n")" ;; esac   # dovecot removes its own
    if [ -r "$PIDS_FILE" ]; then grep -v "^$n " "$PIDS_FILE" > "$PIDS_FILE.new" || true; mv -f "$PIDS_FILE.new" "$PIDS_FILE"; fi
    log "$n stopped (pid ${t#*:})"
  done
  return 0
}

stop() {
  need_root stop
  local n
  # shellcheck disable=SC2086
  if ! stop_daemons $DAEMONS; then
    for n in postfix postfix2; do pid_from "$n" any >/dev/null || rm -f "$(pidfile_of "$n")"; done
    log "not running (nothing to stop in $LAB_DIR)"
  fi
  for n in $DAEMONS; do pid_from "$n" any >/dev/null && return 0; done
  rm -f "$PIDS_FILE"
}

start_again() { # daemon-name -- start one stopped daemon of a configured lab, recorded as ours
  local n=$1 p
  if p=$(pid_from "$n"); then log "$n already running (pid $p)"; return 0; fi
  [ -e "$MARKER" ] && [ -r "$LAB_DIR/env.sh" ] || die "no lab configured in $LAB_DIR: run 'start' first"
  if ! p=$(pid_from "$n" any); then
    start_daemon "$n"
    wait_listeners "$n"
    p=$(pid_from "$n" any) || die "$n exited after start (see $LAB_DIR/log)"
  fi
  record_pid "$n" "$p"   # so that 'stop' stops it
  log "$n started again (pid $p)"
}

# Tests of reconnection only: Dovecot alone goes down (IMAP and POP3 refuse
# connections) and comes back with the same configuration and mail; Postfix
# keeps running. Use them on your own lab instance (CARTEIRO_LAB_DIR).
stop_imap() { stop_daemons dovecot || log "dovecot not running in $LAB_DIR"; }
start_imap() { start_again dovecot; }

status() {
  local ok=0 n p
  if [ "$(id -u)" != 0 ]; then   # pid files and /proc/PID/environ are root-only: probe ports
    local o h cmd mode
    while read -r o h p cmd mode; do
      [ "$mode" = greet ] && mode=""
      if probe "$h" "$p" "${cmd//_/ }" "$mode"; then log "listening: $h:$p ($o)"; else log "NOT answering: $h:$p ($o)"; ok=1; fi
    done < <(all_listeners)
    return $ok
  fi
  for n in $DAEMONS; do
    if p=$(pid_from "$n"); then log "$n running, pid $p"; else log "$n not running"; ok=1; fi
  done
  [ $ok = 0 ] && log "lab dir $LAB_DIR, hosts $HOST $HOST2 ($DOMAIN), $HOST3 ($DOMAIN2), DNS $DNS_SERVER; env: source $LAB_DIR/env.sh"
  return $ok
}

clear_mail() { # delete every message of every user (and any queued mail), keep the servers running
  need_root clear
  pid_from dovecot >/dev/null || die "dovecot is not running (start the lab first)"
  local n conf
  for n in postfix postfix2; do   # a stopped MTA's queue is emptied too
    conf=$PF_CONF; [ $n = postfix2 ] && conf=$PF2_CONF
    [ -d "$conf" ] && { postsuper -c "$conf" -d ALL </dev/null >/dev/null 2>&1 9>&- || true; }
  done
  doveadm -c "$DC_CONF" expunge -A mailbox '*' all </dev/null 9>&-
  if pid_from dovecot2 >/dev/null; then doveadm -c "$DC2_CONF" expunge -A mailbox '*' all </dev/null 9>&-; fi
  # Mailutils: every message file of every Maildir folder (the folders stay)
  find "$MU_MAIL" -type f \( -path '*/cur/*' -o -path '*/new/*' -o -path '*/tmp/*' \) -delete 2>/dev/null || true
  log "all mailboxes emptied ($DOMAIN, $DOMAIN2, Mailutils) and both queues"
}

case ${1:-} in
  install) need_root install; take_lock; install_packages ;;
  start) need_root start; take_lock; start ;;
  stop) need_root stop; take_lock; stop ;;
  stop-imap) need_root stop-imap; take_lock; stop_imap ;;
  start-imap) need_root start-imap; take_lock; start_imap ;;
  stop-domain2) need_root stop-domain2; take_lock; stop_domain2 ;;
  start-domain2) need_root start-domain2; take_lock; start_domain2 ;;
  queue) need_root queue; show_queue ;;
  flush) need_root flush; flush_queues ;;
  restart) need_root restart; take_lock; stop; start ;;
  clear) need_root clear; take_lock; clear_mail ;;
  status) status ;;
  verify) verify ;;
  env) print_env ;;
  *) echo "usage: $0 {start|stop|restart|status|env|verify|clear|install|queue|flush|stop-domain2|start-domain2|stop-imap|start-imap}" >&2; exit 2 ;;
esac
