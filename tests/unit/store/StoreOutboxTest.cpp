// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore's durable outbox: every field round-trips, batches are one
// transaction, take-back is refused once sending began, a schema 2 file
// migrates, and odd column contents never crash a read (core/store/MailStoreOutbox.cpp).
#include "store/MailStore.h"
#include "store/StoreSql.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

using State = OutboxEntry::State;
using Stage = OutboxEntry::Stage;

// Runs `sql` on `path` over a connection of its own (outside MailStore).
void rawExec(const QString &path, const QString &sql)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("outbox-test-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString() << " in " << sql.toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

OutboxEntry sample()
{
    OutboxEntry e;
    e.accountId = QStringLiteral("alice");
    e.raw = QByteArray("From: a@x\r\nSubject: \0oi\r\n\r\nbody\r\n", 34);
    e.envelopeFrom = "alice@example.test";
    e.recipients = {"bob@example.test", "ana@example.test"};
    e.messageId = "<m1@example.test>";
    e.to = QStringLiteral("Bob <bob@example.test>, Ana <ana@example.test>");
    e.subject = QStringLiteral("Relatório");
    e.sendAt = QDateTime(QDate(2026, 12, 8), QTime(9, 30), Qt::UTC);
    e.serverUrl = QStringLiteral("smtp+plain://127.0.0.1:10025");
    e.login = QStringLiteral("alice");
    e.caFile = QStringLiteral("/tmp/ca.pem");
    e.mechanism = QStringLiteral("PLAIN");
    e.draftPayload = QByteArray("\x01\x02\0\x03", 4);
    return e;
}

class StoreOutboxTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("store.sqlite"));
        store = std::make_unique<MailStore>(path);
        ASSERT_TRUE(store->open()) << store->error().toStdString();
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MailStore> store;
};

TEST_F(StoreOutboxTest, EveryFieldRoundTripsAndRawIsLeftOutOnRequest)
{
    OutboxEntry e = sample();
    e.id = store->addOutbox(e);
    ASSERT_GT(e.id, 0) << store->error().toStdString();
    const auto full = store->outboxEntry(e.id);
    ASSERT_TRUE(full.has_value());
    EXPECT_EQ(full->raw, e.raw);
    EXPECT_EQ(full->state, State::Queued);
    EXPECT_EQ(full->stage, Stage::None);
    EXPECT_EQ(full->recipients, e.recipients);
    EXPECT_EQ(full->messageId, e.messageId);
    EXPECT_EQ(full->to, e.to);
    EXPECT_EQ(full->sendAt, e.sendAt);
    EXPECT_EQ(full->serverUrl, e.serverUrl);
    EXPECT_EQ(full->login, e.login);
    EXPECT_EQ(full->caFile, e.caFile);
    EXPECT_EQ(full->mechanism, e.mechanism);
    EXPECT_EQ(full->draftPayload, e.draftPayload);
    EXPECT_TRUE(full->created.isValid());

    const auto light = store->outboxEntry(e.id, false);
    ASSERT_TRUE(light.has_value());
    EXPECT_TRUE(light->raw.isEmpty());
    EXPECT_EQ(light->subject, e.subject);
    EXPECT_TRUE(store->outbox({}, false).first().raw.isEmpty());

    // The mutable fields.
    OutboxEntry s = *full;
    s.state = State::Sent;
    s.stage = Stage::Filing;
    s.attempts = 3;
    s.lastError = QStringLiteral("some recipients were refused");
    s.lastReply = QStringLiteral("250 2.0.0 Ok: queued as 4Xyz");
    s.recipientReplies = {QStringLiteral("<ana@example.test>: 550 5.1.1 no such user")};
    s.nextAttempt = QDateTime(QDate(2026, 12, 7), QTime(5, 1), Qt::UTC);
    s.queueId = QStringLiteral("4Xyz");
    s.sentFolder = QStringLiteral("Sent");
    s.sentUid = 4000000000u;
    ASSERT_TRUE(store->saveOutbox(s)) << store->error().toStdString();
    const auto back = store->outboxEntry(e.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->state, State::Sent);
    EXPECT_EQ(back->stage, Stage::Filing);
    EXPECT_EQ(back->attempts, 3);
    EXPECT_EQ(back->lastError, s.lastError);
    EXPECT_EQ(back->lastReply, s.lastReply);
    EXPECT_EQ(back->recipientReplies, s.recipientReplies);
    EXPECT_EQ(back->nextAttempt, s.nextAttempt);
    EXPECT_EQ(back->queueId, s.queueId);
    EXPECT_EQ(back->sentFolder, s.sentFolder);
    EXPECT_EQ(back->sentUid, s.sentUid);
    EXPECT_EQ(back->raw, e.raw); // never touched by a save
}

TEST_F(StoreOutboxTest, ABatchIsOneTransaction)
{
    OutboxEntry a = sample(), b = sample();
    a.id = store->addOutbox(a);
    b.id = store->addOutbox(b);
    a.state = b.state = State::Sending;
    a.stage = b.stage = Stage::Transaction;
    ASSERT_TRUE(store->saveOutbox(QList<OutboxEntry>{a, b}));
    EXPECT_EQ(store->outboxEntry(a.id)->state, State::Sending);
    EXPECT_EQ(store->outboxEntry(b.id)->stage, Stage::Transaction);

    // One entry gone: nothing of the batch is written.
    OutboxEntry ghost = a;
    ghost.id = 999999;
    a.state = State::Sent;
    EXPECT_FALSE(store->saveOutbox(QList<OutboxEntry>{a, ghost}));
    EXPECT_TRUE(store->error().contains(QStringLiteral("999999"))) << store->error().toStdString();
    EXPECT_EQ(store->outboxEntry(a.id)->state, State::Sending);

    ASSERT_TRUE(store->removeOutbox(QList<qint64>{a.id, b.id}));
    EXPECT_TRUE(store->outbox().isEmpty());
}

TEST_F(StoreOutboxTest, TakeBackIsRefusedOnceSendingBegan)
{
    OutboxEntry e = sample();
    e.id = store->addOutbox(e);
    for (State refused : {State::Sending, State::Sent, State::Filed}) {
        e.state = refused;
        ASSERT_TRUE(store->saveOutbox(e));
        EXPECT_FALSE(store->takeBackOutbox(e.id).has_value());
        EXPECT_TRUE(store->error().contains(QStringLiteral("already"))) << store->error().toStdString();
        EXPECT_TRUE(store->outboxEntry(e.id).has_value());
    }
    e.state = State::Sending;
    ASSERT_TRUE(store->saveOutbox(e));
    EXPECT_FALSE(store->removeOutboxUnlessSending(e.id));
    EXPECT_TRUE(store->outboxEntry(e.id).has_value());

    for (State allowed : {State::Queued, State::Deferred, State::Failed, State::PossiblySent}) {
        OutboxEntry f = sample();
        f.id = store->addOutbox(f);
        f.state = allowed;
        ASSERT_TRUE(store->saveOutbox(f));
        const auto taken = store->takeBackOutbox(f.id);
        ASSERT_TRUE(taken.has_value()) << store->error().toStdString();
        EXPECT_EQ(taken->draftPayload, f.draftPayload);
        EXPECT_FALSE(store->outboxEntry(f.id).has_value());
    }
    EXPECT_FALSE(store->takeBackOutbox(424242).has_value());
    EXPECT_TRUE(store->error().contains(QStringLiteral("424242")));

    e.state = State::Failed;
    ASSERT_TRUE(store->saveOutbox(e));
    EXPECT_TRUE(store->removeOutboxUnlessSending(e.id)) << store->error().toStdString();
    EXPECT_TRUE(store->outbox().isEmpty());
}

TEST_F(StoreOutboxTest, OddColumnContentsAreReadWithoutACrash)
{
    const qint64 id = store->addOutbox(sample());
    ASSERT_GT(id, 0);
    store.reset();
    // What another version, a bad disk or a fuzzer may leave in the table.
    rawExec(path, QStringLiteral("INSERT INTO outbox (account, state, raw) VALUES ('x', 99, X'00')"));
    rawExec(path, QStringLiteral("INSERT INTO outbox (account, state, stage, raw, attempts, created, send_at, sent_uid,"
                                 " recipients, recipient_replies) VALUES ('y', 'abc', 1, 'text raw', 'many',"
                                 " 'yesterday', 99999999999999999, -5, X'0a0a', NULL)"));
    rawExec(path, QStringLiteral("INSERT INTO outbox (account, state, stage, raw) VALUES ('z', 1, 77, '')"));
    rawExec(path, QStringLiteral("INSERT INTO outbox (account, state, stage, raw) VALUES ('w', -1, 'x', X'')"));
    store = std::make_unique<MailStore>(path);
    ASSERT_TRUE(store->open());
    const QList<OutboxEntry> all = store->outbox();
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(all.at(0).state, State::Queued);
    EXPECT_EQ(all.at(1).state, State::Failed);
    EXPECT_TRUE(all.at(1).lastError.contains(QStringLiteral("99"))) << all.at(1).lastError.toStdString();
    EXPECT_EQ(all.at(2).state, State::Failed);
    EXPECT_TRUE(all.at(2).lastError.contains(QStringLiteral("abc")));
    EXPECT_EQ(all.at(2).attempts, 0);
    EXPECT_FALSE(all.at(2).created.isValid());
    EXPECT_FALSE(all.at(2).sendAt.isValid());
    EXPECT_EQ(all.at(2).sentUid, 0u);
    EXPECT_TRUE(all.at(2).recipients.isEmpty());
    EXPECT_EQ(all.at(2).raw, QByteArray("text raw"));
    EXPECT_EQ(all.at(3).state, State::Failed);
    EXPECT_TRUE(all.at(3).lastError.contains(QStringLiteral("77")));
    EXPECT_EQ(all.at(4).state, State::Failed);
    EXPECT_TRUE(all.at(4).lastError.contains(QStringLiteral("-1")));
}

TEST(StoreOutboxMigration, ASchema2FileGetsTheNewColumns)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    // A real schema-2 file: the first two migration steps, as a store of that
    // age ran them, and a message waiting in its outbox.
    const auto &steps = storesql::migrations();
    ASSERT_GE(steps.size(), 2);
    for (int version = 0; version < 2; ++version)
        for (const char *sql : steps.at(version))
            rawExec(path, QString::fromUtf8(sql));
    rawExec(path, QStringLiteral("INSERT INTO outbox (account, state, raw, envelope_from, recipients, subject)"
                                 " VALUES ('alice', 0, 'Subject: old', 'a@x', 'b@x', 'old')"));
    rawExec(path, QStringLiteral("PRAGMA user_version=2"));
    MailStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_EQ(store.schemaVersion(), MailStore::latestSchemaVersion());
    EXPECT_GE(MailStore::latestSchemaVersion(), 3);
    const QList<OutboxEntry> all = store.outbox();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().subject, QStringLiteral("old"));
    EXPECT_EQ(all.first().raw, QByteArray("Subject: old"));
    EXPECT_EQ(all.first().state, State::Queued);
    EXPECT_EQ(all.first().stage, Stage::None);
    EXPECT_TRUE(all.first().serverUrl.isEmpty());
    OutboxEntry e = all.first();
    e.stage = Stage::Transaction;
    e.queueId = QStringLiteral("q1");
    EXPECT_TRUE(store.saveOutbox(e)) << store.error().toStdString();
}

} // namespace
