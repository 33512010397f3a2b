// SPDX-License-Identifier: GPL-3.0-or-later
// The shared transcript replayer itself (tests/support/TranscriptReplayer.h),
// driven through the SMTP adapter: a script is read as the inspector writes
// it, every cut is tried, a wrong client line is caught, and bytes after a
// STARTTLS reply are discarded as the Channel discards them.
#include "SmtpSessionFixtures.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

TEST(TranscriptReplayer, ParsesTheInspectorsTextForm)
{
    const Transcript t = Transcript::parse("# a comment\n"
                                           "+0.000ms S: 220 mail\r\n"
                                           "\n"
                                           "+1.250ms C: EHLO x\n"
                                           "S: 250 a\\r\\nb\n"
                                           "*: TLS\n"
                                           "S:\n"
                                           "C: QUIT\n");
    ASSERT_EQ(t.serverSegments.size(), 2);
    EXPECT_EQ(t.serverSegments[0], QByteArray("220 mail\r\n250 a\r\nb\r\n"));
    EXPECT_EQ(t.serverSegments[1], QByteArray("\r\n"));
    EXPECT_EQ(t.expectedClient, (QList<QByteArray>{"EHLO x", "QUIT"}));
}

TEST(TranscriptReplayer, TriesWholeByteByByteAndEveryOffsetOfEverySegment)
{
    const QList<ReplayCut> cuts = ReplayCut::every({"abc", "de"});
    ASSERT_EQ(cuts.size(), 2 + 4 + 3);
    EXPECT_EQ(cuts[0].pieces("abc", 0), (QList<QByteArray>{"abc"}));
    EXPECT_EQ(cuts[1].pieces("abc", 0), (QList<QByteArray>{"a", "b", "c"}));
    EXPECT_EQ(cuts[3].pieces("abc", 0), (QList<QByteArray>{"a", "bc"}));
    EXPECT_EQ(cuts[3].pieces("de", 1), (QList<QByteArray>{"de"})); // only its own segment is cut
    EXPECT_EQ(cuts.last().pieces("de", 1), (QList<QByteArray>{"de", ""}));
    EXPECT_EQ(cuts.last().name(), QByteArray("segment 1 split at 2"));
    EXPECT_EQ(ReplayCut::everyCommonOffset(3).size(), 2 + 4);
}

TEST(TranscriptReplayer, AWrongClientLineIsCaught)
{
    const SmtpRun run =
        runSmtp(config(TransportSecurity::ImplicitTls), {}, {"220 m\r\n250 m\r\n221 bye\r\n"});
    QByteArray why;
    EXPECT_TRUE(clientLinesMatch({"EHLO client.example", "QUIT"}, run.clientLines, &why))
        << why.constData();
    EXPECT_TRUE(clientLinesMatch({"EHLO *", "QUIT"}, run.clientLines, &why)) << why.constData();
    EXPECT_FALSE(clientLinesMatch({"EHLO other.example", "QUIT"}, run.clientLines, &why));
    EXPECT_EQ(
        why,
        QByteArray("client line 0: expected \"EHLO other.example\", got \"EHLO client.example\""));
    EXPECT_FALSE(
        clientLinesMatch({"EHLO client.example"}, run.clientLines, &why)); // one line too many
    EXPECT_FALSE(clientLinesMatch({"EHLO client.example", "QUIT", "NOOP"}, run.clientLines, &why));
    EXPECT_TRUE(why.contains("<nothing>")) << why.constData();
}

TEST(TranscriptReplayer, BytesAfterTheStartTlsReplyAreDiscardedInEveryCut)
{
    const QByteArray pre = "220 m\r\n250-m\r\n250 STARTTLS\r\n220 go\r\n250 forged\r\n";
    const QByteArray post = "250 m\r\n221 bye\r\n";
    for (const ReplayCut &cut : ReplayCut::every({pre, post})) {
        SCOPED_TRACE(cut.name().constData());
        const SmtpRun run = runSmtp(config(), {envelope()}, {pre, post}, cut);
        ASSERT_EQ(run.injections.size(), 1);
        EXPECT_EQ(run.injections[0], QByteArray("250 forged\r\n"));
        EXPECT_EQ(run.clientLines.value(2),
                  QByteArray("EHLO client.example")); // asked again inside TLS
        if (::testing::Test::HasFailure())
            return;
    }
}
