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
    m_filingWaiting.append({token, raw});
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
    for (const auto &[token, raw] : std::as_const(m_filingWaiting)) {
        m_filingInFlight.append(token);
        m_imap->appendMessage(target, raw, MessageFlag::Seen); // RFC 3501 §6.3.11 APPEND
    }
    m_filingWaiting.clear();
}

void AccountWorker::failFilings(const QString &error)
{
    for (const auto &[token, raw] : std::as_const(m_filingWaiting))
        m_filingInFlight.append(token);
    m_filingWaiting.clear();
    const QList<quint64> tokens = std::exchange(m_filingInFlight, {});
    for (quint64 token : tokens)
        Q_EMIT filedInSent(token, false, QString(), 0, error);
}

} // namespace carteiro
