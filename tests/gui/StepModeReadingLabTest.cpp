// SPDX-License-Identifier: GPL-3.0-or-later
// Step mode on the reading side against the lab Dovecot: the next IMAP sync
// and the next POP3 retrieval stop before each command; Stop ends them with
// "<tag> LOGOUT" / QUIT, without a failure report, and the held commands never
// reach the server. Classroom mode on IMAP: AUTHENTICATE waits for "+".
#include "ShellTestSupport.h"

#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "classroom/StepPanel.h"
#include "engine/AccountEngine.h"
#include "net/StepGate.h"
#include "trace/TraceHub.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct StepModeReadingLab : ::testing::Test
{
    LabEnv lab = LabEnv::fromEnvironment();
    QTemporaryDir dir;
    TraceHub hub;
    StepPanel panel;
    QStringList failures, activities;

    void SetUp() override
    {
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "): eval \"$(bash tests/lab/mail-lab.sh env)\"";
        ASSERT_TRUE(dir.isValid());
        clearSettings();
    }
    void watch(AccountEngine &mc)
    {
        QObject::connect(&mc, &AccountEngine::failed, [this](const QString &m) { failures << m; });
        QObject::connect(&mc, &AccountEngine::activity, [this](const QString &t, bool) { activities << t; });
    }
    QList<QByteArray> clientLines(Protocol protocol) const
    {
        QList<QByteArray> out;
        for (const TraceEvent &e : hub.history())
            if (e.protocol == protocol && e.kind == TraceKind::Line && e.direction == Direction::ClientToServer)
                out << e.bytes;
        return out;
    }
    // Next until a command with `verb` is held; the verbs shown on the way.
    QStringList nextUntil(const QString &verb)
    {
        QStringList seen;
        for (int i = 0; i < 30; ++i) {
            if (!waitUntil([&] { return panel.isHolding(); }, 30000))
                break;
            seen << panel.current().verb;
            if (panel.current().verb == verb)
                break;
            QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
        }
        return seen;
    }
};

} // namespace

TEST_F(StepModeReadingLab, ImapSyncStoppedBeforeListEndsWithLogout)
{
    LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    bob.account.classroomMode = true;
    AccountEngine mc(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    watch(mc);
    auto *gate = new StepGate;
    panel.watch(gate, QStringLiteral("IMAP"));
    QStringList log;
    QObject::connect(gate, &StepGate::commandHeld, &panel, [&](const StepInfo &s) { log << QStringLiteral("held ") + s.verb; });
    QObject::connect(gate, &StepGate::released, &panel, [&](const StepInfo &s, int n) { log << QStringLiteral("released %1 %2").arg(s.verb).arg(n); });
    QObject::connect(gate, &StepGate::finished, &panel, [&](bool b) { log << QStringLiteral("finished %1").arg(b); });
    mc.stepNext(Protocol::Imap, gate);
    mc.openAccount(bob.account, bob.password); // the sync starts: its connection is held
    const QStringList verbs = nextUntil(QStringLiteral("LIST"));
    ASSERT_FALSE(verbs.isEmpty());
    EXPECT_EQ(verbs.first(), QStringLiteral("AUTHENTICATE")) << verbs.join(QLatin1Char(' ')).toStdString();
    ASSERT_EQ(verbs.last(), QStringLiteral("LIST")) << verbs.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(panel.commandLabel()->text().contains(bob.password));
    QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return activities.contains(QStringLiteral("IMAP: stopped by the user.")); }, 30000))
        << activities.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const QList<QByteArray> client = clientLines(Protocol::Imap);
    ASSERT_FALSE(client.isEmpty());
    EXPECT_TRUE(client.last().endsWith(" LOGOUT")) << client.last().constData();
    // Classroom mode: "a1 AUTHENTICATE <mechanism>" without an initial response.
    const QList<QByteArray> first = client.first().split(' ');
    ASSERT_EQ(first.size(), 3) << client.first().constData();
    EXPECT_EQ(first[1], QByteArray("AUTHENTICATE"));
    for (const QByteArray &l : client) {
        EXPECT_FALSE(l.contains(" LIST ")) << "a held command reached the server: " << l.constData();
        EXPECT_FALSE(l.contains(bob.password.toUtf8()));
    }
    EXPECT_TRUE(waitUntil([&] { return panel.statusLabel()->text().startsWith(QStringLiteral("Stopped")); }, 5000))
        << panel.statusLabel()->text().toStdString() << log.join(QLatin1Char('|')).toStdString();
}

TEST_F(StepModeReadingLab, Pop3RetrievalStoppedAfterCapaEndsWithQuit)
{
    LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    bob.account.incomingProtocol = AccountSettings::IncomingProtocol::Pop3;
    AccountEngine mc(&hub, dir.filePath(QStringLiteral("pop.sqlite")));
    watch(mc);
    mc.openAccount(bob.account, bob.password);
    auto *gate = new StepGate;
    panel.watch(gate, QStringLiteral("POP3"));
    mc.stepNext(Protocol::Pop3, gate);
    mc.refresh(); // Send/Receive: the POP3 download starts, held
    const QStringList verbs = nextUntil(QStringLiteral("AUTH"));
    EXPECT_EQ(verbs, (QStringList{QStringLiteral("CAPA"), QStringLiteral("AUTH")}));
    QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return activities.contains(QStringLiteral("POP3: stopped by the user.")); }, 30000))
        << activities.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(clientLines(Protocol::Pop3), (QList<QByteArray>{"CAPA", "QUIT"}));
}
