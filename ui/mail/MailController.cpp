#include "mail/MailController.h"

#include "mail/MailWorker.h"
#include "net/StepGate.h"

#include <QMetaObject>
#include <QPointer>

namespace carteiro {

MailController::MailController(TraceHub *hub, const QString &storePath, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<carteiro::StoredFolder>();
    qRegisterMetaType<carteiro::StoredMessage>();
    qRegisterMetaType<QList<carteiro::StoredFolder>>();
    qRegisterMetaType<QList<carteiro::StoredMessage>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<carteiro::DraftEntry>();
    qRegisterMetaType<QList<carteiro::DraftEntry>>();
    m_thread.setObjectName(QStringLiteral("carteiro-mail"));
    m_worker = new MailWorker(hub, storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MailWorker::foldersChanged, this, &MailController::foldersChanged);
    connect(m_worker, &MailWorker::folderLoaded, this, &MailController::folderLoaded);
    connect(m_worker, &MailWorker::messagesUpserted, this, &MailController::messagesUpserted);
    connect(m_worker, &MailWorker::messagesRemoved, this, &MailController::messagesRemoved);
    connect(m_worker, &MailWorker::bodyReady, this, &MailController::bodyReady);
    connect(m_worker, &MailWorker::newMail, this, &MailController::newMail);
    connect(m_worker, &MailWorker::folderSynced, this, &MailController::folderSynced);
    connect(m_worker, &MailWorker::activity, this, &MailController::activity);
    connect(m_worker, &MailWorker::progress, this, &MailController::progress);
    connect(m_worker, &MailWorker::failed, this, &MailController::failed);
    connect(m_worker, &MailWorker::draftSaved, this, &MailController::draftSaved);
    connect(m_worker, &MailWorker::draftsLoaded, this, &MailController::draftsLoaded);
    m_thread.start();
}

MailController::~MailController()
{
    // Connections and the store are closed on their own thread.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MailController::openAccount(const AccountSettings &account, const QString &password)
{
    m_accountId = account.id;
    m_folderId = 0;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account, password] { w->openAccount(account, password); });
}

void MailController::openFolder(qint64 folderId)
{
    m_folderId = folderId;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId] { w->openFolder(folderId); });
}

void MailController::refresh()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->refresh(); });
}

void MailController::stepNext(Protocol protocol, StepGate *gate)
{
    gate->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, protocol, g = QPointer<StepGate>(gate)] { w->setNextStepGate(protocol, g); });
}

void MailController::fetchBody(qint64 messageId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageId] { w->fetchBody(messageId); });
}

void MailController::setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageIds, add, remove] { w->setFlags(messageIds, add, remove); });
}

void MailController::move(const QList<qint64> &messageIds, qint64 targetFolderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageIds, targetFolderId] {
        w->move(messageIds, targetFolderId, false);
    });
}

void MailController::copy(const QList<qint64> &messageIds, qint64 targetFolderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageIds, targetFolderId] {
        w->move(messageIds, targetFolderId, true);
    });
}

void MailController::deleteToTrash(const QList<qint64> &messageIds)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageIds] { w->deleteToTrash(messageIds); });
}

void MailController::appendMessage(const QByteArray &specialUse, const QByteArray &raw, quint32 flags)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, specialUse, raw, flags] { w->appendMessage(specialUse, raw, flags); });
}

void MailController::saveDraft(quint64 token, const DraftEntry &draft)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, token, draft] { w->saveDraft(token, draft); });
}

void MailController::removeDraft(qint64 draftId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, draftId] { w->removeDraft(draftId); });
}

void MailController::loadDrafts()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->loadDrafts(); });
}

} // namespace carteiro
