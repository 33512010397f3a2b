#include "LabAccountPreset.h"

namespace carteiro {

namespace {
QString value(const QProcessEnvironment &env, const char *name, const QString &fallback)
{
    const QString v = env.value(QString::fromLatin1(name));
    return v.isEmpty() ? fallback : v;
}
} // namespace

bool LabAccountPreset::environmentPresent(const QProcessEnvironment &env)
{
    return !env.value(QStringLiteral("CARTEIRO_LAB_HOST")).isEmpty() &&
           !env.value(QStringLiteral("CARTEIRO_LAB_SUBMISSION_PORT")).isEmpty();
}

LabAccountPreset LabAccountPreset::make(const QString &user, const QProcessEnvironment &env)
{
    const bool bob = user == QLatin1String("bob");
    // The defaults are mail-lab.sh's own (port offset 10000, state in /tmp/carteiro-lab).
    const QString host = value(env, "CARTEIRO_LAB_HOST", QStringLiteral("127.0.0.1"));
    const QString domain = value(env, "CARTEIRO_LAB_DOMAIN", QStringLiteral("example.test"));
    const QString alice = value(env, "CARTEIRO_LAB_USER_ALICE", QStringLiteral("alice@") + domain);
    const QString bobAddress = value(env, "CARTEIRO_LAB_USER_BOB", QStringLiteral("bob@") + domain);

    LabAccountPreset p;
    AccountSettings &a = p.account;
    const QString local = bob ? QStringLiteral("bob") : QStringLiteral("alice");
    a.id = QStringLiteral("lab-") + local;
    a.name = QStringLiteral("Lab (%1)").arg(local);
    a.displayName = bob ? QStringLiteral("Bob Lab") : QStringLiteral("Alice Lab");
    a.address = bob ? bobAddress : alice;
    a.username = a.address;
    a.smtpHost = host;
    a.smtpPort = quint16(value(env, "CARTEIRO_LAB_SUBMISSION_PORT", QStringLiteral("10587")).toUInt());
    a.smtpSecurity = TransportSecurity::StartTls; // the lab does TLS properly: teach the real thing
    a.caFile = value(env, "CARTEIRO_LAB_CA_FILE", QStringLiteral("/tmp/carteiro-lab/tls/cert.pem"));
    a.imapHost = host;
    a.imapPort = quint16(value(env, "CARTEIRO_LAB_IMAPS_PORT", QStringLiteral("10993")).toUInt());
    a.imapSecurity = TransportSecurity::ImplicitTls;
    a.pop3Host = host;
    a.pop3Port = quint16(value(env, "CARTEIRO_LAB_POP3S_PORT", QStringLiteral("10995")).toUInt());
    a.pop3Security = TransportSecurity::ImplicitTls;
    a.passwordPolicy = AccountSettings::PasswordPolicy::AskAtSend;
    a.lab = true;
    p.password = bob ? value(env, "CARTEIRO_LAB_PASSWORD_BOB", QStringLiteral("bobpass"))
                     : value(env, "CARTEIRO_LAB_PASSWORD_ALICE", QStringLiteral("alicepass"));
    p.peerAddress = bob ? alice : bobAddress;
    return p;
}

} // namespace carteiro
