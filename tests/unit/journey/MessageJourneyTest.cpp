// SPDX-License-Identifier: GPL-3.0-or-later
// The journey model (core/engine/MessageJourney.h) and the header's trace
// (core/mime/MessageTrace.h): hops oldest first, delays, the submission leg
// joined to its Received field by queue id, the retrieval leg, the claims,
// and bounded work on hostile headers.
// The samples are ASCII literals: let them read as QString here (before any Qt header).
#undef QT_NO_CAST_FROM_ASCII
#include "engine/MessageJourney.h"
#include "mime/MessageTrace.h"
#include "store/JourneyStore.h"
#include "store/MailStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

// alice -> bob through the lab: Postfix's submission, then Dovecot's LMTP.
const QByteArray kLabMessage =
    "Return-Path: <alice@example.test>\r\n"
    "Delivered-To: bob@example.test\r\n"
    "Received: from mail.example.test\r\n\tby lab-host with LMTP\r\n\tid kJ1vA3bQ\r\n"
    "\t(envelope-from <alice@example.test>)\r\n\tfor <bob@example.test>; Mon, 07 Dec 2026 11:00:07 +0000\r\n"
    "Received: from [127.0.0.1] (localhost [127.0.0.1])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 "
    "(256/256 bits))\r\n\t(Authenticated sender: alice@example.test)\r\n\tby mail.example.test (Postfix) with "
    "ESMTPSA id 4Xyz1A\r\n\tfor <bob@example.test>; Mon,  7 Dec 2026 11:00:05 +0000 (UTC)\r\n"
    "Authentication-Results: mx.example.test; spf=pass smtp.mailfrom=example.test;\r\n dkim=pass header.d=example.test\r\n"
    "DKIM-Signature: v=1; a=rsa-sha256; d=example.test; s=lab2026;\r\n h=From:To:Subject; bh=abc=; b=def=\r\n"
    "Message-ID: <journey-1@example.test>\r\n"
    "Subject: =?utf-8?q?Ol=C3=A1?=\r\n"
    "Date: Mon, 7 Dec 2026 11:00:04 +0000\r\n"
    "\r\n"
    "body\r\n";

SubmissionRecord labSubmission()
{
    SubmissionRecord r;
    r.accountId = "lab-alice";
    r.messageId = "<journey-1@example.test>";
    r.queueId = "4Xyz1A";
    r.server = "smtp://127.0.0.1:43587";
    r.tls = "TLSv1.3, TLS_AES_256_GCM_SHA384";
    r.authMechanism = "PLAIN";
    r.reply = "250 2.0.0 Ok: queued as 4Xyz1A";
    r.envelopeFrom = "alice@example.test";
    r.recipients = {"bob@example.test"};
    r.started = QDateTime(QDate(2026, 12, 7), QTime(11, 0, 4, 500), Qt::UTC);
    r.sent = QDateTime(QDate(2026, 12, 7), QTime(11, 0, 5, 300), Qt::UTC);
    return r;
}

FetchRecord bobFetch()
{
    FetchRecord f;
    f.messageId = 7;
    f.accountId = "lab-bob";
    f.folder = "INBOX";
    f.protocol = "IMAP";
    f.fetched = QDateTime(QDate(2026, 12, 7), QTime(11, 2, 0), Qt::UTC);
    return f;
}

} // namespace

TEST(MessageTrace, ReadsEveryTraceFieldAndClaim)
{
    const MessageTrace t = MessageTrace::read(kLabMessage);
    ASSERT_EQ(t.received.size(), 2);
    EXPECT_EQ(t.received.at(0).with, "LMTP"); // as in the header: newest first
    EXPECT_EQ(t.received.at(1).with, "ESMTPSA");
    EXPECT_EQ(t.messageId, "<journey-1@example.test>");
    EXPECT_EQ(t.subject, QString::fromUtf8("Olá"));
    EXPECT_TRUE(t.problems.isEmpty());
    ASSERT_EQ(t.claims.size(), 3);
    EXPECT_EQ(t.claims.at(0).name(), "Return-Path");
    EXPECT_EQ(t.claims.at(1).name(), "Authentication-Results");
    EXPECT_EQ(t.claims.at(1).addedBy, "mx.example.test");
    EXPECT_EQ(t.claims.at(1).results, (QStringList{"spf=pass smtp.mailfrom=example.test", "dkim=pass header.d=example.test"}));
    EXPECT_TRUE(t.claims.at(1).explanation().contains("not verified by Carteiro"));
    EXPECT_EQ(t.claims.at(2).name(), "DKIM-Signature");
    EXPECT_EQ(t.claims.at(2).addedBy, "example.test");
    EXPECT_TRUE(t.claims.at(2).results.contains("s=lab2026"));
    EXPECT_TRUE(t.claims.at(2).explanation().contains("lab2026"));
}

TEST(MessageTrace, ObsoleteFieldNameSpacingAndBareLf)
{
    const MessageTrace t = MessageTrace::read("Received    : from a.example by b.example; 7 Dec 2026 10:00:00 -0000\n"
                                              "Message-ID  : <x@y>\n\nbody");
    ASSERT_EQ(t.received.size(), 1);
    EXPECT_EQ(t.received.at(0).by, "b.example");
    EXPECT_EQ(t.messageId, "<x@y>");
}

TEST(MessageTrace, NoBlankLineIsSaid)
{
    const MessageTrace t = MessageTrace::read("Received: from a by b; 7 Dec 2026 10:00:00 -0000");
    EXPECT_EQ(t.received.size(), 1);
    ASSERT_EQ(t.problems.size(), 1);
}

TEST(MessageTrace, ThousandsOfHopsAreCappedAndCounted)
{
    QByteArray raw;
    for (int i = 0; i < 20000; ++i)
        raw += "Received: from h" + QByteArray::number(i) + ".example by h" + QByteArray::number(i + 1) +
               ".example with ESMTP id " + QByteArray::number(i) + "; Mon, 7 Dec 2026 10:00:00 +0000\r\n";
    raw += "\r\nbody";
    QElapsedTimer timer;
    timer.start();
    const MessageJourney j = MessageJourney::build(raw);
    EXPECT_EQ(j.receivedTotal, 20000);
    EXPECT_EQ(j.steps.size(), MessageTrace::kMaxHops);
    ASSERT_FALSE(j.problems.isEmpty());
    EXPECT_TRUE(j.problems.first().contains("20000")) << j.problems.first().toStdString();
    EXPECT_LT(timer.elapsed(), 5000); // a scan, not a blow-up (the benchmark-free bound: generous)
}

TEST(MessageTrace, HugeFoldedFieldIsCut)
{
    QByteArray raw = "Received: from a.example by b.example with ESMTP id X";
    for (int i = 0; i < 100000; ++i)
        raw += "\r\n (comment " + QByteArray::number(i) + ")";
    raw += "; Mon, 7 Dec 2026 10:00:00 +0000\r\n\r\nbody";
    const MessageTrace t = MessageTrace::read(raw);
    ASSERT_EQ(t.received.size(), 1);
    EXPECT_TRUE(t.received.at(0).cut);
    EXPECT_LE(t.received.at(0).raw.size(), ReceivedField::kMaxFieldBytes);
    EXPECT_EQ(t.received.at(0).by, "b.example");
}

TEST(MessageJourney, HopsOldestFirstWithDelaysAndBothLegs)
{
    const MessageJourney j = MessageJourney::build(kLabMessage, {labSubmission()}, bobFetch());
    ASSERT_EQ(j.steps.size(), 3);
    const JourneyStep &sub = j.steps.at(0);
    EXPECT_EQ(sub.kind, JourneyStep::Kind::Submission);
    EXPECT_TRUE(sub.matchedSubmission); // Carteiro's queue id is the Received id
    EXPECT_EQ(sub.fromNode, "Carteiro");
    EXPECT_EQ(sub.fromRole, JourneyStep::Role::Mua);
    EXPECT_EQ(sub.toNode, "mail.example.test");
    EXPECT_EQ(sub.toSoftware, "Postfix");
    EXPECT_EQ(sub.protocol, "ESMTPSA");
    EXPECT_EQ(sub.id, "4Xyz1A");
    EXPECT_EQ(sub.auth, "alice@example.test");
    EXPECT_TRUE(sub.tlsKnown);
    EXPECT_TRUE(sub.raw.startsWith("Received: from [127.0.0.1]"));
    EXPECT_TRUE(sub.raw.contains("250 2.0.0 Ok: queued as 4Xyz1A"));
    EXPECT_FALSE(sub.hasDelay);

    const JourneyStep &lmtp = j.steps.at(1);
    EXPECT_EQ(lmtp.kind, JourneyStep::Kind::Hop);
    EXPECT_EQ(lmtp.fromNode, "mail.example.test");
    EXPECT_EQ(lmtp.toNode, "lab-host");
    EXPECT_EQ(lmtp.toRole, JourneyStep::Role::Mailbox);
    ASSERT_TRUE(lmtp.hasDelay);
    EXPECT_EQ(lmtp.delayMs, 2000);
    EXPECT_FALSE(lmtp.clockSkew);

    const JourneyStep &fetch = j.steps.at(2);
    EXPECT_EQ(fetch.kind, JourneyStep::Kind::Retrieval);
    EXPECT_EQ(fetch.fromNode, "lab-host");
    EXPECT_EQ(fetch.toNode, "Carteiro");
    EXPECT_EQ(fetch.toRole, JourneyStep::Role::Mua);
    EXPECT_EQ(fetch.protocol, "IMAP");
    EXPECT_EQ(fetch.delayMs, 113000);
    EXPECT_EQ(formatDelay(fetch.delayMs), "1 min 53 s");
}

TEST(MessageJourney, SubmissionWithoutMatchingIdStaysItsOwnStep)
{
    SubmissionRecord r = labSubmission();
    r.queueId = "OTHER";
    const MessageJourney j = MessageJourney::build(kLabMessage, {r});
    ASSERT_EQ(j.steps.size(), 3);
    EXPECT_EQ(j.steps.at(0).kind, JourneyStep::Kind::Submission);
    EXPECT_FALSE(j.steps.at(0).matchedSubmission);
    EXPECT_EQ(j.steps.at(0).toNode, "127.0.0.1");
    EXPECT_EQ(j.steps.at(1).kind, JourneyStep::Kind::Hop);
    EXPECT_EQ(j.steps.at(1).delayMs, 0); // 11:00:05.300 by Carteiro, 11:00:05 by Postfix: the same second
}

TEST(MessageJourney, ClockSkewIsSaid)
{
    const QByteArray raw = "Received: from b.example by c.example with ESMTP id 2; Mon, 7 Dec 2026 10:00:00 +0000\r\n"
                           "Received: from a.example by b.example with ESMTP id 1; Mon, 7 Dec 2026 10:05:00 +0000\r\n"
                           "\r\n";
    const MessageJourney j = MessageJourney::build(raw);
    ASSERT_EQ(j.steps.size(), 2);
    EXPECT_TRUE(j.steps.at(1).clockSkew);
    EXPECT_EQ(j.steps.at(1).delayMs, -300000);
    EXPECT_TRUE(j.steps.at(1).details.last().contains("5 min 0 s"));
    EXPECT_EQ(j.steps.at(0).fromRole, JourneyStep::Role::Mta); // plain ESMTP: not known to be a MUA
}

TEST(MessageJourney, UnknownFieldsStayInPlaceRaw)
{
    const QByteArray raw = "Received: from a.example by b.example with ESMTP id 2; Mon, 7 Dec 2026 10:00:01 +0000\r\n"
                           "Received: (qmail 4242 invoked by uid 1000); 7 Dec 2026 10:00:00 -0000\r\n\r\n";
    const MessageJourney j = MessageJourney::build(raw);
    ASSERT_EQ(j.steps.size(), 2);
    EXPECT_FALSE(j.steps.at(0).problem.isEmpty());
    EXPECT_EQ(j.steps.at(0).raw, "Received: (qmail 4242 invoked by uid 1000); 7 Dec 2026 10:00:00 -0000");
    EXPECT_EQ(j.steps.at(1).delayMs, 1000);
}

TEST(MessageJourney, FormatDelay)
{
    EXPECT_EQ(formatDelay(0), "0 s");
    EXPECT_EQ(formatDelay(42999), "42 s");
    EXPECT_EQ(formatDelay(3 * 3600 * 1000 + 4 * 60 * 1000), "3 h 4 min");
    EXPECT_EQ(formatDelay(qint64(2) * 86400 * 1000 + 3600 * 1000), "2 d 1 h");
}

TEST(MessageJourney, LoadsBothLegsFromTheStore)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("store.sqlite");
    qint64 id = 0;
    {
        MailStore store(path);
        ASSERT_TRUE(store.open());
        JourneyStore journeys(path);
        ASSERT_TRUE(journeys.open());
        ASSERT_TRUE(journeys.recordSubmission(labSubmission()));
        StoredFolder inbox;
        inbox.accountId = "lab-bob";
        inbox.name = "INBOX";
        const qint64 folder = store.upsertFolder(inbox);
        StoredMessage m;
        m.uid = 9;
        m.envelopeKnown = true;
        m.messageId = "<journey-1@example.test>";
        QList<qint64> ids;
        ASSERT_TRUE(store.upsertMessages(folder, {m}, &ids));
        id = ids.value(0);
        const auto before = journeys.fetchRecord(id);
        ASSERT_TRUE(before);
        EXPECT_FALSE(before->fetched.isValid()); // not fetched yet
        ASSERT_TRUE(store.storeBody(id, kLabMessage));
        const auto after = journeys.fetchRecord(id);
        ASSERT_TRUE(after);
        EXPECT_TRUE(after->fetched.isValid());
        EXPECT_EQ(after->protocol, "IMAP");
        EXPECT_EQ(after->folder, "INBOX");
        ASSERT_EQ(journeys.submissions("<journey-1@example.test>").size(), 1);
        EXPECT_EQ(journeys.submissions("<journey-1@example.test>").first().recipients, QStringList{"bob@example.test"});
        EXPECT_TRUE(journeys.submissions("<other@example.test>").isEmpty());
    }
    QString error;
    const MessageJourney j = MessageJourney::load(path, id, kLabMessage, &error);
    EXPECT_TRUE(error.isEmpty());
    ASSERT_EQ(j.steps.size(), 3);
    EXPECT_TRUE(j.steps.first().matchedSubmission);
    EXPECT_EQ(j.steps.last().kind, JourneyStep::Kind::Retrieval);
    // A file from elsewhere: found by its Message-ID.
    const MessageJourney file = MessageJourney::load(path, 0, kLabMessage, &error);
    ASSERT_EQ(file.steps.size(), 3);
    EXPECT_EQ(file.steps.last().kind, JourneyStep::Kind::Retrieval);
}

TEST(MessageJourney, UnreadableStoreIsSaidAndTheHeaderStillShown)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("not-a-store.sqlite");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    QString error;
    const MessageJourney j = MessageJourney::load(path, 0, kLabMessage, &error);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(j.steps.size(), 2);
}
