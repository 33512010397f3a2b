#!/usr/bin/env bash
# mail-lab.sh - Carteiro's mail lab: real Postfix + Dovecot on loopback, for
# integration tests and demos, plus GNU Mailutils imap4d/pop3d as a second IMAP and
# POP3 server implementation (its own ports, its own mail store). No systemd; all state lives in one directory and
# the system's own /etc/postfix and /etc/dovecot are never touched.
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
#   CARTEIRO_LAB_NO_INSTALL=1 never call apt-get
# Users: alice/alicepass and bob/bobpass; log in as "alice" or "alice@example.test".
# carol/carolpass is the benchmark user (tests/bench/header-sync.sh fills her folders).
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
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"

LAB_DIR=${CARTEIRO_LAB_DIR:-/tmp/carteiro-lab}
LAB_DIR=${LAB_DIR%/}
HOST=${CARTEIRO_LAB_HOST:-127.0.0.1}
HOST2=${CARTEIRO_LAB_HOST2:-127.0.0.2}
OFF=${CARTEIRO_LAB_PORT_OFFSET:-10000}
DOMAIN=${CARTEIRO_LAB_DOMAIN:-example.test}
USERS="alice:alicepass bob:bobpass carol:carolpass"  # carol: benchmarks only

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
MU_IMAP_CONF=$MU_DIR/imap4d.conf
MU_POP3_CONF=$MU_DIR/pop3d.conf
MU_IMAP_PIDFILE=$MU_DIR/run/imap4d.pid
MU_POP3_PIDFILE=$MU_DIR/run/pop3d.pid
MU_MAIL=$MU_DIR/mail                 # $MU_MAIL/<user>/INBOX and other folders, Maildir
PIDS_FILE=$LAB_DIR/lab.pids          # "name pid starttime" of the masters we started
MARKER=$LAB_DIR/.carteiro-mail-lab
LOCK_FILE=$LAB_DIR.lock              # beside the dir: the dir itself is recreated
CERT=$LAB_DIR/tls/cert.pem
KEY=$LAB_DIR/tls/key.pem
WRONG_CERT=$LAB_DIR/tls/wrong-ca.pem  # unrelated self-signed cert: "wrong CA" for tests
MAILDIR_ROOT=$LAB_DIR/mail/$DOMAIN   # user maildirs: $MAILDIR_ROOT/<user>/Maildir
MSG_SIZE_LIMIT=41943040              # 40 MiB: a 25 MB attachment is ~34.6 MB in base64
VMAIL_USER=vmail
PKGS=(postfix dovecot-imapd dovecot-pop3d dovecot-lmtpd mailutils-imap4d mailutils-pop3d openssl)
VERIFY_PKGS=(swaks libnet-ssleay-perl curl)   # swaks needs Net::SSLeay for TLS
POLICY_RC=/usr/sbin/policy-rc.d
POLICY_MARK="# temporary, written by carteiro mail-lab.sh"

log() { printf '[mail-lab] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

case $LAB_DIR in /?*) ;; *) die "CARTEIRO_LAB_DIR must be an absolute path (got '$LAB_DIR')";; esac
case $HOST in 127.*) ;; *) die "CARTEIRO_LAB_HOST must be a loopback address (127.x)";; esac
case $HOST2 in 127.*) ;; *) die "CARTEIRO_LAB_HOST2 must be a loopback address (127.x)";; esac
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

pid_from() { # pidfile dovecot|postfix [any] -> pid, only if it is OUR live daemon
  # ("any": also one that runs from this lab dir's config but was not started by us)
  [ -s "$1" ] || return 1
  local p c st rec
  p=$(tr -dc '0-9' < "$1")               # Postfix pads its pid file with spaces
  [ -n "$p" ] || return 1
  st=$(proc_start_time "$p") || return 1 # gone, or a zombie
  case $2 in   # guard against a stale pid file whose pid was recycled
    dovecot) c=$(tr '\0' ' ' 2>/dev/null < "/proc/$p/cmdline") || return 1
             [[ $c == *"-c $DC_CONF "* ]] || return 1 ;;
    imap4d|pop3d) c=$(tr '\0' ' ' 2>/dev/null < "/proc/$p/cmdline") || return 1
             [[ $c == *"--config-file=$MU_DIR/$2.conf "* ]] || return 1 ;;
    postfix) if c=$(tr '\0' '\n' 2>/dev/null < "/proc/$p/environ"); then
               [[ $'\n'$c$'\n' == *$'\n'"MAIL_CONFIG=$PF_CONF"$'\n'* ]] || return 1
             else [ "$(cat "/proc/$p/comm" 2>/dev/null)" = master ] || return 1; fi ;;
  esac
  if [ "${3:-}" != any ] && rec=$(recorded_start "$2"); then  # pid + start time must match
    [ "$rec" = "$p $st" ] || return 1
  fi
  echo "$p"
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

# ------------------------------------------------------------------ configs ---
print_env() { # the exports tests need; also written to $LAB_DIR/env.sh
  local v
  echo "# source me: Carteiro mail lab (tests/lab/mail-lab.sh)"
  for v in HOST HOST2 DOMAIN SMTP_PORT SUBMISSION_PORT SUBMISSIONS_PORT IMAP_PORT IMAPS_PORT \
           POP3_PORT POP3S_PORT MU_IMAP_PORT MU_IMAPS_PORT MU_POP3_PORT MU_POP3S_PORT; do
    printf 'export CARTEIRO_LAB_%s=%q\n' "$v" "${!v}"
  done
  printf 'export CARTEIRO_LAB_PORT_OFFSET=%q\n' "$OFF"
  printf 'export CARTEIRO_LAB_CA_FILE=%q\n' "$CERT"
  printf 'export CARTEIRO_LAB_WRONG_CA_FILE=%q\n' "$WRONG_CERT"
  printf 'export CARTEIRO_LAB_DIR=%q\n' "$LAB_DIR"
  printf 'export CARTEIRO_LAB_MAILDIR_ROOT=%q\n' "$MAILDIR_ROOT"
  local u name pass
  for u in $USERS; do
    name=${u%%:*}; pass=${u#*:}
    printf 'export CARTEIRO_LAB_USER_%s=%q\n' "${name^^}" "$name@$DOMAIN"
    printf 'export CARTEIRO_LAB_PASSWORD_%s=%q\n' "${name^^}" "$pass"
  done
}

make_cert() { # certfile keyfile CN -- throw-away self-signed cert for both lab addresses
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 -sha256 \
    -subj "/O=Carteiro mail lab/CN=$3" \
    -addext "subjectAltName=DNS:localhost,DNS:mail.$DOMAIN,IP:$HOST,IP:$HOST2" \
    -addext "extendedKeyUsage=serverAuth" \
    -keyout "$2" -out "$1" 2>/dev/null
  chmod 600 "$2"; chmod 644 "$1"
}

prepare_queue() {
  # 'postfix start' normally runs 'postfix check' first (create the queue dirs, then
  # seconds of find(1) permission warnings). The queue is brand new and ours, so
  # create its directories as postfix-files prescribes and let postfix-script skip
  # the checks via "quick-start". If anything fails, start() replays 'postfix check'.
  local files line path owner group mode
  files="$(postconf -dh meta_directory 2>/dev/null)/postfix-files"
  [ -r "$files" ] || return 0
  while IFS= read -r line; do
    [[ $line =~ ^\$queue_directory/([a-z]+):d:([^:]+):([^:]+):([0-7]+): ]] || continue
    path=$PF_QUEUE/${BASH_REMATCH[1]}; owner=${BASH_REMATCH[2]}; group=${BASH_REMATCH[3]}
    mode=${BASH_REMATCH[4]}
    [ "$owner" = '$mail_owner' ] && owner=postfix
    case $group in '$setgid_group') group=postdrop ;; -) group="" ;; esac
    mkdir -p "$path"; chown "$owner${group:+:$group}" "$path"; chmod "$mode" "$path"
  done < <(grep -E '^\$queue_directory/[a-z]+:d:' "$files")
  chmod 755 "$PF_QUEUE"
  [ -d "$PF_QUEUE/pid" ] && [ -d "$PF_QUEUE/private" ] && [ -d "$PF_QUEUE/maildrop" ] &&
    touch "$PF_QUEUE/quick-start"
  return 0
}

write_configs() {
  local vuid vgid u name pass
  getent passwd "$VMAIL_USER" >/dev/null ||
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$VMAIL_USER"
  vuid=$(id -u "$VMAIL_USER"); vgid=$(id -g "$VMAIL_USER")

  # fresh state each start; only ever delete a directory this script created
  if [ -e "$LAB_DIR" ]; then
    [ -e "$MARKER" ] || die "$LAB_DIR exists and was not created by this script"
    rm -rf "$LAB_DIR"
  fi
  mkdir -p "$LAB_DIR"/{tls,log,mail} "$PF_CONF" "$PF_QUEUE" "$LAB_DIR/postfix/data" \
           "$DC_RUN" "$LAB_DIR/dovecot/state"
  touch "$MARKER"
  chmod 755 "$LAB_DIR" "$LAB_DIR/tls"   # postfix/dovecot/vmail users must traverse it
  chown "$VMAIL_USER:$VMAIL_USER" "$LAB_DIR/mail"; chmod 700 "$LAB_DIR/mail"
  chown postfix:postfix "$LAB_DIR/postfix/data"
  prepare_queue

  # --- TLS: a fresh self-signed cert per start (trust it as the CA in tests),
  # plus an unrelated one with the same names that tests use as the WRONG CA.
  make_cert "$CERT" "$KEY" "mail.$DOMAIN"
  make_cert "$WRONG_CERT" "$LAB_DIR/tls/wrong-ca.key" "wrong CA for mail.$DOMAIN"

  # --- users ------------------------------------------------------------------
  : > "$LAB_DIR/dovecot/users"; : > "$PF_CONF/vmailbox"
  for u in $USERS; do
    name=${u%%:*}; pass=${u#*:}
    echo "$name@$DOMAIN:{PLAIN}$pass::::::" >> "$LAB_DIR/dovecot/users"
    echo "$name@$DOMAIN OK" >> "$PF_CONF/vmailbox"
  done
  chown root:dovecot "$LAB_DIR/dovecot/users"; chmod 640 "$LAB_DIR/dovecot/users"
  local first=${USERS%%:*}
  printf 'postmaster@%s %s@%s\nabuse@%s %s@%s\n' "$DOMAIN" "$first" "$DOMAIN" "$DOMAIN" "$first" "$DOMAIN" \
    > "$PF_CONF/virtual"

  # --- Dovecot ------------------------------------------------------------------
  local dh=""; [ -f /usr/share/dovecot/dh.pem ] && dh="ssl_dh = </usr/share/dovecot/dh.pem"
  cat > "$DC_CONF" <<EOF
# generated by tests/lab/mail-lab.sh -- do not edit, rewritten on every start
instance_name = carteiro-lab
base_dir = $DC_RUN
state_dir = $LAB_DIR/dovecot/state
protocols = imap pop3 lmtp
# $HOST is "secured" for Dovecot (client IP == local IP); $HOST2 is not, because
# clients reach it from source address $HOST. See the header of mail-lab.sh.
listen = $HOST, $HOST2
login_trusted_networks =
hostname = mail.$DOMAIN
postmaster_address = postmaster@$DOMAIN
log_path = $LAB_DIR/log/dovecot.log
auth_verbose = yes
# passwords are stored {PLAIN}, so the challenge-response mechanisms work too
auth_mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256
# log in as "alice" or as "alice@$DOMAIN"
auth_default_realm = $DOMAIN
auth_failure_delay = 0
disable_plaintext_auth = yes
ssl = yes
ssl_cert = <$CERT
ssl_key = <$KEY
$dh
ssl_min_protocol = TLSv1.2
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = $vuid
last_valid_uid = $vuid
mail_location = maildir:~/Maildir
mail_max_userip_connections = 100
recipient_delimiter = +
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $LAB_DIR/dovecot/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $LAB_DIR/dovecot/users
  default_fields = uid=$vuid gid=$vgid home=$LAB_DIR/mail/%d/%n
}
namespace inbox {
  inbox = yes
  mailbox Drafts {
    auto = subscribe
    special_use = \Drafts
  }
  mailbox Sent {
    auto = subscribe
    special_use = \Sent
  }
  mailbox Trash {
    auto = subscribe
    special_use = \Trash
  }
  mailbox Junk {
    auto = subscribe
    special_use = \Junk
  }
  mailbox Archive {
    auto = subscribe
    special_use = \Archive
  }
}
service imap-login {
  inet_listener imap {
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = $IMAPS_PORT
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = $POP3_PORT
  }
  inet_listener pop3s {
    port = $POP3S_PORT
    ssl = yes
  }
}
# Postfix delivers via LMTP and authenticates SMTP clients via Dovecot SASL
service lmtp {
  unix_listener lmtp {
    user = postfix
    group = postfix
    mode = 0600
  }
}
# no auth penalty: Dovecot otherwise delays EVERY auth from an IP by 2..15 s after
# failed logins (incl. SMTP AUTH via Postfix), which makes wrong-password tests slow
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener auth-postfix {
    user = postfix
    group = postfix
    mode = 0600
  }
}
EOF

  # --- Postfix -----------------------------------------------------------------
  # smtpd_forbid_bare_newline exists from Postfix 3.9 and in the 3.8.5/3.7.10/
  # 3.6.14/3.5.24 updates (Debian 12 ships 3.7.11). "yes" = "normalize": bare <LF>
  # lines are read as <CR><LF>, but only <CR><LF>.<CR><LF> ends DATA (no SMTP
  # smuggling). Its default exclusion list is $mynetworks (= all of 127/8 here),
  # so the exclusions are emptied or the setting would not apply to the lab.
  local bare_newline
  if postconf -d smtpd_forbid_bare_newline >/dev/null 2>&1; then
    bare_newline="smtpd_forbid_bare_newline = yes
smtpd_forbid_bare_newline_exclusions ="
  else
    bare_newline="# smtpd_forbid_bare_newline: unknown to Postfix $(postconf -dh mail_version 2>/dev/null) - not set"
    log "WARNING: this Postfix does not know smtpd_forbid_bare_newline; left unset"
  fi
  cat > "$PF_CONF/main.cf" <<EOF
# generated by tests/lab/mail-lab.sh -- do not edit, rewritten on every start
compatibility_level = 3.6
queue_directory = $PF_QUEUE
data_directory = $LAB_DIR/postfix/data
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = /var, /dev/stdout, $LAB_DIR/log
maillog_file = $LAB_DIR/log/postfix.log
myhostname = mail.$DOMAIN
mydomain = $DOMAIN
myorigin = \$mydomain
mydestination =
# explicit host:port listeners in master.cf ("inet_interfaces = $HOST2" fails)
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_peername_lookup = no
biff = no
alias_maps =
alias_database =
recipient_delimiter = +
# room for a 25 MB attachment after base64 (~34.6 MB); 0 = no mailbox limit
message_size_limit = $MSG_SIZE_LIMIT
mailbox_size_limit = 0
virtual_mailbox_limit = 0
$bare_newline
virtual_mailbox_domains = $DOMAIN
virtual_mailbox_maps = texthash:$PF_CONF/vmailbox
virtual_alias_maps = texthash:$PF_CONF/virtual
virtual_transport = lmtp:unix:$DC_RUN/lmtp
# nothing ever leaves the machine: other domains get "550 5.7.1" at RCPT time
default_transport = error:5.7.1 carteiro-lab: delivery outside $DOMAIN is disabled
relay_transport = \$default_transport
smtpd_tls_cert_file = $CERT
smtpd_tls_key_file = $KEY
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DC_RUN/auth-postfix
smtpd_sasl_auth_enable = no
smtpd_sasl_security_options = noanonymous
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
EOF

  local h
  {
    echo "# generated by tests/lab/mail-lab.sh -- nothing chrooted, so absolute socket paths work"
    # The MX-like listener of the course's telnet session (port 25 style): mail for
    # $DOMAIN without AUTH, relay refused with Postfix's own "554 5.7.1 ... Relay
    # access denied" -- so loopback must not count as a trusted network here.
    cat <<EOF
$HOST:$SMTP_PORT inet n - n - - smtpd
  -o syslog_name=postfix/mx
  -o mynetworks=
  -o smtpd_relay_restrictions=reject_unauth_destination
EOF
    for h in "$HOST" "$HOST2"; do
      cat <<EOF
$h:$SUBMISSION_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
$h:$SUBMISSIONS_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
EOF
    done
    cat <<'EOF'
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
  } > "$PF_CONF/master.cf"

  write_mailutils_configs "$vuid" "$vgid"
  print_env > "$LAB_DIR/env.sh"
}

# GNU Mailutils imap4d and pop3d: a second, independent IMAP/POP3 implementation
# (tests/integration/OtherServerIT.cpp). Users come from a "virtdomain" password
# file (passwd(5) format, crypt(3) hashes), so the login name is always the full
# address (alice@example.test). Mail is a Maildir per folder under $MU_MAIL/<user>,
# apart from Dovecot's: tests put messages there with IMAP APPEND. No APOP
# database: pop3d's greeting still carries an APOP timestamp, and APOP fails.
write_mailutils_configs() { # vmail-uid vmail-gid
  local u name pass prog conf
  mkdir -p "$MU_DIR/run" "$MU_DIR/passwd" "$MU_DIR/lock" "$MU_MAIL"
  : > "$MU_DIR/passwd/$DOMAIN"
  for u in $USERS; do
    name=${u%%:*}; pass=${u#*:}
    printf '%s:%s:%s:%s:Carteiro lab user:%s:/dev/null\n' "$name" "$(openssl passwd -6 "$pass")" \
      "$1" "$2" "$MU_MAIL/$name" >> "$MU_DIR/passwd/$DOMAIN"
    mkdir -p "$MU_MAIL/$name"/INBOX/{cur,new,tmp}   # an INBOX from the start: APPEND needs it
  done
  chmod 600 "$MU_DIR/passwd/$DOMAIN"
  for prog in imap4d pop3d; do
    conf=$MU_DIR/$prog.conf
    cat > "$conf" <<EOF
# generated by tests/lab/mail-lab.sh -- do not edit, rewritten on every start
mode daemon;
pidfile $MU_DIR/run/$prog.pid;
logging { syslog no; };
auth {
  authorization virtdomain;
  authentication generic;
};
virtdomain { passwd-dir $MU_DIR/passwd; };
mailbox {
  mailbox-type maildir;
  mailbox-pattern "maildir://$MU_MAIL/\${user}/INBOX";
};
mandatory-locking { enable yes; lock-directory $MU_DIR/lock; };
tls { ssl-certificate-file $CERT; ssl-key-file $KEY; };
EOF
    if [ $prog = imap4d ]; then
      cat >> "$conf" <<EOF
namespace personal { prefix "" { directory "\$home"; }; };
server $HOST:$MU_IMAP_PORT { tls-mode stls; };
server $HOST:$MU_IMAPS_PORT { tls-mode connection; };
EOF
    else
      cat >> "$conf" <<EOF
server $HOST:$MU_POP3_PORT { tls-mode stls; };
server $HOST:$MU_POP3S_PORT { tls-mode connection; };
EOF
    fi
  done
}

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

all_listeners() { # host port logout [tls|tcp] -- one line per listener
  # Both masters bind every listener before they return, so a full greeting (auth
  # ready, TLS working) is awaited once per daemon and kind; the other listeners
  # only need to accept a connection. This keeps 'start' fast.
  echo "$HOST $SMTP_PORT QUIT"
  echo "$HOST $SUBMISSION_PORT QUIT"
  echo "$HOST2 $SUBMISSIONS_PORT QUIT tls"
  echo "$HOST2 $IMAP_PORT a_LOGOUT"
  echo "$HOST $IMAPS_PORT a_LOGOUT tls"
  echo "$HOST $POP3_PORT QUIT"
  echo "$HOST2 $POP3S_PORT QUIT tls"
  echo "$HOST2 $SUBMISSION_PORT QUIT tcp"
  echo "$HOST $SUBMISSIONS_PORT QUIT tcp"
  echo "$HOST $IMAP_PORT a_LOGOUT tcp"
  echo "$HOST2 $IMAPS_PORT a_LOGOUT tcp"
  echo "$HOST2 $POP3_PORT QUIT tcp"
  echo "$HOST $POP3S_PORT QUIT tcp"
  echo "$HOST $MU_IMAP_PORT a_LOGOUT"
  echo "$HOST $MU_IMAPS_PORT a_LOGOUT tls"
  echo "$HOST $MU_POP3_PORT QUIT"
  echo "$HOST $MU_POP3S_PORT QUIT tls"
}

start() {
  need_root start
  local dc pf mi mp p
  dc=$(pid_from "$DC_PIDFILE" dovecot) || dc=""
  pf=$(pid_from "$PF_PIDFILE" postfix) || pf=""
  mi=$(pid_from "$MU_IMAP_PIDFILE" imap4d) || mi=""
  mp=$(pid_from "$MU_POP3_PIDFILE" pop3d) || mp=""
  if [ -n "$dc" ] && [ -n "$pf" ] && [ -n "$mi" ] && [ -n "$mp" ]; then
    log "already running from $LAB_DIR (dovecot pid $dc, postfix master pid $pf, imap4d pid $mi, pop3d pid $mp)"
    if ! print_env | cmp -s - "$LAB_DIR/env.sh"; then
      log "WARNING: the running lab uses other settings than the current knobs; use 'restart' to apply them"
    fi
    log "env: source $LAB_DIR/env.sh"
    return 0
  fi
  local foreign
  for foreign in "$DC_PIDFILE dovecot" "$PF_PIDFILE postfix" "$MU_IMAP_PIDFILE imap4d" \
                 "$MU_POP3_PIDFILE pop3d"; do
    # shellcheck disable=SC2086
    if [ -z "$(pid_from $foreign)" ] && p=$(pid_from $foreign any); then
      die "${foreign#* } pid $p runs from $LAB_DIR but was not started by this script; stop it first"
    fi
  done
  if [ -n "$dc" ] || [ -n "$pf" ] || [ -n "$mi" ] || [ -n "$mp" ]; then
    log "only partly running; stopping the rest before a fresh start"
    stop
  fi
  install_packages
  trap 'log "start failed, stopping whatever was started"; stop' EXIT
  write_configs
  # Redirect stdio: Dovecot's master keeps the inherited stderr open forever, which
  # would hang any caller that pipes or captures our output (e.g. "start | tee").
  # 9>&-: the daemons must not inherit our lock.
  dovecot -c "$DC_CONF" </dev/null >>"$LAB_DIR/log/dovecot-start.log" 2>&1 9>&- ||
    die "dovecot failed to start: $(cat "$LAB_DIR/log/dovecot-start.log")"
  local i
  for ((i = 0; i < 50; i++)); do [ -S "$DC_RUN/auth-postfix" ] && [ -S "$DC_RUN/lmtp" ] && break; sleep 0.1; done
  if ! postfix -c "$PF_CONF" start </dev/null >>"$LAB_DIR/log/postfix-start.log" 2>&1 9>&-; then
    # with maillog_file set and no postlogd yet, postfix prints its fatal error only
    # when stderr is a tty: replay the check under script(1) to capture the reason
    script -qec "postfix -c $PF_CONF check" /dev/null </dev/null >>"$LAB_DIR/log/postfix-start.log" 2>&1 9>&- || true
    die "postfix failed to start: $(cat "$LAB_DIR/log/postfix-start.log")"
  fi
  # GNU Mailutils: "mode daemon" in the config; each master forks and writes its pid file
  local prog
  for prog in imap4d pop3d; do
    "$prog" --config-file="$MU_DIR/$prog.conf" </dev/null >>"$LAB_DIR/log/mailutils.log" 2>&1 9>&- ||
      die "$prog failed to start: $(tail -n 5 "$LAB_DIR/log/mailutils.log")"
  done
  local h p cmd tls
  while read -r h p cmd tls; do wait_greeting "$h" "$p" "${cmd//_/ }" "$tls"; done < <(all_listeners)
  dc=$(pid_from "$DC_PIDFILE" dovecot) || die "dovecot exited after start (see $LAB_DIR/log)"
  pf=$(pid_from "$PF_PIDFILE" postfix) || die "postfix exited after start (see $LAB_DIR/log)"
  mi=$(pid_from "$MU_IMAP_PIDFILE" imap4d) || die "imap4d exited after start (see $LAB_DIR/log/mailutils.log)"
  mp=$(pid_from "$MU_POP3_PIDFILE" pop3d) || die "pop3d exited after start (see $LAB_DIR/log/mailutils.log)"
  printf 'dovecot %s %s\npostfix %s %s\nimap4d %s %s\npop3d %s %s\n' "$dc" "$(proc_start_time "$dc")" \
    "$pf" "$(proc_start_time "$pf")" "$mi" "$(proc_start_time "$mi")" "$mp" "$(proc_start_time "$mp")" \
    > "$PIDS_FILE"
  trap - EXIT
  log "up in $(elapsed)s: dovecot pid $dc, postfix master pid $pf; $HOST and $HOST2, ports $SUBMISSION_PORT/$SUBMISSIONS_PORT/$IMAP_PORT/$IMAPS_PORT/$POP3_PORT/$POP3S_PORT (+ smtp $SMTP_PORT on $HOST)"
  log "GNU Mailutils on $HOST: imap4d pid $mi (ports $MU_IMAP_PORT/$MU_IMAPS_PORT), pop3d pid $mp (ports $MU_POP3_PORT/$MU_POP3S_PORT)"
  log "env: source $LAB_DIR/env.sh"
}

stop() {
  need_root stop
  local pf dc mi mp p t i alive procs=()
  pf=$(pid_from "$PF_PIDFILE" postfix) || pf=""
  dc=$(pid_from "$DC_PIDFILE" dovecot) || dc=""
  mi=$(pid_from "$MU_IMAP_PIDFILE" imap4d) || mi=""
  mp=$(pid_from "$MU_POP3_PIDFILE" pop3d) || mp=""
  for p in "$DC_PIDFILE dovecot" "$PF_PIDFILE postfix" "$MU_IMAP_PIDFILE imap4d" "$MU_POP3_PIDFILE pop3d"; do
    # shellcheck disable=SC2086
    if [ -z "$(pid_from $p)" ] && t=$(pid_from $p any); then
      log "WARNING: ${p#* } pid $t runs from $LAB_DIR but was not started by this script: left alone"
    fi
  done
  if [ -z "$pf" ] && [ -z "$dc" ] && [ -z "$mi" ] && [ -z "$mp" ]; then
    pid_from "$PF_PIDFILE" postfix any >/dev/null || rm -f "$PF_PIDFILE"
    log "not running (nothing to stop in $LAB_DIR)"
    return 0
  fi
  # remember the masters and their children (pid + start time) before signalling
  for p in $pf $dc $mi $mp; do
    procs+=("$p:$(proc_start_time "$p")")
    while read -r t; do [ -n "$t" ] && procs+=("$t"); done < <(children_of "$p")
  done
  [ -n "$pf" ] && { postfix -c "$PF_CONF" stop </dev/null >/dev/null 2>&1 9>&- || kill "$pf" 2>/dev/null || true; }
  [ -n "$dc" ] && { kill "$dc" 2>/dev/null || true; }   # dovecot master: SIGTERM = clean stop
  for p in $mi $mp; do kill "$p" 2>/dev/null || true; done   # mailutils masters: SIGTERM
  for ((i = 0; i < 100; i++)); do   # both shut down in parallel; allow 10 s
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
  # postfix leaves its pid file behind; dovecot removes its own
  [ -n "$pf" ] && rm -f "$PF_PIDFILE"
  [ -n "$mi" ] && rm -f "$MU_IMAP_PIDFILE"
  [ -n "$mp" ] && rm -f "$MU_POP3_PIDFILE"
  if ! pid_from "$PF_PIDFILE" postfix any >/dev/null && ! pid_from "$DC_PIDFILE" dovecot any >/dev/null &&
     ! pid_from "$MU_IMAP_PIDFILE" imap4d any >/dev/null && ! pid_from "$MU_POP3_PIDFILE" pop3d any >/dev/null; then
    rm -f "$PIDS_FILE"
  fi
  [ -n "$pf" ] && log "postfix stopped (master pid $pf)"
  [ -n "$dc" ] && log "dovecot stopped (master pid $dc)"
  [ -n "$mi" ] && log "imap4d stopped (pid $mi)"
  [ -n "$mp" ] && log "pop3d stopped (pid $mp)"
  return 0
}

# Tests of reconnection only: Dovecot alone goes down (IMAP and POP3 refuse
# connections) and comes back with the same configuration and mail; Postfix
# keeps running. Use them on your own lab instance (CARTEIRO_LAB_DIR).
stop_imap() {
  local dc procs=() p t i alive
  dc=$(pid_from "$DC_PIDFILE" dovecot) || { log "dovecot not running in $LAB_DIR"; return 0; }
  procs+=("$dc:$(proc_start_time "$dc")")
  while read -r t; do [ -n "$t" ] && procs+=("$t"); done < <(children_of "$dc")
  kill "$dc" 2>/dev/null || true   # dovecot master: SIGTERM = clean stop
  for ((i = 0; i < 100; i++)); do
    alive=0
    for p in "${procs[@]}"; do [ "$(proc_start_time "${p%%:*}" || true)" = "${p#*:}" ] && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.1
  done
  log "dovecot stopped (master pid $dc); postfix left running"
}

start_imap() {
  local dc pf h p cmd tls
  if dc=$(pid_from "$DC_PIDFILE" dovecot); then log "dovecot already running (pid $dc)"; return 0; fi
  if ! dc=$(pid_from "$DC_PIDFILE" dovecot any); then
    [ -f "$DC_CONF" ] || die "no lab configured in $LAB_DIR: run 'start' first"
    dovecot -c "$DC_CONF" </dev/null >>"$LAB_DIR/log/dovecot-start.log" 2>&1 9>&- ||
      die "dovecot failed to start: $(cat "$LAB_DIR/log/dovecot-start.log")"
    while read -r h p cmd tls; do   # Dovecot's listeners only
      case $p in "$IMAP_PORT"|"$IMAPS_PORT"|"$POP3_PORT"|"$POP3S_PORT") wait_greeting "$h" "$p" "${cmd//_/ }" "$tls" ;; esac
    done < <(all_listeners)
    dc=$(pid_from "$DC_PIDFILE" dovecot any) || die "dovecot exited after start (see $LAB_DIR/log)"
  fi
  # the new master is recorded as ours, so that 'stop' stops it
  pf=$(pid_from "$PF_PIDFILE" postfix) || pf=""
  { printf 'dovecot %s %s\n' "$dc" "$(proc_start_time "$dc")"
    [ -n "$pf" ] && printf 'postfix %s %s\n' "$pf" "$(proc_start_time "$pf")"; } > "$PIDS_FILE"
  log "dovecot started again (pid $dc)"
}

status() {
  local ok=0 pid
  if [ "$(id -u)" != 0 ]; then   # pid files and /proc/PID/environ are root-only: probe ports
    local h p cmd tls
    while read -r h p cmd tls; do
      if probe "$h" "$p" "${cmd//_/ }" "$tls"; then log "listening: $h:$p"; else log "NOT answering: $h:$p"; ok=1; fi
    done < <(all_listeners)
    return $ok
  fi
  if pid=$(pid_from "$DC_PIDFILE" dovecot); then log "dovecot running, master pid $pid"; else log "dovecot not running"; ok=1; fi
  if pid=$(pid_from "$PF_PIDFILE" postfix); then log "postfix running, master pid $pid"; else log "postfix not running"; ok=1; fi
  if pid=$(pid_from "$MU_IMAP_PIDFILE" imap4d); then log "imap4d running, pid $pid"; else log "imap4d not running"; ok=1; fi
  if pid=$(pid_from "$MU_POP3_PIDFILE" pop3d); then log "pop3d running, pid $pid"; else log "pop3d not running"; ok=1; fi
  [ $ok = 0 ] && log "lab dir $LAB_DIR, hosts $HOST $HOST2, env: source $LAB_DIR/env.sh"
  return $ok
}

clear_mail() { # delete every message of every user (and any queued mail), keep the servers running
  need_root clear
  pid_from "$DC_PIDFILE" dovecot >/dev/null || die "dovecot is not running (start the lab first)"
  if pid_from "$PF_PIDFILE" postfix >/dev/null; then
    postsuper -c "$PF_CONF" -d ALL </dev/null >/dev/null 2>&1 9>&- || true
  fi
  doveadm -c "$DC_CONF" expunge -A mailbox '*' all </dev/null 9>&-
  # Mailutils: every message file of every Maildir folder (the folders stay)
  find "$MU_MAIL" -type f \( -path '*/cur/*' -o -path '*/new/*' -o -path '*/tmp/*' \) -delete 2>/dev/null || true
  log "all mailboxes emptied"
}

# ------------------------------------------------------------------- verify ---
scram_and_bare_lf() { # python3 helper: SMTP SCRAM login, and the bare-<LF> DATA probe
  python3 - "$@" <<'PY'
import base64, hashlib, hmac, os, smtplib, socket, ssl, sys

mode = sys.argv[1]

def scram_auth(host, port, cafile, mech, user, password):
    hname = {"SCRAM-SHA-1": "sha1", "SCRAM-SHA-256": "sha256"}[mech]
    nonce = base64.b64encode(os.urandom(18)).decode()
    bare = "n=%s,r=%s" % (user.replace("=", "=3D").replace(",", "=2C"), nonce)
    st = {}
    def step(challenge=None):
        if challenge is None:
            return "n,," + bare
        c = challenge.decode()
        if "v" not in st:
            d = dict(kv.split("=", 1) for kv in c.split(","))
            assert d["r"].startswith(nonce), "server nonce"
            salted = hashlib.pbkdf2_hmac(hname, password.encode(), base64.b64decode(d["s"]), int(d["i"]))
            ckey = hmac.new(salted, b"Client Key", hname).digest()
            skey = hmac.new(salted, b"Server Key", hname).digest()
            final = "c=biws,r=" + d["r"]
            msg = ",".join([bare, c, final]).encode()
            sig = hmac.new(hashlib.new(hname, ckey).digest(), msg, hname).digest()
            st["v"] = "v=" + base64.b64encode(hmac.new(skey, msg, hname).digest()).decode()
            return final + ",p=" + base64.b64encode(bytes(a ^ b for a, b in zip(ckey, sig))).decode()
        assert c == st["v"], "server signature"
        st["ok"] = True
        return ""
    ctx = ssl.create_default_context(cafile=cafile)
    with smtplib.SMTP(host, int(port), timeout=20) as s:
        s.starttls(context=ctx)
        s.ehlo()
        code, _ = s.auth(mech, step)
        assert code == 235, code
    assert st.get("ok"), "no server-final message"

def bare_lf(host, port, sender, rcpt, subject):
    s = socket.create_connection((host, int(port)), timeout=10)
    buf = b""
    def reply(timeout=10):
        nonlocal buf
        s.settimeout(timeout)
        while True:
            lines = buf.split(b"\r\n")
            for i, ln in enumerate(lines[:-1]):
                if ln[3:4] == b" ":
                    buf = b"\r\n".join(lines[i + 1:])
                    return ln.decode(errors="replace")
            chunk = s.recv(4096)
            if not chunk:
                raise EOFError("connection closed")
            buf += chunk
    def cmd(c, expect):
        s.sendall(c.encode() + b"\r\n")
        r = reply()
        assert r.startswith(expect), (c, r)
    assert reply().startswith("220")
    cmd("EHLO lab.test", "250")
    cmd("MAIL FROM:<%s>" % sender, "250")
    cmd("RCPT TO:<%s>" % rcpt, "250")
    cmd("DATA", "354")
    # a smuggling-style end of data with bare <LF>: must NOT end the message
    s.sendall(("Subject: %s\r\n\r\nline one\n.\nline after bare-LF dot\r\n" % subject).encode())
    try:
        r = reply(timeout=2)
        print("server ended DATA at <LF>.<LF>: " + r)
        sys.exit(1)
    except socket.timeout:
        pass
    s.sendall(b".\r\n")
    r = reply()
    assert r.startswith("250"), r
    s.sendall(b"QUIT\r\n")
    s.close()

def mx(host, port, rcpt, other, subject):
    # The course's session verbatim: HELO, MAIL FROM: without angle brackets
    # (Postfix takes it: strict_rfc821_envelopes = no), DATA, the lone dot.
    s = socket.create_connection((host, int(port)), timeout=10)
    f = s.makefile("rb")
    def reply():
        while True:
            ln = f.readline().decode(errors="replace").rstrip("\r\n")
            if ln[3:4] != "-":
                return ln
    def cmd(c, expect):
        s.sendall(c.encode() + b"\r\n")
        r = reply()
        assert r.startswith(expect), (c, r)
        return r
    assert reply().startswith("220")
    cmd("HELO mydomain.com", "250")
    cmd("MAIL FROM: sender@mydomain.com", "250")
    r = cmd("RCPT TO: %s" % other, "554")
    assert "Relay access denied" in r, r
    cmd("RCPT TO: %s" % rcpt, "250")
    cmd("DATA", "354")
    s.sendall(("From: sender@mydomain.com\r\nTo: %s\r\nSubject: %s\r\n\r\nHello Bob.\r\n"
               % (rcpt, subject)).encode())
    cmd(".", "250")
    cmd("QUIT", "221")

if mode == "mx":
    mx(*sys.argv[2:7])
elif mode == "scram":
    scram_auth(*sys.argv[2:8])
elif mode == "bare-lf":
    bare_lf(*sys.argv[2:7])
PY
}

verify() { # end-to-end smoke test with the command-line clients (root only for the Maildir check)
  [ -r "$LAB_DIR/env.sh" ] || die "no $LAB_DIR/env.sh: start the lab first"
  # shellcheck disable=SC1091
  source "$LAB_DIR/env.sh"
  local au=alice ap=alicepass bu=bob bp=bobpass
  local subj="lab-check-$$-$RANDOM" fails=0 skips=0 out i uids="" n tmp
  local C=(curl -sS --max-time 30 --cacert "$CERT")
  local S=(swaks --server "$HOST:$SUBMISSION_PORT" --from "$au@$DOMAIN" --to "$bu@$DOMAIN")
  tmp=$(mktemp -d)
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" RETURN
  check() {
    local what=$1 t0=$SECONDS; shift
    if "$@" >"$tmp/last.out" 2>&1; then log "PASS $what ($((SECONDS - t0))s)"
    else log "FAIL $what"; sed 's/^/    | /' "$tmp/last.out" | tail -n 8 >&2; fails=$((fails + 1)); fi
  }
  skip() { log "SKIP $1"; skips=$((skips + 1)); }
  outputs() { # pattern command... -- combined output must match the ERE (exit code ignored)
    local re=$1 o; shift; o=$("$@" 2>&1 || true); grep -qE -- "$re" <<<"$o" || { printf '%s\n' "$o"; return 1; }
  }
  lacks() { # pattern command... -- combined output must NOT match
    local re=$1 o; shift; o=$("$@" 2>&1 || true); ! grep -qE -- "$re" <<<"$o" || { printf '%s\n' "$o"; return 1; }
  }
  tls_verifies() { # host port starttls-proto|"" verify-opt...
    local h=$1 p=$2 proto=$3; shift 3
    local st=(); [ -n "$proto" ] && st=(-starttls "$proto")
    outputs 'Verify return code: 0 ' bash -c 'echo QUIT | timeout 10 openssl s_client "$@" 2>&1' _ \
      "${st[@]}" -connect "$h:$p" -CAfile "$CERT" -verify_return_error "$@"
  }
  no_auth_before_starttls() { # host
    local o; o=$(swaks --server "$1:$SUBMISSION_PORT" --quit-after EHLO 2>&1 || true)
    grep -q '250-STARTTLS' <<<"$o" && ! grep -q 'AUTH' <<<"$o"
  }
  imap_pre_tls_caps() { # host -> CAPABILITY line before STARTTLS
    timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1; IFS= read -r g <&3; printf "%s\n" "$g"
      printf "a CAPABILITY\r\n" >&3; while IFS= read -r l <&3; do printf "%s\n" "$l"; [[ $l == a\ * ]] && break; done
      printf "b LOGOUT\r\n" >&3' "$1" "$IMAP_PORT"
  }
  pop3_pre_tls_capa() { # host -> CAPA before STLS
    timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1; IFS= read -r g <&3
      printf "CAPA\r\n" >&3; while IFS= read -r l <&3; do printf "%s\n" "$l"; [[ $l == .* ]] && break; done
      printf "QUIT\r\n" >&3' "$1" "$POP3_PORT"
  }
  pop3_not_local() { # host: STLS offered, no cleartext login before it
    local o; o=$(pop3_pre_tls_capa "$1" 2>&1 | tr -d '\r') || true
    if grep -q '^STLS' <<<"$o" && ! grep -qE '^USER|PLAIN' <<<"$o"; then return 0; fi
    echo "$o"; return 1
  }
  both_login_forms() { # user password url
    "${C[@]}" --url "$3" -u "$1:$2" && "${C[@]}" --url "$3" -u "$1@$DOMAIN:$2"
  }
  tls_logins() { # host user password: IMAPS and POP3S logins
    "${C[@]}" --url "imaps://$1:$IMAPS_PORT/" -u "$2:$3" && "${C[@]}" --url "pop3s://$1:$POP3S_PORT/" -u "$2:$3"
  }
  has_special_use() {
    local o f
    o=$("${C[@]}" --url "imaps://$HOST:$IMAPS_PORT/" -u "$au:$ap" -X 'LIST "" "*" RETURN (SPECIAL-USE)') || return 1
    # The attribute may sit beside others Dovecot adds once a folder was used (\UnMarked).
    for f in Sent Drafts Trash Junk Archive; do grep -qE "[( ]\\\\$f[) ]" <<<"$o" || { echo "$o"; return 1; }; done
  }
  mu_pop3_logins() { # user password: Mailutils POP3S, then POP3 with STLS (USER/PASS)
    local st
    for st in "$MU_POP3S_PORT" "$MU_POP3_PORT -starttls pop3"; do
      # shellcheck disable=SC2086
      outputs '^\+OK opened mailbox' bash -c 'printf "USER %s\r\nPASS %s\r\nQUIT\r\n" "$0" "$1" |
        timeout 10 openssl s_client -quiet -CAfile "$2" -verify_return_error -connect "$3:${@:4}" 2>/dev/null' \
        "$1" "$2" "$CERT" "$HOST" $st || return 1
    done
  }
  curl_rc() { local want=$1; shift; local rc=0; "$@" || rc=$?; echo "exit $rc"; [ "$rc" = "$want" ]; }
  search_bob() { # subject-substring -> UIDs in bob's INBOX (space separated)
    local o; o=$("${C[@]}" --url "imaps://$HOST:$IMAPS_PORT/INBOX" -u "$bu:$bp" -X "UID SEARCH SUBJECT \"$1\"" 2>/dev/null) || true
    o=${o//$'\r'/}; o=${o#*SEARCH}; echo "${o# }"
  }
  wait_for_bob() { # subject count -> UIDs, polls up to 20 s
    local k u
    for ((k = 0; k < 100; k++)); do
      u=$(search_bob "$1"); [ "$(wc -w <<<"$u")" -ge "$2" ] && { echo "$u"; return 0; }
      sleep 0.2
    done
    echo "$u"; return 1
  }

  log "verify $LAB_DIR: $HOST/$HOST2, submission $SUBMISSION_PORT/$SUBMISSIONS_PORT, imap $IMAP_PORT/$IMAPS_PORT, pop3 $POP3_PORT/$POP3S_PORT"
  # --- TLS and certificates ---------------------------------------------------------
  check "STARTTLS smtp $HOST:$SUBMISSION_PORT, cert verifies against CA (IP $HOST)" \
    tls_verifies "$HOST" "$SUBMISSION_PORT" smtp -verify_ip "$HOST"
  check "STARTTLS smtp $HOST2:$SUBMISSION_PORT, cert verifies against CA (IP $HOST2)" \
    tls_verifies "$HOST2" "$SUBMISSION_PORT" smtp -verify_ip "$HOST2"
  check "implicit TLS $HOST:$SUBMISSIONS_PORT, cert verifies for name mail.$DOMAIN" \
    tls_verifies "$HOST" "$SUBMISSIONS_PORT" "" -verify_hostname "mail.$DOMAIN"
  check "STARTTLS imap $HOST2:$IMAP_PORT, cert verifies for name localhost" \
    tls_verifies "$HOST2" "$IMAP_PORT" imap -verify_hostname localhost
  check "the wrong CA ($WRONG_CERT) is rejected (curl exit 60)" \
    curl_rc 60 curl -sS --max-time 20 --cacert "$WRONG_CERT" --url "imaps://$HOST:$IMAPS_PORT/" -u "$au:$ap"

  # --- 'not local' listener: no cleartext credentials before TLS ---------------------
  check "$HOST2 reachable: IMAP pre-STARTTLS CAPABILITY has LOGINDISABLED" \
    outputs 'LOGINDISABLED' imap_pre_tls_caps "$HOST2"
  check "$HOST2 IMAP pre-STARTTLS CAPABILITY offers no AUTH=PLAIN/LOGIN" \
    lacks 'AUTH=(PLAIN|LOGIN)' imap_pre_tls_caps "$HOST2"
  check "$HOST2 POP3 pre-STLS CAPA offers STLS but no USER/PLAIN" pop3_not_local "$HOST2"
  out=$(imap_pre_tls_caps "$HOST" 2>&1 | grep -m1 CAPABILITY | tr -d '\r' || true)
  log "info: $HOST (secured for Dovecot) pre-STARTTLS: ${out:-?}"
  check "IMAP STARTTLS on $HOST2 (curl --ssl-reqd) logs in as $au" \
    "${C[@]}" --ssl-reqd --url "imap://$HOST2:$IMAP_PORT/" -u "$au:$ap"
  check "IMAPS $HOST2:$IMAPS_PORT and POP3S $HOST2:$POP3S_PORT log in as $bu@$DOMAIN" \
    tls_logins "$HOST2" "$bu@$DOMAIN" "$bp"
  check "login with bare name and with full address (IMAPS $au, $au@$DOMAIN)" \
    both_login_forms "$au" "$ap" "imaps://$HOST:$IMAPS_PORT/"

  # --- submission ------------------------------------------------------------------
  local h
  for h in "$HOST" "$HOST2"; do
    check "submission $h:$SUBMISSION_PORT offers STARTTLS but no AUTH before it" no_auth_before_starttls "$h"
  done
  out=$(swaks --server "$HOST:$SUBMISSION_PORT" --tls --quit-after HELO 2>&1 || true)
  local authline; authline=$(grep -E '250[- ]AUTH ' <<<"$out" | tail -n1 | sed -E 's/^.*250[- ]AUTH //' | tr -d '\r' || true)
  log "info: submission AUTH after STARTTLS: ${authline:-none}"
  check "submission AUTH after STARTTLS has PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256" \
    bash -c 'for m in PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256; do [[ " $0 " == *" $m "* ]] || exit 1; done' "$authline"
  check "submission advertises SIZE $MSG_SIZE_LIMIT" outputs "250[- ]SIZE $MSG_SIZE_LIMIT" printf '%s\n' "$out"
  check "submission $HOST:$SUBMISSION_PORT refuses unauthenticated mail (554 5.7.1)" \
    outputs '554 5.7.1' "${S[@]}" --tls
  check "submission $HOST:$SUBMISSION_PORT rejects a wrong password (535)" \
    outputs '535 5.7.8' "${S[@]}" --tls --auth PLAIN --auth-user "$au" --auth-password wrong
  check "submission $HOST:$SUBMISSION_PORT rejects recipients outside $DOMAIN (550)" \
    outputs '550 5.7.1' swaks --server "$HOST:$SUBMISSION_PORT" --tls --auth-user "$au" --auth-password "$ap" \
      --from "$au@$DOMAIN" --to someone@example.org
  check "submission AUTH CRAM-MD5 on $HOST2:$SUBMISSION_PORT ($au@$DOMAIN)" \
    swaks --server "$HOST2:$SUBMISSION_PORT" --tls --auth CRAM-MD5 --auth-user "$au@$DOMAIN" \
      --auth-password "$ap" --quit-after AUTH
  if command -v python3 >/dev/null; then
    check "submission AUTH SCRAM-SHA-1 on $HOST:$SUBMISSION_PORT ($au)" \
      scram_and_bare_lf scram "$HOST" "$SUBMISSION_PORT" "$CERT" SCRAM-SHA-1 "$au" "$ap"
    check "submission AUTH SCRAM-SHA-256 on $HOST2:$SUBMISSION_PORT ($bu@$DOMAIN)" \
      scram_and_bare_lf scram "$HOST2" "$SUBMISSION_PORT" "$CERT" SCRAM-SHA-256 "$bu@$DOMAIN" "$bp"
  else
    skip "SCRAM logins (no python3)"
  fi
  check "swaks STARTTLS + AUTH PLAIN via $HOST:$SUBMISSION_PORT ($au -> $bu)" \
    "${S[@]}" --tls --auth PLAIN --auth-user "$au" --auth-password "$ap" --header "Subject: $subj-587"
  check "swaks implicit TLS + AUTH LOGIN via $HOST2:$SUBMISSIONS_PORT ($au@$DOMAIN -> $bu+tag)" \
    swaks --server "$HOST2:$SUBMISSIONS_PORT" --tlsc --auth LOGIN --auth-user "$au@$DOMAIN" --auth-password "$ap" \
          --from "$au@$DOMAIN" --to "$bu+tag@$DOMAIN" --header "Subject: $subj-465"
  if command -v python3 >/dev/null; then
    check "MX $HOST:$SMTP_PORT: the course's session (HELO, MAIL FROM: without <>) delivers; relay gets 554 5.7.1" \
      scram_and_bare_lf mx "$HOST" "$SMTP_PORT" "$bu@$DOMAIN" "someone@elsewhere.invalid" "$subj-mx"
  else
    skip "MX course session (no python3)"
  fi
  if [ "$(postconf -c "$PF_CONF" -h smtpd_forbid_bare_newline 2>/dev/null || true)" = yes ]; then
    if command -v python3 >/dev/null; then
      check "smtpd_forbid_bare_newline: <LF>.<LF> does not end DATA on $HOST:$SMTP_PORT" \
        scram_and_bare_lf bare-lf "$HOST" "$SMTP_PORT" "$au@$DOMAIN" "$bu@$DOMAIN" "$subj-barelf"
    else
      skip "bare <LF> probe (no python3)"
    fi
  else
    skip "smtpd_forbid_bare_newline not set (unknown to this Postfix)"
  fi

  # --- delivery and retrieval ------------------------------------------------------
  uids="$(wait_for_bob "$subj-587" 1 || true) $(wait_for_bob "$subj-465" 1 || true)"
  uids=$(xargs <<<"$uids")
  check "both messages in $bu's INBOX (imaps UID SEARCH -> ${uids:-none})" test "$(wc -w <<<"$uids")" -ge 2
  check "IMAP STARTTLS $HOST:$IMAP_PORT (curl --ssl-reqd) fetches UID ${uids%% *}" \
    outputs "$subj" "${C[@]}" --ssl-reqd --url "imap://$HOST:$IMAP_PORT/INBOX;UID=${uids%% *}" -u "$bu:$bp"
  if [ -r "$MAILDIR_ROOT" ] && [ -x "$MAILDIR_ROOT" ]; then
    check "message file under \$CARTEIRO_LAB_MAILDIR_ROOT/$bu/Maildir/{new,cur}" \
      bash -c 'grep -lsF "$0" "$1"/new/* "$1"/cur/* | grep -q .' "$subj-587" "$MAILDIR_ROOT/$bu/Maildir"
  else
    skip "Maildir file check (no access to $MAILDIR_ROOT; run as root)"
  fi
  check "IMAP LIST RETURN (SPECIAL-USE): Sent Drafts Trash Junk Archive" has_special_use
  n=$("${C[@]}" --ssl-reqd --url "pop3://$HOST:$POP3_PORT/" -u "$bu:$bp" 2>/dev/null | wc -l || true)
  check "POP3 STLS $HOST:$POP3_PORT LIST ($n messages)" test "$n" -ge 2
  check "POP3S $HOST:$POP3S_PORT RETR $n (newest)" \
    outputs "Subject: " "${C[@]}" --url "pop3s://$HOST:$POP3S_PORT/$n" -u "$bu:$bp"
  check "IMAP rejects a wrong password (curl exit 67 = login denied)" \
    curl_rc 67 "${C[@]}" --url "imaps://$HOST:$IMAPS_PORT/" -u "$bu:wrong"

  # --- GNU Mailutils imap4d / pop3d (login with the full address only) ----------------
  # imap4d offers every GNU SASL mechanism (GSSAPI, SCRAM...) but only PLAIN and LOGIN
  # work with its password file; pop3d's greeting has an APOP timestamp but APOP
  # fails. curl picks the "best" of them and fails too, so its choice is forced
  # (AUTH=PLAIN); POP3 USER/PASS, which curl cannot be told to use, goes through openssl.
  check "Mailutils IMAPS $HOST:$MU_IMAPS_PORT logs in as $au@$DOMAIN and lists INBOX" \
    outputs 'INBOX' "${C[@]}" --login-options AUTH=PLAIN --url "imaps://$HOST:$MU_IMAPS_PORT/" -u "$au@$DOMAIN:$ap"
  check "Mailutils IMAP STARTTLS $HOST:$MU_IMAP_PORT (curl --ssl-reqd) logs in as $bu@$DOMAIN" \
    "${C[@]}" --ssl-reqd --login-options AUTH=PLAIN --url "imap://$HOST:$MU_IMAP_PORT/" -u "$bu@$DOMAIN:$bp"
  check "Mailutils POP3S $HOST:$MU_POP3S_PORT and POP3 STLS $HOST:$MU_POP3_PORT log in as $au@$DOMAIN" \
    mu_pop3_logins "$au@$DOMAIN" "$ap"
  check "Mailutils IMAP rejects a wrong password (curl exit 67)" \
    curl_rc 67 "${C[@]}" --login-options AUTH=PLAIN --url "imaps://$HOST:$MU_IMAPS_PORT/" -u "$bu@$DOMAIN:wrong"

  # --- 25 MB attachment --------------------------------------------------------------
  head -c 26214400 /dev/urandom > "$tmp/attachment-25MB.bin"
  check "submission accepts a 25 MB attachment (swaks --attach, STARTTLS + PLAIN)" \
    outputs '250 2\.0\.0 Ok: queued' "${S[@]}" --tls --auth PLAIN --auth-user "$au" --auth-password "$ap" \
      --header "Subject: $subj-big" --attach "@$tmp/attachment-25MB.bin" --suppress-data
  local big; big=$(wait_for_bob "$subj-big" 1) || true
  out=""
  [ -n "$big" ] && out=$("${C[@]}" --url "imaps://$HOST:$IMAPS_PORT/INBOX" -u "$bu:$bp" \
                           -X "UID FETCH ${big%% *} RFC822.SIZE" 2>/dev/null || true)
  [[ $out =~ RFC822\.SIZE\ ([0-9]+) ]] && n=${BASH_REMATCH[1]} || n=0
  check "25 MB message delivered to $bu (RFC822.SIZE $n)" test "$n" -gt 34000000

  # --- clean up what verify delivered (other messages are left alone) ----------------
  uids=$(search_bob "$subj"); uids=$(tr ' ' ',' <<<"$uids")
  if [ -n "$uids" ]; then
    if ! { "${C[@]}" --url "imaps://$HOST:$IMAPS_PORT/INBOX" -u "$bu:$bp" \
             -X "UID STORE $uids +FLAGS.SILENT (\\Deleted)" >/dev/null 2>&1 &&
           "${C[@]}" --url "imaps://$HOST:$IMAPS_PORT/INBOX" -u "$bu:$bp" \
             -X "UID EXPUNGE $uids" >/dev/null 2>&1; }; then
      log "note: could not delete verify's messages ($uids) from $bu's INBOX"
    fi
  fi

  if [ $fails = 0 ]; then log "verify: all checks passed ($skips skipped, $(elapsed)s)"
  else log "verify: $fails check(s) failed"; return 1; fi
}

case ${1:-} in
  install) need_root install; take_lock; install_packages ;;
  start) need_root start; take_lock; start ;;
  stop) need_root stop; take_lock; stop ;;
  stop-imap) need_root stop-imap; take_lock; stop_imap ;;
  start-imap) need_root start-imap; take_lock; start_imap ;;
  restart) need_root restart; take_lock; stop; start ;;
  clear) need_root clear; take_lock; clear_mail ;;
  status) status ;;
  verify) verify ;;
  env) print_env ;;
  *) echo "usage: $0 {start|stop|restart|status|env|verify|clear|install|stop-imap|start-imap}" >&2; exit 2 ;;
esac
