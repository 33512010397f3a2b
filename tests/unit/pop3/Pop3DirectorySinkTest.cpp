// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3DirectorySink: one durable file per UIDL, safe names, known UIDLs read back.
#include "pop3/Pop3DirectorySink.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

TEST(Pop3DirectorySink, StoresReadsBackAndNamesSafely)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Pop3DirectorySink sink(dir.filePath(QStringLiteral("inbox")));
    QString error;
    // UIDLs that differ only in case, or hold path characters, get distinct safe names.
    for (const QByteArray &uidl : {QByteArray("abc"), QByteArray("ABC"), QByteArray("../x:y\\z")}) {
        ASSERT_TRUE(sink.storeMessage(uidl, "Subject: " + uidl + "\r\n\r\nbody\r\n", &error))
            << error.toStdString();
        const QString name = Pop3DirectorySink::fileNameFor(uidl);
        EXPECT_FALSE(name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
                     name.contains(QLatin1Char(':')));
        QFile f(sink.pathFor(uidl));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), "Subject: " + uidl + "\r\n\r\nbody\r\n");
    }
    EXPECT_EQ(sink.storedUidls(), (QSet<QByteArray>{"abc", "ABC", "../x:y\\z"}));
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("inbox"))).entryList(QDir::Files).size(), 3);
}

TEST(Pop3DirectorySink, RefusesWhatItCannotKeep)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A file where the folder should be: nothing can be stored, and it says so.
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QFile f(blocked);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    Pop3DirectorySink sink(blocked);
    QString error;
    EXPECT_FALSE(sink.storeMessage("u1", "x", &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(Pop3DirectorySink(dir.path()).storeMessage(QByteArray(), "x", &error));
    EXPECT_TRUE(sink.storedUidls().isEmpty());
}
