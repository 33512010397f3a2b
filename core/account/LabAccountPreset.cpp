// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabAccountPreset.h"

namespace carteiro {

namespace {
QString value(const QProcessEnvironment &env, const QString &name, const QString &fallback)
{
    const QString v = env.value(name);
    return v.isEmpty() ? fallback : v;
}

QString value(const QProcessEnvironment &env, const char *name, const QString &fallback)
{
    return value(env, QString::fromLatin1(name), fallback);
}

// A lab user's address: CARTEIRO_LAB_USER_<NAME>, or <name>@<its domain>.
QString address(const QProcessEnvironment &env, const QString &local, const QString &domain)
{
    return value(env, QStringLiteral("CARTEIRO_LAB_USER_") + local.toUpper(), local + QLatin1Char('@') + domain);
}
} // namespace

bool LabAccountPreset::environmentPresent(const QProcessEnvironment &env)
{
    return !env.value(QStringLiteral("CARTEIRO_LAB_HOST")).isEmpty() &&
           !env.value(QStringLiteral("CARTEIRO_LAB_SUBMISSION_PORT")).isEmpty();
}

QStringList LabAccountPreset::users()
{
    return {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("dave"), QStringLiteral("erin")};
}

LabAccountPreset LabAccountPreset::make(const QString &user, const QProcessEnvironment &env)
{
    const QString local = users().contains(user) ? user : QStringLiteral("alice");
    // dave and erin live on the second domain's own server (mail-lab.sh: the same
    // port numbers on CARTEIRO_LAB_HOST3).
    const bool second = local == QLatin1String("dave") || local == QLatin1String("erin");
    // The defaults are mail-lab.sh's own (port offset 10000, state in /tmp/carteiro-lab).
    const QString domain = value(env, "CARTEIRO_LAB_DOMAIN", QStringLiteral("example.test"));
    const QString domain2 = value(env, "CARTEIRO_LAB_DOMAIN2", QStringLiteral("acme.test"));
    const QString host = second ? value(env, "CARTEIRO_LAB_HOST3", QStringLiteral("127.0.0.3"))
                                : value(env, "CARTEIRO_LAB_HOST", QStringLiteral("127.0.0.1"));
    const QString ports = second ? QStringLiteral("CARTEIRO_LAB_DOMAIN2_") : QStringLiteral("CARTEIRO_LAB_");
    const auto port = [&](const char *name, const char *fallback) {
        return quint16(value(env, ports + QLatin1String(name), QString::fromLatin1(fallback)).toUInt());
    };

    LabAccountPreset p;
    AccountSettings &a = p.account;
    a.id = QStringLiteral("lab-") + local;
    a.name = QStringLiteral("Lab (%1)").arg(local);
    a.displayName = local.left(1).toUpper() + local.mid(1) + QStringLiteral(" Lab");
    a.address = address(env, local, second ? domain2 : domain);
    a.username = a.address;
    a.smtpHost = host;
    a.smtpPort = port("SUBMISSION_PORT", "10587");
    a.smtpSecurity = TransportSecurity::StartTls; // the lab does TLS properly: teach the real thing
    a.caFile = value(env, "CARTEIRO_LAB_CA_FILE", QStringLiteral("/tmp/carteiro-lab/tls/cert.pem"));
    a.imapHost = host;
    a.imapPort = port("IMAPS_PORT", "10993");
    a.imapSecurity = TransportSecurity::ImplicitTls;
    a.pop3Host = host;
    a.pop3Port = port("POP3S_PORT", "10995");
    a.pop3Security = TransportSecurity::ImplicitTls;
    a.passwordPolicy = AccountSettings::PasswordPolicy::AskAtSend;
    a.lab = true;
    p.password = value(env, QStringLiteral("CARTEIRO_LAB_PASSWORD_") + local.toUpper(), local + QStringLiteral("pass"));
    const QString peer = local == QLatin1String("alice") ? QStringLiteral("bob")
                         : local == QLatin1String("erin") ? QStringLiteral("dave")
                                                          : QStringLiteral("alice");
    p.peerAddress = address(env, peer, peer == QLatin1String("dave") ? domain2 : domain);
    return p;
}

} // namespace carteiro
