// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleSession.h"

#include "console/ImapConsoleSession.h"
#include "console/Pop3ConsoleSession.h"
#include "console/SmtpConsoleSession.h"
#include "sasl/SaslClient.h"
#include "sasl/SaslCodec.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrConsole { Q_DECLARE_TR_FUNCTIONS(Console) };
} // namespace

ConsoleSession::~ConsoleSession() = default;

std::unique_ptr<ConsoleSession> ConsoleSession::create(Protocol protocol, const Config &config)
{
    switch (protocol) {
    case Protocol::Smtp: return std::make_unique<SmtpConsoleSession>(config);
    case Protocol::Imap: return std::make_unique<ImapConsoleSession>(config);
    case Protocol::Pop3: return std::make_unique<Pop3ConsoleSession>(config);
    case Protocol::Other: break;
    }
    return nullptr;
}

QString ConsoleSession::initialState(Protocol protocol)
{
    const std::unique_ptr<ConsoleSession> fresh = create(protocol, {});
    return fresh ? fresh->state() : QString();
}

ConsoleOutput ConsoleSession::submit(const QByteArray &typed)
{
    ConsoleOutput out;
    QByteArray text = typed;
    while (text.endsWith('\r') || text.endsWith('\n'))
        text.chop(1);
    if (m_closed) {
        out.error = TrConsole::tr("the session is closed; connect again to type more commands");
        return out;
    }
    if (m_passwordPending) {
        out.error = TrConsole::tr("the console is waiting for a password: enter it in the password "
                                  "field (it is never shown) or cancel");
        return out;
    }
    // CR, LF and NUL never reach the wire from user input: they would end the
    // command early or smuggle a second one (RFC 5321 §2.3.8, RFC 3501 §9;
    // tests/README.md, case 13).
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\r' || u == '\n' || u == 0 || (u < 0x20 && u != '\t') || u == 0x7f) {
            out.error = TrConsole::tr("the line contains a control character (byte 0x%1); "
                                      "it was not sent")
                            .arg(uint(u), 2, 16, QLatin1Char('0'));
            return out;
        }
    }
    out = submitLine(text);
    if (out.error.isEmpty())
        out.accepted = true;
    return out;
}

ConsoleOutput ConsoleSession::cancelPassword()
{
    ConsoleOutput out;
    if (!m_passwordPending)
        return out;
    m_passwordPending = false;
    m_passwordPrompt.clear();
    clearPasswordRequest();
    out.notes << TrConsole::tr("password prompt cancelled: nothing was sent");
    return out;
}

ConsoleOutput ConsoleSession::tlsEstablished(const TlsDetails &tls)
{
    ConsoleOutput out;
    out.notes << TrConsole::tr("TLS is up (%1, %2): from here on every byte is encrypted. "
                               "Certificate subject: %3; issuer: %4; SHA-256: %5")
                     .arg(tls.protocol, tls.cipher, tls.subject, tls.issuer, tls.sha256);
    afterTls(out);
    return out;
}

ConsoleOutput ConsoleSession::askPassword(const QString &prompt, const QString &history)
{
    ConsoleOutput out;
    m_passwordPending = true;
    m_passwordPrompt = prompt;
    out.needPassword = true;
    out.historyText = history;
    out.notes << TrConsole::tr("%1: the console asks for the password, never shows it, and "
                               "builds the exchange itself")
                     .arg(prompt);
    return out;
}

void ConsoleSession::reply(ConsoleOutput &out, bool success)
{
    out.replyComplete = true;
    out.replySuccess = success;
    m_lastSuccess = success;
}

std::unique_ptr<SaslClient> ConsoleSession::makeSasl(const QByteArray &mechanism, const QString &user,
                                                     const QByteArray &password, QString *error) const
{
    SaslCredentials creds;
    creds.username = user;
    creds.password = QString::fromUtf8(password);
    const QString mech = QString::fromLatin1(mechanism);
    return SaslClient::create({mech}, creds, mech, error);
}

QByteArray ConsoleSession::upperVerb(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    const qsizetype sp = trimmed.indexOf(' ');
    return (sp < 0 ? trimmed : trimmed.left(sp)).toUpper();
}

bool ConsoleSession::isTypedSaslResponse(const QByteArray &argument)
{
    const std::optional<QByteArray> decoded = SaslCodec::decodeStrict(argument);
    return decoded && decoded->contains('\0');
}

QString ConsoleSession::typedSaslResponseError(const QByteArray &mechanism)
{
    return TrConsole::tr("that looks like a ready-made %1 response, which carries the password in "
                         "base64: type only the mechanism and the user name, and the console builds "
                         "the response without showing the password")
        .arg(QString::fromLatin1(mechanism));
}

QList<QByteArray> ConsoleSession::words(const QByteArray &line)
{
    QList<QByteArray> out;
    for (const QByteArray &w : line.simplified().split(' '))
        if (!w.isEmpty())
            out << w;
    return out;
}

ConsoleWrite ConsoleSession::line(const QByteArray &text, const QString &verb, const QByteArray &trace)
{
    return ConsoleWrite{text + "\r\n", trace.isNull() ? text : trace, verb};
}

} // namespace carteiro
