// SPDX-License-Identifier: GPL-3.0-or-later
// A send that an MX refuses to relay (the lab's port-25-style listener, no login,
// a recipient in a third domain): the message stays in the outbox, and the
// notice explains the refusal in plain words (who may pass mail on, and the
// submission port to use instead), beside the server's own 554.
#include "LabSendFixture.h"

#include "compose/AddressField.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct RelayNoticeLab : LabSendFixture
{
    RelayNoticeLab() : LabSendFixture(QStringLiteral("relay-notice")) {}
};

TEST_F(RelayNoticeLab, RefusedRelayIsExplainedInTheNotice)
{
    const quint16 mx = quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_SMTP_PORT"));
    ASSERT_NE(mx, 0) << "CARTEIRO_LAB_SMTP_PORT is not set";
    // An account pointed at the MX port: unencrypted (lab only) and without a login.
    LabAccountPreset p = LabAccountPreset::make(QStringLiteral("alice"));
    p.account.id = QStringLiteral("lab-mx");
    p.account.name = QStringLiteral("Lab MX (no login)");
    p.account.username.clear();
    p.account.smtpPort = mx;
    p.account.smtpSecurity = TransportSecurity::Plain;
    p.password.clear();
    ASSERT_TRUE(p.account.validate().isEmpty()) << p.account.validate().toStdString();
    window->installLabAccount(p);

    QPointer<ComposerWindow> c = window->compose();
    ASSERT_TRUE(c);
    c->toField()->setText(QStringLiteral("carol@third.test"));
    c->subjectEdit()->setText(QStringLiteral("Relay %1").arg(marker));
    c->bodyEdit()->setPlainText(QStringLiteral("Para outro domínio, sem login."));
    ASSERT_TRUE(c->send());
    ASSERT_TRUE(waitUntil([&] { return !results.isEmpty(); }, 60000));
    const SendResult r = results.first();
    const qint64 id = resultIds.first();
    EXPECT_EQ(r.outcome, SendResult::Outcome::Failed);
    EXPECT_EQ(r.failedStep, QStringLiteral("RCPT TO")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QStringLiteral("Relay access denied"))) << r.error.toStdString();

    ASSERT_TRUE(waitUntil([&] { return window->outboxNotice(id) && window->outboxNotice(id)->isVisible(); }, 10000));
    const QString text = window->outboxNotice(id)->text();
    EXPECT_TRUE(text.contains(marker)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("refused to pass the message on to carol@third.test")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("%1:%2").arg(p.account.smtpHost).arg(mx))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("587"))) << text.toStdString();
    EXPECT_TRUE(window->outboxNotice(id)->informativeText().contains(QStringLiteral("554")));
    // nothing lost: the message waits in the outbox
    ASSERT_NE(entry(id), nullptr);
    EXPECT_TRUE(entry(id)->subject.contains(marker));
}

} // namespace
