// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxPolicy: the back-off, the crash judgement per stage, and what each
// kind of SMTP result makes of an entry (core/engine/OutboxPolicy.h).
#include "engine/OutboxPolicy.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {

using State = OutboxEntry::State;
using Stage = OutboxEntry::Stage;

const QDateTime kNow(QDate(2026, 12, 7), QTime(5, 0), Qt::UTC);

SmtpReply reply(int code, const char *text)
{
    SmtpReply r;
    r.code = code;
    r.lines = {QByteArray(text)};
    return r;
}

SmtpRecipientResult rcpt(const char *address, int code, const char *text)
{
    return {QByteArray(address), reply(code, text), code == 250 || code == 251};
}

OutboxEntry sending(int attempts = 1)
{
    OutboxEntry e;
    e.id = 7;
    e.state = State::Sending;
    e.stage = Stage::DotSent;
    e.attempts = attempts;
    return e;
}

OutboxEntry classified(const SmtpMessageResult &r, int attempts = 1)
{
    OutboxEntry e = sending(attempts);
    OutboxPolicy::Attempt a;
    a.result = &r;
    OutboxPolicy::classify(e, a, kNow);
    return e;
}

TEST(OutboxPolicy, BackOffStartsAtAMinuteAndDoublesToAnHour)
{
    EXPECT_EQ(OutboxPolicy::backOffSeconds(0), 60);
    EXPECT_EQ(OutboxPolicy::backOffSeconds(1), 60);
    EXPECT_EQ(OutboxPolicy::backOffSeconds(2), 120);
    EXPECT_EQ(OutboxPolicy::backOffSeconds(3), 240);
    EXPECT_EQ(OutboxPolicy::backOffSeconds(6), 1920);
    EXPECT_EQ(OutboxPolicy::backOffSeconds(7), 3600);
    EXPECT_EQ(OutboxPolicy::backOffSeconds(1000), 3600);
    EXPECT_EQ(OutboxPolicy::nextAttempt(2, kNow), kNow.addSecs(120));
}

TEST(OutboxPolicy, ACrashIsJudgedFromTheLastDurableStage)
{
    for (Stage stage : {Stage::None, Stage::Transaction}) {
        OutboxEntry e = sending();
        e.stage = stage;
        EXPECT_TRUE(OutboxPolicy::judgeAfterCrash(e));
        EXPECT_EQ(e.state, State::Queued); // the final dot never left: sent again
        EXPECT_EQ(e.stage, Stage::None);
    }
    OutboxEntry dot = sending();
    EXPECT_TRUE(OutboxPolicy::judgeAfterCrash(dot));
    EXPECT_EQ(dot.state, State::PossiblySent); // never re-sent by itself
    EXPECT_FALSE(dot.lastError.isEmpty());

    OutboxEntry filing = sending();
    filing.state = State::Sent;
    filing.stage = Stage::Filing;
    bool search = false;
    EXPECT_FALSE(OutboxPolicy::judgeAfterCrash(filing, &search));
    EXPECT_TRUE(search);
    EXPECT_EQ(filing.state, State::Sent);

    for (State kept : {State::Queued, State::Deferred, State::Failed, State::PossiblySent, State::Filed}) {
        OutboxEntry e = sending();
        e.state = kept;
        EXPECT_FALSE(OutboxPolicy::judgeAfterCrash(e, &search));
        EXPECT_FALSE(search);
        EXPECT_EQ(e.state, kept);
    }
}

TEST(OutboxPolicy, A250IsSentWithTheQueueIdAndTheRefusedRecipients)
{
    SmtpMessageResult r;
    r.accepted = true;
    r.queueId = QStringLiteral("4Xyz");
    r.finalReply = reply(250, "2.0.0 Ok: queued as 4Xyz");
    r.recipients = {rcpt("a@x", 250, "ok"), rcpt("b@x", 550, "5.1.1 no such user"), rcpt("c@x", 250, "ok")};
    const OutboxEntry e = classified(r);
    EXPECT_EQ(e.state, State::Sent);
    EXPECT_EQ(e.stage, Stage::None);
    EXPECT_EQ(e.queueId, QStringLiteral("4Xyz"));
    EXPECT_EQ(e.recipientReplies, QStringList{QStringLiteral("<b@x>: 550 5.1.1 no such user")});
    EXPECT_TRUE(e.lastError.contains(QStringLiteral("no such user")));
    EXPECT_EQ(e.updated, kNow);
}

TEST(OutboxPolicy, NoReplyAfterTheDotIsPossiblySent)
{
    SmtpMessageResult r;
    r.possiblySent = true;
    r.error = QStringLiteral("the server closed the connection");
    const OutboxEntry e = classified(r);
    EXPECT_EQ(e.state, State::PossiblySent);
    EXPECT_TRUE(e.lastError.contains(QStringLiteral("closed the connection")));
}

TEST(OutboxPolicy, PermanentRefusalsFailAndTransientOnesDefer)
{
    SmtpMessageResult data5;
    data5.failedStep = QStringLiteral("DATA");
    data5.error = QStringLiteral("the server refused the message: 554 5.7.1 spam");
    data5.finalReply = reply(554, "5.7.1 spam");
    data5.recipients = {rcpt("a@x", 250, "ok")};
    OutboxEntry e = classified(data5);
    EXPECT_EQ(e.state, State::Failed);
    EXPECT_EQ(e.lastReply, QStringLiteral("554 5.7.1 spam"));
    EXPECT_FALSE(e.nextAttempt.isValid());

    SmtpMessageResult data4 = data5;
    data4.finalReply = reply(451, "4.3.0 try later");
    e = classified(data4, 3);
    EXPECT_EQ(e.state, State::Deferred);
    EXPECT_EQ(e.nextAttempt, kNow.addSecs(240));

    SmtpMessageResult all5;
    all5.failedStep = QStringLiteral("RCPT TO");
    all5.error = QStringLiteral("no recipient was accepted");
    all5.recipients = {rcpt("a@x", 550, "5.1.1 unknown"), rcpt("b@x", 553, "5.7.1 relay denied")};
    e = classified(all5);
    EXPECT_EQ(e.state, State::Failed);
    EXPECT_EQ(e.recipientReplies.size(), 2);
    EXPECT_TRUE(e.recipientReplies.at(1).contains(QStringLiteral("relay denied")));

    SmtpMessageResult one4 = all5;
    one4.recipients[1] = rcpt("b@x", 450, "4.2.0 greylisted");
    EXPECT_EQ(classified(one4).state, State::Deferred);

    SmtpMessageResult mail4;
    mail4.failedStep = QStringLiteral("MAIL FROM");
    mail4.error = QStringLiteral("the server refused the sender: 451 4.3.0 later");
    EXPECT_EQ(classified(mail4).state, State::Deferred);
    mail4.error = QStringLiteral("the server refused the sender: 550 5.7.1 not you");
    EXPECT_EQ(classified(mail4).state, State::Failed);

    SmtpMessageResult size; // refused before the wire: no reply code
    size.failedStep = QStringLiteral("MAIL FROM");
    size.error = QStringLiteral("the message is 20 bytes; the server accepts at most 10 bytes (SIZE)");
    EXPECT_EQ(classified(size).state, State::Failed);

    SmtpMessageResult network; // lost before the final dot
    network.failedStep = QStringLiteral("BODY");
    network.error = QStringLiteral("the server closed the connection");
    e = classified(network);
    EXPECT_EQ(e.state, State::Deferred);
    EXPECT_EQ(e.nextAttempt, kNow.addSecs(60));
}

TEST(OutboxPolicy, AMessageNeverReachedFollowsTheSessionsEnd)
{
    SmtpMessageResult untouched;
    OutboxEntry e = sending();
    OutboxPolicy::Attempt a;
    a.result = &untouched;
    a.sessionError = QStringLiteral("AUTH: authentication failed: 535 5.7.8 bad credentials");
    a.sessionReplyCode = 535;
    OutboxPolicy::classify(e, a, kNow);
    EXPECT_EQ(e.state, State::Failed); // never retried with the same secret
    EXPECT_EQ(e.lastError, a.sessionError);

    e = sending();
    a.sessionError = QStringLiteral("CONNECT: connection refused");
    a.sessionReplyCode = 0;
    OutboxPolicy::classify(e, a, kNow);
    EXPECT_EQ(e.state, State::Deferred); // offline: it goes when the server answers
    EXPECT_EQ(e.nextAttempt, kNow.addSecs(60));

    e = sending();
    a.result = nullptr;
    a.sessionReplyCode = 421;
    OutboxPolicy::classify(e, a, kNow);
    EXPECT_EQ(e.state, State::Deferred);
}

TEST(OutboxPolicy, DueTimes)
{
    OutboxEntry q;
    q.state = State::Queued;
    EXPECT_TRUE(OutboxPolicy::isDue(q, kNow));
    q.sendAt = kNow.addSecs(10);
    EXPECT_FALSE(OutboxPolicy::isDue(q, kNow));
    EXPECT_EQ(OutboxPolicy::dueAt(q), q.sendAt);
    OutboxEntry d;
    d.state = State::Deferred;
    d.nextAttempt = kNow.addSecs(-1);
    EXPECT_TRUE(OutboxPolicy::isDue(d, kNow));
    for (State never : {State::Sending, State::Sent, State::Filed, State::Failed, State::PossiblySent}) {
        OutboxEntry e;
        e.state = never;
        EXPECT_FALSE(OutboxPolicy::isDue(e, kNow));
        EXPECT_FALSE(OutboxPolicy::dueAt(e).isValid());
    }
}

} // namespace
