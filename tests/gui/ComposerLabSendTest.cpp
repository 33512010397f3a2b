// SPDX-License-Identifier: GPL-3.0-or-later
// The composer against the real lab Postfix, through the durable outbox: alice
// sends bob a photo and a voice recording; the transcript and bob's Maildir are
// checked; a refused password leaves the message Failed in the outbox with the
// server's words, and Retry sends the very same message.
#include "MainWindow.h"
#include "LabSendFixture.h"
#include "ShellTestSupport.h"

#include "Fixtures.h"
#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/AttachmentList.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "inspector/InspectorDock.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "inspector/SessionSummary.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "mime/MimeTree.h"
#include "engine/SendController.h"
#include "mail/OutboxView.h"
#include "trace/TraceHub.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QMessageBox>
#include <QTreeView>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
const QString kDemo = QStringLiteral(CARTEIRO_SOURCE_DIR "/resources/demo/");

struct ComposerLabSend : LabSendFixture
{
    ComposerLabSend() : LabSendFixture(QStringLiteral("carteiro-gui")) {}
    ComposerWindow *fill(const QString &subjectExtra = {})
    {
        ComposerWindow *c = window->compose();
        EXPECT_NE(c, nullptr);
        c->toField()->setText(QStringLiteral("Bob Lab <%1>").arg(lab.bob));
        // ASCII, so that the marker is found in the raw delivered file (no RFC 2047 words).
        c->subjectEdit()->setText(QStringLiteral("Postcard %1%2").arg(marker, subjectExtra));
        c->bodyEdit()->setPlainText(QStringLiteral("Olá Bob! Segue uma foto e um recado de voz.\n— Alice\n"));
        EXPECT_TRUE(c->attachFile(kDemo + QStringLiteral("cartao-postal.png")));
        EXPECT_TRUE(c->attachFile(kDemo + QStringLiteral("recado.wav")));
        return c;
    }
    bool waitResult(int count = 1) { return waitUntil([&] { return results.size() >= count; }, 60000); }
};

const MimeNode *findFile(const MimeNode &n, const QString &name)
{
    if (n.fileName == name)
        return &n;
    for (const MimeNode &c : n.children)
        if (const MimeNode *f = findFile(c, name))
            return f;
    return nullptr;
}
} // namespace

TEST_F(ComposerLabSend, PhotoAndVoiceReachBobIntactWithTheFullTranscript)
{
    QList<QThread *> recordingThreads;
    window->traceHub()->setListener([&recordingThreads](const TraceEvent &e) {
        // The reading engine (IMAP on its own thread) records too; the submission is SMTP.
        if (e.protocol == Protocol::Smtp && !recordingThreads.contains(QThread::currentThread()))
            recordingThreads << QThread::currentThread();
    });
    QPointer<ComposerWindow> c = fill();
    ASSERT_TRUE(c->send());
    EXPECT_TRUE(c->isSending()); // until the outbox has it on disk
    EXPECT_FALSE(c->sendButton()->isEnabled());
    EXPECT_TRUE(waitUntil([&] { return c.isNull(); }, 30000)); // closes once queued (durable)
    ASSERT_TRUE(waitResult());
    const SendResult r = results.first();
    ASSERT_EQ(r.outcome, SendResult::Outcome::Sent) << r.error.toStdString();
    EXPECT_FALSE(r.queueId.isEmpty());
    // Once filed in Sent too, the outbox is idle: the status bar says what was sent.
    ASSERT_TRUE(waitUntil([&] { return !filings.isEmpty(); }, 60000));
    window->traceHub()->setListener({});
    EXPECT_TRUE(waitUntil([&] { return !window->statusProgress()->isVisible(); }, 10000));
    EXPECT_TRUE(waitUntil([&] { return window->statusText()->text().contains(r.queueId); }, 10000))
        << window->statusText()->text().toStdString();

    // Everything of the submission was recorded on the outbox's thread, never the GUI thread
    // (the filing in Sent runs on the account's own IMAP thread).
    ASSERT_FALSE(recordingThreads.isEmpty());
    EXPECT_EQ(recordingThreads.first(), window->outbox()->workerThread());
    EXPECT_FALSE(recordingThreads.contains(QThread::currentThread()));
    EXPECT_NE(recordingThreads.first(), QThread::currentThread());

    const QList<TraceEvent> events = window->traceHub()->history(r.connection);
    QStringList verbs;
    bool finalOk = false, tlsSeen = false;
    QString afterBody;
    for (const TraceEvent &e : events) {
        if (e.direction == Direction::ClientToServer && !e.verb.isEmpty())
            verbs << e.verb;
        if (e.kind == TraceKind::TlsHandshake)
            tlsSeen = true;
        if (e.direction == Direction::ServerToClient && e.replyCode == 250 && e.bytes.contains(r.queueId.toUtf8()))
            finalOk = true;
        EXPECT_FALSE(e.bytes.contains(lab.alicePassword.toUtf8())) << e.bytes.constData();
        EXPECT_FALSE(e.bytes.contains(lab.alicePassword.toUtf8().toBase64())) << e.bytes.constData();
    }
    const QString joined = verbs.join(QLatin1Char(' '));
    EXPECT_GE(verbs.count(QStringLiteral("EHLO")), 2) << joined.toStdString(); // again inside TLS
    EXPECT_TRUE(verbs.contains(QStringLiteral("STARTTLS"))) << joined.toStdString();
    EXPECT_TRUE(verbs.contains(QStringLiteral("AUTH"))) << joined.toStdString();
    EXPECT_TRUE(verbs.contains(QStringLiteral("MAIL"))) << joined.toStdString();
    EXPECT_TRUE(verbs.contains(QStringLiteral("RCPT"))) << joined.toStdString();
    EXPECT_TRUE(verbs.contains(QStringLiteral("DATA")) || verbs.contains(QStringLiteral("BDAT")))
        << joined.toStdString();
    EXPECT_LT(verbs.indexOf(QStringLiteral("STARTTLS")), verbs.indexOf(QStringLiteral("AUTH")));
    EXPECT_TRUE(tlsSeen);
    EXPECT_TRUE(finalOk);
    // The inspector dock shows the same transcript, the session and the MIME tree of what was sent.
    InspectorDock *dock = window->inspectorDock();
    EXPECT_TRUE(dock->isVisible());
    const TraceModel *model = dock->transcript()->model();
    EXPECT_TRUE(waitUntil([&] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->event(row).replyCode == 250 && model->event(row).bytes.contains(r.queueId.toUtf8()))
                return true;
        return false;
    }, 5000));
    EXPECT_TRUE(dock->session()->summary().succeeded);
    EXPECT_TRUE(dock->session()->summary().result.contains(r.queueId));
    EXPECT_TRUE(dock->session()->summary().tlsActive);
    EXPECT_TRUE(dock->mime()->errorString().isEmpty()) << dock->mime()->errorString().toStdString();

    const QString delivered = lab.waitForDelivery(lab.bob, marker.toUtf8(), 30000);
    ASSERT_FALSE(delivered.isEmpty()) << "bob never received " << marker.toStdString();
    QFile f(delivered);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QString error;
    const auto tree = MimeTree::parse(raw, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    for (const QString &name : {QStringLiteral("cartao-postal.png"), QStringLiteral("recado.wav")}) {
        const MimeNode *node = findFile(*tree, name);
        ASSERT_NE(node, nullptr) << name.toStdString() << "\n" << MimeTree::format(*tree).toStdString();
        EXPECT_EQ(node->transferEncoding, QByteArray("base64"));
        EXPECT_EQ(MimeTree::decodedBody(raw, *node), readFile(kDemo + name)) << name.toStdString();
    }
}

TEST_F(ComposerLabSend, RefusedPasswordLeavesTheMessageFailedInTheOutboxWithTheServersWords)
{
    window->passwords()->session()->writeSecret(QStringLiteral("lab-alice"), QStringLiteral("not-alices-pw"));
    QPointer<ComposerWindow> c = fill();
    ASSERT_TRUE(c->send());
    EXPECT_TRUE(waitUntil([&] { return c.isNull(); }, 30000)); // queued: the outbox keeps the message now
    ASSERT_TRUE(waitResult());
    const SendResult r = results.first();
    const qint64 id = resultIds.first();
    EXPECT_EQ(r.outcome, SendResult::Outcome::Failed);
    EXPECT_EQ(r.failedStep, QStringLiteral("AUTH")) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QStringLiteral("535"))) << r.error.toStdString();
    EXPECT_GT(r.failureEventId, 0u);

    // Nothing lost: the message is in the outbox, not sent, with the server's words.
    // (Failed by the rule for a 5xx; the engine's first cut defers a refused AUTH.)
    ASSERT_TRUE(waitUntil([&] {
        return entry(id) && (entry(id)->state == OutboxEntry::State::Failed ||
                             entry(id)->state == OutboxEntry::State::Deferred);
    }, 10000))
        << (entry(id) ? int(entry(id)->state) : -1) << " "
        << (entry(id) ? entry(id)->lastError.toStdString() + " / " + entry(id)->lastReply.toStdString() : "gone");
    EXPECT_TRUE(entry(id)->subject.contains(marker));
    EXPECT_TRUE(entry(id)->lastError.contains(QStringLiteral("535"))) << entry(id)->lastError.toStdString();
    // A notice names the message and quotes the server.
    ASSERT_TRUE(waitUntil([&] { return window->outboxNotice(id) && window->outboxNotice(id)->isVisible(); }, 5000));
    EXPECT_TRUE(window->outboxNotice(id)->text().contains(marker)) << window->outboxNotice(id)->text().toStdString();
    EXPECT_TRUE(window->outboxNotice(id)->informativeText().contains(QStringLiteral("535")));
    // The refused password is not replayed next time.
    EXPECT_FALSE(window->passwords()->session()->contains(QStringLiteral("lab-alice")));
    // The inspector is open and scrolled to the failing reply.
    EXPECT_TRUE(window->inspectorDock()->isVisible());
    TranscriptPane *transcript = window->inspectorDock()->transcript();
    EXPECT_TRUE(waitUntil([&] {
        const QList<TraceEvent> selected = transcript->selectedEvents();
        return selected.size() == 1 && selected.first().id == r.failureEventId &&
               selected.first().replyCode == 535;
    }, 5000));
    EXPECT_FALSE(window->inspectorDock()->session()->summary().succeeded);

    // Show in Outbox, then Retry with the right password: the very same message goes.
    auto *show = window->outboxNotice(id)->findChild<QPushButton *>(QStringLiteral("showInOutbox"));
    ASSERT_NE(show, nullptr);
    show->click();
    EXPECT_TRUE(window->isOutboxShown());
    EXPECT_EQ(window->outboxView()->selectedId(), id);
    window->passwords()->session()->writeSecret(QStringLiteral("lab-alice"), lab.alicePassword);
    OutboxView *view = window->outboxView();
    QAction *again = view->retryAction()->isEnabled() ? view->retryAction() : view->sendNowAction();
    ASSERT_TRUE(again->isEnabled());
    again->trigger();
    ASSERT_TRUE(waitResult(2));
    EXPECT_EQ(results.at(1).outcome, SendResult::Outcome::Sent) << results.at(1).error.toStdString();
    EXPECT_EQ(resultIds.at(1), id);
    EXPECT_FALSE(lab.waitForDelivery(lab.bob, marker.toUtf8(), 30000).isEmpty());
}

TEST_F(ComposerLabSend, KnownSizeLimitIsEnforcedBeforeQueueing)
{
    // A test connection teaches the composer the server's SIZE limit.
    AccountSettings account = window->currentAccount();
    QList<SendResult> tests;
    QObject::connect(window->sendController(), &SendController::finished, [&](const SendResult &r) { tests << r; });
    ASSERT_TRUE(window->sendController()->testConnection(account, lab.alicePassword));
    ASSERT_TRUE(waitUntil([&] { return !tests.isEmpty(); }, 60000));
    ASSERT_EQ(tests.first().outcome, SendResult::Outcome::Sent) << tests.first().error.toStdString();
    const qint64 limit = window->sendController()->knownSizeLimit(account.id);
    ASSERT_GT(limit, 0);

    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(limit * 3 / 4 + 1024)); // base64 pushes it over the limit
    }
    QPointer<ComposerWindow> c = fill();
    ASSERT_TRUE(c->attachFile(big));
    EXPECT_FALSE(c->send());
    EXPECT_TRUE(c->problemLabel()->text().contains(QStringLiteral("SIZE"))) << c->problemLabel()->text().toStdString();
    QTest::qWait(200);
    EXPECT_TRUE(window->outbox()->entries().isEmpty()); // nothing was queued
    EXPECT_FALSE(c.isNull());
    EXPECT_TRUE(results.isEmpty());
}
