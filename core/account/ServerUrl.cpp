// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ServerUrl.h"

#include <QCoreApplication>
#include <QUrl>

namespace carteiro {

namespace {
struct Scheme
{
    const char *name;
    Protocol protocol;
    TransportSecurity security;
    quint16 port;
};
// RFC 6409 §3.1 (587), RFC 8314 §3.3 (465, 993, 995), RFC 3501 (143), RFC 1939 (110).
constexpr Scheme kSchemes[] = {
    {"smtp", Protocol::Smtp, TransportSecurity::StartTls, 587},
    {"smtps", Protocol::Smtp, TransportSecurity::ImplicitTls, 465},
    {"smtp+plain", Protocol::Smtp, TransportSecurity::Plain, 25},
    {"imap", Protocol::Imap, TransportSecurity::StartTls, 143},
    {"imaps", Protocol::Imap, TransportSecurity::ImplicitTls, 993},
    {"imap+plain", Protocol::Imap, TransportSecurity::Plain, 143},
    {"pop3", Protocol::Pop3, TransportSecurity::StartTls, 110},
    {"pop3s", Protocol::Pop3, TransportSecurity::ImplicitTls, 995},
    {"pop3+plain", Protocol::Pop3, TransportSecurity::Plain, 110},
};
struct TrServerUrl { Q_DECLARE_TR_FUNCTIONS(ServerUrl) };
} // namespace

QString ServerUrl::toString() const
{
    for (const Scheme &s : kSchemes)
        if (s.protocol == protocol && s.security == security)
            return QStringLiteral("%1://%2:%3").arg(QLatin1String(s.name), host).arg(port);
    return host;
}

std::optional<ServerUrl> ServerUrl::parse(const QString &text, QString *error)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            *error = TrServerUrl::tr("the server address contains a control character");
            return std::nullopt;
        }
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = TrServerUrl::tr("\"%1\" is not a server address like smtp://mail.example.com:587").arg(text);
        return std::nullopt;
    }
    if (!url.path().isEmpty() && url.path() != QStringLiteral("/")) {
        *error = TrServerUrl::tr("the server address \"%1\" must not have a path").arg(text);
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty()) {
        *error = TrServerUrl::tr("put the user name in its own field, not in the server address");
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    for (const Scheme &s : kSchemes) {
        if (scheme == QLatin1String(s.name)) {
            ServerUrl out;
            out.protocol = s.protocol;
            out.security = s.security;
            out.host = url.host();
            const int port = url.port(s.port);
            if (port <= 0 || port > 65535) {
                *error = TrServerUrl::tr("the port in \"%1\" is out of range").arg(text);
                return std::nullopt;
            }
            out.port = quint16(port);
            return out;
        }
    }
    *error = TrServerUrl::tr("unknown scheme \"%1\": use smtp, smtps, imap, imaps, pop3, pop3s (or a "
                "+plain lab form)")
                 .arg(url.scheme());
    return std::nullopt;
}

} // namespace carteiro
