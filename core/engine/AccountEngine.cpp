// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/AccountEngine.h"

#include "engine/AccountWorker.h"
#include "net/StepGate.h"
#include "store/MailStore.h"

#include <QMetaObject>
#include <QPointer>

namespace carteiro {

AccountEngine::AccountEngine(TraceHub *hub, const QString &storePath, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<carteiro::StoredFolder>();
    qRegisterMetaType<carteiro::StoredMessage>();
    qRegisterMetaType<QList<carteiro::StoredFolder>>();
    qRegisterMetaType<QList<carteiro::StoredMessage>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<carteiro::DraftEntry>();
    qRegisterMetaType<QList<carteiro::DraftEntry>>();
    qRegisterMetaType<carteiro::SearchReport>();
    qRegisterMetaType<carteiro::SyncSummary>();
    m_thread.setObjectName(QStringLiteral("carteiro-mail"));
    m_worker = new AccountWorker(hub, storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AccountWorker::foldersChanged, this, &AccountEngine::foldersChanged);
    connect(m_worker, &AccountWorker::folderLoaded, this, &AccountEngine::folderLoaded);
    connect(m_worker, &AccountWorker::messagesUpserted, this, &AccountEngine::messagesUpserted);
    connect(m_worker, &AccountWorker::folderCountKnown, this, &AccountEngine::folderCountKnown);
    connect(m_worker, &AccountWorker::messagesRemoved, this, &AccountEngine::messagesRemoved);
    connect(m_worker, &AccountWorker::bodyReady, this, &AccountEngine::bodyReady);
    connect(m_worker, &AccountWorker::newMail, this, &AccountEngine::newMail);
    connect(m_worker, &AccountWorker::online, this, &AccountEngine::online);
    connect(m_worker, &AccountWorker::offline, this, &AccountEngine::offline);
    connect(m_worker, &AccountWorker::offlineProgress, this, &AccountEngine::offlineProgress);
    connect(m_worker, &AccountWorker::newMessages, this, &AccountEngine::newMessages);
    connect(m_worker, &AccountWorker::folderSynced, this, &AccountEngine::folderSynced);
    connect(m_worker, &AccountWorker::activity, this, &AccountEngine::activity);
    connect(m_worker, &AccountWorker::progress, this, &AccountEngine::progress);
    connect(m_worker, &AccountWorker::failed, this, &AccountEngine::failed);
    connect(m_worker, &AccountWorker::loginFailed, this, &AccountEngine::loginFailed);
    connect(m_worker, &AccountWorker::filedInSent, this,
            [this](quint64 token, bool filed, const QString &folder, quint32 uid, const QString &error) {
                if (const FilingDone done = m_filings.take(token))
                    done(filed, folder, uid, error);
            });
    connect(m_worker, &AccountWorker::actionConflict, this, &AccountEngine::actionConflict);
    connect(m_worker, &AccountWorker::draftSaved, this, &AccountEngine::draftSaved);
    connect(m_worker, &AccountWorker::draftsLoaded, this, &AccountEngine::draftsLoaded);
    connect(m_worker, &AccountWorker::searchReport, this, &AccountEngine::searchReport);
    connect(m_worker, &AccountWorker::foldersListed, this, &AccountEngine::foldersListed);
    connect(m_worker, &AccountWorker::syncSummary, this, &AccountEngine::syncSummary);
    connect(m_worker, &AccountWorker::accountClosed, this, &AccountEngine::accountClosed);
    m_thread.start();
}

QString AccountEngine::defaultStorePath() { return MailStore::defaultPath(); }

AccountEngine::~AccountEngine()
{
    // Connections and the store are closed on their own thread.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AccountEngine::setTuning(const EngineTuning &tuning)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, tuning] { w->setTuning(tuning); });
}

void AccountEngine::openFolderNamed(const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, name] { w->openFolderNamed(name); });
}

void AccountEngine::closeAccount()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->closeAccount(); });
}

void AccountEngine::openAccount(const AccountSettings &account, const QString &password)
{
    m_accountId = account.id;
    m_account = account;
    m_folderId = 0;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account, password] { w->openAccount(account, password); });
}

void AccountEngine::reconnect(const AccountSettings &account, const QString &password)
{
    m_accountId = account.id;
    m_account = account;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account, password] { w->reconnect(account, password); });
}

void AccountEngine::search(quint64 token, const SearchQuery &query, const QList<qint64> &folderIds)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, token, query, folderIds] { w->search(token, query, folderIds); });
}

void AccountEngine::openFolder(qint64 folderId)
{
    m_folderId = folderId;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId] { w->openFolder(folderId); });
}

void AccountEngine::setVisibleRows(int rows)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, rows] { w->setVisibleRows(rows); });
}

void AccountEngine::refresh()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->refresh(); });
}

void AccountEngine::stepNext(Protocol protocol, StepGate *gate)
{
    gate->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, protocol, g = QPointer<StepGate>(gate)] { w->setNextStepGate(protocol, g); });
}

void AccountEngine::fetchBody(qint64 messageId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageId] { w->fetchBody(messageId); });
}

void AccountEngine::setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageIds, add, remove] { w->setFlags(messageIds, add, remove); });
}

void AccountEngine::move(const QList<qint64> &messageIds, qint64 targetFolderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageIds, targetFolderId] {
        w->move(messageIds, targetFolderId, false);
    });
}

void AccountEngine::copy(const QList<qint64> &messageIds, qint64 targetFolderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageIds, targetFolderId] {
        w->move(messageIds, targetFolderId, true);
    });
}

void AccountEngine::deleteToTrash(const QList<qint64> &messageIds)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageIds] { w->deleteToTrash(messageIds); });
}

void AccountEngine::createFolder(qint64 parentFolderId, const QString &leaf)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, parentFolderId, leaf] { w->createFolder(parentFolderId, leaf); });
}

void AccountEngine::renameFolder(qint64 folderId, const QString &leaf)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId, leaf] { w->renameFolder(folderId, leaf); });
}

void AccountEngine::deleteFolder(qint64 folderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId] { w->deleteFolder(folderId); });
}

void AccountEngine::moveBack(qint64 fromFolderId, const QList<QByteArray> &messageIdHeaders, qint64 toFolderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, fromFolderId, messageIdHeaders, toFolderId] {
        w->moveBack(fromFolderId, messageIdHeaders, toFolderId);
    });
}

void AccountEngine::setKeepOffline(qint64 folderId, bool keep)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId, keep] { w->setKeepOffline(folderId, keep); });
}

void AccountEngine::setSubscribed(qint64 folderId, bool subscribed)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId, subscribed] { w->setSubscribed(folderId, subscribed); });
}

void AccountEngine::markFolderRead(qint64 folderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId] { w->markFolderRead(folderId); });
}

void AccountEngine::emptyFolder(qint64 folderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId] { w->emptyFolder(folderId); });
}

void AccountEngine::appendMessage(const QByteArray &specialUse, const QByteArray &raw, quint32 flags)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, specialUse, raw, flags] { w->appendMessage(specialUse, raw, flags); });
}

void AccountEngine::fileInSent(const QByteArray &raw, FilingDone done)
{
    const quint64 token = ++m_nextFiling;
    m_filings.insert(token, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, token, raw] { w->fileInSent(token, raw); });
}

void AccountEngine::appendTo(qint64 folderId, const QByteArray &raw, quint32 flags, FilingDone done)
{
    const quint64 token = ++m_nextFiling;
    m_filings.insert(token, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, token, folderId, raw, flags] {
        w->appendTo(token, folderId, raw, flags);
    });
}

void AccountEngine::saveDraft(quint64 token, const DraftEntry &draft)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, token, draft] { w->saveDraft(token, draft); });
}

void AccountEngine::removeDraft(qint64 draftId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, draftId] { w->removeDraft(draftId); });
}

void AccountEngine::loadDrafts()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->loadDrafts(); });
}

} // namespace carteiro
