// SPDX-License-Identifier: GPL-3.0-or-later
// Filing in Sent against the real lab, through the durable outbox (no account
// engine here: the outbox opens its own SentFiler connection): alice answers bob
// from the composer; the exact submitted bytes land in her Sent folder, \Seen,
// and the APPEND shows in the trace. A filing failure is not a send failure: the
// copy stays in the outbox (Sent, not filed) and a retry files it.
#include "ImapJobWait.h"
#include "ShellTestSupport.h"

#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "imap/ImapConnection.h"
#include "mime/ReplyBuilder.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
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
#include <QTemporaryDir>
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
    QTemporaryDir storeDir;
    OutboxEngine outbox{&hub, storeDir.filePath(QStringLiteral("outbox.sqlite"))};
    SendController controller{&hub}; // the composer's SIZE knowledge only
    MemorySecretStore keychain, session;
    PasswordResolver passwords{&keychain, &session};
    AccountSettings account;
    QString password;
    QList<SendResult> results, filings;
    QList<qint64> ids;
    QString marker = QStringLiteral("sentfiling-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));

    void SetUp() override
    {
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "): eval \"$(bash tests/lab/mail-lab.sh env)\"";
        const LabAccountPreset preset = LabAccountPreset::make(QStringLiteral("alice"));
        account = preset.account;
        password = preset.password;
        passwords.setPrompt([this](const AccountSettings &, const QString &) { return std::optional(password); });
        QObject::connect(&outbox, &OutboxEngine::sendFinished, [this](qint64 id, const SendResult &r) {
            results << r;
            ids << id;
        });
        QObject::connect(&outbox, &OutboxEngine::filingFinished, [this](qint64, const SendResult &r) { filings << r; });
        outbox.setUndoDelay(0);
        outbox.start();
    }

    void TearDown() override
    {
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
        auto *w = new ComposerWindow(&outbox, &controller, &passwords, {a}, a.id);
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

    // bob's copy as Postfix delivered it: its own trace headers on top, then the
    // submitted bytes (LF line ends in the Maildir).
    QByteArray submittedAsDelivered(const QByteArray &needle) const
    {
        const QString path = lab.waitForDelivery(QStringLiteral("bob"), needle, 30000);
        QByteArray raw = readAll(path);
        raw.replace("\r\n", "\n");
        raw.replace("\n", "\r\n");
        return raw;
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
        const ImapCompletion result = waitForImapJob(c, job);
        EXPECT_TRUE(result.id == job || c.session().isFinished()) << "no answer to the job";
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
    EXPECT_TRUE(waitUntil([&] { return w.isNull(); }, 30000)); // the composer closes once queued
    ASSERT_TRUE(waitUntil([&] { return !filings.isEmpty(); }, 90000));
    hub.setListener({});
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results.first().outcome, SendResult::Outcome::Sent) << results.first().error.toStdString();
    const SendResult r = filings.first();
    EXPECT_EQ(r.filing, SendResult::Filing::Filed) << r.filingError.toStdString();
    // SMTP and the IMAP filing both ran on the outbox's thread, never the GUI thread.
    ASSERT_EQ(recordingThreads.size(), 1);
    EXPECT_EQ(recordingThreads.first(), outbox.workerThread());
    EXPECT_EQ(r.sentFolder, QStringLiteral("Sent")); // the lab's \Sent folder
    EXPECT_GT(r.sentUid, 0u);

    const QByteArray delivered = submittedAsDelivered(marker.toUtf8());
    ASSERT_FALSE(delivered.isEmpty());
    EXPECT_TRUE(delivered.contains("\r\nIn-Reply-To: <" + marker.toUtf8() + "-orig@example.test>\r\n"));
    const QByteArray id = messageIdOf(delivered);
    ASSERT_FALSE(id.isEmpty());
    const auto [stored, flags] = fetchFromSent(id, r.sentFolder);
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_TRUE(delivered.endsWith(stored)); // exactly what was submitted
    EXPECT_TRUE(flags.contains("\\Seen")) << QByteArray(flags.join(' ')).constData();
    // Filed: the outbox lets the message go.
    EXPECT_TRUE(waitUntil([&] { return outbox.entries().isEmpty(); }, 10000));

    // The inspector saw the IMAP exchange: LIST, APPEND with \Seen, LOGOUT, all inside TLS.
    ASSERT_NE(r.filingConnection, 0u);
    EXPECT_NE(r.filingConnection, results.first().connection);
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

TEST_F(SentFiling, AFilingFailureKeepsTheCopyInTheOutboxAndARetryFilesIt)
{
    // The IMAP "server" is the lab's POP3S port: TLS works, the protocol does not.
    AccountSettings broken = account;
    broken.imapPort = lab.pop3s;
    QPointer<ComposerWindow> w = replyComposer(broken);
    ASSERT_TRUE(w->send());
    ASSERT_TRUE(waitUntil([&] { return !filings.isEmpty(); }, 90000));
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results.first().outcome, SendResult::Outcome::Sent) << results.first().error.toStdString(); // sent all the same
    EXPECT_EQ(filings.first().filing, SendResult::Filing::NotFiled);
    EXPECT_FALSE(filings.first().filingError.isEmpty());
    const qint64 id = ids.first();
    // The copy stays in the outbox: Sent, not filed, with the reason.
    const auto kept = [&] {
        for (const OutboxEntry &e : outbox.entries())
            if (e.id == id)
                return e.state == OutboxEntry::State::Sent && !e.lastError.isEmpty();
        return false;
    };
    ASSERT_TRUE(waitUntil(kept, 10000));

    // Retry with the account fixed: filed, exactly the submitted bytes, and gone from the outbox.
    outbox.setAccount(account, password);
    outbox.retry(id);
    ASSERT_TRUE(waitUntil([&] { return filings.size() >= 2; }, 60000));
    const SendResult again = filings.at(1);
    EXPECT_EQ(again.filing, SendResult::Filing::Filed) << again.filingError.toStdString();
    EXPECT_EQ(results.size(), 1); // filed again, never sent again
    const QByteArray delivered = submittedAsDelivered(marker.toUtf8());
    const auto [stored, flags] = fetchFromSent(messageIdOf(delivered), again.sentFolder);
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_TRUE(delivered.endsWith(stored));
    EXPECT_TRUE(flags.contains("\\Seen"));
    EXPECT_TRUE(waitUntil([&] { return outbox.entries().isEmpty(); }, 10000));
}
