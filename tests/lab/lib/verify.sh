# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# mail-lab.sh verify: an end-to-end check of the running lab with the command-line
# clients (swaks, curl, openssl) and lib/probe.py. Sourced by mail-lab.sh.
# shellcheck disable=SC2016  # bash -c '...' bodies expand their own "$0/$1"

pyprobe() { python3 "$LAB_LIB/probe.py" "$@"; }

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
  search_in() { # host user password subject-substring -> UIDs in that INBOX (space separated)
    local o; o=$("${C[@]}" --url "imaps://$1:$IMAPS_PORT/INBOX" -u "$2:$3" -X "UID SEARCH SUBJECT \"$4\"" 2>/dev/null) || true
    o=${o//$'\r'/}; o=${o#*SEARCH}; echo "${o# }"
  }
  wait_in() { # host user password subject count -> UIDs, polls up to 20 s
    local k u
    for ((k = 0; k < 100; k++)); do
      u=$(search_in "$1" "$2" "$3" "$4"); [ "$(wc -w <<<"$u")" -ge "$5" ] && { echo "$u"; return 0; }
      sleep 0.2
    done
    echo "$u"; return 1
  }
  delete_in() { # host user password subject-substring -- expunge what verify delivered there
    local uids; uids=$(search_in "$@"); uids=$(tr ' ' ',' <<<"$uids")
    [ -n "$uids" ] || return 0
    if ! { "${C[@]}" --url "imaps://$1:$IMAPS_PORT/INBOX" -u "$2:$3" \
             -X "UID STORE $uids +FLAGS.SILENT (\\Deleted)" >/dev/null 2>&1 &&
           "${C[@]}" --url "imaps://$1:$IMAPS_PORT/INBOX" -u "$2:$3" -X "UID EXPUNGE $uids" >/dev/null 2>&1; }; then
      log "note: could not delete verify's messages ($uids) from $2's INBOX"
    fi
  }
  search_bob() { search_in "$HOST" "$bu" "$bp" "$1"; }
  wait_for_bob() { wait_in "$HOST" "$bu" "$bp" "$1" "$2"; }

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
      pyprobe scram "$HOST" "$SUBMISSION_PORT" "$CERT" SCRAM-SHA-1 "$au" "$ap"
    check "submission AUTH SCRAM-SHA-256 on $HOST2:$SUBMISSION_PORT ($bu@$DOMAIN)" \
      pyprobe scram "$HOST2" "$SUBMISSION_PORT" "$CERT" SCRAM-SHA-256 "$bu@$DOMAIN" "$bp"
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
      pyprobe mx "$HOST" "$SMTP_PORT" "$bu@$DOMAIN" "someone@elsewhere.invalid" "$subj-mx"
  else
    skip "MX course session (no python3)"
  fi
  if [ "$(postconf -c "$PF_CONF" -h smtpd_forbid_bare_newline 2>/dev/null || true)" = yes ]; then
    if command -v python3 >/dev/null; then
      check "smtpd_forbid_bare_newline: <LF>.<LF> does not end DATA on $HOST:$SMTP_PORT" \
        pyprobe bare-lf "$HOST" "$SMTP_PORT" "$au@$DOMAIN" "$bu@$DOMAIN" "$subj-barelf"
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

  verify_domain2

  # --- clean up what verify delivered (other messages are left alone) ----------------
  delete_in "$HOST" "$bu" "$bp" "$subj"
  delete_in "$HOST" "$au" "$ap" "$subj"
  delete_in "$HOST3" dave davepass "$subj"

  if [ $fails = 0 ]; then log "verify: all checks passed ($skips skipped, $(elapsed)s)"
  else log "verify: $fails check(s) failed"; return 1; fi
}

verify_domain2() { # the second domain, its MX, and a message across the two MTAs (uses verify's helpers)
  local dv=dave dp=davepass uid raw qid
  log "verify $DOMAIN2: $HOST3, DNS $DNS_SERVER:53"
  check "DNS $DNS_SERVER: MX of $DOMAIN2 is 10 mx.$DOMAIN2" outputs "^MX 10 mx\\.$DOMAIN2\$" pyprobe dns "$DNS_SERVER" "$DOMAIN2" MX
  check "DNS $DNS_SERVER: mx.$DOMAIN2 is $HOST3" outputs "^A $HOST3\$" pyprobe dns "$DNS_SERVER" "mx.$DOMAIN2" A
  check "DNS $DNS_SERVER: MX of $DOMAIN is 10 mx.$DOMAIN" outputs "^MX 10 mx\\.$DOMAIN\$" pyprobe dns "$DNS_SERVER" "$DOMAIN" MX
  check "DNS $DNS_SERVER: an unknown name in $DOMAIN2 is NXDOMAIN (rcode 3)" \
    outputs '^rcode 3$' pyprobe dns "$DNS_SERVER" "nobody.$DOMAIN2" A
  if [ "$(mx_mode)" != dns ]; then
    skip "Postfix's resolv.conf (static mode: the transport maps name the MX hosts)"
  elif [ "$(id -u)" = 0 ]; then
    local pf
    for pf in postfix postfix2; do
      check "$pf's mount namespace resolves through $DNS_SERVER (lab resolv.conf)" \
        outputs "^nameserver $DNS_SERVER\$" nsenter -t "$(pid_from $pf any)" -m cat /etc/resolv.conf
    done
    check "the system's own /etc/resolv.conf is untouched (no $DNS_SERVER)" lacks "$DNS_SERVER" cat /etc/resolv.conf
  else
    skip "Postfix's resolv.conf (needs root)"
  fi
  check "swaks $au -> $dv@$DOMAIN2 via $HOST:$SUBMISSION_PORT (STARTTLS + AUTH PLAIN)" \
    swaks --server "$HOST:$SUBMISSION_PORT" --tls --auth PLAIN --auth-user "$au" --auth-password "$ap" \
      --from "$au@$DOMAIN" --to "$dv@$DOMAIN2" --header "Subject: $subj-acme"
  uid=$(wait_in "$HOST3" "$dv" "$dp" "$subj-acme" 1) || true
  check "delivered across the MTAs: in $dv's INBOX on $HOST3:$IMAPS_PORT (UID ${uid:-none})" test -n "$uid"
  raw=$("${C[@]}" --url "imaps://$HOST3:$IMAPS_PORT/INBOX;UID=${uid%% *}" -u "$dv:$dp" 2>/dev/null || true)
  check "Received: LMTP by mail.$DOMAIN2, then ESMTPS from mail.$DOMAIN, then ESMTPSA by mail.$DOMAIN" \
    pyprobe received "by mail\\.$DOMAIN2 with LMTP" \
      "^from mail\\.$DOMAIN .*by mail\\.$DOMAIN2 \\(Postfix\\) with ESMTPS " \
      "by mail\\.$DOMAIN \\(Postfix\\) with ESMTPSA " <<<"$raw"
  qid=$(grep -oE 'with ESMTPSA id [0-9A-F]+' <<<"$raw" | awk '{print $4}' || true)
  local mx=mx.$DOMAIN2; [ "$(mx_mode)" = dns ] || mx=$HOST3
  check "example.test's Postfix sent ${qid:-?} to the MX host: relay=$mx[$HOST3]:$SMTP_PORT" \
    grep -qF "${qid:-none}: to=<$dv@$DOMAIN2>, relay=$mx[$HOST3]:$SMTP_PORT" "$LAB_DIR/log/postfix.log"
  check "swaks $dv -> $au via $HOST3:$SUBMISSIONS_PORT (implicit TLS + AUTH LOGIN), back across the MTAs" \
    swaks --server "$HOST3:$SUBMISSIONS_PORT" --tlsc --auth LOGIN --auth-user "$dv@$DOMAIN2" --auth-password "$dp" \
      --from "$dv@$DOMAIN2" --to "$au@$DOMAIN" --header "Subject: $subj-reply"
  check "the reply is in $au's INBOX" wait_in "$HOST" "$au" "$ap" "$subj-reply" 1
  check "MX $HOST3:$SMTP_PORT: the course's session delivers to $dv; relay to $DOMAIN gets 554 5.7.1" \
    pyprobe mx "$HOST3" "$SMTP_PORT" "$dv@$DOMAIN2" "$bu@$DOMAIN" "$subj-mx2"
  check "IMAPS $HOST3:$IMAPS_PORT and POP3S $HOST3:$POP3S_PORT log in as $dv@$DOMAIN2" \
    tls_logins "$HOST3" "$dv@$DOMAIN2" "$dp"
  check "IMAPS $HOST3:$IMAPS_PORT: erin logs in, $dv's password is refused for erin (curl exit 67)" \
    bash -c '"$@" -u erin:erinpass && ! "$@" -u "erin:$0"' "$dp" "${C[@]}" --url "imaps://$HOST3:$IMAPS_PORT/"
}
