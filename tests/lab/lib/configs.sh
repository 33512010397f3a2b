# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# shellcheck disable=SC2016  # postfix-files names like $mail_owner are literal
# mail-lab.sh's configuration writers: the exports, the certificates, and the
# configuration of each domain's mail server (Postfix + Dovecot, written by the same
# functions for example.test and for the second domain, see select_domain), plus GNU
# Mailutils. Sourced by mail-lab.sh; everything is rewritten on every start.

print_env() { # the exports tests need; also written to $LAB_DIR/env.sh
  local v
  echo "# source me: Carteiro mail lab (tests/lab/mail-lab.sh)"
  for v in HOST HOST2 DOMAIN SMTP_PORT SUBMISSION_PORT SUBMISSIONS_PORT IMAP_PORT IMAPS_PORT \
           POP3_PORT POP3S_PORT MU_IMAP_PORT MU_IMAPS_PORT MU_POP3_PORT MU_POP3S_PORT \
           HOST3 DOMAIN2 DNS_SERVER; do
    printf 'export CARTEIRO_LAB_%s=%q\n' "$v" "${!v}"
  done
  # the second domain's server: the same port numbers, on HOST3
  for v in SMTP_PORT SUBMISSION_PORT SUBMISSIONS_PORT IMAP_PORT IMAPS_PORT POP3_PORT POP3S_PORT; do
    printf 'export CARTEIRO_LAB_DOMAIN2_%s=%q\n' "$v" "${!v}"
  done
  printf 'export CARTEIRO_LAB_PORT_OFFSET=%q\n' "$OFF"
  printf 'export CARTEIRO_LAB_MX_MODE=%q\n' "$(mx_mode)"   # dns, or static (see lib/domain2.sh)
  printf 'export CARTEIRO_LAB_CA_FILE=%q\n' "$CERT"
  printf 'export CARTEIRO_LAB_WRONG_CA_FILE=%q\n' "$WRONG_CERT"
  printf 'export CARTEIRO_LAB_DIR=%q\n' "$LAB_DIR"
  printf 'export CARTEIRO_LAB_MAILDIR_ROOT=%q\n' "$MAILDIR_ROOT"
  printf 'export CARTEIRO_LAB_MAILDIR_ROOT2=%q\n' "$MAILDIR_ROOT2"
  local u name pass d
  for u in $USERS $USERS2; do
    name=${u%%:*}; pass=${u#*:}; d=$DOMAIN
    [[ " $USERS2 " == *" $u "* ]] && d=$DOMAIN2
    printf 'export CARTEIRO_LAB_USER_%s=%q\n' "${name^^}" "$name@$d"
    printf 'export CARTEIRO_LAB_PASSWORD_%s=%q\n' "${name^^}" "$pass"
  done
}

make_cert() { # certfile keyfile CN -- throw-away self-signed cert for every lab name and address
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 -sha256 \
    -subj "/O=Carteiro mail lab/CN=$3" \
    -addext "subjectAltName=DNS:localhost,DNS:mail.$DOMAIN,DNS:mx.$DOMAIN,DNS:mail.$DOMAIN2,DNS:mx.$DOMAIN2,IP:$HOST,IP:$HOST2,IP:$HOST3" \
    -addext "extendedKeyUsage=serverAuth" \
    -keyout "$2" -out "$1" 2>/dev/null
  chmod 600 "$2"; chmod 644 "$1"
}

prepare_queue() { # queue-dir
  # 'postfix start' normally runs 'postfix check' first (create the queue dirs, then
  # seconds of find(1) permission warnings). The queue is brand new and ours, so
  # create its directories as postfix-files prescribes and let postfix-script skip
  # the checks via "quick-start". If anything fails, start() replays 'postfix check'.
  local queue=$1 files line path owner group mode
  files="$(postconf -dh meta_directory 2>/dev/null)/postfix-files"
  [ -r "$files" ] || return 0
  while IFS= read -r line; do
    [[ $line =~ ^\$queue_directory/([a-z]+):d:([^:]+):([^:]+):([0-7]+): ]] || continue
    path=$queue/${BASH_REMATCH[1]}; owner=${BASH_REMATCH[2]}; group=${BASH_REMATCH[3]}
    mode=${BASH_REMATCH[4]}
    [ "$owner" = '$mail_owner' ] && owner=postfix
    case $group in '$setgid_group') group=postdrop ;; -) group="" ;; esac
    mkdir -p "$path"; chown "$owner${group:+:$group}" "$path"; chmod "$mode" "$path"
  done < <(grep -E '^\$queue_directory/[a-z]+:d:' "$files")
  chmod 755 "$queue"
  [ -d "$queue/pid" ] && [ -d "$queue/private" ] && [ -d "$queue/maildrop" ] &&
    touch "$queue/quick-start"
  return 0
}

select_domain() { # 1|2 -- the D_* variables the writers below use, for one domain's server
  if [ "$1" = 1 ]; then
    D_DOMAIN=$DOMAIN D_USERS=$USERS D_PEER=$DOMAIN2 D_PEER_HOST=$HOST3 D_NAME=postfix
    D_PF_CONF=$PF_CONF D_PF_QUEUE=$PF_QUEUE D_PF_DATA=$LAB_DIR/postfix/data
    D_DC_CONF=$DC_CONF D_DC_RUN=$DC_RUN D_DC_DIR=$LAB_DIR/dovecot D_DC_LOG=dovecot
    D_INSTANCE=carteiro-lab D_LISTEN="$HOST, $HOST2" D_MX_HOST=$HOST D_SUB_HOSTS="$HOST $HOST2"
  else
    D_DOMAIN=$DOMAIN2 D_USERS=$USERS2 D_PEER=$DOMAIN D_PEER_HOST=$HOST D_NAME=postfix2
    D_PF_CONF=$PF2_CONF D_PF_QUEUE=$PF2_QUEUE D_PF_DATA=$LAB_DIR/postfix2/data
    D_DC_CONF=$DC2_CONF D_DC_RUN=$DC2_RUN D_DC_DIR=$LAB_DIR/dovecot2 D_DC_LOG=dovecot2
    D_INSTANCE=carteiro-lab-2 D_LISTEN=$HOST3 D_MX_HOST=$HOST3 D_SUB_HOSTS=$HOST3
  fi
}

write_configs() {
  local vuid vgid i
  getent passwd "$VMAIL_USER" >/dev/null ||
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$VMAIL_USER"
  vuid=$(id -u "$VMAIL_USER"); vgid=$(id -g "$VMAIL_USER")

  # fresh state each start; only ever delete a directory this script created
  if [ -e "$LAB_DIR" ]; then
    [ -e "$MARKER" ] || die "$LAB_DIR exists and was not created by this script"
    rm -rf "$LAB_DIR"
  fi
  mkdir -p "$LAB_DIR"/{tls,log,mail}
  touch "$MARKER"
  chmod 755 "$LAB_DIR" "$LAB_DIR/tls"   # postfix/dovecot/vmail users must traverse it
  chown "$VMAIL_USER:$VMAIL_USER" "$LAB_DIR/mail"; chmod 700 "$LAB_DIR/mail"

  # --- TLS: a fresh self-signed cert per start (trust it as the CA in tests),
  # plus an unrelated one with the same names that tests use as the WRONG CA.
  make_cert "$CERT" "$KEY" "mail.$DOMAIN"
  make_cert "$WRONG_CERT" "$LAB_DIR/tls/wrong-ca.key" "wrong CA for mail.$DOMAIN"

  choose_mx_mode
  for i in 1 2; do
    select_domain $i
    mkdir -p "$D_PF_CONF" "$D_PF_QUEUE" "$D_PF_DATA" "$D_DC_RUN" "$D_DC_DIR/state"
    chown postfix:postfix "$D_PF_DATA"
    prepare_queue "$D_PF_QUEUE"
    write_users
    write_dovecot_conf "$vuid" "$vgid"
    write_postfix_conf
  done
  write_dns_conf
  write_mailutils_configs "$vuid" "$vgid"
  print_env > "$LAB_DIR/env.sh"
}

write_users() { # Dovecot's passwd-file, Postfix's mailbox and alias maps
  local u name first=${D_USERS%%:*}
  : > "$D_DC_DIR/users"; : > "$D_PF_CONF/vmailbox"
  for u in $D_USERS; do
    name=${u%%:*}
    echo "$name@$D_DOMAIN:{PLAIN}${u#*:}::::::" >> "$D_DC_DIR/users"
    echo "$name@$D_DOMAIN OK" >> "$D_PF_CONF/vmailbox"
  done
  chown root:dovecot "$D_DC_DIR/users"; chmod 640 "$D_DC_DIR/users"
  printf 'postmaster@%s %s@%s\nabuse@%s %s@%s\n' "$D_DOMAIN" "$first" "$D_DOMAIN" "$D_DOMAIN" "$first" "$D_DOMAIN" \
    > "$D_PF_CONF/virtual"
}

write_dovecot_conf() { # vmail-uid vmail-gid
  local dh=""; [ -f /usr/share/dovecot/dh.pem ] && dh="ssl_dh = </usr/share/dovecot/dh.pem"
  cat > "$D_DC_CONF" <<EOF
# generated by tests/lab/mail-lab.sh -- do not edit, rewritten on every start
instance_name = $D_INSTANCE
base_dir = $D_DC_RUN
state_dir = $D_DC_DIR/state
protocols = imap pop3 lmtp
# $HOST is "secured" for Dovecot (client IP == local IP); $HOST2 is not, because
# clients reach it from source address $HOST. See the header of mail-lab.sh.
listen = $D_LISTEN
login_trusted_networks =
hostname = mail.$D_DOMAIN
postmaster_address = postmaster@$D_DOMAIN
log_path = $LAB_DIR/log/$D_DC_LOG.log
auth_verbose = yes
# passwords are stored {PLAIN}, so the challenge-response mechanisms work too
auth_mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256
# log in as "alice" or as "alice@$D_DOMAIN"
auth_default_realm = $D_DOMAIN
auth_failure_delay = 0
disable_plaintext_auth = yes
ssl = yes
ssl_cert = <$CERT
ssl_key = <$KEY
$dh
ssl_min_protocol = TLSv1.2
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = $1
last_valid_uid = $1
mail_location = maildir:~/Maildir
mail_max_userip_connections = 100
recipient_delimiter = +
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $D_DC_DIR/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $D_DC_DIR/users
  default_fields = uid=$1 gid=$2 home=$LAB_DIR/mail/%d/%n
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
}

write_postfix_conf() { # main.cf, master.cf and the transport map of one domain's Postfix
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
    [ "$D_NAME" = postfix ] && log "WARNING: this Postfix does not know smtpd_forbid_bare_newline; left unset"
  fi
  cat > "$D_PF_CONF/main.cf" <<EOF
# generated by tests/lab/mail-lab.sh -- do not edit, rewritten on every start
compatibility_level = 3.6
queue_directory = $D_PF_QUEUE
data_directory = $D_PF_DATA
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = /var, /dev/stdout, $LAB_DIR/log
maillog_file = $LAB_DIR/log/$D_NAME.log
syslog_name = $D_NAME
myhostname = mail.$D_DOMAIN
mydomain = $D_DOMAIN
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
virtual_mailbox_domains = $D_DOMAIN
virtual_mailbox_maps = texthash:$D_PF_CONF/vmailbox
virtual_alias_maps = texthash:$D_PF_CONF/virtual
virtual_transport = lmtp:unix:$D_DC_RUN/lmtp
# The lab's other domain ($D_PEER) goes out by SMTP to the host its MX record names
# (the lab's DNS server, lib/domain2.sh), on port $SMTP_PORT; nothing else ever
# leaves the machine: other domains get "550 5.7.1" at RCPT time.
transport_maps = texthash:$D_PF_CONF/transport
default_transport = error:5.7.1 carteiro-lab: delivery outside $D_DOMAIN and $D_PEER is disabled
relay_transport = \$default_transport
smtp_tcp_port = $SMTP_PORT
smtp_tls_security_level = may
smtp_tls_CAfile = $CERT
smtp_tls_loglevel = 1
smtp_connect_timeout = 5s
# a lab-short retry: a deferred message is tried again within ~10 s (postqueue -f: at once)
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
smtpd_tls_cert_file = $CERT
smtpd_tls_key_file = $KEY
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_sasl_type = dovecot
smtpd_sasl_path = $D_DC_RUN/auth-postfix
smtpd_sasl_auth_enable = no
smtpd_sasl_security_options = noanonymous
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
EOF

  local h
  {
    echo "# generated by tests/lab/mail-lab.sh -- nothing chrooted, so absolute socket paths work"
    # The MX-like listener of the course's telnet session (port 25 style): mail for
    # $D_DOMAIN without AUTH, relay refused with Postfix's own "554 5.7.1 ... Relay
    # access denied" -- so loopback must not count as a trusted network here.
    cat <<EOF
$D_MX_HOST:$SMTP_PORT inet n - n - - smtpd
  -o syslog_name=$D_NAME/mx
  -o mynetworks=
  -o smtpd_relay_restrictions=reject_unauth_destination
EOF
    # submission (STARTTLS required before AUTH) and submissions (implicit TLS)
    local sub
    for h in $D_SUB_HOSTS; do
      for sub in "submission $SUBMISSION_PORT smtpd_tls_security_level=encrypt" \
                 "submissions $SUBMISSIONS_PORT smtpd_tls_wrappermode=yes"; do
        # shellcheck disable=SC2086
        set -- $sub
        cat <<EOF
$h:$2 inet n - n - - smtpd
  -o syslog_name=$D_NAME/$1
  -o $3
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
EOF
      done
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
  } > "$D_PF_CONF/master.cf"
  if [ "$(mx_mode)" = dns ]; then
    printf '%s smtp:\n' "$D_PEER"   # smtp: + a domain = MX lookup (RFC 5321 §5.1)
  else   # no private mount namespace for the lab's resolver: the MX host's address, named directly
    printf '%s smtp:[%s]\n' "$D_PEER" "$D_PEER_HOST"
  fi > "$D_PF_CONF/transport"

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
