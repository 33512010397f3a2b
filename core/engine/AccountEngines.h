// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One AccountEngine per account, every one usable at once (IMAP and POP3 alike),
// each on its own worker thread with its own MailStore connection to the one
// SQLite file (WAL: readers and one writer at a time). The window asks for an
// account's engine by id; `current()` is the account the user works in now
// (the one whose folder is open), `drafts()` the engine that keeps drafts
// (they belong to no connection).
#include "account/AccountSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace carteiro {

class AccountEngine;
class TraceHub;

class AccountEngines : public QObject
{
    Q_OBJECT
public:
    AccountEngines(TraceHub *hub, const QString &storePath, QObject *parent = nullptr);
    ~AccountEngines() override;

    // The account's engine, made (and engineAdded emitted) on first use.
    AccountEngine *engine(const QString &accountId);
    AccountEngine *find(const QString &accountId) const { return m_engines.value(accountId); }
    // The engine of the account the user works in; the drafts engine when none.
    AccountEngine *current() const;
    QString currentAccountId() const { return m_current; }
    void setCurrent(const QString &accountId);
    AccountEngine *drafts();
    // The account is gone: its engine closes its connections and ends.
    void remove(const QString &accountId);
    QStringList accountIds() const { return m_engines.keys(); }
    QString storePath() const { return m_storePath; } // the SQLite file every engine uses

Q_SIGNALS:
    void engineAdded(carteiro::AccountEngine *engine, const QString &accountId);
    void currentChanged(carteiro::AccountEngine *engine);

private:
    TraceHub *m_hub;
    QString m_storePath;
    QHash<QString, AccountEngine *> m_engines;
    AccountEngine *m_drafts = nullptr;
    QString m_current;
};

} // namespace carteiro
