// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabImap.h"

#include <QSignalSpy>
#include <QTest>

namespace carteiro::test {

std::unique_ptr<ImapConnection> connectLabImap(TraceHub &hub, const LabEnv &lab)
{
    ChannelOptions o;
    o.host = lab.host;
    o.port = lab.imaps;
    o.security = TransportSecurity::ImplicitTls;
    o.caFile = lab.caFile;
    ImapSession::Config c;
    c.security = TransportSecurity::ImplicitTls;
    c.credentials.username = lab.alice;
    c.credentials.password = lab.alicePassword;
    auto conn = std::make_unique<ImapConnection>(&hub, o, c);
    QSignalSpy ready(conn.get(), &ImapConnection::ready);
    QSignalSpy failed(conn.get(), &ImapConnection::failed);
    conn->open();
    if (!QTest::qWaitFor([&] { return ready.count() > 0 || failed.count() > 0; }, 30000) || ready.isEmpty())
        return nullptr;
    return conn;
}

AccountSettings labAliceAccount(const LabEnv &lab, const QString &id)
{
    AccountSettings a;
    a.id = id;
    a.name = QStringLiteral("Lab (alice)");
    a.address = lab.alice;
    a.username = lab.alice;
    a.caFile = lab.caFile;
    a.imapHost = lab.host;
    a.imapPort = lab.imaps;
    a.imapSecurity = TransportSecurity::ImplicitTls;
    a.smtpHost = lab.host;
    a.smtpPort = lab.submissions;
    a.smtpSecurity = TransportSecurity::ImplicitTls;
    a.lab = true;
    return a;
}

} // namespace carteiro::test
