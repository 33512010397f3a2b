// SPDX-License-Identifier: GPL-3.0-or-later
// SubmissionJob as the outbox drives it: messages from memory, the hook right
// before each final dot (DATA) or BDAT LAST, a result per message as it ends,
// and a hook that says no keeps the end of the message from the server.
#include "OutboxFixture.h"

#include "smtp/SubmissionJob.h"

using namespace carteiro;
using namespace carteiro::test;

namespace {

class SubmissionHookTest : public OutboxTest
{
protected:
    struct Run
    {
        QList<QPair<int, int>> hooks;    // (index, messages the server had completed then)
        QList<QPair<int, int>> finished; // (index, messages the server had completed then)
        SubmissionJob::Outcome outcome = SubmissionJob::Outcome::Running;
        QList<SmtpMessageResult> results;
    };

    Run send(int refuseAt = -1)
    {
        ChannelOptions channel;
        channel.host = QStringLiteral("127.0.0.1");
        channel.port = smtp.server.serverPort();
        channel.security = TransportSecurity::Plain;
        channel.connectTimeoutMs = 5000;
        channel.replyTimeoutMs = 5000;
        SmtpSession::Config config;
        config.ehloName = "client.example";
        config.security = TransportSecurity::Plain;
        config.authenticate = false;
        config.resetBetweenMessages = true;
        QList<SubmissionJob::Message> messages;
        for (int i = 1; i <= 3; ++i) {
            const OutboxEntry e = message(i);
            SmtpEnvelope envelope;
            envelope.from = e.envelopeFrom;
            envelope.recipients = e.recipients;
            envelope.size = e.raw.size();
            messages.append({QString(), envelope, e.raw});
        }
        Run run;
        SubmissionJob job(&hub, channel, config, messages);
        job.setBeforeFinalDot([&](int index) {
            run.hooks.append({index, smtp.messages});
            return index != refuseAt;
        });
        QObject::connect(&job, &SubmissionJob::messageFinished, [&](int index) {
            EXPECT_EQ(run.outcome, SubmissionJob::Outcome::Running); // before finished()
            run.finished.append({index, smtp.messages});
        });
        QObject::connect(&job, &SubmissionJob::finished,
                         [&](SubmissionJob::Outcome outcome) { run.outcome = outcome; });
        job.start();
        EXPECT_TRUE(waitUntil([&] { return run.outcome != SubmissionJob::Outcome::Running; }));
        run.results = job.session().results();
        return run;
    }

    void expectEachMessageInTurn(const Run &run)
    {
        EXPECT_EQ(run.outcome, SubmissionJob::Outcome::Sent);
        // The hook runs while the server has not yet seen that message's end.
        EXPECT_EQ(run.hooks, (QList<QPair<int, int>>{{0, 0}, {1, 1}, {2, 2}}));
        // Each message is reported once its verdict is in, in order.
        ASSERT_EQ(run.finished.size(), 3);
        for (int i = 0; i < 3; ++i) {
            EXPECT_EQ(run.finished.at(i).first, i);
            EXPECT_EQ(run.finished.at(i).second, i + 1);
            EXPECT_TRUE(run.results.at(i).accepted);
            EXPECT_EQ(run.results.at(i).queueId, QStringLiteral("Q%1").arg(i + 1));
        }
        ASSERT_EQ(smtp.bodies.size(), 3);
        EXPECT_TRUE(smtp.bodies.at(2).contains("Subject: n3\r\n"));
        EXPECT_EQ(smtp.verbs().count("RSET"), 2);
    }
};

TEST_F(SubmissionHookTest, DataMessagesFromMemoryWithTheHookBeforeEachFinalDot)
{
    const Run run = send();
    expectEachMessageInTurn(run);
    EXPECT_EQ(smtp.verbs().count("DATA"), 3);
    EXPECT_TRUE(smtp.bodies.at(0).contains("\r\n..dot line\r\n")); // dot-stuffed on the wire
}

TEST_F(SubmissionHookTest, BdatMessagesWithTheHookBeforeEachLastChunk)
{
    smtp.chunking = true;
    const Run run = send();
    expectEachMessageInTurn(run);
    EXPECT_EQ(smtp.verbs().count("DATA"), 0);
    EXPECT_TRUE(smtp.bodies.at(0).contains("\r\n.dot line\r\n")); // BDAT: no dot-stuffing
}

TEST_F(SubmissionHookTest, AHookThatSaysNoKeepsTheEndFromTheServer)
{
    const Run run = send(1);
    EXPECT_EQ(run.outcome, SubmissionJob::Outcome::Failed);
    EXPECT_EQ(smtp.messages, 1); // message 2's final dot never left
    ASSERT_EQ(run.results.size(), 3);
    EXPECT_TRUE(run.results.at(0).accepted);
    EXPECT_FALSE(run.results.at(1).accepted);
    EXPECT_FALSE(run.results.at(1).possiblySent); // it cannot have been taken
    EXPECT_TRUE(run.results.at(1).error.contains(QStringLiteral("outbox")));
    EXPECT_FALSE(run.results.at(2).accepted);
    EXPECT_EQ(run.finished.size(), 3);
}

} // namespace
