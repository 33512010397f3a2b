// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// carteiro-cli's side of the durable outbox (core/engine/OutboxEngine.h): opens
// the engine on a store file, waits for what it publishes, and remembers how
// each message's session ended. Used by `send --queue` and `outbox ...`.
#include "engine/OutboxEngine.h"
#include "engine/SendResult.h"
#include "store/StoreRecords.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace carteiro {
class TraceHub;
}

namespace carteiro::cli {

class CliOutbox : public QObject
{
    Q_OBJECT
public:
    CliOutbox(TraceHub *hub, const QString &storePath);
    ~CliOutbox() override;

    // Starts the engine without sending anything (what a crash left in Sending is
    // judged there) and waits for its first list; false and *error when the store
    // cannot be opened.
    bool open(QString *error);
    OutboxEngine &engine() { return *m_engine; }

    const QList<OutboxEntry> &entries() const { return m_entries; }
    std::optional<OutboxEntry> entry(qint64 id) const;

    // Runs the event loop until `done()` holds (checked after every signal of the
    // engine). False when the store failed meanwhile (*error says why).
    bool waitUntil(const std::function<bool()> &done, QString *error);

    // Filing in Sent for the messages of the server `serverUrl` + `login`: the
    // CLI registers an account that sends there and files over `imapUrl`.
    // Returns the account id the entries queued for that server carry.
    static QString accountIdFor(const QString &serverUrl, const QString &login);
    bool registerFiling(const OutboxEntry &like, const QString &imapUrl, const QString &password,
                        QString *error);
    bool filingRegistered(const QString &accountId) const
    {
        return m_filingAccounts.contains(accountId);
    }

    // Message `id`'s send has ended and the published list shows how (the list
    // follows the signals a moment later): sent and, where it is to be filed,
    // filed or not; or deferred, failed, possibly sent; or an action refused.
    bool sendSettled(qint64 id) const;
    // A filing alone (retry of a sent, unfiled message) has ended and the list shows it.
    bool filingSettled(qint64 id) const;

    // What the engine reported, by message id.
    QHash<qint64, SendResult> sendResults;
    QHash<qint64, SendResult> filingResults;
    QHash<qint64, QString> actionErrors;
    QHash<quint64, qint64> queuedIds;    // token -> id
    QHash<quint64, QString> queueErrors; // token -> why
    QString passwordNeededFor;           // an account the engine asked a password for
    bool flushedSeen = false;

private:
    void onSignal();

    OutboxEngine *m_engine = nullptr;
    QList<OutboxEntry> m_entries;
    int m_lists = 0;                     // lists published so far
    QHash<qint64, int> m_sendListMark;   // m_lists when sendFinished(id) came
    QHash<qint64, int> m_filingListMark; // m_lists when filingFinished(id) came
    QSet<qint64> m_seen;                 // ids seen in a published list
    QString m_storeError;
    bool m_listSeen = false;
    QSet<QString> m_filingAccounts;
    std::function<void()> m_wake;
};

} // namespace carteiro::cli
