// SPDX-License-Identifier: GPL-3.0-or-later
// AccountWorker: the tuning of its connections (EngineTuning.h), a folder
// opened by its name, and a polite close (carteiro-cli drives the engine with
// these; the window keeps the defaults).
#include "engine/AccountWorker.h"

#include "pop3/Pop3RetrieveJob.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "sync/ImapSyncFolderOp.h"

#include <QCoreApplication>
#include <utility>

namespace carteiro {

void AccountWorker::setTuning(const EngineTuning &tuning)
{
    m_tuning = tuning;
}

namespace {
void applyTimeout(ChannelOptions &channel, int timeoutMs)
{
    if (timeoutMs > 0) {
        channel.connectTimeoutMs = timeoutMs;
        channel.replyTimeoutMs = timeoutMs;
    }
}
} // namespace

ChannelOptions AccountWorker::imapChannel() const
{
    ChannelOptions c = m_account.imapChannel();
    applyTimeout(c, m_tuning.timeoutMs);
    return c;
}

ImapSession::Config AccountWorker::imapConfig() const
{
    ImapSession::Config config = m_account.imapConfig(m_password);
    config.credentials.oauthToken = m_tuning.oauthToken;
    config.enableQresync = m_tuning.useCondstore; // ENABLE QRESYNC (RFC 7162 §3.2.3) only when it is used
    return config;
}

ChannelOptions AccountWorker::pop3Channel() const
{
    ChannelOptions c = m_account.pop3Channel();
    applyTimeout(c, m_tuning.timeoutMs);
    return c;
}

Pop3Session::Config AccountWorker::pop3Config() const
{
    Pop3Session::Config config = m_account.pop3Config(m_password);
    config.credentials.oauthToken = m_tuning.oauthToken;
    return config;
}

ImapFolderSync::Options AccountWorker::syncOptions() const
{
    ImapFolderSync::Options options;
    options.readOnly = m_tuning.readOnly;
    options.useQresync = m_tuning.useCondstore;
    options.useCondstore = m_tuning.useCondstore;
    if (m_tuning.chunk > 0)
        options.chunk = m_tuning.chunk;
    options.firstChunk = m_visibleRows;
    return options;
}

void AccountWorker::openFolderNamed(const QString &name)
{
    if (!m_accountOpen || !ensureStore())
        return;
    if (isPop3()) { // one mailbox (RFC 1939 §1)
        if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0) {
            Q_EMIT failed(QCoreApplication::translate("AccountWorker", "A POP3 account has only the INBOX, not \"%1\".")
                              .arg(name));
            return;
        }
        if (const qint64 inbox = pop3Inbox())
            openFolder(inbox);
        return;
    }
    // Not listed yet (a new store): the row is made now so the folder opens at
    // once; its SELECT, or the LIST that follows, says whether it is there.
    const qint64 id = ImapSyncFolderOp::folderRow(m_store.get(), m_account.id, name);
    if (!id) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Local store: %1").arg(m_store->error()));
        return;
    }
    openFolder(id);
}

void AccountWorker::closeAccount()
{
    const QString id = m_account.id;
    m_accountOpen = false; // nothing connects again by itself
    m_reconnectTimer->stop();
    if (m_pop3) { // a download under way: stopped without QUIT, so nothing is deleted
        m_pop3->disconnect(this);
        m_pop3->cancel();
        m_pop3->deleteLater();
        m_pop3 = nullptr;
    }
    ImapAccountSync *sync = std::exchange(m_imap, nullptr);
    if (!sync || sync->state() == ImapAccountSync::State::Closed || sync->state() == ImapAccountSync::State::Failed) {
        if (sync)
            sync->deleteLater();
        Q_EMIT accountClosed(id);
        return;
    }
    failFilings(QCoreApplication::translate("AccountWorker", "the connection was closed before the APPEND finished"));
    endServerSearches();
    sync->disconnect(this);
    connect(sync, &ImapAccountSync::closed, this, [this, sync, id] {
        sync->deleteLater();
        Q_EMIT accountClosed(id);
    });
    sync->close(); // LOGOUT (RFC 3501 §6.1.3)
}

} // namespace carteiro
