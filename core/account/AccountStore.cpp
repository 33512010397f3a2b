// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include <QSettings>
#include <QUuid>

namespace carteiro {

namespace {
const QString kGroup = QStringLiteral("accounts");
const QString kDefault = QStringLiteral("defaultAccount");

// Stored as words, not enum numbers, so that a reordered enum never turns an
// account into a plaintext one.
QString securityName(TransportSecurity s)
{
    switch (s) {
    case TransportSecurity::Plain:
        return QStringLiteral("plain");
    case TransportSecurity::ImplicitTls:
        return QStringLiteral("tls");
    case TransportSecurity::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

TransportSecurity securityFromName(const QString &s)
{
    if (s == QLatin1String("plain"))
        return TransportSecurity::Plain;
    if (s == QLatin1String("tls"))
        return TransportSecurity::ImplicitTls;
    return TransportSecurity::StartTls; // unknown words fall back to the safe default
}

void write(QSettings &s, const AccountSettings &a)
{
    s.setValue(QStringLiteral("name"), a.name);
    s.setValue(QStringLiteral("displayName"), a.displayName);
    s.setValue(QStringLiteral("address"), a.address);
    s.setValue(QStringLiteral("smtp/host"), a.smtpHost);
    s.setValue(QStringLiteral("smtp/port"), a.smtpPort);
    s.setValue(QStringLiteral("smtp/security"), securityName(a.smtpSecurity));
    s.setValue(QStringLiteral("smtp/username"), a.username);
    s.setValue(QStringLiteral("smtp/mechanism"), a.authMechanism);
    s.setValue(QStringLiteral("smtp/caFile"), a.caFile);
    s.setValue(QStringLiteral("smtp/pinnedSha256"), QString::fromLatin1(a.pinnedSha256));
    s.setValue(QStringLiteral("incoming/protocol"),
               a.incomingProtocol == AccountSettings::IncomingProtocol::Pop3 ? QStringLiteral("pop3")
                                                                              : QStringLiteral("imap"));
    s.setValue(QStringLiteral("imap/host"), a.imapHost);
    s.setValue(QStringLiteral("imap/port"), a.imapPort);
    s.setValue(QStringLiteral("imap/security"), securityName(a.imapSecurity));
    s.setValue(QStringLiteral("pop3/host"), a.pop3Host);
    s.setValue(QStringLiteral("pop3/port"), a.pop3Port);
    s.setValue(QStringLiteral("pop3/security"), securityName(a.pop3Security));
    s.setValue(QStringLiteral("pop3/deleteAfterDownload"), a.pop3DeleteAfterDownload);
    s.setValue(QStringLiteral("smtp/serverFilesSent"), a.serverFilesSent);
    s.setValue(QStringLiteral("imap/checkMinutes"), a.checkMinutes);
    s.setValue(QStringLiteral("passwordPolicy"),
               a.passwordPolicy == AccountSettings::PasswordPolicy::AskAtSend ? QStringLiteral("ask")
                                                                              : QStringLiteral("keychain"));
    s.setValue(QStringLiteral("lab"), a.lab);
    s.setValue(QStringLiteral("classroom/enabled"), a.classroomMode);
    s.setValue(QStringLiteral("classroom/helo"), a.classroomHelo);
    s.setValue(QStringLiteral("classroom/pop3UserPass"), a.classroomPop3UserPass);
    s.setValue(QStringLiteral("identity/replyTo"), a.replyTo);
    s.setValue(QStringLiteral("identity/signature"), a.signature);
    s.setValue(QStringLiteral("identity/signatureHtml"), a.signatureHtml);
    s.setValue(QStringLiteral("identity/signatureAboveQuote"), a.signatureAboveQuote);
    s.beginWriteArray(QStringLiteral("identities"), int(a.moreIdentities.size()));
    for (int i = 0; i < a.moreIdentities.size(); ++i) {
        const Identity &id = a.moreIdentities.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), id.name);
        s.setValue(QStringLiteral("address"), id.address);
        s.setValue(QStringLiteral("replyTo"), id.replyTo);
        s.setValue(QStringLiteral("signature"), id.signature);
        s.setValue(QStringLiteral("signatureHtml"), id.signatureHtml);
    }
    s.endArray();
}

AccountSettings read(QSettings &s, const QString &id)
{
    AccountSettings a;
    a.id = id;
    a.name = s.value(QStringLiteral("name")).toString();
    a.displayName = s.value(QStringLiteral("displayName")).toString();
    a.address = s.value(QStringLiteral("address")).toString();
    a.smtpHost = s.value(QStringLiteral("smtp/host")).toString();
    a.smtpPort = quint16(s.value(QStringLiteral("smtp/port"), 587).toUInt());
    a.smtpSecurity = securityFromName(s.value(QStringLiteral("smtp/security")).toString());
    a.username = s.value(QStringLiteral("smtp/username")).toString();
    a.authMechanism = s.value(QStringLiteral("smtp/mechanism")).toString();
    a.caFile = s.value(QStringLiteral("smtp/caFile")).toString();
    a.pinnedSha256 = s.value(QStringLiteral("smtp/pinnedSha256")).toString().toLatin1();
    a.incomingProtocol = s.value(QStringLiteral("incoming/protocol")).toString() == QLatin1String("pop3")
                             ? AccountSettings::IncomingProtocol::Pop3
                             : AccountSettings::IncomingProtocol::Imap;
    a.imapHost = s.value(QStringLiteral("imap/host")).toString();
    a.imapPort = quint16(s.value(QStringLiteral("imap/port"), 993).toUInt());
    a.imapSecurity = securityFromName(s.value(QStringLiteral("imap/security"), QStringLiteral("tls")).toString());
    a.pop3Host = s.value(QStringLiteral("pop3/host")).toString();
    a.pop3Port = quint16(s.value(QStringLiteral("pop3/port"), 995).toUInt());
    a.pop3Security = securityFromName(s.value(QStringLiteral("pop3/security"), QStringLiteral("tls")).toString());
    a.pop3DeleteAfterDownload = s.value(QStringLiteral("pop3/deleteAfterDownload"), false).toBool();
    a.serverFilesSent = s.value(QStringLiteral("smtp/serverFilesSent"), false).toBool();
    a.checkMinutes = qBound(0, s.value(QStringLiteral("imap/checkMinutes"), 5).toInt(), 24 * 60);
    a.passwordPolicy = s.value(QStringLiteral("passwordPolicy")).toString() == QLatin1String("ask")
                           ? AccountSettings::PasswordPolicy::AskAtSend
                           : AccountSettings::PasswordPolicy::Keychain;
    a.lab = s.value(QStringLiteral("lab"), false).toBool();
    // Absent in files written before classroom mode existed: off.
    a.classroomMode = s.value(QStringLiteral("classroom/enabled"), false).toBool();
    a.classroomHelo = s.value(QStringLiteral("classroom/helo"), false).toBool();
    a.classroomPop3UserPass = s.value(QStringLiteral("classroom/pop3UserPass"), false).toBool();
    a.replyTo = s.value(QStringLiteral("identity/replyTo")).toString();
    a.signature = s.value(QStringLiteral("identity/signature")).toString();
    a.signatureHtml = s.value(QStringLiteral("identity/signatureHtml")).toString();
    a.signatureAboveQuote = s.value(QStringLiteral("identity/signatureAboveQuote"), false).toBool();
    const int count = s.beginReadArray(QStringLiteral("identities"));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        a.moreIdentities.append({s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("address")).toString(),
                                 s.value(QStringLiteral("replyTo")).toString(),
                                 s.value(QStringLiteral("signature")).toString(),
                                 s.value(QStringLiteral("signatureHtml")).toString()});
    }
    s.endArray();
    // A hand-edited settings file must not turn a real account into a plaintext one.
    if (!a.lab && a.smtpSecurity == TransportSecurity::Plain)
        a.smtpSecurity = TransportSecurity::StartTls;
    // Nor leave HELO (no STARTTLS, no AUTH) switched on for anything but a plaintext lab account.
    if (!a.heloAllowed())
        a.classroomHelo = false;
    return a;
}
} // namespace

AccountStore::AccountStore(QSettings *settings) : m_settings(settings) {}

template <typename F> auto AccountStore::withSettings(F f) const
{
    if (m_settings)
        return f(*m_settings);
    QSettings s;
    return f(s);
}

QList<AccountSettings> AccountStore::accounts() const
{
    return withSettings([](QSettings &s) {
        QList<AccountSettings> list;
        s.beginGroup(kGroup);
        const QStringList ids = s.childGroups();
        for (const QString &id : ids) {
            s.beginGroup(id);
            list.append(read(s, id));
            s.endGroup();
        }
        s.endGroup();
        return list;
    });
}

std::optional<AccountSettings> AccountStore::find(const QString &id) const
{
    for (const AccountSettings &a : accounts())
        if (a.id == id)
            return a;
    return std::nullopt;
}

QString AccountStore::save(AccountSettings account)
{
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    withSettings([&account](QSettings &s) {
        s.beginGroup(kGroup);
        s.remove(account.id); // no stale keys from an older layout
        s.beginGroup(account.id);
        write(s, account);
        s.endGroup();
        s.endGroup();
        s.sync();
        return 0;
    });
    return account.id;
}

void AccountStore::remove(const QString &id)
{
    withSettings([&id](QSettings &s) {
        s.beginGroup(kGroup);
        s.remove(id);
        s.endGroup();
        if (s.value(kDefault).toString() == id)
            s.remove(kDefault);
        s.sync();
        return 0;
    });
}

QString AccountStore::defaultAccountId() const
{
    return withSettings([](QSettings &s) { return s.value(kDefault).toString(); });
}

void AccountStore::setDefaultAccountId(const QString &id)
{
    withSettings([&id](QSettings &s) {
        s.setValue(kDefault, id);
        return 0;
    });
}

} // namespace carteiro
