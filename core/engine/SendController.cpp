#include "engine/SendController.h"

#include "net/StepGate.h"
#include "engine/SendWorker.h"

#include <QPointer>

namespace carteiro {

SendController::SendController(TraceHub *hub, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<MessageDraft>();
    qRegisterMetaType<AccountSettings>();
    m_thread.setObjectName(QStringLiteral("carteiro-send"));
    m_worker = new SendWorker(hub);
    m_worker->moveToThread(&m_thread);
    // The worker (and every job it made) is deleted on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SendWorker::stateChanged, this, &SendController::stateChanged);
    connect(m_worker, &SendWorker::progress, this, &SendController::progress);
    connect(m_worker, &SendWorker::finished, this, [this](const SendResult &r) {
        m_busy = false;
        if (!m_accountId.isEmpty() && !r.capabilities.isEmpty())
            m_sizeLimits.insert(m_accountId, r.sizeLimit);
        Q_EMIT finished(r);
    });
    connect(m_worker, &SendWorker::filingFinished, this, [this](const SendResult &r) {
        m_busy = false;
        Q_EMIT filingFinished(r);
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

bool SendController::send(const MessageDraft &draft, const AccountSettings &account, const QString &password)
{
    return begin(draft, account, password, false);
}

bool SendController::testConnection(const AccountSettings &account, const QString &password)
{
    return begin(MessageDraft(), account, password, true);
}

bool SendController::begin(const MessageDraft &draft, const AccountSettings &account, const QString &password,
                           bool testOnly)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_accountId = account.id;
    Q_EMIT started(testOnly);
    const bool authenticate = !password.isEmpty();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, draft, account, password, authenticate, testOnly] {
            w->start(draft, account, password, authenticate, testOnly);
        },
        Qt::QueuedConnection);
    return true;
}

bool SendController::retryFiling(const SendResult &unfiled, const AccountSettings &account, const QString &password)
{
    if (m_busy || unfiled.unfiledMessage.isEmpty())
        return false;
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, message = unfiled.unfiledMessage, file = unfiled.unfiledMessageFile, account, password] {
            w->retryFiling(message, account, password, file);
        },
        Qt::QueuedConnection);
    return true;
}

void SendController::stepNextSend(StepGate *gate)
{
    gate->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, g = QPointer<StepGate>(gate)] { w->setNextStepGate(g); },
        Qt::QueuedConnection);
}

void SendController::cancel()
{
    if (m_busy)
        QMetaObject::invokeMethod(m_worker, &SendWorker::cancel, Qt::QueuedConnection);
}

} // namespace carteiro
