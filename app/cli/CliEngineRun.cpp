// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliEngineRun.h"

#include "engine/PlainError.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>

namespace carteiro::cli {

AccountSettings commandLineAccount(const ServerUrl &url, const QString &user, const QString &caFile,
                                   const QString &pin, const QString &mechanism, bool allowPlaintextAuth)
{
    AccountSettings a;
    const bool pop3 = url.protocol == Protocol::Pop3;
    a.id = QStringLiteral("%1:%2@%3:%4")
               .arg(pop3 ? QStringLiteral("pop3") : QStringLiteral("imap"), user, url.host)
               .arg(url.port);
    a.name = user;
    a.username = user;
    a.caFile = caFile;
    a.pinnedSha256 = pin.toLatin1();
    a.authMechanism = mechanism.toUpper();
    a.lab = allowPlaintextAuth; // credentials on a plaintext connection: a lab only
    a.incomingProtocol = pop3 ? AccountSettings::IncomingProtocol::Pop3 : AccountSettings::IncomingProtocol::Imap;
    if (pop3) {
        a.pop3Host = url.host;
        a.pop3Port = url.port;
        a.pop3Security = url.security;
        a.pop3DeleteAfterDownload = false; // the command line never deletes mail on the server
    } else {
        a.imapHost = url.host;
        a.imapPort = url.port;
        a.imapSecurity = url.security;
    }
    return a;
}

CliEngineRun::CliEngineRun(TraceHub *hub, const QString &storePath, const EngineTuning &tuning, QString unfinished)
    : m_engine(hub, storePath), m_unfinished(std::move(unfinished))
{
    m_engine.setTuning(tuning);
    QObject::connect(&m_engine, &AccountEngine::loginFailed, &m_loop,
                     [this](const QString &, const QString &words, const QString &step) {
                         // The step as the inspector shows it, then the server's words (PlainError reads both).
                         finish(Refused, QStringLiteral("%1: %2").arg(
                                             step.isEmpty() ? QStringLiteral("LOGIN") : step,
                                             words.isEmpty() ? QCoreApplication::translate("Cli", "the server refused the login")
                                                             : words));
                     });
    QObject::connect(&m_engine, &AccountEngine::failed, &m_loop, [this](const QString &message) { failWith(message); });
    QObject::connect(&m_engine, &AccountEngine::offline, &m_loop, [this] {
        // The failure that closed the connection came before this (AccountWorker
        // tells it first); a zero timer lets anything queued with it arrive.
        QTimer::singleShot(0, &m_loop, [this] {
            if (!m_done)
                finish(Network, m_unfinished);
        });
    });
    QObject::connect(&m_engine, &AccountEngine::foldersChanged, &m_loop,
                     [this](const QString &, const QList<StoredFolder> &folders) { m_folders = folders; });
    QObject::connect(&m_engine, &AccountEngine::folderLoaded, &m_loop,
                     [this](qint64 folderId, const QList<StoredMessage> &rows) {
                         m_folderId = folderId;
                         m_rows.clear();
                         for (const StoredMessage &m : rows)
                             m_rows.insert(m.id, m);
                     });
    QObject::connect(&m_engine, &AccountEngine::messagesUpserted, &m_loop,
                     [this](qint64 folderId, const QList<StoredMessage> &rows) {
                         if (folderId == m_folderId)
                             for (const StoredMessage &m : rows)
                                 m_rows.insert(m.id, m);
                     });
    QObject::connect(&m_engine, &AccountEngine::messagesRemoved, &m_loop,
                     [this](qint64 folderId, const QList<qint64> &ids) {
                         if (folderId == m_folderId)
                             for (const qint64 id : ids)
                                 m_rows.remove(id);
                     });
    QObject::connect(&m_engine, &AccountEngine::accountClosed, &m_loop, &QEventLoop::quit);
}

void CliEngineRun::failWith(const QString &message)
{
    if (m_done)
        return;
    // "CONNECTION: CONNECT: ..." is the account's connection failing at its
    // CONNECT step: the step alone is what the user needs.
    QString text = message;
    if (text.startsWith(QLatin1String("CONNECTION: ")))
        text = text.mid(12);
    using K = PlainError::Kind;
    const K kind = PlainError::fromMessage(text).kind;
    const bool network = kind == K::ConnectionRefused || kind == K::HostNotFound || kind == K::NetworkUnreachable ||
                         kind == K::ConnectTimeout || kind == K::ReplyTimeout || kind == K::Certificate ||
                         kind == K::TlsFailed || kind == K::ServerClosed;
    finish(network ? Network : Refused, text);
}

void CliEngineRun::finish(int code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_code = code;
    m_error = message;
    if (!m_closing) {
        m_closing = true;
        m_engine.closeAccount(); // LOGOUT; accountClosed ends the loop
        QTimer::singleShot(3000, &m_loop, &QEventLoop::quit); // a server that never answers LOGOUT
    }
}

int CliEngineRun::exec(const AccountSettings &account, const QString &password, const std::function<void()> &start)
{
    m_engine.openAccount(account, password);
    if (start)
        start();
    m_loop.exec();
    if (!m_done) {
        m_error = m_unfinished;
        return Network;
    }
    return m_code;
}

QList<StoredMessage> CliEngineRun::rows() const
{
    QList<StoredMessage> list = m_rows.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const StoredMessage &a, const StoredMessage &b) { return a.uid < b.uid; });
    return list;
}

} // namespace carteiro::cli
