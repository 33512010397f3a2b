// SPDX-License-Identifier: GPL-3.0-or-later
// Step mode through a real send against the lab (the evidence): Tools >
// Step through the next send, Next until the server has answered RCPT, then
// Stop. The server got QUIT and never DATA or BDAT, bob receives nothing, the
// send reports "stopped by the user" without a failure notice, and the outbox
// still holds the message (the step-mode send goes at once, past the undo delay).
#include "MainWindow.h"
#include "LabSendFixture.h"
#include "ShellTestSupport.h"

#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "classroom/StepModeMenu.h"
#include "classroom/StepPanel.h"
#include "compose/AddressField.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "engine/OutboxEngine.h"
#include "mail/OutboxView.h"
#include "trace/TraceHub.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct StepModeLab : LabSendFixture
{
    StepModeLab() : LabSendFixture(QStringLiteral("carteiro-step")) {}
};

bool hasReply(TraceHub *hub, const QByteArray &prefix)
{
    for (const TraceEvent &e : hub->history())
        if (e.protocol == Protocol::Smtp && e.direction == Direction::ServerToClient && e.bytes.startsWith(prefix))
            return true;
    return false;
}

} // namespace

TEST_F(StepModeLab, NextUntilRcptIsAnsweredThenStopSendsQuitAndNoData)
{
    auto *menu = window->findChild<StepModeMenu *>();
    ASSERT_NE(menu, nullptr);
    // The actions sit in Tools.
    bool inTools = false;
    for (QAction *a : window->menuBar()->actions())
        if (a->menu() && a->menu()->actions().contains(menu->sendAction()))
            inTools = a->menu()->objectName() == QLatin1String("toolsMenu");
    EXPECT_TRUE(inTools);
    window->outbox()->setUndoDelay(60); // step mode sends at once all the same
    menu->sendAction()->setChecked(true);
    StepPanel *panel = menu->panel();
    EXPECT_TRUE(panel->isVisible());

    QPointer<ComposerWindow> c = window->compose();
    ASSERT_FALSE(c.isNull());
    c->toField()->setText(QStringLiteral("Bob Lab <%1>").arg(lab.bob));
    c->subjectEdit()->setText(QStringLiteral("Never sent %1").arg(marker));
    c->bodyEdit()->setPlainText(QStringLiteral("Esta mensagem para antes do DATA.\n"));
    ASSERT_TRUE(c->send());
    EXPECT_TRUE(waitUntil([&] { return c.isNull(); }, 30000)); // queued: the outbox has it

    QStringList shownVerbs;
    QHash<QString, LineExplanation> explained;
    QObject::connect(panel, &StepPanel::stepShown, [&](const StepInfo &s) {
        shownVerbs << s.verb;
        explained.insert(s.verb, s.explanation);
    });
    // Next, one command at a time, until RCPT has been answered and the body's
    // command (DATA, or BDAT with CHUNKING) is the one held.
    for (int steps = 0; steps < 40; ++steps) {
        ASSERT_TRUE(waitUntil([&] { return panel->isHolding() || !results.isEmpty(); }, 30000));
        ASSERT_TRUE(results.isEmpty()) << results.first().error.toStdString();
        const StepInfo s = panel->current();
        EXPECT_FALSE(panel->commandLabel()->text().contains(lab.alicePassword)); // masked, like the inspector
        const bool bodyNext = s.body || s.verb == QLatin1String("DATA") || s.verb == QLatin1String("BDAT");
        if (bodyNext && waitUntil([&] { return hasReply(window->traceHub(), "250 2.1.5"); }, 30000))
            break;
        ASSERT_FALSE(bodyNext) << "the body came before RCPT was answered";
        ASSERT_TRUE(panel->nextButton()->isEnabled());
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    }
    EXPECT_TRUE(shownVerbs.contains(QStringLiteral("EHLO")));
    EXPECT_TRUE(shownVerbs.contains(QStringLiteral("STARTTLS")));
    EXPECT_TRUE(shownVerbs.contains(QStringLiteral("AUTH")));
    EXPECT_TRUE(shownVerbs.contains(QStringLiteral("MAIL")));
    EXPECT_TRUE(shownVerbs.contains(QStringLiteral("RCPT")));
    EXPECT_FALSE(panel->explanationLabel()->text().isEmpty());
    for (const QString &verb : {QStringLiteral("EHLO"), QStringLiteral("MAIL"), QStringLiteral("RCPT")}) {
        EXPECT_TRUE(explained.value(verb).known) << verb.toStdString();
        EXPECT_TRUE(explained.value(verb).source.startsWith(QStringLiteral("RFC"))) << verb.toStdString();
    }

    QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !results.isEmpty(); }, 30000));
    const SendResult r = results.first();
    EXPECT_NE(r.outcome, SendResult::Outcome::Sent) << r.error.toStdString();
    EXPECT_TRUE(r.stoppedByUser);
    EXPECT_TRUE(r.error.contains(QStringLiteral("stopped by the user"))) << r.error.toStdString();

    // What reached the server: MAIL and RCPT, then QUIT; never DATA or BDAT.
    QList<QByteArray> client;
    bool bye = false;
    for (const TraceEvent &e : window->traceHub()->history(r.connection)) {
        if (e.kind == TraceKind::BodySummary)
            ADD_FAILURE() << "a body was written";
        if (e.kind != TraceKind::Line)
            continue;
        if (e.direction == Direction::ClientToServer)
            client << e.bytes;
        else
            bye = bye || e.bytes.startsWith("221");
        EXPECT_FALSE(e.bytes.contains(lab.alicePassword.toUtf8()));
    }
    ASSERT_FALSE(client.isEmpty());
    EXPECT_EQ(client.last(), QByteArray("QUIT"));
    bool mail = false, rcpt = false;
    for (const QByteArray &l : client) {
        EXPECT_FALSE(l.startsWith("DATA") || l.startsWith("BDAT")) << l.constData();
        mail = mail || l.startsWith("MAIL FROM:");
        rcpt = rcpt || l.startsWith("RCPT TO:");
    }
    EXPECT_TRUE(mail);
    EXPECT_TRUE(rcpt);
    EXPECT_TRUE(bye); // the server answered our QUIT (RFC 5321 §4.1.1.10)
    EXPECT_TRUE(waitUntil([&] { return !panel->stopButton()->isEnabled(); }, 5000));
    EXPECT_TRUE(panel->statusLabel()->text().contains(QStringLiteral("Stopped")));
    EXPECT_FALSE(menu->sendAction()->isChecked()); // spent by this send

    // Nothing lost, no failure notice: the outbox keeps the message, not sent.
    const qint64 id = resultIds.first();
    EXPECT_EQ(window->outboxNotice(id), nullptr);
    ASSERT_TRUE(waitUntil([&] { return entry(id) && entry(id)->state != OutboxEntry::State::Sending; }, 5000));
    EXPECT_NE(entry(id)->state, OutboxEntry::State::Sent);
    EXPECT_TRUE(entry(id)->subject.contains(marker));
    EXPECT_TRUE(window->statusText()->text().contains(QStringLiteral("Stopped"))) << window->statusText()->text().toStdString();
    // Bob got nothing from this session.
    EXPECT_TRUE(lab.waitForDelivery(lab.bob, marker.toUtf8(), 3000).isEmpty());

    // The next send is not held: step mode was for one send only. From the Outbox.
    ASSERT_TRUE(window->showOutbox(id));
    OutboxView *view = window->outboxView();
    QAction *again = view->sendNowAction()->isEnabled() ? view->sendNowAction() : view->retryAction();
    ASSERT_TRUE(again->isEnabled()) << entry(id)->lastError.toStdString();
    again->trigger();
    if (QMessageBox *sure = view->confirmation()) // a message judged possibly sent: the user confirms
        sure->findChild<QPushButton *>(QStringLiteral("yes"))->click();
    ASSERT_TRUE(waitUntil([&] { return results.size() >= 2; }, 60000));
    EXPECT_FALSE(panel->isHolding());
    EXPECT_EQ(results.at(1).outcome, SendResult::Outcome::Sent) << results.at(1).error.toStdString();
    EXPECT_FALSE(lab.waitForDelivery(lab.bob, marker.toUtf8(), 30000).isEmpty());
}
