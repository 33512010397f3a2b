// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol console window against the real lab, offscreen: the course's
// telnet session typed line by line into the MX-like port, then the message
// read from bob's inbox with carteiro-cli fetch; STARTTLS and the AUTH helper on
// the submission port, with the password found nowhere (console text, history,
// the inspector's model, the export; raw and base64).
#include "LabEnv.h"
#include "engine/ConsoleConnection.h"
#include "console/ConsoleLineEdit.h"
#include "console/ConsoleServerForm.h"
#include "console/ConsoleWindow.h"
#include "inspector/TraceModel.h"
#include "net/Channel.h"
#include "trace/TraceHub.h"

#include <QDeadlineTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <functional>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

bool replyDone(ConsoleWindow &w)
{
    ConsoleConnection *c = w.connection();
    return c && c->readyForInput();
}

// Types a line into the input and presses Enter, then waits for the reply when
// the line awaits one.
void type(ConsoleWindow &w, const QString &line)
{
    w.input()->setText(line);
    QTest::keyClick(w.input(), Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return replyDone(w) || !w.connection()->isOpen(); }))
        << "no reply to " << line.toStdString() << "\n" << w.transcriptText().toStdString();
}

quint16 mxPort()
{
    return quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_SMTP_PORT"));
}

} // namespace

TEST(ConsoleWindowLab, CourseSessionTypedThenReadInBobsInbox)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    if (!lab.valid || mxPort() == 0)
        GTEST_SKIP() << "the mail lab is not running; eval \"$(bash tests/lab/mail-lab.sh env)\"";
    TraceHub hub;
    ConsoleWindow w(&hub, {});
    w.show();
    w.serverForm()->setProtocol(Protocol::Smtp);
    ASSERT_TRUE(w.serverForm()->choosePreset(QStringLiteral("MX")));
    EXPECT_EQ(w.serverForm()->options().port, mxPort());
    EXPECT_EQ(w.serverForm()->options().security, TransportSecurity::Plain);
    w.connectToServer();
    ASSERT_TRUE(waitFor([&] { return w.isConnected() && replyDone(w); }));

    const QString subject = QStringLiteral("console-gui %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(12));
    type(w, QStringLiteral("HELO mydomain.com"));
    type(w, QStringLiteral("MAIL FROM: sender@mydomain.com"));
    type(w, QStringLiteral("RCPT TO: %1").arg(lab.bob));
    type(w, QStringLiteral("DATA"));
    EXPECT_EQ(w.connection()->state(), QStringLiteral("data"));
    for (const QString &line : {QStringLiteral("From: sender@mydomain.com"), QStringLiteral("To: %1").arg(lab.bob),
                                QStringLiteral("Subject: %1").arg(subject), QString(), QStringLiteral("Hello Bob."),
                                QStringLiteral(".a line that starts with a dot")})
        type(w, line);
    type(w, QStringLiteral("."));
    type(w, QStringLiteral("QUIT"));
    ASSERT_TRUE(waitFor([&] { return w.transcriptText().contains(QStringLiteral("S: 221")); }));
    const QString text = w.transcriptText();
    EXPECT_TRUE(text.contains(QStringLiteral("S: 250 2.0.0 Ok: queued"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("C: ..a line that starts with a dot")));
    EXPECT_TRUE(text.contains(QStringLiteral("dot-stuffed")));
    EXPECT_TRUE(text.contains(QStringLiteral("MAIL FROM:<sender@mydomain.com>"))); // RFC 5321 §4.1.2 note
    EXPECT_TRUE(w.history().contains(QStringLiteral("MAIL FROM: sender@mydomain.com")));
    // Every server line is followed by its explanation (the catalog's, with its RFC).
    const QStringList lines = text.split(QLatin1Char('\n'));
    int serverLines = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(QStringLiteral("S: ")))
            continue;
        ++serverLines;
        ASSERT_LT(i + 1, lines.size());
        EXPECT_TRUE(lines[i + 1].startsWith(QStringLiteral("*: ")) && lines[i + 1].contains(QStringLiteral("RFC")))
            << lines[i].toStdString() << " / " << lines[i + 1].toStdString();
    }
    EXPECT_EQ(serverLines, 7);
    // For the README's screenshots: CARTEIRO_CONSOLE_SCREENSHOT=/path/console.png
    if (const QString shot = qEnvironmentVariable("CARTEIRO_CONSOLE_SCREENSHOT"); !shot.isEmpty()) {
        EXPECT_TRUE(w.grab().save(shot));
    }

    // Carteiro reads it in bob's inbox.
    ASSERT_FALSE(lab.waitForDelivery(lab.bob, subject.toUtf8()).isEmpty());
    const CliRun fetched = runCli({QStringLiteral("fetch"), QStringLiteral("--server"),
                                   QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps),
                                   QStringLiteral("--user"), lab.bob, QStringLiteral("--ca-file"), lab.caFile,
                                   QStringLiteral("--list"), QStringLiteral("--json")},
                                  {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword});
    ASSERT_EQ(fetched.exitCode, 0) << fetched.err.constData();
    EXPECT_TRUE(fetched.out.contains(subject.toUtf8()));
}

TEST(ConsoleWindowLab, StartTlsAndAuthHelperKeepThePasswordOutOfEverything)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    if (!lab.valid)
        GTEST_SKIP() << "the mail lab is not running; eval \"$(bash tests/lab/mail-lab.sh env)\"";
    TraceHub hub;
    TraceModel model;
    model.setHub(&hub);
    ConsoleWindow w(&hub, {});
    w.show();
    w.serverForm()->setProtocol(Protocol::Smtp);
    w.serverForm()->setServer(lab.host, lab.submission, TransportSecurity::StartTls, lab.caFile);
    w.serverForm()->setUser(lab.alice);
    w.serverForm()->setClassroom(true);
    w.serverForm()->setAllowPlaintextAuth(false);
    w.connectToServer();
    ASSERT_TRUE(waitFor([&] { return w.isConnected() && replyDone(w); }));
    type(w, QStringLiteral("EHLO client.example.test"));
    type(w, QStringLiteral("STARTTLS"));
    ASSERT_TRUE(waitFor([&] { return w.connection()->channel()->isEncrypted(); }));
    type(w, QStringLiteral("EHLO client.example.test"));
    w.input()->setText(QStringLiteral("AUTH PLAIN"));
    QTest::keyClick(w.input(), Qt::Key_Return);
    ASSERT_TRUE(w.passwordField()->isVisible());
    EXPECT_EQ(w.passwordField()->echoMode(), QLineEdit::Password);
    w.passwordField()->setText(lab.alicePassword);
    QTest::keyClick(w.passwordField(), Qt::Key_Return);
    EXPECT_TRUE(w.passwordField()->text().isEmpty());
    ASSERT_TRUE(waitFor([&] { return replyDone(w); })) << w.transcriptText().toStdString();
    EXPECT_TRUE(w.connection()->session()->lastReplySuccess()) << w.transcriptText().toStdString();
    type(w, QStringLiteral("QUIT"));
    ASSERT_TRUE(waitFor([&] { return w.transcriptText().contains(QStringLiteral("S: 221")); }));
    ASSERT_TRUE(waitFor([&] { return model.rowCount() > 0 && model.rowCount() >= int(hub.history().size()); }));

    const QString text = w.transcriptText();
    EXPECT_TRUE(text.contains(QStringLiteral("TLS is up"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("SHA-256")));
    EXPECT_TRUE(text.contains(QStringLiteral("EHLO again")));
    EXPECT_TRUE(text.contains(QStringLiteral("S: 334"))); // classroom: no initial response
    EXPECT_TRUE(text.contains(QStringLiteral("S: 235")));

    const QByteArray password = lab.alicePassword.toUtf8();
    const QByteArray plainMessage = QByteArray(1, '\0') + lab.alice.toUtf8() + QByteArray(1, '\0') + password;
    const QList<QByteArray> forms = {password, password.toBase64(), plainMessage.toBase64()};
    QStringList modelText;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < TraceModel::ColumnCount; ++c)
            modelText << model.index(r, c).data().toString()
                      << model.index(r, c).data(TraceModel::ExportLineRole).toString();
    const QByteArray exported = w.exportText();
    ASSERT_FALSE(exported.isEmpty());
    for (const QByteArray &form : forms) {
        const QString f = QString::fromUtf8(form);
        EXPECT_FALSE(text.contains(f)) << "console text holds " << form.constData();
        EXPECT_FALSE(exported.contains(form)) << "export holds " << form.constData();
        for (const QString &h : w.history())
            EXPECT_FALSE(h.contains(f)) << "history holds " << form.constData();
        for (const QString &m : modelText)
            EXPECT_FALSE(m.contains(f)) << "inspector row holds " << form.constData();
    }
    EXPECT_TRUE(exported.contains("C: AUTH PLAIN"));
    EXPECT_TRUE(w.history().contains(QStringLiteral("AUTH PLAIN ") + lab.alice));
}

TEST(ConsoleWindowLab, PasswordHelperRefusedWithoutTls)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    if (!lab.valid)
        GTEST_SKIP() << "the mail lab is not running";
    TraceHub hub;
    ConsoleWindow w(&hub, {});
    w.serverForm()->setProtocol(Protocol::Imap);
    w.serverForm()->setServer(lab.host2, lab.imap, TransportSecurity::StartTls, lab.caFile);
    w.serverForm()->setAllowPlaintextAuth(false);
    w.connectToServer();
    ASSERT_TRUE(waitFor([&] { return w.isConnected() && replyDone(w); }));
    QSignalSpy refused(w.connection(), &ConsoleConnection::inputRefused);
    w.submitLine(QStringLiteral("LOGIN bob"));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused[0][0].toString().contains(QStringLiteral("STARTTLS")));
    EXPECT_FALSE(w.passwordField()->isVisible());
}

TEST(ConsoleWindowLab, ImapTagsShownBothWaysLoginHelperAndIdle)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    if (!lab.valid)
        GTEST_SKIP() << "the mail lab is not running";
    TraceHub hub;
    ConsoleWindow w(&hub, {});
    w.show();
    w.serverForm()->setProtocol(Protocol::Imap);
    ASSERT_TRUE(w.serverForm()->choosePreset(QStringLiteral("IMAP")));
    w.serverForm()->setServer(lab.host2, lab.imap, TransportSecurity::StartTls, lab.caFile);
    w.serverForm()->setUser(lab.bob);
    w.connectToServer();
    ASSERT_TRUE(waitFor([&] { return w.isConnected() && replyDone(w); }));
    type(w, QStringLiteral("STARTTLS"));
    ASSERT_TRUE(waitFor([&] { return w.connection()->channel()->isEncrypted() && replyDone(w); }));
    type(w, QStringLiteral("CAPABILITY"));
    w.submitLine(QStringLiteral("LOGIN ") + lab.bob);
    ASSERT_TRUE(w.passwordField()->isVisible());
    w.passwordField()->setText(lab.bobPassword);
    QTest::keyClick(w.passwordField(), Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return replyDone(w); }));
    EXPECT_EQ(w.connection()->state(), QStringLiteral("authenticated"));
    type(w, QStringLiteral("LIST \"\" *"));
    type(w, QStringLiteral("SELECT INBOX"));
    EXPECT_EQ(w.connection()->state(), QStringLiteral("selected"));
    type(w, QStringLiteral("IDLE"));
    ASSERT_TRUE(waitFor([&] { return w.connection()->state() == QStringLiteral("idle"); }));
    type(w, QStringLiteral("DONE"));
    ASSERT_TRUE(waitFor([&] { return replyDone(w); }));
    EXPECT_EQ(w.connection()->state(), QStringLiteral("selected"));
    type(w, QStringLiteral("LOGOUT"));
    ASSERT_TRUE(waitFor([&] { return w.transcriptText().contains(QStringLiteral(" OK Logout")); }));
    ASSERT_TRUE(waitFor([&] { return !w.isConnected(); }));
    w.submitLine(QStringLiteral("NOOP")); // after LOGOUT: said, not sent
    ASSERT_TRUE(waitFor([&] { return w.transcriptText().contains(QStringLiteral("not sent: not connected")); }));

    const QString text = w.transcriptText();
    EXPECT_TRUE(text.contains(QStringLiteral("C: a4 LIST \"\" *    (typed: LIST \"\" *)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("C: DONE")));
    EXPECT_FALSE(text.contains(lab.bobPassword));
    EXPECT_FALSE(QString::fromUtf8(w.exportText()).contains(lab.bobPassword));

    // History: Up walks back through what was typed (without any password).
    w.input()->clear();
    QTest::keyClick(w.input(), Qt::Key_Up);
    EXPECT_EQ(w.input()->text(), QStringLiteral("LOGOUT"));
    QTest::keyClick(w.input(), Qt::Key_Up);
    EXPECT_EQ(w.input()->text(), QStringLiteral("DONE"));
    QTest::keyClick(w.input(), Qt::Key_Down);
    QTest::keyClick(w.input(), Qt::Key_Down);
    EXPECT_TRUE(w.input()->text().isEmpty());
    EXPECT_TRUE(w.history().contains(QStringLiteral("LOGIN ") + lab.bob));
    for (const QString &h : w.history())
        EXPECT_FALSE(h.contains(lab.bobPassword));
}

TEST(ConsoleWindowLab, SecondDomainsMxTakesItsOwnMailAndRefusesToRelay)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    if (!lab.valid || !lab.domain2Valid)
        GTEST_SKIP() << "the mail lab (with its second domain) is not running; eval \"$(bash tests/lab/mail-lab.sh env)\"";
    TraceHub hub;
    ConsoleWindow w(&hub, {});
    w.show();
    w.serverForm()->setProtocol(Protocol::Smtp);
    // The preset of acme.test's own MX (tests/lab/lib/domain2.sh), not example.test's.
    ASSERT_TRUE(w.serverForm()->choosePreset(lab.domain2 + QStringLiteral(" MX")));
    EXPECT_EQ(w.serverForm()->options().host, lab.host3);
    EXPECT_EQ(w.serverForm()->options().port, lab.smtp2);
    EXPECT_EQ(w.serverForm()->options().security, TransportSecurity::Plain);
    w.connectToServer();
    ASSERT_TRUE(waitFor([&] { return w.isConnected() && replyDone(w); }));
    type(w, QStringLiteral("HELO mydomain.com"));
    type(w, QStringLiteral("MAIL FROM: sender@mydomain.com"));
    type(w, QStringLiteral("RCPT TO: %1").arg(lab.bob)); // the other lab domain: not this MX's
    type(w, QStringLiteral("RCPT TO: %1").arg(lab.dave));
    type(w, QStringLiteral("QUIT"));
    ASSERT_TRUE(waitFor([&] { return w.transcriptText().contains(QStringLiteral("S: 221")); }));
    const QString text = w.transcriptText();
    const QString refused = QStringLiteral("S: 554 5.7.1 <%1>: Relay access denied").arg(lab.bob);
    ASSERT_TRUE(text.contains(refused)) << text.toStdString();
    const QString after = text.mid(text.indexOf(refused)).section(QLatin1Char('\n'), 1, 1);
    EXPECT_TRUE(after.startsWith(QStringLiteral("*: ")) && after.contains(QStringLiteral("does not relay")))
        << after.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("S: 250 2.1.5 Ok"))) << text.toStdString(); // dave is acme.test's own
}
