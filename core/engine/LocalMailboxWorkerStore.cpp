// SPDX-License-Identifier: GPL-3.0-or-later
// LocalMailboxWorker (LocalMailboxWorker.cpp): the steps of a copy that run on
// its thread, each answered with its token: reading a message of an opened
// mailbox, storing one in Local Folders (a durable commit before the answer,
// so a move deletes its source only after it), and the mboxrd export.
#include "engine/LocalMailboxWorker.h"

#include "local/LocalFolders.h"
#include "store/MailStore.h"

namespace carteiro {

bool LocalMailboxWorker::ensureStore(QString *error)
{
    if (m_store)
        return true;
    auto store = std::make_unique<MailStore>(m_storePath);
    if (!store->open()) {
        *error = store->error();
        return false;
    }
    m_store = std::move(store);
    return true;
}

void LocalMailboxWorker::readForTransfer(quint64 token, qint64 messageId)
{
    QString error;
    quint32 flags = 0;
    const auto bytes = raw(messageId, &flags, &error);
    Q_EMIT transferRead(token, bytes.value_or(QByteArray()), flags, bytes ? QString() : error);
}

void LocalMailboxWorker::makeLocalFolder(quint64 token, const QString &name)
{
    QString error;
    const qint64 id = ensureStore(&error) ? LocalFolders::ensureFolder(*m_store, name, &error) : 0;
    Q_EMIT folderReady(token, id, id ? QString() : error);
}

void LocalMailboxWorker::storeMessage(quint64 token, qint64 folderId, const QByteArray &raw, quint32 flags)
{
    QString error;
    if (!ensureStore(&error)) {
        Q_EMIT done(token, false, error);
        return;
    }
    // addLocalMessage commits durably before it returns (MailStore.h).
    const qint64 id = m_store->addLocalMessage(folderId, QByteArray(), raw, flags);
    Q_EMIT done(token, id != 0, id ? QString() : m_store->error());
}

void LocalMailboxWorker::exportOpen(quint64 token, const QString &path)
{
    m_export = std::make_unique<MboxWriter>(path);
    QString error;
    const bool ok = m_export->open(&error);
    if (!ok)
        m_export.reset();
    Q_EMIT done(token, ok, error);
}

void LocalMailboxWorker::exportAdd(quint64 token, const QByteArray &raw, const QByteArray &sender,
                                   const QDateTime &date)
{
    QString error;
    const bool ok = m_export && m_export->add(raw, sender, date, &error);
    if (!ok)
        m_export.reset();
    Q_EMIT done(token, ok, error);
}

void LocalMailboxWorker::exportFinish(quint64 token, bool commit)
{
    QString error;
    bool ok = true;
    if (m_export) {
        if (commit)
            ok = m_export->commit(&error);
        else
            m_export->cancel();
    }
    m_export.reset();
    Q_EMIT done(token, ok, error);
}

} // namespace carteiro
