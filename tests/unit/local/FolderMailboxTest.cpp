// SPDX-License-Identifier: GPL-3.0-or-later
// Maildir and MH folders (core/local/MaildirReader.h, MhReader.h): order, flags,
// tmp/ skipped, sequences, a file renamed meanwhile, and bad folders.
#include "LocalTestFiles.h"
#include "local/MaildirReader.h"
#include "local/MhReader.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace carteiro;
using carteiro::test::message;
using carteiro::test::writeFile;

namespace {
std::unique_ptr<LocalMailbox> openIndexed(const QString &spec)
{
    QString error;
    auto box = LocalMailbox::openSpec(spec, &error);
    EXPECT_TRUE(box) << error.toStdString();
    if (box) {
        EXPECT_TRUE(box->indexAll(&error)) << error.toStdString();
    }
    return box;
}
} // namespace

TEST(MaildirReader, FlagsFromTheInfoAndNewMailUnseen)
{
    QTemporaryDir dir;
    const QString md = dir.filePath(QStringLiteral("Maildir"));
    ASSERT_TRUE(writeFile(md + u"/cur/1700000001.M1P1.host:2,S"_s, message("seen", "a\n")));
    ASSERT_TRUE(writeFile(md + u"/cur/1700000002.M2P1.host:2,DFPRST"_s, message("all", "b\n")));
    ASSERT_TRUE(writeFile(md + u"/cur/1700000003.M3P1.host:2,"_s, message("none", "c\n")));
    ASSERT_TRUE(writeFile(md + u"/new/1700000004.M4P1.host"_s, message("new", "d\n")));
    ASSERT_TRUE(writeFile(md + u"/tmp/1700000005.M5P1.host"_s, message("being delivered", "e\n")));
    ASSERT_TRUE(writeFile(md + u"/cur/.hidden"_s, "not a message"));
    auto box = openIndexed(QStringLiteral("maildir:") + md);
    ASSERT_TRUE(box);
    EXPECT_EQ(box->formatName(), QStringLiteral("Maildir"));
    ASSERT_EQ(box->count(), 4);
    const auto &e = box->entries();
    EXPECT_EQ(e[0].key, QStringLiteral("1700000001.M1P1.host"));
    EXPECT_EQ(e[0].flags, MessageFlag::Seen);
    EXPECT_EQ(e[1].flags, MessageFlag::Draft | MessageFlag::Flagged | MessageFlag::Forwarded |
                              MessageFlag::Answered | MessageFlag::Seen | MessageFlag::Deleted);
    EXPECT_EQ(e[2].flags, 0u);
    EXPECT_EQ(e[3].key, QStringLiteral("1700000004.M4P1.host"));
    EXPECT_EQ(e[3].flags, 0u);
    QString error;
    EXPECT_EQ(box->raw(3, &error).value_or(QByteArray()), message("new", "d\n"));
    EXPECT_EQ(box->find(QStringLiteral("1700000005.M5P1.host")), -1); // tmp/ is never read
}

TEST(MaildirReader, AFileRenamedByAnotherProgramIsFoundAgain)
{
    QTemporaryDir dir;
    const QString md = dir.filePath(QStringLiteral("md"));
    ASSERT_TRUE(writeFile(md + u"/new/42.M1.host"_s, message("moving", "x\n")));
    QDir().mkpath(md + u"/cur"_s);
    auto box = openIndexed(QStringLiteral("maildir:") + md);
    ASSERT_TRUE(box);
    ASSERT_EQ(box->count(), 1);
    // Another mail reader saw it: new/ -> cur/ with ":2,S" (maildir(5)).
    ASSERT_TRUE(QFile::rename(md + u"/new/42.M1.host"_s, md + u"/cur/42.M1.host:2,S"_s));
    QString error;
    EXPECT_EQ(box->raw(0, &error).value_or(QByteArray()), message("moving", "x\n")) << error.toStdString();
    // Gone for good: the error names the file.
    ASSERT_TRUE(QFile::remove(md + u"/cur/42.M1.host:2,S"_s));
    EXPECT_FALSE(box->raw(0, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("42.M1.host"))) << error.toStdString();
}

TEST(MaildirReader, AFolderWithoutCurAndNewIsNotAMaildir)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(LocalMailbox::openSpec(QStringLiteral("maildir:") + dir.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is not a Maildir"))) << error.toStdString();
    EXPECT_TRUE(error.contains(dir.path()));
    EXPECT_FALSE(LocalMailbox::openSpec(QStringLiteral("maildir:") + dir.filePath(u"gone"_s), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no such folder"))) << error.toStdString();
}

TEST(MhReader, NumericOrderAndSequences)
{
    QTemporaryDir dir;
    const QString mh = dir.filePath(QStringLiteral("inbox"));
    for (int n : {1, 2, 3, 10, 7})
        ASSERT_TRUE(writeFile(mh + u"/"_s + QString::number(n), message("m" + QByteArray::number(n), "x\n")));
    ASSERT_TRUE(writeFile(mh + u"/,4"_s, "a deleted message (nmh renames it with a comma)"));
    ASSERT_TRUE(writeFile(mh + u"/.mh_sequences"_s, "cur: 3\nunseen: 2-3 10\nflagged: 7\n"));
    auto box = openIndexed(QStringLiteral("mh:") + mh);
    ASSERT_TRUE(box);
    EXPECT_EQ(box->formatName(), QStringLiteral("MH"));
    ASSERT_EQ(box->count(), 5);
    QStringList keys;
    for (const LocalEntry &e : box->entries())
        keys << e.key;
    EXPECT_EQ(keys, QStringList({u"1"_s, u"2"_s, u"3"_s, u"7"_s, u"10"_s}));
    EXPECT_EQ(box->entries()[0].flags, MessageFlag::Seen);
    EXPECT_EQ(box->entries()[1].flags, 0u);
    EXPECT_EQ(box->entries()[3].flags, MessageFlag::Seen | MessageFlag::Flagged);
    EXPECT_EQ(box->entries()[4].flags, 0u);
    EXPECT_EQ(box->entries()[4].number, 10u);
    QString error;
    EXPECT_EQ(box->raw(box->find(QStringLiteral("10")), &error).value_or(QByteArray()), message("m10", "x\n"));
    EXPECT_TRUE(box->warnings().isEmpty());
}

TEST(MhReader, BadSequencesAreNamedAndBounded)
{
    QStringList problems;
    const auto seqs = MhReader::parseSequences("unseen: 1-3 x 9-2\nnonsense\nflagged: 1-4000000000 5\n", &problems);
    EXPECT_EQ(seqs.value(u"unseen"_s), QSet<quint32>({1, 2, 3}));
    EXPECT_EQ(seqs.value(u"flagged"_s), QSet<quint32>({5}));
    ASSERT_EQ(problems.size(), 4);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("\"x\""))) << problems[0].toStdString();
    EXPECT_TRUE(problems[2].contains(QStringLiteral("line 2"))) << problems[2].toStdString();
}

TEST(MhReader, AFolderOfOtherFilesIsNotAnMhFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(writeFile(dir.filePath(u"README"_s), "hello"));
    QString error;
    EXPECT_FALSE(LocalMailbox::openSpec(QStringLiteral("mh:") + dir.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an MH folder"))) << error.toStdString();
    // openPath tells the kind: a file is read as an mbox, a folder with cur/ as a Maildir.
    QDir().mkpath(dir.filePath(u"md/cur"_s));
    auto md = LocalMailbox::openPath(dir.filePath(u"md"_s), &error);
    ASSERT_TRUE(md);
    EXPECT_EQ(md->kind(), LocalMailbox::Kind::Maildir);
    auto file = LocalMailbox::openPath(dir.filePath(u"README"_s), &error);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->kind(), LocalMailbox::Kind::Mbox);
}
