// SPDX-License-Identifier: GPL-3.0-or-later
// AccountWorker's Sent filing: sent mail goes over the account's own IMAP
// connection (ImapAccountSync::appendMessage), answered in order by `appended`
// or an APPEND failure; a connection that is down files nothing and says so,
// so the outbox keeps the copy and offers a retry (OutboxWorkerFiling.cpp).
#include "engine/AccountWorker.h"

#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"

#include <QCoreApplication>
#include <utility>

namespace carteiro {

// --- filing sent mail ----------------------------------------------------------

void AccountWorker::fileInSent(quint64 token, const QByteArray &raw)
{
    fileIn({token, raw, QString(), MessageFlag::Seen});
}

void AccountWorker::appendTo(quint64 token, qint64 folderId, const QByteArray &raw, quint32 flags)
{
    const auto folder = ensureStore() ? m_store->folder(folderId) : std::nullopt;
    if (!folder || folder->accountId != m_account.id || folder->local) {
        Q_EMIT filedInSent(token, false, QString(), 0,
                           QCoreApplication::translate("AccountWorker", "that folder is not on this account's IMAP server"));
        return;
    }
    fileIn({token, raw, folder->name, flags});
}

void AccountWorker::fileIn(const Filing &filing)
{
    const quint64 token = filing.token;
    if (!m_accountOpen || isPop3() || !m_account.hasImap()) {
        Q_EMIT filedInSent(token, false, QString(), 0,
                           QCoreApplication::translate("AccountWorker", "the account has no IMAP server to file in"));
        return;
    }
    if (!m_imap || m_imap->state() == ImapAccountSync::State::Failed ||
        m_imap->state() == ImapAccountSync::State::Closed) {
        // Offline (no password yet, or the login was refused): the copy is kept, a retry files it.
        Q_EMIT filedInSent(token, false, QString(), 0,
                           QCoreApplication::translate("AccountWorker", "the account's IMAP connection is not open"));
        return;
    }
    m_filingWaiting.append(filing);
    issueFilings(); // queued behind the login while the connection is being made
}

void AccountWorker::issueFilings()
{
    if (!m_imap || !ensureStore())
        return;
    // RFC 6154 §2: the \Sent folder, else the customary name.
    QString target = QStringLiteral("Sent");
    for (const StoredFolder &f : m_store->folders(m_account.id))
        if (f.specialUse == "\\Sent")
            target = QStringLiteral("\\Sent");
    for (const Filing &f : std::as_const(m_filingWaiting)) {
        m_filingInFlight.append(f.token);
        // RFC 3501 §6.3.11 / RFC 9051 §6.3.12 APPEND
        m_imap->appendMessage(f.folder.isEmpty() ? target : f.folder, f.raw, f.flags);
    }
    m_filingWaiting.clear();
}

void AccountWorker::failFilings(const QString &error)
{
    for (const Filing &f : std::as_const(m_filingWaiting))
        m_filingInFlight.append(f.token);
    m_filingWaiting.clear();
    const QList<quint64> tokens = std::exchange(m_filingInFlight, {});
    for (quint64 token : tokens)
        Q_EMIT filedInSent(token, false, QString(), 0, error);
}

} // namespace carteiro
