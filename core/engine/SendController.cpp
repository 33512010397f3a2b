// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SendController.h"

#include "engine/SendWorker.h"

#include <QPointer>

namespace carteiro {

SendController::SendController(TraceHub *hub, QObject *parent) : QObject(parent), m_hub(hub)
{
    qRegisterMetaType<IncomingCheckResult>();
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<AccountSettings>();
    m_thread.setObjectName(QStringLiteral("carteiro-send"));
    m_worker = new SendWorker(hub);
    m_worker->moveToThread(&m_thread);
    // The worker (and every job it made) is deleted on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SendWorker::stateChanged, this, &SendController::stateChanged);
    connect(m_worker, &SendWorker::finished, this, [this](const SendResult &r) {
        m_busy = false;
        if (!m_accountId.isEmpty() && !r.capabilities.isEmpty())
            m_sizeLimits.insert(m_accountId, r.sizeLimit);
        Q_EMIT finished(r);
    });
    m_thread.start();
}

SendController::~SendController()
{
    if (m_busy)
        QMetaObject::invokeMethod(m_worker, &SendWorker::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool SendController::testConnection(const AccountSettings &account, const QString &password)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_accountId = account.id;
    Q_EMIT started(true);
    const bool authenticate = !password.isEmpty();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, account, password, authenticate] { w->testConnection(account, password, authenticate); },
        Qt::QueuedConnection);
    return true;
}

bool SendController::testIncoming(const AccountSettings &account, const QString &password)
{
    if (m_busy || !IncomingCheck::canCheck(account))
        return false;
    m_busy = true;
    auto *check = new IncomingCheck(m_hub, account, password);
    check->moveToThread(&m_thread);
    m_check = check;
    connect(check, &IncomingCheck::finished, this, [this, check](const IncomingCheckResult &r) {
        m_busy = false;
        check->deleteLater(); // on its thread
        Q_EMIT incomingTestFinished(r);
    });
    // An engine that ends first takes the check with it.
    connect(&m_thread, &QThread::finished, check, &QObject::deleteLater);
    QMetaObject::invokeMethod(check, &IncomingCheck::start, Qt::QueuedConnection);
    return true;
}

void SendController::cancel()
{
    if (m_check)
        QMetaObject::invokeMethod(m_check, &IncomingCheck::cancel, Qt::QueuedConnection);
    if (m_busy)
        QMetaObject::invokeMethod(m_worker, &SendWorker::cancel, Qt::QueuedConnection);
}

} // namespace carteiro
