#include "engine/SendController.h"

#include "net/StepGate.h"
#include "engine/SendWorker.h"

#include <QPointer>

namespace carteiro {

SendController::SendController(TraceHub *hub, QObject *parent) : QObject(parent), m_hub(hub)
{
    qRegisterMetaType<IncomingCheckResult>();
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
    connect(m_worker, &SendWorker::filingRequested, this, [this](const AccountSettings &a, const QByteArray &raw) {
        QPointer<SendWorker> w(m_worker);
        auto answer = [w](bool filed, const QString &folder, quint32 uid, const QString &error) {
            if (w)
                QMetaObject::invokeMethod(w, [w, filed, folder, uid, error] {
                    if (w)
                        w->filingDelegated(filed, folder, uid, error);
                });
        };
        if (m_filing)
            m_filing(a, raw, answer);
        else
            answer(false, QString(), 0, tr("no account engine to file with"));
    });
    m_thread.start();
}

void SendController::setSentFiling(SentFiling filing)
{
    m_filing = std::move(filing);
    const bool on = bool(m_filing);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, on] { w->setDelegatedFiling(on); }, Qt::QueuedConnection);
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

void SendController::stepNextSend(StepGate *gate)
{
    gate->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, g = QPointer<StepGate>(gate)] { w->setNextStepGate(g); },
        Qt::QueuedConnection);
}

void SendController::cancel()
{
    if (m_check)
        QMetaObject::invokeMethod(m_check, &IncomingCheck::cancel, Qt::QueuedConnection);
    if (m_busy)
        QMetaObject::invokeMethod(m_worker, &SendWorker::cancel, Qt::QueuedConnection);
}

} // namespace carteiro
