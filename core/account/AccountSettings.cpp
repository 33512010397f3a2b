// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSettings.h"

#include "account/ClassroomMode.h"

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
    const QList<Identity> all = identities();
    for (int i = 0; i < all.size(); ++i)
        if (const QString problem = all.at(i).validate(); !problem.isEmpty())
            return i == 0 ? problem
                          : TrAccountSettings::tr("Identity %1 (%2): %3")
                                .arg(i + 1)
                                .arg(all.at(i).address.trimmed().isEmpty() ? all.at(i).name : all.at(i).address,
                                     problem);
    if (smtpHost.trimmed().isEmpty())
        return TrAccountSettings::tr("SMTP server: enter a host name.");
    // Host, user name and mechanism end up in commands or URLs: no control
    // characters may reach the wire from them (tests/README.md, case 13).
    for (const QString *field : {&smtpHost, &username, &authMechanism, &imapHost, &pop3Host})
        if (hasControl(*field) || field->contains(QLatin1Char(' ')))
            return TrAccountSettings::tr("\"%1\" contains spaces or control characters.").arg(*field);
    if (smtpPort == 0)
        return TrAccountSettings::tr("SMTP server: enter a port.");
    if (smtpSecurity == TransportSecurity::Plain && !lab)
        return TrAccountSettings::tr("SMTP server: an unencrypted connection is only allowed for a lab account.");
    if (classroomMode && classroomHelo && !heloAllowed())
        return TrAccountSettings::tr("Classroom mode: HELO instead of EHLO is only allowed for a lab account on a "
                                     "plaintext SMTP connection. HELO has no STARTTLS and no AUTH, so it would "
                                     "leave this connection unprotected.");
    return {};
}

QString AccountSettings::fromText() const
{
    if (displayName.trimmed().isEmpty())
        return address.trimmed();
    MailAddress a{displayName.trimmed(), address.trimmed()};
    return a.toDisplayString();
}

QList<Identity> AccountSettings::identities() const
{
    QList<Identity> out{{displayName, address, replyTo, signature, signatureHtml}};
    out += moreIdentities;
    return out;
}

void AccountSettings::setIdentities(const QList<Identity> &list)
{
    if (list.isEmpty())
        return;
    const Identity &own = list.first();
    displayName = own.name;
    address = own.address;
    replyTo = own.replyTo;
    signature = own.signature;
    signatureHtml = own.signatureHtml;
    moreIdentities = list.mid(1);
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

namespace {

// One server of the account: same CA, pin and label shape for SMTP, IMAP and POP3.
ChannelOptions channelFor(const AccountSettings &a, const QString &host, quint16 port, TransportSecurity security,
                          const QString &scheme)
{
    ChannelOptions c;
    c.host = host.trimmed();
    c.port = port;
    c.security = security;
    c.caFile = a.caFile;
    c.pinnedSha256 = a.pinnedSha256;
    c.label = QStringLiteral("%1://%2:%3 (%4)").arg(scheme, c.host).arg(c.port).arg(a.username.isEmpty() ? a.name : a.username);
    return c;
}

SaslCredentials credentialsFor(const AccountSettings &a, const QString &host, quint16 port, const QString &password)
{
    SaslCredentials c;
    c.username = a.username;
    c.password = password;
    c.host = host.trimmed();
    c.port = port;
    return c;
}

} // namespace

ChannelOptions AccountSettings::smtpChannel() const
{
    return channelFor(*this, smtpHost, smtpPort, smtpSecurity, QStringLiteral("smtp"));
}

SmtpSession::Config AccountSettings::smtpConfig(const QString &password, bool authenticate) const
{
    SmtpSession::Config config;
    config.ehloName = SmtpSession::defaultEhloName();
    config.security = smtpSecurity;
    config.authenticate = authenticate && !username.isEmpty();
    // Credentials in clear only for an explicit lab account on a plaintext port.
    config.allowAuthWithoutTls = lab && smtpSecurity == TransportSecurity::Plain;
    config.credentials = credentialsFor(*this, smtpHost, smtpPort, password);
    config.mechanism = authMechanism.trimmed().toUpper();
    if (classroomMode)
        classroom().apply(config);
    return config;
}

ChannelOptions AccountSettings::imapChannel() const
{
    return channelFor(*this, imapHost, imapPort, imapSecurity,
                      imapSecurity == TransportSecurity::ImplicitTls ? QStringLiteral("imaps") : QStringLiteral("imap"));
}

ImapSession::Config AccountSettings::imapConfig(const QString &password) const
{
    ImapSession::Config config;
    config.security = imapSecurity;
    config.allowAuthWithoutTls = lab && imapSecurity == TransportSecurity::Plain;
    config.credentials = credentialsFor(*this, imapHost, imapPort, password);
    config.mechanism = authMechanism.trimmed().toUpper();
    if (classroomMode)
        classroom().apply(config);
    return config;
}

ChannelOptions AccountSettings::pop3Channel() const
{
    return channelFor(*this, pop3Host, pop3Port, pop3Security,
                      pop3Security == TransportSecurity::ImplicitTls ? QStringLiteral("pop3s") : QStringLiteral("pop3"));
}

Pop3Session::Config AccountSettings::pop3Config(const QString &password) const
{
    Pop3Session::Config config;
    config.security = pop3Security;
    config.allowPlaintextAuth = lab && pop3Security == TransportSecurity::Plain;
    config.credentials = credentialsFor(*this, pop3Host, pop3Port, password);
    config.mechanism = authMechanism.trimmed().toUpper();
    if (classroomMode)
        classroom().apply(config);
    return config;
}

ClassroomMode AccountSettings::classroom() const
{
    ClassroomMode m;
    m.helo = classroomHelo && heloAllowed();
    m.pop3UserPass = classroomPop3UserPass;
    return m;
}

} // namespace carteiro
