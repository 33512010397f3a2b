// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP response codes and POP3 extended response codes of ReplyCatalog.
// Data only; see ReplyCatalog.cpp for how the texts are looked up.
#include "trace/ReplyCatalogTables.h"

#include <QtGlobal>

#include <iterator>

namespace carteiro::reply_detail {

namespace {

// ---- IMAP response codes ---------------------------------------------------

constexpr KeyedEntry kImapCodes[] = {
    // RFC 3501 §7.1
    {"ALERT", QT_TRANSLATE_NOOP("ReplyCatalog", "Special alert that must be presented to the user"),
     "RFC 3501 §7.1"},
    {"BADCHARSET",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "SEARCH failed because the given charset is not supported (may list the supported "
         "ones)"),
     "RFC 3501 §7.1"},
    {"CAPABILITY",
     QT_TRANSLATE_NOOP("ReplyCatalog", "Followed by the list of capabilities of the server"),
     "RFC 3501 §7.1"},
    {"PARSE",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Error parsing the RFC 2822 or MIME headers of a message in the mailbox"),
     "RFC 3501 §7.1"},
    {"PERMANENTFLAGS",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Followed by the list of flags the client can change permanently"),
     "RFC 3501 §7.1"},
    {"READ-ONLY",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The mailbox is selected read-only, or its access changed to read-only"),
     "RFC 3501 §7.1"},
    {"READ-WRITE",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The mailbox is selected read-write, or its access changed to read-write"),
     "RFC 3501 §7.1"},
    {"TRYCREATE",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "The target mailbox of APPEND or COPY does not exist; creating it first may help"),
     "RFC 3501 §7.1"},
    {"UIDNEXT",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Followed by the next unique identifier value of the mailbox"),
     "RFC 3501 §7.1"},
    {"UIDVALIDITY",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Followed by the unique identifier validity value of the mailbox"),
     "RFC 3501 §7.1"},
    {"UNSEEN",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Followed by the number of the first message without the \\Seen flag"),
     "RFC 3501 §7.1"},
    // RFC 4315 (UIDPLUS) §3
    {"APPENDUID",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Followed by the UIDVALIDITY of the destination mailbox and the UID assigned to the "
         "appended message"),
     "RFC 4315 §3"},
    {"COPYUID",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Followed by the UIDVALIDITY of the destination mailbox, the UIDs copied and the UIDs "
         "assigned to the copies"),
     "RFC 4315 §3"},
    {"UIDNOTSTICKY",
     QT_TRANSLATE_NOOP("ReplyCatalog", "The selected mailbox does not support persistent UIDs"),
     "RFC 4315 §3"},
    // RFC 5530 §3
    {"UNAVAILABLE",
     QT_TRANSLATE_NOOP("ReplyCatalog", "Temporary failure because a subsystem is down"),
     "RFC 5530 §3"},
    {"AUTHENTICATIONFAILED",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Authentication failed for some reason on which the server is unwilling to elaborate"),
     "RFC 5530 §3"},
    {"AUTHORIZATIONFAILED",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Authentication succeeded, but the user may not act as the requested authorization "
         "identity"),
     "RFC 5530 §3"},
    {"EXPIRED",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Access is no longer permitted with that passphrase (expired password or account)"),
     "RFC 5530 §3"},
    {"PRIVACYREQUIRED",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Operation not permitted due to a lack of privacy (e.g. no TLS)"),
     "RFC 5530 §3"},
    {"CONTACTADMIN",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The user should contact the system administrator or support desk"),
     "RFC 5530 §3"},
    {"NOPERM",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "The access control system (e.g. ACL) does not permit this user to do the operation"),
     "RFC 5530 §3"},
    {"INUSE",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Operation not carried out because the object is in use (e.g. locked)"),
     "RFC 5530 §3"},
    {"EXPUNGEISSUED",
     QT_TRANSLATE_NOOP("ReplyCatalog", "Someone else has issued an EXPUNGE for the same mailbox"),
     "RFC 5530 §3"},
    {"CORRUPTION",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "The server discovered that some relevant data (e.g. the mailbox) are corrupt"),
     "RFC 5530 §3"},
    {"SERVERBUG", QT_TRANSLATE_NOOP("ReplyCatalog", "The server has detected a bug in itself"),
     "RFC 5530 §3"},
    {"CLIENTBUG", QT_TRANSLATE_NOOP("ReplyCatalog", "The server has detected a client bug"),
     "RFC 5530 §3"},
    {"CANNOT",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The operation violates some invariant of the server and can never succeed"),
     "RFC 5530 §3"},
    {"LIMIT",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The operation ran up against an implementation limit of some kind"),
     "RFC 5530 §3"},
    {"OVERQUOTA",
     QT_TRANSLATE_NOOP("ReplyCatalog", "The user would be over quota after the operation"),
     "RFC 5530 §3"},
    {"ALREADYEXISTS",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The operation attempts to create something that already exists"),
     "RFC 5530 §3"},
    {"NONEXISTENT",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The operation attempts to delete something that does not exist"),
     "RFC 5530 §3"},
    // RFC 7162 (CONDSTORE, QRESYNC)
    {"HIGHESTMODSEQ",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Followed by the highest mod-sequence value of all messages in the mailbox"),
     "RFC 7162 §3.1.2.1"},
    {"NOMODSEQ",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The mailbox does not support persistent storage of mod-sequences"),
     "RFC 7162 §3.1.2.2"},
    {"MODIFIED",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Followed by the messages that failed the UNCHANGEDSINCE test of a conditional STORE"),
     "RFC 7162 §3.1.3"},
    {"CLOSED",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "The previously selected mailbox is now closed (the new mailbox's responses follow)"),
     "RFC 7162 §3.2.11"},
    // Other extensions, folded into IMAP4rev2 where noted
    {"HASCHILDREN",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The mailbox has child mailboxes, so the operation was refused"),
     "RFC 9051 §7.1"},
    {"UNKNOWN-CTE",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "The server does not know how to decode the Content-Transfer-Encoding of the part"),
     "RFC 3516; RFC 9051 §7.1"},
    {"COMPRESSIONACTIVE",
     QT_TRANSLATE_NOOP("ReplyCatalog", "A compression layer is already active"), "RFC 4978"},
    {"REFERRAL",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Followed by an IMAP URL: try the referred server or mailbox instead"),
     "RFC 2221; RFC 2193"},
    {"BADURL", QT_TRANSLATE_NOOP("ReplyCatalog", "A URL in the command could not be resolved"),
     "RFC 4469"},
    {"TOOBIG", QT_TRANSLATE_NOOP("ReplyCatalog", "The message is too big for the server to accept"),
     "RFC 4469"},
    {"NOTSAVED", QT_TRANSLATE_NOOP("ReplyCatalog", "The search result could not be saved"),
     "RFC 5182"},
    {"USEATTR",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "The special-use attribute requested is not supported for that mailbox"),
     "RFC 6154"},
    {"MAILBOXID",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Followed by the unique, immutable identifier the server gave the mailbox"),
     "RFC 8474"},
};

// ---- POP3 extended response codes ------------------------------------------

constexpr KeyedEntry kPop3Codes[] = {
    {"LOGIN-DELAY",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "The user logged in recently and may not log in again until the login delay has "
         "expired"),
     "RFC 2449 §8.1.1"},
    {"IN-USE",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Authentication succeeded, but the maildrop is in use (probably by another POP3 "
         "client)"),
     "RFC 2449 §8.1.2"},
    {"SYS",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "The failure is due to a system error, not to the user's credentials or an external "
         "condition"),
     "RFC 3206 §4"},
    {"SYS/TEMP",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Temporary system problem; no need to alarm the user unless the failure persists"),
     "RFC 3206 §4"},
    {"SYS/PERM",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "System problem unlikely to be resolved without intervention; contact support"),
     "RFC 3206 §4"},
    {"AUTH",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Problem with the user's credentials (wrong password, unknown user, expired account, "
         "policy)"),
     "RFC 3206 §5"},
};

} // namespace

KeyedTable imapCodes()
{
    return {std::begin(kImapCodes), std::end(kImapCodes)};
}

KeyedTable pop3Codes()
{
    return {std::begin(kPop3Codes), std::end(kPop3Codes)};
}

} // namespace carteiro::reply_detail
