// SPDX-License-Identifier: GPL-3.0-or-later
// mbox variants (core/local/MboxReader.h): separation, Content-Length, the
// ">From " quoting undone exactly as each variant says, and bad files.
#include "LocalTestFiles.h"
#include "local/MboxReader.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::message;
using carteiro::test::writeFile;

namespace {

const QByteArray kFrom1 = "From alice@example.test Mon Dec  7 11:00:00 2026\n";
const QByteArray kFrom2 = "From bob@example.test Mon Dec  7 11:05:00 2026\n";

struct Opened
{
    QTemporaryDir dir;
    std::unique_ptr<LocalMailbox> box;
    QString error;
};

std::unique_ptr<Opened> openMbox(const QByteArray &bytes, const QString &scheme = QStringLiteral("mbox"))
{
    auto o = std::make_unique<Opened>();
    const QString path = o->dir.filePath(QStringLiteral("box.mbox"));
    EXPECT_TRUE(writeFile(path, bytes));
    o->box = LocalMailbox::openSpec(scheme + QLatin1Char(':') + path, &o->error);
    if (o->box) {
        EXPECT_TRUE(o->box->indexAll(&o->error)) << o->error.toStdString();
    }
    return o;
}

QByteArray rawOf(const LocalMailbox &box, int i)
{
    QString error;
    const auto raw = box.raw(i, &error);
    EXPECT_TRUE(raw.has_value()) << error.toStdString();
    return raw.value_or(QByteArray());
}

} // namespace

TEST(MboxReader, MboxrdAndMboxoUndoTheirOwnQuotingOnly)
{
    // Stored: one ">From " line, one ">>From " line, and a "From " line that
    // follows a text line (not an empty one), so it separates nothing.
    const QByteArray stored = message("one", "Hello\n>From the start\n>>From deeper\nFrom here on, plain\n");
    const QByteArray m2 = message("two", "Second\n");
    const QByteArray file = kFrom1 + stored + "\n" + kFrom2 + m2 + "\n";
    auto o = openMbox(file);
    ASSERT_TRUE(o->box);
    // ">>From " is there: mboxrd is the variant that writes it.
    EXPECT_EQ(o->box->formatName(), QStringLiteral("mboxrd"));
    ASSERT_EQ(o->box->count(), 2);
    EXPECT_EQ(rawOf(*o->box, 0), message("one", "Hello\nFrom the start\n>From deeper\nFrom here on, plain\n"));
    EXPECT_EQ(rawOf(*o->box, 1), m2);
    EXPECT_EQ(o->box->entries().at(1).envelope, QByteArray("bob@example.test"));

    // The same file read as mboxo: only ">From " loses its ">".
    auto asO = openMbox(file, QStringLiteral("mboxo"));
    ASSERT_TRUE(asO->box);
    EXPECT_EQ(asO->box->formatName(), QStringLiteral("mboxo"));
    EXPECT_EQ(rawOf(*asO->box, 0), message("one", "Hello\nFrom the start\n>>From deeper\nFrom here on, plain\n"));
}

TEST(MboxReader, PlainQuotingIsNamedMboxo)
{
    auto o = openMbox(kFrom1 + message("one", "a\n\n>From quoted after an empty line\n") + "\n" + kFrom2 +
                      message("two", "b\n"));
    ASSERT_TRUE(o->box);
    EXPECT_EQ(o->box->formatName(), QStringLiteral("mboxo"));
    ASSERT_EQ(o->box->count(), 2);
    EXPECT_EQ(rawOf(*o->box, 0), message("one", "a\n\nFrom quoted after an empty line\n"));
    // The last message had no closing empty line: nothing is cut from it.
    EXPECT_EQ(rawOf(*o->box, 1), message("two", "b\n"));
}

TEST(MboxReader, Mboxcl2CutsByContentLengthAndKeepsFromLinesInTheBody)
{
    const QByteArray body1 = "Line\n\nFrom an unquoted line after an empty one\n>From left as written\n";
    const QByteArray m1 = "From: a@example.test\nSubject: cl2\nContent-Length: " +
                          QByteArray::number(body1.size()) + "\n\n" + body1;
    const QByteArray body2 = "x\n";
    const QByteArray m2 = "From: b@example.test\nContent-Length: 2\n\n" + body2;
    auto o = openMbox(kFrom1 + m1 + "\n" + kFrom2 + m2 + "\n");
    ASSERT_TRUE(o->box);
    EXPECT_EQ(o->box->formatName(), QStringLiteral("mboxcl2"));
    ASSERT_EQ(o->box->count(), 2);
    EXPECT_EQ(rawOf(*o->box, 0), m1);
    EXPECT_EQ(rawOf(*o->box, 1), m2);
}

TEST(MboxReader, MboxclCountsAndUnquotesLikeMboxo)
{
    const QByteArray stored = "Hi\n>From quoted\n";
    const QByteArray m1 = "From: a@example.test\nContent-Length: " + QByteArray::number(stored.size()) + "\n\n";
    auto o = openMbox(kFrom1 + m1 + stored + "\n" + kFrom2 + "Content-Length: 0\n\n");
    ASSERT_TRUE(o->box);
    EXPECT_EQ(o->box->formatName(), QStringLiteral("mboxcl"));
    ASSERT_EQ(o->box->count(), 2);
    EXPECT_EQ(rawOf(*o->box, 0), m1 + "Hi\nFrom quoted\n");
    EXPECT_EQ(rawOf(*o->box, 1), QByteArray("Content-Length: 0\n\n"));
}

TEST(MboxReader, AContentLengthThatDoesNotFitIsIgnored)
{
    const QByteArray m1 = "Subject: wrong length\nContent-Length: 3\n\nmuch longer than three\n";
    auto o = openMbox(kFrom1 + m1 + "\n" + kFrom2 + message("two", "b\n"));
    ASSERT_TRUE(o->box);
    EXPECT_EQ(o->box->formatName(), QStringLiteral("mboxo"));
    ASSERT_EQ(o->box->count(), 2);
    EXPECT_EQ(rawOf(*o->box, 0), m1);
}

TEST(MboxReader, CrlfFilesAndStatusFlags)
{
    const QByteArray m1 = "Subject: crlf\r\nStatus: RO\r\nX-Status: AF\r\n\r\nbody\r\n";
    auto o = openMbox("From x@example.test Mon Dec  7 11:00:00 2026\r\n" + m1 + "\r\n" +
                      "From y@example.test Mon Dec  7 11:00:01 2026\r\nSubject: two\r\n\r\nb\r\n");
    ASSERT_TRUE(o->box);
    ASSERT_EQ(o->box->count(), 2);
    EXPECT_EQ(rawOf(*o->box, 0), m1);
    EXPECT_EQ(o->box->entries().at(0).flags, MessageFlag::Seen | MessageFlag::Answered | MessageFlag::Flagged);
    EXPECT_EQ(o->box->entries().at(1).flags, 0u);
}

TEST(MboxReader, IndexingInStepsGivesHeadersAndTheSameIndex)
{
    QByteArray file;
    for (int i = 0; i < 25; ++i)
        file += kFrom1 + message("m" + QByteArray::number(i), "body " + QByteArray::number(i) + "\n") + "\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("steps"));
    ASSERT_TRUE(writeFile(path, file));
    QString error;
    auto box = LocalMailbox::openPath(path, &error);
    ASSERT_TRUE(box) << error.toStdString();
    QList<QByteArray> headers;
    bool ok = false;
    EXPECT_EQ(box->indexMore(10, &headers, &ok), 10);
    EXPECT_TRUE(ok);
    EXPECT_FALSE(box->atEnd());
    EXPECT_GT(box->progressDone(), 0);
    EXPECT_LT(box->progressDone(), box->progressTotal());
    EXPECT_EQ(box->indexMore(100, &headers, &ok), 15);
    EXPECT_TRUE(box->atEnd());
    ASSERT_EQ(headers.size(), 25);
    const StoredMessage row = box->summary(7, headers.at(7));
    EXPECT_EQ(row.subject, QStringLiteral("m7"));
    EXPECT_EQ(row.fromAddress, QStringLiteral("alice@example.test"));
    EXPECT_EQ(box->find(QStringLiteral("8")), 7);
    EXPECT_EQ(rawOf(*box, 24), message("m24", "body 24\n"));
}

TEST(MboxReader, ALineLongerThanTheBufferIsReadInPieces)
{
    const QByteArray longLine = QByteArray(3 * 1024 * 1024, 'x') + "\n";
    const QByteArray m1 = message("long", longLine + "end\n");
    auto o = openMbox(kFrom1 + m1 + "\n" + kFrom2 + message("two", "b\n"));
    ASSERT_TRUE(o->box);
    ASSERT_EQ(o->box->count(), 2);
    EXPECT_EQ(rawOf(*o->box, 0), m1);
}

TEST(MboxReader, EmptyFileIsAnEmptyMailbox)
{
    auto o = openMbox(QByteArray());
    ASSERT_TRUE(o->box);
    EXPECT_EQ(o->box->count(), 0);
    EXPECT_TRUE(o->box->atEnd());
}

TEST(MboxReader, AFileThatIsNotAnMboxIsRefusedByName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    ASSERT_TRUE(writeFile(path, "Dear diary,\nFrom today on...\n"));
    QString error;
    auto box = LocalMailbox::openSpec(QStringLiteral("mbox:") + path, &error);
    ASSERT_TRUE(box);
    EXPECT_FALSE(box->indexAll(&error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("not an mbox"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("Dear diary"))) << error.toStdString();
}

TEST(MboxReader, TruncatedMessagesAreKeptAndNamed)
{
    // The header never ends: the file was cut in the middle of it.
    auto o = openMbox(kFrom1 + message("one", "a\n") + "\n" + kFrom2 + "Subject: cut\nFrom: b@exa");
    ASSERT_TRUE(o->box);
    ASSERT_EQ(o->box->count(), 2);
    EXPECT_EQ(rawOf(*o->box, 1), QByteArray("Subject: cut\nFrom: b@exa"));
    ASSERT_EQ(o->box->warnings().size(), 1);
    EXPECT_TRUE(o->box->warnings().first().contains(QStringLiteral("message 2 is cut short")));

    // A Content-Length past the end of the file.
    auto cl = openMbox(kFrom1 + "Content-Length: 5000\n\nonly this\n");
    ASSERT_TRUE(cl->box);
    ASSERT_EQ(cl->box->count(), 1);
    EXPECT_EQ(rawOf(*cl->box, 0), QByteArray("Content-Length: 5000\n\nonly this\n"));
    ASSERT_EQ(cl->box->warnings().size(), 1);
    EXPECT_TRUE(cl->box->warnings().first().contains(QStringLiteral("Content-Length: 5000")));
}

TEST(MboxReader, AMissingFileIsNamed)
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("nowhere.mbox"));
    EXPECT_FALSE(LocalMailbox::openSpec(QStringLiteral("mbox:") + missing, &error));
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("no such file"))) << error.toStdString();

}

TEST(MboxReader, AnUnreadableFileIsNamed)
{
    QTemporaryDir dir;
    QString error;
    const QString locked = dir.filePath(QStringLiteral("locked.mbox"));
    ASSERT_TRUE(writeFile(locked, kFrom1 + message("x", "y\n")));
    QFile::setPermissions(locked, QFileDevice::WriteOwner);
    if (QFileInfo(locked).isReadable())
        GTEST_SKIP() << "running as a user who reads every file (root)";
    error.clear();
    EXPECT_FALSE(LocalMailbox::openSpec(QStringLiteral("mbox:") + locked, &error));
    EXPECT_TRUE(error.contains(locked)) << error.toStdString();
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot read"))) << error.toStdString();
}

TEST(MboxReader, BadSpecsAreNamed)
{
    QString error;
    EXPECT_FALSE(LocalMailbox::openSpec(QStringLiteral("mbox:"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("names no mailbox"))) << error.toStdString();
    EXPECT_FALSE(LocalMailbox::openSpec(QStringLiteral("mmdf:/tmp/x"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("mmdf"))) << error.toStdString();
    EXPECT_TRUE(LocalMailbox::isSpec(QStringLiteral("mboxrd:/x")));
    EXPECT_TRUE(LocalMailbox::isSpec(QStringLiteral("maildir:/x")));
    EXPECT_FALSE(LocalMailbox::isSpec(QStringLiteral("imap://x")));
}

TEST(MboxFormat, QuoteRdIsUndoneByMboxrd)
{
    const QByteArray m = "Subject: q\n\nFrom a\n>From b\n>>From c\nFrom\nnot From x\n";
    const QByteArray quoted = mbox::quoteRd(m);
    EXPECT_EQ(quoted, QByteArray("Subject: q\n\n>From a\n>>From b\n>>>From c\nFrom\nnot From x\n"));
    EXPECT_EQ(mbox::unquote(quoted, MboxVariant::Mboxrd), m);
    EXPECT_EQ(mbox::fromLine("  a b@x\r\n", QDateTime(QDate(2026, 12, 7), QTime(9, 4, 2), Qt::UTC)),
              QByteArray("From ab@x Mon Dec  7 09:04:02 2026\n"));
    EXPECT_TRUE(mbox::looksLikeFromLine("From MAILER-DAEMON Mon Dec  7 09:04:02 2026\n"));
    EXPECT_FALSE(mbox::looksLikeFromLine("From here on we walk\n"));
}

TEST(MboxReader, AMultipartMixedMessageIsListedWithTheAttachmentMark)
{
    auto o = openMbox(kFrom1 + "Subject: with\nContent-Type: Multipart/Mixed; boundary=x\n\n--x\n\nhi\n--x--\n\n" +
                      kFrom2 + "Subject: without\nContent-Type: multipart/alternative; boundary=y\n\n--y\n\nhi\n--y--\n");
    ASSERT_TRUE(o->box);
    ASSERT_EQ(o->box->count(), 2);
    QString error;
    const auto first = o->box->raw(0, &error);
    const auto second = o->box->raw(1, &error);
    ASSERT_TRUE(first && second);
    // The list row comes from the header block alone (as indexing hands it over).
    EXPECT_TRUE(o->box->summary(0, first->left(first->indexOf("\n\n") + 2)).hasAttachments);
    EXPECT_FALSE(o->box->summary(1, second->left(second->indexOf("\n\n") + 2)).hasAttachments);
    EXPECT_EQ(o->box->summary(0, first->left(first->indexOf("\n\n") + 2)).subject, QStringLiteral("with"));
}
