// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxEngine after a crash and around filing: rows left in each stage are
// judged at start, a copy already in Sent is found by its Message-ID (no
// second APPEND), a refused APPEND is filed by Retry, and take-back works
// until the SMTP transaction begins.
#include "OutboxFixture.h"

#include "mime/MailAddress.h"
#include <QFile>
#include "mime/MessageDraft.h"

using namespace carteiro;
using namespace carteiro::test;

namespace {

using State = OutboxEntry::State;
using Stage = OutboxEntry::Stage;

// Writes `e` as a crash would have left it (straight into the store).
qint64 leave(const QString &path, OutboxEntry e, State state, Stage stage)
{
    MailStore store(path);
    EXPECT_TRUE(store.open()) << store.error().toStdString();
    e.id = store.addOutbox(e);
    e.state = state;
    e.stage = stage;
    e.attempts = 1;
    EXPECT_TRUE(store.saveOutbox(e)) << store.error().toStdString();
    return e.id;
}

TEST_F(OutboxTest, RowsLeftInEachStageAreJudgedAtStart)
{
    const qint64 none = leave(storePath, message(1), State::Sending, Stage::None);
    const qint64 transaction = leave(storePath, message(2), State::Sending, Stage::Transaction);
    const qint64 dot = leave(storePath, message(3), State::Sending, Stage::DotSent);
    const qint64 deferred = leave(storePath, message(4), State::Deferred, Stage::None);
    auto engine = makeEngine();
    engine->start(false); // `outbox list`: judged and shown, nothing sent
    ASSERT_TRUE(waitUntil([&] { return engine->entries().size() == 4; }));
    EXPECT_EQ(stored(none)->state, State::Queued);
    EXPECT_EQ(stored(transaction)->state, State::Queued);
    EXPECT_EQ(stored(dot)->state, State::PossiblySent);
    EXPECT_EQ(stored(deferred)->state, State::Deferred);
    EXPECT_EQ(smtp.connections, 0);
    // Published newest first, without the bytes.
    EXPECT_EQ(engine->entries().first().id, deferred);
    EXPECT_TRUE(engine->entries().first().raw.isEmpty());

    // A flush sends the two judged Queued and the Deferred one, never the PossiblySent.
    const int flushesBefore = flushes;
    engine->flush();
    ASSERT_TRUE(waitUntil([&] { return flushes > flushesBefore; }));
    EXPECT_EQ(smtp.messages, 3);
    EXPECT_EQ(smtp.connections, 1);
    EXPECT_FALSE(stored(none).has_value());
    EXPECT_EQ(stored(dot)->state, State::PossiblySent);
    EXPECT_EQ(engine->entries().size(), 1);
}

TEST_F(OutboxTest, AMessageAlreadyInSentIsNotAppendedTwice)
{
    // Killed during the APPEND: Sent + Filing, and the server had taken the copy.
    OutboxEntry e = message(1);
    e.accountId = QStringLiteral("acc");
    const qint64 id = leave(storePath, e, State::Sent, Stage::Filing);
    imap.sentMessageId = e.messageId;
    AccountSettings a = account();
    a.username = QStringLiteral("alice");
    auto engine = makeEngine();
    engine->setAccount(a, QStringLiteral("pw-outbox-1"));
    engine->start(true);
    ASSERT_TRUE(waitUntil([&] { return filings.size() == 1; }));
    EXPECT_EQ(filings.first().first, id);
    EXPECT_EQ(filings.first().second.filing, SendResult::Filing::Filed);
    EXPECT_EQ(filings.first().second.sentUid, 41u);
    EXPECT_EQ(imap.count("APPEND"), 0);
    EXPECT_EQ(imap.appended.size(), 0);
    bool searched = false;
    for (const QByteArray &c : imap.commands)
        searched = searched || c.contains("UID SEARCH HEADER Message-ID \"<m1@example.test>\"");
    EXPECT_TRUE(searched);
    ASSERT_TRUE(waitUntil([&] { return !stored(id).has_value(); }));
    EXPECT_EQ(smtp.connections, 0); // never sent again
}

TEST_F(OutboxTest, ARefusedAppendKeepsTheCopyAndRetryFilesIt)
{
    imap.appendReplies = {"NO [OVERQUOTA] Quota exceeded"};
    AccountSettings a = account();
    a.username = QStringLiteral("alice");
    auto engine = makeEngine();
    engine->setAccount(a, QStringLiteral("pw-outbox-2"));
    engine->start(false);
    OutboxEntry e = message(1);
    e.accountId = QStringLiteral("acc");
    const qint64 id = queueAndFlush(*engine, {e}).value(0);
    ASSERT_EQ(filings.size(), 1);
    EXPECT_EQ(filings.first().second.filing, SendResult::Filing::NotFiled);
    EXPECT_TRUE(filings.first().second.filingError.contains(QStringLiteral("Quota exceeded")));
    const auto sent = stored(id);
    ASSERT_TRUE(sent.has_value());
    EXPECT_EQ(sent->state, State::Sent);
    EXPECT_EQ(sent->stage, Stage::Filing);
    EXPECT_EQ(sent->queueId, QStringLiteral("Q1"));
    EXPECT_TRUE(sent->lastError.contains(QStringLiteral("Quota exceeded")));
    EXPECT_EQ(imap.appended.size(), 1);
    // The first APPEND of this run needs no search: nothing could be there yet.
    EXPECT_EQ(imap.count("UID"), 0);

    engine->retry(id);
    ASSERT_TRUE(waitUntil([&] { return filings.size() == 2; }));
    EXPECT_EQ(filings.last().second.filing, SendResult::Filing::Filed);
    EXPECT_EQ(filings.last().second.sentFolder, QStringLiteral("Sent"));
    EXPECT_EQ(filings.last().second.sentUid, 42u);
    ASSERT_EQ(imap.appended.size(), 2);
    EXPECT_EQ(imap.appended.last(), e.raw); // the exact bytes that were submitted
    EXPECT_EQ(imap.count("UID"), 1);        // looked first, found nothing
    ASSERT_TRUE(waitUntil([&] { return !stored(id).has_value(); }));
    EXPECT_EQ(smtp.messages, 1);
}

TEST_F(OutboxTest, TakeBackWorksUntilTheTransactionBegins)
{
    auto engine = makeEngine();
    qint64 tookId = 0;
    bool tookOk = false;
    QByteArray payload;
    QString why;
    int answers = 0;
    QObject::connect(engine.get(), &OutboxEngine::tookBack, engine.get(),
                     [&](qint64 id, bool ok, const QByteArray &p, const QString &w) {
                         tookId = id;
                         tookOk = ok;
                         payload = p;
                         why = w;
                         ++answers;
                     });
    engine->start(true);
    // Undo send: waiting for its time, it comes back with the composer's state.
    OutboxEntry later = message(1);
    later.sendAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    later.draftPayload = "composer-state";
    engine->enqueueEntry(1, later);
    ASSERT_TRUE(waitUntil([&] { return ids.size() == 1; }));
    engine->takeBack(ids.first());
    ASSERT_TRUE(waitUntil([&] { return answers == 1; }));
    EXPECT_TRUE(tookOk) << why.toStdString();
    EXPECT_EQ(tookId, ids.first());
    EXPECT_EQ(payload, QByteArray("composer-state"));
    EXPECT_FALSE(stored(ids.first()).has_value());

    // Queued from carteiro-cli (no composer state): nothing to edit, so it stays.
    OutboxEntry cli = message(3);
    cli.sendAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    engine->enqueueEntry(3, cli);
    ASSERT_TRUE(waitUntil([&] { return ids.size() == 2; }));
    engine->takeBack(ids.last());
    ASSERT_TRUE(waitUntil([&] { return answers == 2; }));
    EXPECT_FALSE(tookOk);
    EXPECT_TRUE(why.contains(QLatin1String("command line"))) << why.toStdString();
    EXPECT_TRUE(stored(ids.last()).has_value());
    engine->remove(ids.last());
    ASSERT_TRUE(waitUntil([&] { return !stored(ids.last()).has_value(); }));

    // Once Sending (the server holds its greeting), refused; the send goes on.
    smtp.holdGreeting = true;
    engine->enqueueEntry(2, message(2));
    ASSERT_TRUE(waitUntil([&] { return ids.size() == 3 && smtp.held; }));
    EXPECT_EQ(stored(ids.last())->state, State::Sending);
    engine->takeBack(ids.last());
    ASSERT_TRUE(waitUntil([&] { return answers == 3; }));
    EXPECT_FALSE(tookOk);
    EXPECT_FALSE(why.isEmpty());
    engine->remove(ids.last());
    QString removeWhy;
    QObject::connect(engine.get(), &OutboxEngine::actionFailed, engine.get(),
                     [&](qint64, const QString &w) { removeWhy = w; });
    ASSERT_TRUE(waitUntil([&] { return !removeWhy.isEmpty(); }));
    smtp.release();
    ASSERT_TRUE(waitUntil([&] { return results.size() == 1; }));
    EXPECT_EQ(results.first().second.outcome, SendResult::Outcome::Sent);
    EXPECT_EQ(smtp.messages, 1);
}

TEST_F(OutboxTest, AComposedDraftIsQueuedAndSentAfterTheUndoDelay)
{
    auto engine = makeEngine();
    engine->setUndoDelay(0);
    engine->setAccount(account(), QString());
    engine->start(true);
    MessageDraft draft;
    draft.from = *MailAddress::parse(QStringLiteral("Alice <alice@example.test>"), nullptr);
    draft.to = {*MailAddress::parse(QStringLiteral("Bob <bob@example.test>"), nullptr)};
    draft.bcc = {*MailAddress::parse(QStringLiteral("carol@example.test"), nullptr)};
    draft.subject = QStringLiteral("Olá");
    draft.textBody = QStringLiteral("corpo\n.linha\n");
    engine->enqueue(77, draft, account(), QDateTime(), "payload");
    ASSERT_TRUE(waitUntil([&] { return results.size() == 1; }));
    EXPECT_EQ(results.first().second.outcome, SendResult::Outcome::Sent);
    ASSERT_EQ(smtp.bodies.size(), 1);
    EXPECT_TRUE(smtp.bodies.first().contains("?= <bob@example.test>\r\n")) << smtp.bodies.first().toStdString();
    EXPECT_FALSE(smtp.bodies.first().contains("carol")); // Bcc: envelope only
    EXPECT_TRUE(smtp.transcript.contains("C: RCPT TO:<carol@example.test>"));
    // The composed file stays for the inspector's MIME tab.
    QFile shown(results.first().second.messageFile);
    ASSERT_TRUE(shown.open(QIODevice::ReadOnly)) << results.first().second.messageFile.toStdString();
    EXPECT_EQ(shown.readAll(), smtp.bodies.first());
}

TEST_F(OutboxTest, ASecondProcessNeitherJudgesNorSendsWhatTheFirstIsSending)
{
    smtp.holdGreeting = true;
    auto first = makeEngine();
    first->start(true);
    first->enqueueEntry(1, message(1));
    ASSERT_TRUE(waitUntil([&] { return ids.size() == 1 && smtp.held; }));
    // Another process on the same store (carteiro-cli outbox list / flush).
    OutboxEngine second(&hub, storePath);
    QString why;
    bool flushed = false;
    QObject::connect(&second, &OutboxEngine::actionFailed, &second, [&](qint64, const QString &w) { why = w; });
    QObject::connect(&second, &OutboxEngine::flushed, &second, [&] { flushed = true; });
    second.start(false);
    ASSERT_TRUE(waitUntil([&] { return second.entries().size() == 1; }));
    EXPECT_EQ(second.entries().first().state, State::Sending); // not judged as a crash
    second.flush();
    ASSERT_TRUE(waitUntil([&] { return flushed; }));
    EXPECT_TRUE(why.contains(QStringLiteral("Another Carteiro"))) << why.toStdString();
    smtp.release();
    ASSERT_TRUE(waitUntil([&] { return results.size() == 1; }));
    EXPECT_EQ(results.first().second.outcome, SendResult::Outcome::Sent);
    EXPECT_EQ(smtp.connections, 1);
}

} // namespace
