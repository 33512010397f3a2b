// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status bar's standing line about working offline (issue 12 §5): which
// accounts are offline now (no connection, or not yet made) and what waits in
// the Outbox, e.g. "Offline: Work · 2 waiting in the Outbox". Empty (hidden)
// when every account is online and nothing waits. Fed by the engines'
// online/offline signals and the outbox model; it never asks the network.
#include <QLabel>
#include <QHash>
#include <QSet>

namespace carteiro {

class AccountEngine;
class OutboxModel;

class ConnectionStatus : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionStatus(QWidget *parent = nullptr);
    // An account's engine: offline until it says it is online.
    void watch(AccountEngine *engine, const QString &accountId);
    void watchOutbox(OutboxModel *outbox);
    // The accounts the line names (id -> name); others are not counted.
    void setAccounts(const QHash<QString, QString> &names);
    void setOnline(const QString &accountId, bool online);
    QStringList offlineAccounts() const; // names, sorted
    int waitingInOutbox() const { return m_waiting; }

private:
    void refresh();

    QHash<QString, QString> m_names;
    QSet<QString> m_online;
    OutboxModel *m_outbox = nullptr;
    int m_waiting = 0;
};

} // namespace carteiro
