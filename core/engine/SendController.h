// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one connection test at a time on a worker thread (SendWorker for SMTP,
// IncomingCheck for IMAP/POP3) and reports on the GUI thread: state, result.
// The GUI never blocks: the tests return at once, cancel() is a queued
// request. Messages are sent by the outbox (core/engine/OutboxEngine.h).
#include "engine/IncomingCheck.h"
#include "engine/SendResult.h"

#include "account/AccountSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace carteiro {

class SendWorker;
class TraceHub;

class SendController : public QObject
{
    Q_OBJECT
public:
    explicit SendController(TraceHub *hub, QObject *parent = nullptr);
    ~SendController() override;

    // Both tests return false (and do nothing) while another one is running.
    // EHLO, STARTTLS, AUTH (when a password is given), NOOP, QUIT.
    bool testConnection(const AccountSettings &account, const QString &password);
    // The server the account reads with (IMAP or POP3): connect, TLS,
    // capabilities, login, LOGOUT/QUIT (IncomingCheck); incomingTestFinished reports.
    bool testIncoming(const AccountSettings &account, const QString &password);
    void cancel();
    bool isBusy() const { return m_busy; }
    // The last SIZE limit each account's server announced (0: none known).
    qint64 knownSizeLimit(const QString &accountId) const { return m_sizeLimits.value(accountId); }
    // What a real send learnt (the outbox's SendResult::sizeLimit): the same table.
    void rememberSizeLimit(const QString &accountId, qint64 limit) { m_sizeLimits.insert(accountId, limit); }

Q_SIGNALS:
    void started(bool connectionTest);
    void stateChanged(const QString &state);
    void finished(const carteiro::SendResult &result);
    void incomingTestFinished(const carteiro::IncomingCheckResult &result);

private:
    QThread m_thread;
    SendWorker *m_worker = nullptr;
    TraceHub *m_hub;
    QPointer<IncomingCheck> m_check; // lives on m_thread while it runs
    bool m_busy = false;
    QString m_accountId;
    QHash<QString, qint64> m_sizeLimits;
};

} // namespace carteiro
