// Filing in Sent against the real lab: alice answers bob from the composer; the
// exact submitted bytes land in her Sent folder, \Seen, and the APPEND shows in
// the trace. A filing failure is not a send failure: the copy is kept, the
// user is warned, and a retry files it.
#include "ShellTestSupport.h"

#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "imap/ImapConnection.h"
#include "mime/ReplyBuilder.h"
#include "engine/SendController.h"
#include "engine/SendWorker.h"
#include "engine/SentFiler.h"
#include "trace/TraceHub.h"
#include "trace/TraceText.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct SentFiling : ::testing::Test
{
    LabEnv lab = LabEnv::fromEnvironment();
    TraceHub hub;
    SendController controller{&hub};
    MemorySecretStore keychain, session;
    PasswordResolver passwords{&keychain, &session};
    AccountSettings account;
    QString password;
    QList<SendResult> results;
    QString marker = QStringLiteral("sentfiling-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));

    void SetUp() override
    {
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "): eval \"$(bash tests/lab/mail-lab.sh env)\"";
        const LabAccountPreset preset = LabAccountPreset::make(QStringLiteral("alice"));
        account = preset.account;
        password = preset.password;
        passwords.setPrompt([this](const AccountSettings &, const QString &) { return std::optional(password); });
        QObject::connect(&controller, &SendController::finished, [this](const SendResult &r) { results << r; });
    }

    void TearDown() override
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("carteiro-filing-warning"))
                w->close();
        // tests/README.md, case 25: the IMAP exchange never shows the password.
        const QByteArray text = TraceText::format(hub.history(), false);
        EXPECT_FALSE(text.contains(password.toUtf8()));
        EXPECT_FALSE(text.contains(password.toUtf8().toBase64()));
    }

    // bob's message that alice answers (never sent: only its headers matter).
    QByteArray original() const
    {
        return "From: Bob Lab <" + lab.bob.toUtf8() + ">\r\nTo: Alice Lab <" + lab.alice.toUtf8() +
               ">\r\nSubject: " + marker.toUtf8() + "\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
               "Message-ID: <" + marker.toUtf8() + "-orig@example.test>\r\n\r\nPode responder?\r\n";
    }

    QPointer<ComposerWindow> replyComposer(const AccountSettings &a)
    {
        auto *w = new ComposerWindow(&controller, &passwords, {a}, a.id);
        ReplyBuilder::Identity me;
        me.address = MailAddress{a.displayName, a.address};
        QString error;
        const auto draft = ReplyBuilder::build(ReplyBuilder::Mode::Reply, original(), me, &error);
        EXPECT_TRUE(draft) << error.toStdString();
        EXPECT_TRUE(w->setDraft(*draft));
        w->bodyEdit()->insertPlainText(QStringLiteral("Sim!"));
        w->show();
        return w;
    }

    QMessageBox *filingWarning() const
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("carteiro-filing-warning") && w->isVisible())
                return qobject_cast<QMessageBox *>(w);
        return nullptr;
    }

    std::unique_ptr<ImapConnection> openImap()
    {
        auto c = std::make_unique<ImapConnection>(&hub, SentFiler::imapChannel(account),
                                                  SentFiler::imapConfig(account, password));
        QSignalSpy ready(c.get(), &ImapConnection::ready);
        QSignalSpy failed(c.get(), &ImapConnection::failed);
        c->open();
        EXPECT_TRUE(waitUntil([&] { return ready.count() > 0 || failed.count() > 0; }));
        EXPECT_EQ(ready.count(), 1) << c->errorMessage().toStdString();
        return c;
    }

    ImapCompletion wait(ImapConnection &c, quint64 job)
    {
        ImapCompletion result;
        bool done = false;
        const auto conn = QObject::connect(&c, &ImapConnection::jobFinished, [&](quint64 id, const ImapCompletion &r) {
            if (id == job) {
                result = r;
                done = true;
            }
        });
        EXPECT_TRUE(waitUntil([&] { return done || c.session().isFinished(); }));
        QObject::disconnect(conn);
        return result;
    }

    // The message in alice's Sent with this Message-ID: its bytes and flags.
    std::pair<QByteArray, QList<QByteArray>> fetchFromSent(const QByteArray &messageId, const QString &folder)
    {
        auto c = openImap();
        EXPECT_TRUE(wait(*c, c->select(folder, true)).ok);
        const ImapCompletion found = wait(*c, c->search("HEADER Message-ID \"" + messageId + '"'));
        EXPECT_TRUE(found.ok) << found.text.toStdString();
        EXPECT_EQ(found.uids.size(), 1) << messageId.constData(); // filed exactly once
        if (found.uids.isEmpty())
            return {};
        QList<ImapFetch> fetched;
        QObject::connect(c.get(), &ImapConnection::untagged, [&](const ImapResponse &r) {
            if (r.keyword == "FETCH")
                fetched.append(r.fetch);
        });
        const quint32 uid = found.uids.first();
        EXPECT_TRUE(wait(*c, c->fetchHeaders(ImapSequenceSet::fromRange(uid, uid))).ok);
        EXPECT_TRUE(wait(*c, c->fetchBody(uid)).ok);
        c->close();
        QByteArray body;
        QList<QByteArray> flags;
        for (const ImapFetch &f : fetched) {
            if (f.hasFlags)
                flags = f.flags;
            for (const ImapFetchSection &s : f.sections)
                if (s.section.isEmpty())
                    body = s.data;
        }
        return {body, flags};
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray messageIdOf(const QByteArray &message)
    {
        const qsizetype at = message.indexOf("\r\nMessage-ID: ");
        return at < 0 ? QByteArray() : message.mid(at + 14, message.indexOf("\r\n", at + 2) - at - 14);
    }
};

} // namespace

TEST_F(SentFiling, AReplyIsSentAndFiledInSentWithTheExactBytes)
{
    QList<QThread *> recordingThreads;
    hub.setListener([&recordingThreads](const TraceEvent &) {
        if (!recordingThreads.contains(QThread::currentThread()))
            recordingThreads << QThread::currentThread();
    });
    QPointer<ComposerWindow> w = replyComposer(account);
    ASSERT_TRUE(w->send());
    ASSERT_TRUE(waitUntil([&] { return !results.isEmpty(); }, 90000));
    hub.setListener({});
    const SendResult r = results.first();
    ASSERT_EQ(r.outcome, SendResult::Outcome::Sent) << r.error.toStdString();
    EXPECT_EQ(r.filing, SendResult::Filing::Filed) << r.filingError.toStdString();
    // SMTP and the IMAP filing both ran on the send thread, never the GUI thread.
    ASSERT_EQ(recordingThreads.size(), 1);
    EXPECT_EQ(recordingThreads.first(), controller.workerThread());
    EXPECT_EQ(r.sentFolder, QStringLiteral("Sent")); // the lab's \Sent folder
    EXPECT_GT(r.sentUid, 0u);
    EXPECT_TRUE(r.unfiledMessage.isEmpty());
    EXPECT_TRUE(r.unfiledMessageFile.isEmpty());
    EXPECT_EQ(filingWarning(), nullptr);
    EXPECT_TRUE(waitUntil([&] { return w.isNull(); }, 10000)); // the composer closes after 250

    const QByteArray sent = readAll(r.messageFile);
    ASSERT_FALSE(sent.isEmpty());
    EXPECT_TRUE(sent.contains("\r\nIn-Reply-To: <" + marker.toUtf8() + "-orig@example.test>\r\n"));
    const QByteArray id = messageIdOf(sent);
    ASSERT_FALSE(id.isEmpty());
    const auto [stored, flags] = fetchFromSent(id, r.sentFolder);
    EXPECT_EQ(stored, sent); // exactly what was submitted
    EXPECT_TRUE(flags.contains("\\Seen")) << QByteArray(flags.join(' ')).constData();

    // The inspector saw the IMAP exchange: LIST, APPEND with \Seen, LOGOUT, all inside TLS.
    ASSERT_NE(r.filingConnection, 0u);
    EXPECT_NE(r.filingConnection, r.connection);
    QStringList verbs;
    bool appendLine = false;
    for (const TraceEvent &e : hub.history(r.filingConnection)) {
        if (e.direction != Direction::ClientToServer || e.kind != TraceKind::Line)
            continue;
        verbs << e.verb;
        EXPECT_TRUE(e.insideTls) << e.bytes.constData();
        if (e.bytes.contains("APPEND \"Sent\" (\\Seen)") || e.bytes.contains("APPEND Sent (\\Seen)"))
            appendLine = true;
    }
    EXPECT_TRUE(appendLine) << verbs.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(verbs.contains(QStringLiteral("LIST"))) << verbs.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(verbs.contains(QStringLiteral("LOGOUT"))) << verbs.join(QLatin1Char(' ')).toStdString();
}

TEST_F(SentFiling, AFilingFailureKeepsTheCopyWarnsAndARetryFilesIt)
{
    // The IMAP "server" is the lab's POP3S port: TLS works, the protocol does not.
    AccountSettings broken = account;
    broken.imapPort = lab.pop3s;
    QPointer<ComposerWindow> w = replyComposer(broken);
    ASSERT_TRUE(w->send());
    ASSERT_TRUE(waitUntil([&] { return !results.isEmpty(); }, 90000));
    const SendResult r = results.first();
    ASSERT_EQ(r.outcome, SendResult::Outcome::Sent) << r.error.toStdString(); // sent all the same
    EXPECT_EQ(r.filing, SendResult::Filing::NotFiled);
    EXPECT_FALSE(r.filingError.isEmpty());
    const QByteArray sent = readAll(r.messageFile);
    ASSERT_FALSE(sent.isEmpty());
    EXPECT_EQ(r.unfiledMessage, sent);
    ASSERT_FALSE(r.unfiledMessageFile.isEmpty());
    EXPECT_TRUE(r.unfiledMessageFile.startsWith(SendWorker::unfiledFolder()));
    EXPECT_EQ(readAll(r.unfiledMessageFile), sent); // durable copy

    // The user is told, with the reason and where the copy is.
    QMessageBox *box = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (box = filingWarning()) != nullptr; }, 5000));
    EXPECT_TRUE(box->informativeText().contains(r.filingError)) << box->informativeText().toStdString();
    EXPECT_TRUE(box->informativeText().contains(r.unfiledMessageFile));
    EXPECT_TRUE(waitUntil([&] { return w.isNull(); }, 10000)); // the message went out: the composer closes

    // Retry from the warning, against the real IMAP server this time (SendController
    // is told the fixed account; the box's own Retry uses the account it was sent with).
    QSignalSpy filed(&controller, &SendController::filingFinished);
    ASSERT_TRUE(controller.retryFiling(r, account, password));
    ASSERT_TRUE(waitUntil([&] { return filed.count() > 0; }, 60000));
    const SendResult again = filed.first().first().value<SendResult>();
    EXPECT_EQ(again.filing, SendResult::Filing::Filed) << again.filingError.toStdString();
    EXPECT_FALSE(QFileInfo::exists(r.unfiledMessageFile)); // removed once filed
    EXPECT_TRUE(waitUntil([&] { return box->text().contains(QStringLiteral("now filed")); }, 5000))
        << box->text().toStdString();
    const auto [stored, flags] = fetchFromSent(messageIdOf(sent), again.sentFolder);
    EXPECT_EQ(stored, sent);
    EXPECT_TRUE(flags.contains("\\Seen"));
}

TEST_F(SentFiling, RetryFromTheWarningUsesTheButton)
{
    // A warning for a copy that is not on any server yet: Retry files it.
    SendResult unfiled;
    unfiled.outcome = SendResult::Outcome::Sent;
    unfiled.filing = SendResult::Filing::NotFiled;
    unfiled.filingError = QStringLiteral("APPEND: test");
    unfiled.unfiledMessage = "From: " + lab.alice.toUtf8() + "\r\nTo: " + lab.bob.toUtf8() + "\r\nSubject: " +
                             marker.toUtf8() + "\r\nMessage-ID: <" + marker.toUtf8() +
                             "-retry@example.test>\r\n\r\nfiled by the button\r\n";
    QPointer<QMessageBox> box = ComposerWindow::showFilingWarning(&controller, &passwords, account, unfiled);
    ASSERT_TRUE(box);
    auto *retry = box->findChild<QPushButton *>(QStringLiteral("retry"));
    ASSERT_NE(retry, nullptr);
    retry->click();
    EXPECT_TRUE(box); // stays open to show the outcome
    ASSERT_TRUE(waitUntil([&] { return box && box->text().contains(QStringLiteral("now filed")); }, 60000))
        << (box ? box->informativeText().toStdString() : std::string("closed"));
    const auto [stored, flags] = fetchFromSent("<" + marker.toUtf8() + "-retry@example.test>", QStringLiteral("Sent"));
    EXPECT_EQ(stored, unfiled.unfiledMessage);
}
