// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Copies or moves messages, one at a time, between an opened mailbox (read
// only), Local Folders and IMAP folders, or exports them as an mboxrd file:
// each message's bytes come from where it is (the mailbox on disk, the store,
// or the IMAP server when only its envelope is cached), go to the target (a
// durable store commit, an IMAP APPEND per RFC 9051 §6.3.12 answered OK, or
// the export file), and only then, for a move, is the source deleted. It stops
// at the first error, naming the message and the step; what was copied stays,
// nothing is lost. Progress after each message; cancel() stops after the
// current one (an export then leaves no file at all).
#include "engine/MailRecords.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace carteiro {

class AccountEngine;
class AccountEngines;
class LocalMailboxes;

class MailTransfer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Copy, Move };
    struct Target
    {
        enum class Kind { LocalFolder, ImapFolder, MboxFile } kind = Kind::LocalFolder;
        qint64 folderId = 0;      // LocalFolder: 0 = make `newFolderName` in Local Folders
        QString newFolderName;
        QString accountId;        // ImapFolder: whose folder
        QString path;             // MboxFile
    };

    MailTransfer(LocalMailboxes *mailboxes, AccountEngines *engines, QObject *parent = nullptr);

    // `messages`: rows of one folder; `sourceAccountId`: its account (empty or
    // LocalMailboxes::accountId() for an opened mailbox, which is never changed:
    // a move from it is refused).
    bool start(const QList<StoredMessage> &messages, const QString &sourceAccountId, const Target &target,
               Mode mode, QString *error);
    void cancel();
    bool running() const { return m_running; }
    // Seconds to wait for one message's bytes or its APPEND before giving up.
    void setStepTimeout(int seconds) { m_timeout.setInterval(seconds * 1000); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // Every message done (error empty), or where it stopped and why; `folderId`:
    // the target folder (made for an import).
    void finished(int done, int total, qint64 folderId, const QString &error);

private:
    void next();
    void got(const QByteArray &raw, quint32 flags, const QString &error);
    void put(const QByteArray &raw, quint32 flags);
    void stored(bool ok, const QString &error);
    void stop(const QString &error);
    void finish(const QString &error);
    QString describe(const StoredMessage &m) const;
    AccountEngine *engine(const QString &accountId) const;

    LocalMailboxes *m_mailboxes;
    AccountEngines *m_engines;
    QList<StoredMessage> m_messages;
    QString m_source;
    Target m_target;
    Mode m_mode = Mode::Copy;
    int m_index = 0;
    bool m_running = false, m_cancelled = false;
    quint64 m_step = 0; // which step an answer belongs to (a late answer is ignored)
    QList<QMetaObject::Connection> m_waiting;
    QTimer m_timeout;
};

} // namespace carteiro
