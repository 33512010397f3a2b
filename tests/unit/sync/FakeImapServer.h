// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small in-process IMAP server (loopback, port 0, plaintext lab mode) that
// models ONE mailbox: messages with UIDs, flags and MODSEQs, expunges, and a
// UIDVALIDITY the test can change. It answers the commands a folder sync
// and the account's operations send (RFC 3501 SELECT/EXAMINE, UID SEARCH, UID FETCH; RFC 7162 CONDSTORE
// and QRESYNC, VANISHED (EARLIER)), so tests check behaviour against a model,
// not against one fixed transcript.
#include "TestTls.h"

#include <QByteArray>
#include <QList>
#include <memory>

namespace carteiro::test {

class FakeImapServer
{
public:
    struct Message
    {
        quint32 uid = 0;
        QList<QByteArray> flags;
        quint64 modSeq = 0;
        QByteArray subject; // ENVELOPE subject, as sent (may be RFC 2047 encoded)
        QByteArray fromName;
        bool attachment = false;
    };

    explicit FakeImapServer(const QByteArray &capabilities =
                                "IMAP4rev1 AUTH=PLAIN SASL-IR ENABLE CONDSTORE QRESYNC UIDPLUS IDLE");
    ~FakeImapServer();
    quint16 port() const;

    quint32 add(const QByteArray &subject, const QList<QByteArray> &flags = {}, bool attachment = false,
                const QByteArray &fromName = "Alice");
    void setFlags(quint32 uid, const QList<QByteArray> &flags);
    void expunge(quint32 uid);
    // A new UIDVALIDITY: every message gets a new UID (as after DELETE + CREATE).
    void renumber(quint32 newUidValidity);

    QByteArray capabilities;
    quint32 uidValidity = 1000;
    quint32 uidNext = 1;
    quint64 highestModSeq = 1;
    QList<Message> messages;
    QList<QPair<quint32, quint64>> expunged; // uid, modseq of the expunge
    QByteArray selectRefusal;               // non-empty: SELECT answers "NO <this>"
    QList<QByteArray> commands;             // every command line received (tag removed)
    QList<QByteArray> listLines = {"* LIST (\\HasNoChildren) \"/\" INBOX",
                                   "* LIST (\\HasNoChildren \\Trash) \"/\" Trash"};
    bool dropOnHeaderFetch = false;         // close the socket at the first ENVELOPE fetch
    QByteArray storeRefusal;                // non-empty: UID STORE answers "NO <this>"
    QByteArray mailboxRefusal;              // non-empty: CREATE/RENAME/DELETE answer "NO <this>"
    // RFC 9051 §6.3.7-6.3.9: the subscription list, as LSUB or LIST (SUBSCRIBED) (with LIST-EXTENDED) lists it.
    QList<QByteArray> subscribed;
    QByteArray subscribeRefusal;            // non-empty: SUBSCRIBE/UNSUBSCRIBE answer "NO <this>"
    // Servers other than Dovecot: CHANGEDSINCE ignored (every FLAGS comes back) or refused with BAD.
    enum class ChangedSince { Honoured, Ignored, Bad };
    ChangedSince changedSince = ChangedSince::Honoured;
    // The raw message behind a UID (BODY[]): made from its subject.
    static QByteArray rawMessage(const Message &m);
    // While a client idles: announce the newest message ("* n EXISTS").
    void announceExists();
    bool idling() const { return !m_idleTag.isEmpty(); }

private:
    void onLine(QSslSocket *s, const QByteArray &line);
    QList<quint32> uidsIn(const QByteArray &set) const;
    // CREATE / RENAME / DELETE on listLines; the tagged reply's text.
    QByteArray mailboxCommand(const QByteArray &verb, const QByteArray &args);
    QByteArray fetchLine(int index, bool headers, bool modseq) const;

    std::unique_ptr<ScriptedServer> m_server;
    bool m_qresync = false;
    QByteArray m_idleTag;
    qsizetype m_told = 0; // messages the client was told of (SELECT, NOOP)
    QSslSocket *m_socket = nullptr;
};

} // namespace carteiro::test
