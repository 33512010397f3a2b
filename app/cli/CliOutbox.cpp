// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutbox.h"

#include "account/ServerUrl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace carteiro::cli {

CliOutbox::CliOutbox(TraceHub *hub, const QString &storePath)
{
    m_engine = new OutboxEngine(hub, storePath, this);
    // The CLI sends when asked: no undo delay.
    m_engine->setUndoDelay(0);
    connect(m_engine, &OutboxEngine::changed, this, [this](const QList<OutboxEntry> &list) {
        m_entries = list;
        m_listSeen = true;
        ++m_lists;
        for (const OutboxEntry &e : list)
            m_seen.insert(e.id);
        onSignal();
    });
    connect(m_engine, &OutboxEngine::storeFailed, this, [this](const QString &error) {
        m_storeError = error;
        onSignal();
    });
    connect(m_engine, &OutboxEngine::queued, this,
            [this](quint64 token, qint64 id, const QDateTime &) {
                queuedIds.insert(token, id);
                onSignal();
            });
    connect(m_engine, &OutboxEngine::queueFailed, this, [this](quint64 token, const QString &why) {
        queueErrors.insert(token, why);
        onSignal();
    });
    connect(m_engine, &OutboxEngine::sendFinished, this, [this](qint64 id, const SendResult &r) {
        sendResults.insert(id, r);
        m_sendListMark.insert(id, m_lists);
        onSignal();
    });
    connect(m_engine, &OutboxEngine::filingFinished, this, [this](qint64 id, const SendResult &r) {
        filingResults.insert(id, r);
        m_filingListMark.insert(id, m_lists);
        onSignal();
    });
    connect(m_engine, &OutboxEngine::actionFailed, this, [this](qint64 id, const QString &why) {
        actionErrors.insert(id, why);
        onSignal();
    });
    connect(m_engine, &OutboxEngine::passwordNeeded, this, [this](const QString &account) {
        passwordNeededFor = account;
        onSignal();
    });
    connect(m_engine, &OutboxEngine::flushed, this, [this] {
        flushedSeen = true;
        onSignal();
    });
}

CliOutbox::~CliOutbox() = default;

void CliOutbox::onSignal()
{
    if (m_wake)
        m_wake();
}

bool CliOutbox::open(QString *error)
{
    m_engine->start(false);
    return waitUntil([this] { return m_listSeen; }, error);
}

std::optional<OutboxEntry> CliOutbox::entry(qint64 id) const
{
    for (const OutboxEntry &e : m_entries)
        if (e.id == id)
            return e;
    return std::nullopt;
}

bool CliOutbox::sendSettled(qint64 id) const
{
    if (actionErrors.contains(id) || !passwordNeededFor.isEmpty())
        return true;
    if (!sendResults.contains(id))
        return false;
    // The list comes a moment after the signal: wait for one published after it
    // (or for one that already shows the end).
    const bool fresh = m_lists > m_sendListMark.value(id);
    const auto e = entry(id);
    if (!e)
        return fresh || m_seen.contains(id); // removed: sent with nothing to file in, or filed
    switch (e->state) {
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Sending:
        return fresh; // a list after the send that still says so: report it as it is
    case OutboxEntry::State::Sent:
        return !filingRegistered(e->accountId) || filingSettled(id);
    default:
        return true;
    }
}

bool CliOutbox::filingSettled(qint64 id) const
{
    if (actionErrors.contains(id))
        return true;
    if (!filingResults.contains(id))
        return false;
    const auto e = entry(id);
    const bool fresh = m_lists > m_filingListMark.value(id);
    // Filed: wait until the list shows it filed (or gone); not filed: it stays Sent.
    return filingResults.value(id).filing != SendResult::Filing::Filed || !e ||
           e->state == OutboxEntry::State::Filed || fresh;
}

bool CliOutbox::waitUntil(const std::function<bool()> &done, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    m_wake = [&] {
        if (!m_storeError.isEmpty() || done()) {
            finished = true;
            loop.quit();
        }
    };
    m_wake();
    if (!finished)
        loop.exec();
    m_wake = nullptr;
    if (!m_storeError.isEmpty()) {
        *error = m_storeError;
        return false;
    }
    return true;
}

QString CliOutbox::accountIdFor(const QString &serverUrl, const QString &login)
{
    return QStringLiteral("cli:%1 %2").arg(login, serverUrl);
}

bool CliOutbox::registerFiling(const OutboxEntry &like, const QString &imapUrl,
                               const QString &password, QString *error)
{
    const auto smtp = ServerUrl::parse(like.serverUrl, error);
    if (!smtp)
        return false;
    const auto imap = ServerUrl::parse(imapUrl, error);
    if (!imap)
        return false;
    if (imap->protocol != Protocol::Imap) {
        *error = QCoreApplication::translate("Cli",
                                             "--sent-server needs an imap:// or imaps:// address");
        return false;
    }
    AccountSettings account;
    account.id = like.accountId;
    account.name = like.accountId;
    account.address = QString::fromUtf8(like.envelopeFrom);
    account.smtpHost = smtp->host;
    account.smtpPort = smtp->port;
    account.smtpSecurity = smtp->security;
    account.username = like.login;
    account.authMechanism = like.mechanism;
    account.caFile = like.caFile;
    account.imapHost = imap->host;
    account.imapPort = imap->port;
    account.imapSecurity = imap->security;
    // Plaintext on either side only as the explicit lab forms (smtp+plain://, imap+plain://).
    account.lab = smtp->plaintextLab() || imap->plaintextLab();
    account.passwordPolicy = AccountSettings::PasswordPolicy::AskAtSend;
    m_engine->setAccount(account, password);
    m_filingAccounts.insert(account.id);
    return true;
}

} // namespace carteiro::cli
