#include "AccountSettings.h"

#include "mime/MailAddress.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrAccountSettings { Q_DECLARE_TR_FUNCTIONS(AccountSettings) };

bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}
} // namespace

QString AccountSettings::validate() const
{
    if (name.trimmed().isEmpty())
        return TrAccountSettings::tr("The account needs a name.");
    QString why;
    if (!MailAddress::parse(fromText(), &why))
        return TrAccountSettings::tr("Address: %1").arg(why);
    if (smtpHost.trimmed().isEmpty())
        return TrAccountSettings::tr("SMTP server: enter a host name.");
    // Host, user name and mechanism end up in commands or URLs: no control
    // characters may reach the wire from them (security.md §13).
    for (const QString *field : {&smtpHost, &username, &authMechanism, &imapHost, &pop3Host})
        if (hasControl(*field) || field->contains(QLatin1Char(' ')))
            return TrAccountSettings::tr("\"%1\" contains spaces or control characters.").arg(*field);
    if (smtpPort == 0)
        return TrAccountSettings::tr("SMTP server: enter a port.");
    if (smtpSecurity == TransportSecurity::Plain && !lab)
        return TrAccountSettings::tr("SMTP server: an unencrypted connection is only allowed for a lab account.");
    return {};
}

QString AccountSettings::fromText() const
{
    if (displayName.trimmed().isEmpty())
        return address.trimmed();
    MailAddress a{displayName.trimmed(), address.trimmed()};
    return a.toDisplayString();
}

quint16 AccountSettings::defaultSmtpPort(TransportSecurity security)
{
    switch (security) {
    case TransportSecurity::ImplicitTls:
        return 465; // RFC 8314 §3.3
    case TransportSecurity::Plain:
        return 25;
    case TransportSecurity::StartTls:
        break;
    }
    return 587; // RFC 6409 §3.1
}

ChannelOptions AccountSettings::smtpChannel() const
{
    ChannelOptions c;
    c.host = smtpHost.trimmed();
    c.port = smtpPort;
    c.security = smtpSecurity;
    c.caFile = caFile;
    c.pinnedSha256 = pinnedSha256;
    c.label = QStringLiteral("smtp://%1:%2 (%3)").arg(c.host).arg(c.port).arg(username.isEmpty() ? name : username);
    return c;
}

SmtpSession::Config AccountSettings::smtpConfig(const QString &password, bool authenticate) const
{
    SmtpSession::Config config;
    config.ehloName = SmtpSession::defaultEhloName();
    config.security = smtpSecurity == TransportSecurity::ImplicitTls ? SmtpSession::Security::ImplicitTls
                      : smtpSecurity == TransportSecurity::StartTls  ? SmtpSession::Security::StartTlsRequired
                                                                     : SmtpSession::Security::PlainLab;
    config.authenticate = authenticate && !username.isEmpty();
    // Credentials in clear only for an explicit lab account on a plaintext port.
    config.allowAuthWithoutTls = lab && smtpSecurity == TransportSecurity::Plain;
    config.credentials.username = username;
    config.credentials.password = password;
    config.credentials.host = smtpHost.trimmed();
    config.credentials.port = smtpPort;
    config.mechanism = authMechanism.trimmed().toUpper();
    return config;
}

ChannelOptions AccountSettings::imapChannel() const
{
    ChannelOptions c;
    c.host = imapHost.trimmed();
    c.port = imapPort;
    c.security = imapSecurity;
    c.caFile = caFile;
    c.pinnedSha256 = pinnedSha256;
    c.label = QStringLiteral("%1://%2:%3 (%4)")
                  .arg(imapSecurity == TransportSecurity::ImplicitTls ? QStringLiteral("imaps") : QStringLiteral("imap"),
                       c.host)
                  .arg(c.port)
                  .arg(username.isEmpty() ? name : username);
    return c;
}

ImapSession::Config AccountSettings::imapConfig(const QString &password) const
{
    ImapSession::Config config;
    config.security = imapSecurity == TransportSecurity::ImplicitTls ? ImapSession::Security::ImplicitTls
                      : imapSecurity == TransportSecurity::StartTls  ? ImapSession::Security::StartTlsRequired
                                                                     : ImapSession::Security::PlainLab;
    config.allowAuthWithoutTls = lab && imapSecurity == TransportSecurity::Plain;
    config.credentials.username = username;
    config.credentials.password = password;
    config.credentials.host = imapHost.trimmed();
    config.credentials.port = imapPort;
    config.mechanism = authMechanism.trimmed().toUpper();
    return config;
}

ChannelOptions AccountSettings::pop3Channel() const
{
    ChannelOptions c;
    c.host = pop3Host.trimmed();
    c.port = pop3Port;
    c.security = pop3Security;
    c.caFile = caFile;
    c.pinnedSha256 = pinnedSha256;
    c.label = QStringLiteral("%1://%2:%3 (%4)")
                  .arg(pop3Security == TransportSecurity::ImplicitTls ? QStringLiteral("pop3s") : QStringLiteral("pop3"),
                       c.host)
                  .arg(c.port)
                  .arg(username.isEmpty() ? name : username);
    return c;
}

Pop3Session::Config AccountSettings::pop3Config(const QString &password) const
{
    Pop3Session::Config config;
    config.security = pop3Security == TransportSecurity::ImplicitTls ? Pop3Session::Security::ImplicitTls
                      : pop3Security == TransportSecurity::StartTls  ? Pop3Session::Security::StartTlsRequired
                                                                     : Pop3Session::Security::PlainLab;
    config.allowPlaintextAuth = lab && pop3Security == TransportSecurity::Plain;
    config.credentials.username = username;
    config.credentials.password = password;
    config.credentials.host = pop3Host.trimmed();
    config.credentials.port = pop3Port;
    config.mechanism = authMechanism.trimmed().toUpper();
    return config;
}

} // namespace carteiro
