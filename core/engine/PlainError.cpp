// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/PlainError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carteiro {

namespace {

struct TrPlain
{
    Q_DECLARE_TR_FUNCTIONS(PlainError)
};

// Does `text` contain the fixed part (before the first %) of `source`, in
// English or as translated in `context`? The engine's words are translated
// before they reach us, so both forms are looked for.
bool has(const QString &text, const char *context, const char *source)
{
    const auto fixed = [](const QString &s) {
        const qsizetype cut = s.indexOf(QLatin1Char('%'));
        return (cut < 0 ? s : s.left(cut)).trimmed();
    };
    const QString english = fixed(QString::fromUtf8(source));
    if (!english.isEmpty() && text.contains(english, Qt::CaseInsensitive))
        return true;
    const QString translated = fixed(QCoreApplication::translate(context, source));
    return !translated.isEmpty() && text.contains(translated, Qt::CaseInsensitive);
}

bool isLoginStep(const QString &step)
{
    static const QStringList steps{QStringLiteral("LOGIN"), QStringLiteral("AUTHENTICATE"), QStringLiteral("AUTH"),
                                   QStringLiteral("USER"),  QStringLiteral("PASS"),         QStringLiteral("APOP")};
    return steps.contains(step);
}

QString where(const QString &host, quint16 port)
{
    if (host.isEmpty())
        return TrPlain::tr("the server");
    return port ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
}

// The words after "authentication failed: " (the server's reply), or all of it.
QString serverWords(const QString &text)
{
    for (const QString &lead : {QStringLiteral("authentication failed:"),
                                QCoreApplication::translate("Imap", "authentication failed: %1 %2"),
                                QCoreApplication::translate("Pop3", "authentication failed: %1"),
                                QCoreApplication::translate("Smtp", "authentication failed: %1")}) {
        const QString fixed = lead.left(lead.indexOf(QLatin1Char('%')) < 0 ? lead.size() : lead.indexOf(QLatin1Char('%'))).trimmed();
        const qsizetype at = text.indexOf(fixed, 0, Qt::CaseInsensitive);
        if (!fixed.isEmpty() && at >= 0)
            return text.mid(at + fixed.size()).trimmed();
    }
    return text.trimmed();
}

// A recipient refused because the server does not relay for this client (RFC 5321
// §3.6.2; RFC 3463 §3.8 X.7.1): Postfix "554 5.7.1 <x@y>: Relay access denied",
// Sendmail "550 5.7.1 <x@y>... Relaying denied", Exim "550 relay not permitted",
// Exchange "550 5.7.54 ... Unable to relay recipient".
bool isRelayRefusal(const QString &step, const QString &text)
{
    if (text.contains(QLatin1String("relay access denied"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression permanent(QStringLiteral("\\b5\\d\\d\\b"));
    return step.startsWith(QLatin1String("RCPT")) && text.contains(permanent) &&
           text.contains(QLatin1String("relay"), Qt::CaseInsensitive);
}

// The first <address> the server's words name (the refused recipient), or empty.
QString firstAddress(const QString &text)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s@]+@[^<>\\s]+)>"));
    return angle.match(text).captured(1);
}

void fill(PlainError &e, const QString &host, quint16 port, int seconds)
{
    using K = PlainError::Kind;
    switch (e.kind) {
    case K::ConnectionRefused:
        e.sentence = TrPlain::tr("Connection refused on %1: is the port right, and is the server running?")
                         .arg(where(host, port));
        break;
    case K::HostNotFound:
        e.sentence = TrPlain::tr("The server name %1 was not found: check its spelling in the account settings, "
                        "and the network.")
                         .arg(host.isEmpty() ? TrPlain::tr("(none given)") : host);
        break;
    case K::NetworkUnreachable:
        e.sentence = TrPlain::tr("The network to %1 is unreachable: check that this computer is online.").arg(where(host, port));
        break;
    case K::ConnectTimeout:
        e.sentence = seconds > 0 ? TrPlain::tr("No connection to %1 within %2 s: check the server name and port, or a "
                                      "firewall in the way.")
                                       .arg(where(host, port))
                                       .arg(seconds)
                                 : TrPlain::tr("No connection to %1 in time: check the server name and port, or a firewall "
                                      "in the way.")
                                       .arg(where(host, port));
        break;
    case K::ReplyTimeout:
        e.sentence = seconds > 0 ? TrPlain::tr("The server did not answer within %1 s: try again later, or check that the "
                                      "port belongs to this protocol.")
                                       .arg(seconds)
                                 : TrPlain::tr("The server did not answer in time: try again later, or check that the port "
                                      "belongs to this protocol.");
        break;
    case K::Certificate:
        e.sentence = TrPlain::tr("The server's certificate is not trusted (%1): check the server name; trust the certificate "
                        "only if you know it is the right one.")
                         .arg(e.detail);
        break;
    case K::TlsFailed:
        e.sentence = TrPlain::tr("The secure connection (TLS) to %1 failed (%2): check the security setting for this port "
                        "(STARTTLS on 587/143/110, TLS on 465/993/995).")
                         .arg(where(host, port), e.detail);
        break;
    case K::TlsNotOffered:
        e.sentence = TrPlain::tr("The server does not offer STARTTLS, which this account requires: use the port with TLS "
                        "(465, 993 or 995) or ask the server's administrator. No password was sent.");
        break;
    case K::CleartextRefused:
        e.sentence = TrPlain::tr("Carteiro does not send a password over an unencrypted connection: turn on TLS or STARTTLS "
                        "in the account settings.");
        break;
    case K::NoMechanism:
        e.sentence = TrPlain::tr("The server and Carteiro have no login method in common (%1): choose another method in "
                        "the account settings.")
                         .arg(e.detail);
        break;
    case K::LoginRefused:
        e.sentence = TrPlain::tr("The server refused the login: \"%1\". Check the user name and the password.").arg(e.detail);
        break;
    case K::RelayRefused: {
        const QString rcpt = firstAddress(e.detail);
        e.sentence = TrPlain::tr("%1 refused to pass the message on to %2: a mail server takes mail for other domains "
                                 "only from its own users, once they have logged in (otherwise it would be an open "
                                 "relay). Send through your own provider's submission server (port 587 with STARTTLS, "
                                 "or 465) with your user name and password; a domain's port 25 takes mail only for "
                                 "that domain.")
                         .arg(where(host, port),
                              rcpt.isEmpty() ? TrPlain::tr("a recipient outside its domains") : rcpt);
        break;
    }
    case K::ServerClosed:
        e.sentence = TrPlain::tr("The server closed the connection%1: try again; if it keeps happening, check the port and "
                        "the security setting.")
                         .arg(e.step.isEmpty() ? QString() : TrPlain::tr(" (during %1)").arg(e.step));
        break;
    case K::Unknown:
        break;
    }
}

} // namespace

PlainError PlainError::fromMessage(const QString &failure, const QString &host, quint16 port)
{
    PlainError e;
    QString text = failure.trimmed();
    // "CONNECTION: AUTHENTICATE: words": the steps are upper-case words before a colon.
    static const QRegularExpression stepRe(QStringLiteral("^([A-Z][A-Z0-9_]*(?: [A-Z][A-Z0-9_]*)?): "));
    for (QRegularExpressionMatch m = stepRe.match(text); m.hasMatch(); m = stepRe.match(text)) {
        e.step = m.captured(1);
        text = text.mid(m.capturedLength());
    }
    e.detail = text;
    QString h = host;
    quint16 p = port;
    int seconds = 0;
    static const QRegularExpression connectRe(QStringLiteral("no connection to (.+):(\\d+) within ([0-9.]+) s"));
    static const QRegularExpression replyRe(QStringLiteral("within ([0-9.]+) s"));

    if (has(text, "carteiro::Channel", "certificate of %1 not trusted: %2 (SHA-256 %3)") ||
        has(text, "carteiro::Channel", "cannot read any certificate from the CA file %1")) {
        e.kind = Kind::Certificate;
    } else if (const auto m = connectRe.match(text); m.hasMatch()) {
        e.kind = Kind::ConnectTimeout;
        h = m.captured(1);
        p = quint16(m.captured(2).toUInt());
        seconds = qRound(m.captured(3).toDouble());
    } else if (has(text, "carteiro::Channel", "no connection to %1:%2 within %3 s")) {
        e.kind = Kind::ConnectTimeout;
    } else if (has(text, "carteiro::Channel", "the server did not answer within %1 s")) {
        e.kind = Kind::ReplyTimeout;
        if (const auto m = replyRe.match(text); m.hasMatch())
            seconds = qRound(m.captured(1).toDouble());
    } else if (has(text, "QAbstractSocket", "Connection refused") ||
               has(text, "QNativeSocketEngine", "Connection refused")) {
        e.kind = Kind::ConnectionRefused;
    } else if (has(text, "QAbstractSocket", "Host not found") || has(text, "QHostInfoAgent", "Host not found")) {
        e.kind = Kind::HostNotFound;
    } else if (has(text, "QNativeSocketEngine", "Network unreachable")) {
        e.kind = Kind::NetworkUnreachable;
    } else if (has(text, "Imap", "the server does not offer STARTTLS, which this account requires; no ") ||
               has(text, "Pop3", "the server does not offer STLS, which this account requires; no credentials ") ||
               has(text, "Imap", "the server refused STARTTLS: %1; no credentials were sent") ||
               has(text, "Pop3", "the server refused STLS: %1; no credentials were sent") ||
               has(text, "Imap", "the server greeted with PREAUTH on a connection that requires STARTTLS; ")) {
        e.kind = Kind::TlsNotOffered;
    } else if (has(text, "Imap", "refusing to send credentials over an unencrypted connection")) {
        e.kind = Kind::CleartextRefused;
    } else if (has(text, "Imap", "no usable authentication mechanism (server offers %1): %2") ||
               has(text, "Pop3", "no authentication method in common: the server offers neither USER nor a usable ") ||
               has(text, "Pop3", "the server offers no SASL mechanism (no SASL line in its CAPA reply)") ||
               has(text, "Smtp", "the server offers no authentication (no AUTH in its EHLO reply)")) {
        e.kind = Kind::NoMechanism;
    } else if (isRelayRefusal(e.step, text)) {
        e.kind = Kind::RelayRefused;
    } else if (has(text, "Imap", "authentication failed: %1 %2") || has(text, "Pop3", "authentication failed: %1") ||
               has(text, "Smtp", "authentication failed: %1") ||
               (isLoginStep(e.step) && !text.isEmpty())) {
        e.kind = Kind::LoginRefused;
        e.detail = serverWords(text);
    } else if (e.step == QLatin1String("TLS") || e.step == QLatin1String("STARTTLS") ||
               text.contains(QLatin1String("handshake"), Qt::CaseInsensitive) ||
               text.contains(QLatin1String("SSL"), Qt::CaseSensitive)) {
        e.kind = Kind::TlsFailed;
    } else if (has(text, "carteiro::Channel", "the server closed the connection") ||
               has(text, "Imap", "the server closed the connection") ||
               has(text, "carteiro::ImapConnection", "the server closed the connection")) {
        e.kind = Kind::ServerClosed;
    }
    if (e.step == QLatin1String("CONNECTION") || e.step == QLatin1String("CONNECT"))
        e.step = e.kind == Kind::LoginRefused ? QString() : e.step;
    fill(e, h, p, seconds);
    if (e.kind == Kind::Unknown)
        e.sentence = failure.trimmed();
    return e;
}

PlainError PlainError::fromSocketError(QAbstractSocket::SocketError error, const QString &host, quint16 port,
                                       const QString &systemWords)
{
    PlainError e;
    e.step = QStringLiteral("CONNECT");
    e.detail = systemWords;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: e.kind = Kind::ConnectionRefused; break;
    case QAbstractSocket::HostNotFoundError: e.kind = Kind::HostNotFound; break;
    case QAbstractSocket::NetworkError: e.kind = Kind::NetworkUnreachable; break;
    case QAbstractSocket::SocketTimeoutError: e.kind = Kind::ConnectTimeout; break;
    case QAbstractSocket::RemoteHostClosedError: e.kind = Kind::ServerClosed; break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        e.kind = Kind::TlsFailed;
        e.step = QStringLiteral("TLS");
        break;
    default: break;
    }
    fill(e, host, port, 0);
    if (e.kind == Kind::Unknown)
        e.sentence = systemWords.isEmpty() ? TrPlain::tr("The connection to %1 failed.").arg(where(host, port))
                                           : TrPlain::tr("The connection to %1 failed: %2").arg(where(host, port), systemWords);
    return e;
}

QString PlainError::describe(const QString &failure, const QString &host, quint16 port)
{
    return fromMessage(failure, host, port).sentence;
}

} // namespace carteiro
