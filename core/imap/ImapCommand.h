// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One IMAP command, built by a small RFC-cited builder and serialised by the
// session (which knows the tag and whether LITERAL+ / LITERAL- may be used).
// User text (mailbox names, search strings) becomes an atom, a quoted string
// or a counted literal, so CR/LF can never end a command early; NUL, which no
// IMAP string may carry (RFC 3501 §9 CHAR8), makes the command invalid.
#include "imap/ImapSequenceSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace carteiro {

class ImapCommand
{
public:
    enum class Kind {
        Capability, Noop, Logout, StartTls, Login, Authenticate, Enable, Id, Namespace, List,
        Status, Select, Examine, Close, Unselect, Fetch, Store, Copy, Move, Expunge, UidExpunge,
        Append, Create, Delete, Rename, Subscribe, Search, Idle, Unsubscribe, Lsub
    };
    static const char *kindName(Kind kind);

    struct Piece
    {
        QByteArray text;      // wire bytes (for a literal: its content)
        bool literal = false; // sent as {n} (or {n+}) then the bytes
        bool secret = false;  // shown as ***** in the inspector
        QByteArray shown;     // what the inspector shows instead, when set
    };
    enum class StoreMode { Add, Remove, Replace };

    Kind kind = Kind::Noop;
    QByteArray verb;          // "UID FETCH": for the inspector's annotation
    QList<Piece> pieces;      // everything after the tag, in order
    bool barrier = false;     // nothing else may be in flight with it
    bool largeLiterals = false; // its answer may carry a message body
    QString invalid;          // why this command must not be sent (NUL in user input)
    QString mailbox;          // SELECT/EXAMINE: the mailbox it opens
    // Extended syntax (RETURN options, CHANGEDSINCE, CONDSTORE ...): the capabilities
    // it relies on, and the base command sent once instead when the server answers
    // BAD (ImapSyntaxFallback); those capabilities are then unused on the connection.
    QList<QByteArray> extendedSyntax;
    std::shared_ptr<const ImapCommand> baseForm;

    ImapCommand &raw(QByteArrayView text);      // verbatim (protocol syntax only)
    ImapCommand &astring(const QByteArray &value, bool secret = false);
    // A string that is never an atom (RFC 2971 ID wants strings): quoted or literal.
    ImapCommand &string(const QByteArray &value);
    ImapCommand &mailboxName(const QString &name);
    ImapCommand &literal(const QByteArray &bytes, bool secret = false);

    // RFC 3501 §6.1.1 / §6.1.2 / §6.1.3
    static ImapCommand capability();
    static ImapCommand noop();
    static ImapCommand logout();
    // RFC 3501 §6.2.1
    static ImapCommand startTls();
    // RFC 3501 §6.2.3
    static ImapCommand login(const QString &user, const QString &password);
    // RFC 3501 §6.2.2; RFC 4959 §3 initial response (already base64, "=" for empty)
    static ImapCommand authenticate(const QByteArray &mechanism, const QByteArray &initialResponse = {},
                                    const QByteArray &redactedInitial = {});
    // RFC 5161 §3.1
    static ImapCommand enable(const QList<QByteArray> &extensions);
    // RFC 2971 §3.1
    static ImapCommand id(const QList<QPair<QByteArray, QByteArray>> &fields);
    // RFC 2342 §5
    static ImapCommand namespaceCommand();
    // RFC 3501 §6.3.8; RFC 5258 §3 LIST-EXTENDED with RETURN (SPECIAL-USE) (RFC 6154 §2)
    // and STATUS (RFC 5819 §2) when the server offers them.
    static ImapCommand list(const QString &reference, const QString &pattern, bool specialUse,
                            bool listStatus);
    // RFC 3501 §6.3.10
    static ImapCommand status(const QString &mailbox, const QList<QByteArray> &items);
    struct QresyncParams
    {
        quint32 uidValidity = 0;
        quint64 modSeq = 0;
        ImapSequenceSet knownUids;
    };
    // RFC 3501 §6.3.1 / §6.3.2; RFC 7162 §3.1.8 (CONDSTORE) and §3.2.5 (QRESYNC)
    static ImapCommand select(const QString &mailbox, bool readOnly, bool condstore,
                              const QresyncParams *qresync = nullptr);
    // RFC 3501 §6.4.2; RFC 3691 §2
    static ImapCommand close();
    static ImapCommand unselect();
    // RFC 3501 §6.4.8 UID FETCH (§6.4.5 items); RFC 7162 §3.1.4.1 CHANGEDSINCE, §3.2.6 VANISHED
    static ImapCommand uidFetch(const ImapSequenceSet &uids, const QByteArray &items,
                                quint64 changedSince = 0, bool vanished = false);
    // The list view's items (tests/bench/README.md): flags, date, size, envelope, structure.
    static QByteArray headerItems(bool modseq);
    // BODY.PEEK[section]<origin.length> (RFC 3501 §6.4.5): never sets \Seen.
    static QByteArray bodyItem(const QByteArray &section, qint64 origin = -1, qint64 length = -1);
    // RFC 3501 §6.4.6 via UID (§6.4.8); RFC 7162 §3.1.3 UNCHANGEDSINCE
    static ImapCommand uidStore(const ImapSequenceSet &uids, StoreMode mode,
                                const QList<QByteArray> &flags, bool silent = true,
                                quint64 unchangedSince = 0);
    // RFC 3501 §6.4.7 via UID; RFC 6851 §3.2 UID MOVE
    static ImapCommand uidCopy(const ImapSequenceSet &uids, const QString &mailbox);
    static ImapCommand uidMove(const ImapSequenceSet &uids, const QString &mailbox);
    // RFC 3501 §6.4.3; RFC 4315 §2.1 UID EXPUNGE
    static ImapCommand expunge();
    static ImapCommand uidExpunge(const ImapSequenceSet &uids);
    // RFC 3501 §6.3.11 (flags and date optional); the message goes as one literal.
    static ImapCommand append(const QString &mailbox, const QList<QByteArray> &flags,
                              const QDateTime &internalDate, const QByteArray &message);
    // RFC 3501 §6.3.3 / §6.3.4 / §6.3.5 / §6.3.6
    static ImapCommand create(const QString &mailbox);
    static ImapCommand deleteMailbox(const QString &mailbox);
    static ImapCommand rename(const QString &from, const QString &to);
    static ImapCommand subscribe(const QString &mailbox);
    // RFC 9051 §6.3.8 (RFC 3501 §6.3.7)
    static ImapCommand unsubscribe(const QString &mailbox);
    // The subscribed folders: RFC 3501 §6.3.9 LSUB "" "*", or with LIST-EXTENDED
    // LIST (SUBSCRIBED) "" "*" (RFC 5258 §3.1, RFC 9051 §6.3.9.1; LSUB is gone from IMAP4rev2).
    static ImapCommand subscribedList(bool listExtended);
    // RFC 3501 §6.4.4 via UID. `criteria` is protocol syntax ("UNSEEN", "ALL");
    // `text` (optional) is user input, searched with TEXT and sent as a string.
    static ImapCommand uidSearch(const QByteArray &criteria, const QString &text = {});
    // RFC 2177 §3
    static ImapCommand idle();

    static QByteArray formatDate(const QDateTime &dt); // "17-Jul-1996 02:44:25 -0700"

    // One write of this command: from the tag (resumeAt -1) or from the literal
    // at piece resumeAt (after the server's "+"), up to the end or the next
    // synchronizing literal (waitAt >= 0: wait for "+", then resume there).
    // RFC 7888: LITERAL+ needs no round trip; LITERAL- only up to 4096 bytes.
    struct Chunk
    {
        QByteArray wire, trace;
        int waitAt = -1;
    };
    Chunk serialize(const QByteArray &tag, int resumeAt, bool literalPlus, bool literalMinus) const;

private:
    bool forceString = false;
};

} // namespace carteiro
