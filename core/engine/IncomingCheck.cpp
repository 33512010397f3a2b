// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/IncomingCheck.h"

#include "engine/PlainError.h"
#include "imap/ImapConnection.h"
#include "pop3/Pop3RetrieveJob.h"

#include <QTimer>

namespace carteiro {

namespace {
bool isPop3(const AccountSettings &a)
{
    return a.incomingProtocol == AccountSettings::IncomingProtocol::Pop3;
}

QString tlsLine(const Channel *channel)
{
    if (!channel || !channel->isEncrypted())
        return IncomingCheck::tr("No TLS: this is a plaintext lab account.");
    const TlsDetails tls = channel->tlsDetails();
    return IncomingCheck::tr("TLS: %1, %2, certificate %3.")
        .arg(tls.protocol, tls.cipher,
             tls.pinned     ? IncomingCheck::tr("accepted by your exception")
             : tls.verified ? IncomingCheck::tr("verified")
                            : IncomingCheck::tr("not verified"));
}
} // namespace

IncomingCheck::IncomingCheck(TraceHub *hub, const AccountSettings &account, const QString &password, QObject *parent)
    : QObject(parent), m_hub(hub), m_account(account), m_password(password)
{
    qRegisterMetaType<IncomingCheckResult>();
    m_result.protocol = isPop3(account) ? QStringLiteral("POP3") : QStringLiteral("IMAP");
}

IncomingCheck::~IncomingCheck() = default;

bool IncomingCheck::canCheck(const AccountSettings &account)
{
    return isPop3(account) ? !account.pop3Host.trimmed().isEmpty() && account.pop3Port != 0
                           : !account.imapHost.trimmed().isEmpty() && account.imapPort != 0;
}

void IncomingCheck::start()
{
    if (isPop3(m_account))
        startPop3();
    else
        startImap();
}

void IncomingCheck::cancel()
{
    if (m_imap)
        m_imap->close();
    if (m_pop3)
        m_pop3->cancel();
    fail(tr("cancelled by the user"));
}

void IncomingCheck::startImap()
{
    ImapSession::Config config = m_account.imapConfig(m_password);
    config.enableQresync = false; // nothing is read: no ENABLE
    m_imap = new ImapConnection(m_hub, m_account.imapChannel(), config, this);
    connect(m_imap, &ImapConnection::ready, this, [this] {
        m_result.steps << tr("Connected to %1:%2.").arg(m_account.imapHost).arg(m_account.imapPort);
        m_result.steps << tlsLine(m_imap->channel());
        QStringList caps;
        for (const QByteArray &c : m_imap->session().capabilities())
            caps << QString::fromLatin1(c);
        m_result.steps << tr("Capabilities: %1").arg(caps.join(QLatin1Char(' ')));
        const QString mech = m_imap->session().authMechanism();
        m_result.steps << (mech.isEmpty() ? tr("Logged in as %1.").arg(m_account.username)
                                          : tr("Logged in as %1 (%2).").arg(m_account.username, mech));
        m_imap->close(); // RFC 3501 §6.1.3 LOGOUT
        // A server that never answers LOGOUT does not hold the result back.
        QTimer::singleShot(10000, this, [this] {
            if (!m_done) {
                m_result.steps << tr("LOGOUT: no answer; the connection was closed.");
                m_result.ok = true;
                finish();
            }
        });
    });
    connect(m_imap, &ImapConnection::failed, this, [this](const QString &message) { fail(message); });
    connect(m_imap, &ImapConnection::closed, this, [this] {
        if (m_done)
            return;
        if (m_result.steps.isEmpty()) { // closed before the login finished
            fail(m_imap->errorMessage().isEmpty() ? tr("the server closed the connection") : m_imap->errorMessage());
            return;
        }
        m_result.steps << tr("LOGOUT: the server said goodbye.");
        m_result.ok = true;
        finish();
    });
    m_imap->open();
}

void IncomingCheck::startPop3()
{
    Pop3RetrieveJob::Options options;
    options.listOnly = true; // UIDL/LIST only: nothing is retrieved or deleted
    m_pop3 = new Pop3RetrieveJob(m_hub, m_account.pop3Channel(), m_account.pop3Config(m_password), nullptr, options,
                                 this);
    connect(m_pop3, &Pop3RetrieveJob::finished, this, [this](Pop3RetrieveJob::Outcome outcome) {
        if (m_done)
            return;
        if (outcome != Pop3RetrieveJob::Outcome::Succeeded) {
            fail(m_pop3->errorMessage());
            return;
        }
        const Pop3Session &s = m_pop3->session();
        m_result.steps << tr("Connected to %1:%2.").arg(m_account.pop3Host).arg(m_account.pop3Port);
        m_result.steps << tlsLine(m_pop3->channel());
        QStringList caps = s.capabilities().saslMechanisms;
        m_result.steps << (caps.isEmpty() ? tr("Capabilities read (CAPA).")
                                          : tr("Capabilities: SASL %1").arg(caps.join(QLatin1Char(' '))));
        const QString mech = s.authMechanism();
        m_result.steps << (mech.isEmpty() ? tr("Logged in as %1.").arg(m_account.username)
                                          : tr("Logged in as %1 (%2).").arg(m_account.username, mech));
        m_result.steps << tr("%n message(s) in the maildrop; nothing was downloaded.", nullptr,
                             int(m_pop3->entries().size()));
        m_result.steps << (s.updateConfirmed() ? tr("QUIT: the server said goodbye.")
                                               : tr("QUIT: no answer; the connection was closed."));
        m_result.ok = true;
        finish();
    });
    m_pop3->start();
}

void IncomingCheck::fail(const QString &raw)
{
    if (m_done)
        return;
    const bool pop3 = isPop3(m_account);
    m_result.ok = false;
    m_result.rawError = raw;
    m_result.error = PlainError::describe(raw, pop3 ? m_account.pop3Host : m_account.imapHost,
                                          pop3 ? m_account.pop3Port : m_account.imapPort);
    finish();
}

void IncomingCheck::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_result);
}

} // namespace carteiro
