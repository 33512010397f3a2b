// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Files a submitted message in the account's Sent folder over IMAP
// (core/README.md, "Nothing lost": sent -> filed in Sent -> removed): LIST to
// find the \Sent special-use folder (RFC 6154; fallback "Sent"), APPEND of the
// exact submitted bytes with \Seen (RFC 3501 §6.3.11), LOGOUT. On [TRYCREATE]
// the folder is created once and the APPEND repeated. Runs on the thread it
// lives on (the outbox worker's); the exchange goes through the same TraceHub, so the
// inspector shows it beside the SMTP session.
#include "account/AccountSettings.h"
#include "imap/ImapSession.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace carteiro {

class ImapConnection;
class TraceHub;
struct ImapCompletion;

class SentFiler : public QObject
{
    Q_OBJECT
public:
    SentFiler(TraceHub *hub, const AccountSettings &account, const QString &password, const QByteArray &message,
              QObject *parent = nullptr);
    ~SentFiler() override;

    // True when the account has an IMAP server to file in.
    static bool canFile(const AccountSettings &account);
    // The account's incoming IMAP server as a Channel / an ImapSession config.
    // (Belongs in AccountSettings beside smtpChannel()/smtpConfig(); see the report.)
    static ChannelOptions imapChannel(const AccountSettings &account);
    static ImapSession::Config imapConfig(const AccountSettings &account, const QString &password);

    // Before the APPEND, look in the Sent folder for a message with this
    // Message-ID (EXAMINE, then UID SEARCH HEADER Message-ID, RFC 3501 §6.4.4):
    // found, it counts as filed and no second copy is made. Used after a crash
    // or a lost connection during an earlier APPEND.
    void setSearchFirst(const QByteArray &messageId) { m_searchId = messageId; }
    bool foundExisting() const { return m_foundExisting; }

    void start();
    void cancel();

    bool isFiled() const { return m_filed; }
    QString folder() const { return m_folder; }
    QString error() const { return m_error; }           // "APPEND: <server's words>", empty when filed
    quint32 appendedUid() const { return m_uid; }       // APPENDUID (RFC 4315), 0 when not told
    quint32 connection() const { return m_connection; } // TraceHub connection id

Q_SIGNALS:
    void stateChanged(const QString &state);
    void finished();

private:
    void onReady();
    void onJobFinished(quint64 job, const ImapCompletion &c);
    void append();
    void searchOrAppend();
    void done(bool filed, const QString &error);

    TraceHub *m_hub;
    AccountSettings m_account;
    QByteArray m_message;
    ImapConnection *m_imap = nullptr;
    quint64 m_listJob = 0, m_appendJob = 0, m_createJob = 0, m_examineJob = 0, m_searchJob = 0;
    QByteArray m_searchId;
    bool m_foundExisting = false;
    QString m_folder;
    QString m_error;
    quint32 m_uid = 0;
    quint32 m_connection = 0;
    bool m_filed = false;
    bool m_triedCreate = false;
    bool m_finished = false;
};

} // namespace carteiro
