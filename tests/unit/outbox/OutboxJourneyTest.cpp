// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox leaves each accepted message's submission leg for the journey
// (core/engine/MessageJourney.h, store/JourneyStore.h): the server, the time,
// the 250 and its queue id, kept after the outbox row is gone.
#include "OutboxFixture.h"

#include "store/JourneyStore.h"

using namespace carteiro;
using namespace carteiro::test;

namespace {

TEST_F(OutboxTest, EachAcceptedMessageLeavesItsSubmissionLeg)
{
    auto engine = makeEngine();
    engine->start(false);
    const QList<qint64> queued = queueAndFlush(*engine, {message(1), message(2)});
    ASSERT_EQ(queued.size(), 2);
    ASSERT_TRUE(waitUntil([&] { return engine->entries().isEmpty(); })); // the outbox forgot them
    JourneyStore store(storePath);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    for (int i = 1; i <= 2; ++i) {
        const QByteArray id = "<m" + QByteArray::number(i) + "@example.test>";
        const QList<SubmissionRecord> legs = store.submissions(id);
        ASSERT_EQ(legs.size(), 1) << id.constData();
        const SubmissionRecord &leg = legs.first();
        EXPECT_EQ(leg.queueId, QStringLiteral("Q%1").arg(i));
        EXPECT_TRUE(leg.reply.startsWith(QStringLiteral("250"))) << leg.reply.toStdString();
        EXPECT_TRUE(leg.server.contains(QString::number(smtp.server.serverPort()))) << leg.server.toStdString();
        EXPECT_TRUE(leg.tls.isEmpty()); // the scripted server speaks plain text: recorded as such
        EXPECT_FALSE(leg.recipients.isEmpty());
        ASSERT_TRUE(leg.started.isValid() && leg.sent.isValid());
        EXPECT_LE(leg.started, leg.sent);
    }
    EXPECT_TRUE(store.submissions("<never-sent@example.test>").isEmpty());
}

} // namespace
