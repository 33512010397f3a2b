// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 mail in the store: addLocalMessage (parsed row + body in one durable
// transaction, UIDL dedup) and Pop3StoreSink, the MessageSink on top of it.
#include "pop3/Pop3StoreSink.h"
#include "store/MailStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

QByteArray sampleMessage(const QByteArray &subjectTag)
{
    return "From: =?UTF-8?Q?Z=C3=A9_Ningu=C3=A9m?= <ze@example.test>\r\n"
           "To: bob@example.test\r\n"
           "Subject: =?UTF-8?Q?Relat=C3=B3rio_" + subjectTag + "?=\r\n"
           "Date: Mon, 23 Nov 2026 06:00:00 +0000\r\n"
           "Message-ID: <" + subjectTag + "@example.test>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"xx\"\r\n"
           "\r\n"
           "--xx\r\nContent-Type: text/plain\r\n\r\nol\xc3\xa1\r\n"
           "--xx\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=a.bin\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\nAAECAw==\r\n"
           "--xx--\r\n";
}

qint64 popFolder(MailStore &store)
{
    StoredFolder f;
    f.accountId = QStringLiteral("bob-pop");
    f.name = QStringLiteral("INBOX");
    f.local = true;
    return store.upsertFolder(f);
}

} // namespace

TEST(MailStorePop3, AddLocalMessageParsesTheHeadersAndKeepsTheBytes)
{
    MailStore store(QStringLiteral(":memory:"));
    ASSERT_TRUE(store.open());
    const qint64 folder = popFolder(store);
    ASSERT_GT(folder, 0);
    const QByteArray raw = sampleMessage("um");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id = store.addLocalMessage(folder, "UIDL-1", raw, MessageFlag::Seen);
    ASSERT_GT(id, 0) << store.error().toStdString();
    const auto m = store.message(id);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->folderId, folder);
    EXPECT_EQ(m->uid, 0u);
    EXPECT_EQ(m->uidl, QByteArray("UIDL-1"));
    EXPECT_EQ(m->flags, quint32(MessageFlag::Seen));
    EXPECT_TRUE(m->envelopeKnown);
    EXPECT_EQ(m->fromName, QStringLiteral("Zé Ninguém"));
    EXPECT_EQ(m->fromAddress, QStringLiteral("ze@example.test"));
    EXPECT_EQ(m->to, QStringLiteral("bob@example.test"));
    EXPECT_EQ(m->subject, QStringLiteral("Relatório um"));
    EXPECT_EQ(m->date, QDateTime(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC));
    EXPECT_GE(m->internalDate, before); // arrival time
    EXPECT_EQ(m->messageId, QByteArray("<um@example.test>"));
    EXPECT_EQ(m->size, raw.size());
    EXPECT_TRUE(m->hasAttachments);
    EXPECT_TRUE(m->bodyCached);
    EXPECT_EQ(store.body(id).value_or(QByteArray()), raw);
    EXPECT_TRUE(store.hasUidl(folder, "UIDL-1"));
    EXPECT_FALSE(store.hasUidl(folder, "uidl-1")); // UIDLs are case-sensitive (RFC 1939 §7)
    EXPECT_TRUE(store.uids(folder).isEmpty());     // POP3 rows have no UID
}

TEST(MailStorePop3, DeduplicatesByUidl)
{
    MailStore store(QStringLiteral(":memory:"));
    ASSERT_TRUE(store.open());
    const qint64 folder = popFolder(store);
    const qint64 first = store.addLocalMessage(folder, "same", sampleMessage("first"));
    ASSERT_GT(first, 0);
    // The same UIDL again (a retrieve repeated after a drop): the first copy is kept, no new row.
    EXPECT_EQ(store.addLocalMessage(folder, "same", sampleMessage("second")), first);
    EXPECT_EQ(store.messages(folder).size(), 1);
    EXPECT_EQ(store.message(first)->subject, QStringLiteral("Relatório first"));
    // Another UIDL with the same bytes is another message.
    const qint64 other = store.addLocalMessage(folder, "other", sampleMessage("first"));
    EXPECT_GT(other, first);
    EXPECT_EQ(store.uidls(folder), (QList<QByteArray>{"same", "other"}));
    EXPECT_EQ(store.folder(folder)->total, 2);
    EXPECT_EQ(store.folder(folder)->unread, 2);
    // A missing folder is refused with SQLite's reason and the UIDL named.
    EXPECT_EQ(store.addLocalMessage(999, "lost", sampleMessage("x")), 0);
    EXPECT_TRUE(store.error().contains(QStringLiteral("lost"))) << store.error().toStdString();
    EXPECT_TRUE(store.error().contains(QStringLiteral("FOREIGN KEY"))) << store.error().toStdString();
    // upsertMessages keyed by UIDL (no UID) updates the POP3 row in place.
    StoredMessage flagOnly;
    flagOnly.uidl = "same";
    flagOnly.flags = MessageFlag::Seen;
    ASSERT_TRUE(store.upsertMessages(folder, {flagOnly})) << store.error().toStdString();
    EXPECT_EQ(store.messages(folder).size(), 2);
    EXPECT_EQ(store.message(first)->flags, quint32(MessageFlag::Seen));
    EXPECT_EQ(store.message(first)->subject, QStringLiteral("Relatório first"));
}

TEST(Pop3StoreSink, StoresDurablyAndTreatsAKnownUidlAsStored)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    qint64 folder = 0;
    {
        MailStore store(path);
        ASSERT_TRUE(store.open());
        folder = popFolder(store);
        Pop3StoreSink sink(&store, folder);
        QString error;
        ASSERT_TRUE(sink.storeMessage("a1", sampleMessage("a"), &error)) << error.toStdString();
        ASSERT_TRUE(sink.storeMessage("b2", sampleMessage("b"), &error)) << error.toStdString();
        ASSERT_TRUE(sink.storeMessage("a1", sampleMessage("a"), &error)) << error.toStdString();
        EXPECT_EQ(store.messages(folder).size(), 2);
        EXPECT_EQ(sink.storedUidls(), (QSet<QByteArray>{"a1", "b2"}));

        EXPECT_FALSE(sink.storeMessage(QByteArray(), "x", &error));
        EXPECT_TRUE(error.contains(QStringLiteral("unique-id"))) << error.toStdString();
        Pop3StoreSink nowhere(&store, 31337);
        EXPECT_FALSE(nowhere.storeMessage("c3", "Subject: c\r\n\r\n", &error));
        EXPECT_TRUE(error.contains(QStringLiteral("c3"))) << error.toStdString();
    }
    // Reopened: what the sink confirmed is there.
    MailStore store(path);
    ASSERT_TRUE(store.open());
    EXPECT_EQ(Pop3StoreSink(&store, folder).storedUidls(), (QSet<QByteArray>{"a1", "b2"}));
    QString error;
    MailStore closed(path);
    EXPECT_FALSE(Pop3StoreSink(&closed, folder).storeMessage("d4", "x", &error));
    EXPECT_FALSE(error.isEmpty());
}
