// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of the command set against scripted servers, at every split offset:
// APPEND with a synchronizing literal and with LITERAL+, MOVE and its fallback,
// STORE, EXPUNGE, CREATE/RENAME/DELETE, user text that must not inject.
#include "ImapReplay.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

ImapSession::Config implicit()
{
    ImapSession::Config c;
    c.security = TransportSecurity::ImplicitTls;
    c.sendId = false;
    c.enableQresync = false;
    return c;
}

const QByteArray kMessage = "From: a@b\r\nSubject: x\r\n\r\nhello\r\n";

TEST(ImapCommandSet, AppendWaitsForTheContinuationWithoutLiteralPlus)
{
    const Transcript script = Transcript::parse(
        "S: * PREAUTH [CAPABILITY IMAP4rev1 UIDPLUS] hi\n"
        "C: a1 APPEND Sent (\\Seen) \"05-Mar-2026 10:00:00 -0300\" {32}\n"
        "S: + OK\n"
        "C: From: a@b\\r\\nSubject: x\\r\\n\\r\\nhello\\r\\n\n"
        "C: a2 NOOP\n"
        "S: a1 OK [APPENDUID 1700 12] Append completed.\n"
        "S: a2 OK\n");
    auto setup = [](ImapSession &s) {
        s.enqueue(ImapCommand::append(QStringLiteral("Sent"), {"\\Seen"},
                                      QDateTime(QDate(2026, 3, 5), QTime(10, 0), Qt::OffsetFromUTC, -3 * 3600),
                                      kMessage));
        s.enqueue(ImapCommand::noop()); // must wait: nothing is written while "+" is pending
    };
    replayImap(implicit(), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 2);
        EXPECT_TRUE(run.completions[0].ok);
        EXPECT_EQ(run.completions[0].code.name, "APPENDUID");
        EXPECT_EQ(run.completions[0].code.uids.toWire(), "12");
        EXPECT_EQ(run.traceLines.value(1), "<32 bytes>");
    }, setup);
}

TEST(ImapCommandSet, AppendWithLiteralPlusIsOneWrite)
{
    const Transcript script = Transcript::parse(
        "S: * PREAUTH [CAPABILITY IMAP4rev1 LITERAL+] hi\n"
        "C: a1 APPEND Drafts (\\Draft) {32+}\\r\\nFrom: a@b\\r\\nSubject: x\\r\\n\\r\\nhello\\r\\n\n"
        "S: a1 OK done\n");
    replayImap(implicit(), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_TRUE(run.completions[0].ok);
        EXPECT_EQ(run.traceLines.value(0), "a1 APPEND Drafts (\\Draft) {32+} <32 bytes>");
    }, [](ImapSession &s) {
        s.enqueue(ImapCommand::append(QStringLiteral("Drafts"), {"\\Draft"}, {}, kMessage));
    });
}

TEST(ImapCommandSet, MoveFallsBackToCopyStoreExpunge)
{
    const Transcript script = Transcript::parse(
        "S: * PREAUTH [CAPABILITY IMAP4rev1 UIDPLUS] hi\n"
        "C: a1 UID COPY 4:6 Trash\n"
        "S: a1 OK [COPYUID 9 4:6 20:22] Copy completed.\n"
        "C: a2 UID STORE 4:6 +FLAGS.SILENT (\\Deleted)\n"
        "S: a2 OK Store completed.\n"
        "C: a3 UID EXPUNGE 4:6\n"
        "S: * 2 EXPUNGE\n"
        "S: a3 OK Expunge completed.\n");
    replayImap(implicit(), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_EQ(run.completions[0].kind, ImapCommand::Kind::Move);
        EXPECT_TRUE(run.completions[0].ok);
    }, [](ImapSession &s) { s.enqueueMove(ImapSequenceSet::fromRange(4, 6), QStringLiteral("Trash")); });
}

TEST(ImapCommandSet, MoveFallbackStopsAtTheFirstRefusal)
{
    const Transcript script = Transcript::parse("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                                "C: a1 UID COPY 4 Nope\n"
                                                "S: a1 NO [TRYCREATE] Mailbox doesn't exist\n");
    replayImap(implicit(), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_FALSE(run.completions[0].ok);
        EXPECT_EQ(run.completions[0].code.name, "TRYCREATE");
    }, [](ImapSession &s) { s.enqueueMove(ImapSequenceSet::fromRange(4, 4), QStringLiteral("Nope")); });
}

TEST(ImapCommandSet, NativeMoveStoreExpungeAndFolders)
{
    const Transcript script = Transcript::parse(
        "S: * PREAUTH [CAPABILITY IMAP4rev1 MOVE UIDPLUS] hi\n"
        "C: a1 UID MOVE 8 Archive\n"
        "S: a1 OK Move completed.\n"
        "C: a2 UID STORE 9 -FLAGS.SILENT (\\Seen \\Flagged)\n"
        "C: a3 CREATE Caixa/A&AOcA4w-o\n"
        "C: a4 RENAME Old New\n"
        "C: a5 DELETE New\n"
        "S: a2 OK\n"
        "S: a3 OK\n"
        "S: a4 OK\n"
        "S: a5 NO [NONEXISTENT] no\n");
    ImapSession::Config c = implicit();
    c.maxInFlight = 8;
    replayImap(c, script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 5);
        EXPECT_TRUE(run.completions[0].ok);
        EXPECT_FALSE(run.completions[4].ok);
        EXPECT_EQ(run.completions[4].code.name, "NONEXISTENT");
    }, [](ImapSession &s) {
        s.enqueueMove(ImapSequenceSet::fromRange(8, 8), QStringLiteral("Archive"));
        s.enqueue(ImapCommand::uidStore(ImapSequenceSet::fromRange(9, 9), ImapCommand::StoreMode::Remove,
                                        {"\\Seen", "\\Flagged"}));
        s.enqueue(ImapCommand::create(QStringLiteral("Caixa/Ação")));
        s.enqueue(ImapCommand::rename(QStringLiteral("Old"), QStringLiteral("New")));
        s.enqueue(ImapCommand::deleteMailbox(QStringLiteral("New")));
    });
}

TEST(ImapCommandSet, UserTextCannotInjectACommand)
{
    // A CRLF in search text goes as a counted literal; control characters in a
    // folder name are refused before anything is written.
    const Transcript script = Transcript::parse(
        "S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
        "C: a1 UID SEARCH UNSEEN TEXT {18}\n"
        "S: + go\n"
        "C: x\\r\\na9 DELETE INBOX\n"
        "S: * SEARCH 3\n"
        "S: a1 OK\n"
        "C: a2 UID SEARCH CHARSET UTF-8 UNSEEN TEXT {4}\n" // 8-bit never goes quoted
        "S: + go\n"
        "C: Ol\xc3\xa1\n"
        "S: * SEARCH\n"
        "S: a2 OK\n");
    replayImap(implicit(), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 4);
        EXPECT_FALSE(run.completions[0].ok); // NUL: never written
        EXPECT_FALSE(run.completions[0].text.isEmpty());
        EXPECT_FALSE(run.completions[1].ok); // CRLF in a folder name: never written
        EXPECT_EQ(run.completions[2].uids, QList<quint32>{3});
        EXPECT_TRUE(run.completions[3].ok);
        EXPECT_TRUE(run.completions[3].uids.isEmpty());
    }, [](ImapSession &s) {
        s.enqueue(ImapCommand::create(QString::fromUtf8("a\0b", 3)));
        s.enqueue(ImapCommand::create(QStringLiteral("x\r\na9 DELETE INBOX")));
        s.enqueue(ImapCommand::uidSearch("UNSEEN", QStringLiteral("x\r\na9 DELETE INBOX")));
        s.enqueue(ImapCommand::uidSearch("UNSEEN", QStringLiteral("Olá")));
    });
}

TEST(ImapCommandSet, CancelDropsAQueuedCommand)
{
    ImapSession s(implicit());
    const quint64 a = s.enqueue(ImapCommand::noop());
    const quint64 b = s.enqueue(ImapCommand::noop());
    const ImapSession::Output c = s.cancel(b);
    ASSERT_EQ(c.completions.size(), 1);
    EXPECT_TRUE(c.completions[0].cancelled);
    const ImapSession::Output out = s.feed("* PREAUTH [CAPABILITY IMAP4rev1] hi");
    ASSERT_EQ(out.writes.size(), 1);
    EXPECT_EQ(out.writes[0].wire, "a1 NOOP\r\n");
    EXPECT_NE(a, b);
}

} // namespace
