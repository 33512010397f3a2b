// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore: folders, message rows, flags and counts, removal, UIDVALIDITY reset, bodies and parts.
#include "store/MailStore.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

const QString kAccount = QStringLiteral("alice");

class MailStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(store.open()) << store.error().toStdString(); }

    qint64 addFolder(const QString &name, bool local = false, const QString &account = kAccount)
    {
        StoredFolder f;
        f.accountId = account;
        f.name = name;
        f.wireName = name.toUtf8();
        f.local = local;
        const qint64 id = store.upsertFolder(f);
        EXPECT_GT(id, 0) << store.error().toStdString();
        return id;
    }

    static StoredMessage row(quint32 uid, const QString &subject, quint32 flags = 0)
    {
        StoredMessage m;
        m.uid = uid;
        m.flags = flags;
        m.envelopeKnown = true;
        m.size = 1000 + uid;
        m.modSeq = 10 + uid;
        m.internalDate = QDateTime(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC);
        m.date = QDateTime(QDate(2026, 11, 22), QTime(21, 30, 15), Qt::UTC);
        m.fromName = QStringLiteral("Zé Ninguém");
        m.fromAddress = QStringLiteral("ze@example.test");
        m.to = QStringLiteral("Bob <bob@example.test>");
        m.cc = QStringLiteral("\"Silva, Ana\" <ana@example.test>");
        m.subject = subject;
        m.messageId = "<" + QByteArray::number(uid) + "@example.test>";
        m.inReplyTo = "<parent@example.test>";
        m.references = "<root@example.test> <parent@example.test>";
        m.hasAttachments = uid % 2;
        m.keywords = {"$Label1", "NonJunk"};
        return m;
    }

    StoredFolder folderInfo(qint64 id)
    {
        const auto f = store.folder(id);
        EXPECT_TRUE(f.has_value());
        return f.value_or(StoredFolder{});
    }

    MailStore store{QStringLiteral(":memory:")};
};

} // namespace

TEST_F(MailStoreTest, FolderUpsertKeepsSyncStateUnlessGiven)
{
    StoredFolder f;
    f.accountId = kAccount;
    f.name = QStringLiteral("Arquivo/2024");
    f.wireName = "Arquivo/2024";
    f.delimiter = QLatin1Char('/');
    f.specialUse = "\\Archive";
    f.uidValidity = 1234;
    f.uidNext = 77;
    f.highestModSeq = 9000000000ULL; // above 32 bits
    const qint64 id = store.upsertFolder(f);
    ASSERT_GT(id, 0) << store.error().toStdString();

    StoredFolder again = f; // a LIST without sync state
    again.uidValidity = 0;
    again.uidNext = 0;
    again.highestModSeq = 0;
    again.selectable = false;
    EXPECT_EQ(store.upsertFolder(again), id); // same (account, name): same row
    StoredFolder got = folderInfo(id);
    EXPECT_EQ(got.accountId, kAccount);
    EXPECT_EQ(got.name, QStringLiteral("Arquivo/2024"));
    EXPECT_EQ(got.wireName, QByteArray("Arquivo/2024"));
    EXPECT_EQ(got.delimiter, QLatin1Char('/'));
    EXPECT_EQ(got.specialUse, QByteArray("\\Archive"));
    EXPECT_FALSE(got.selectable);
    EXPECT_FALSE(got.local);
    EXPECT_EQ(got.uidValidity, 1234u);
    EXPECT_EQ(got.uidNext, 77u);
    EXPECT_EQ(got.highestModSeq, 9000000000ULL);

    ASSERT_TRUE(store.setSyncState(id, 4000000000u, 80, 5));
    got = folderInfo(id);
    EXPECT_EQ(got.uidValidity, 4000000000u);
    EXPECT_EQ(got.uidNext, 80u);
    EXPECT_EQ(got.highestModSeq, 5u);

    // Same name under another account: another folder.
    const qint64 other = addFolder(QStringLiteral("Arquivo/2024"), false, QStringLiteral("bob"));
    EXPECT_NE(other, id);
    EXPECT_EQ(store.folders(kAccount).size(), 1);
    ASSERT_TRUE(store.folderByName(QStringLiteral("bob"), QStringLiteral("Arquivo/2024")).has_value());
    EXPECT_EQ(store.folderByName(QStringLiteral("bob"), QStringLiteral("Arquivo/2024"))->id, other);
    EXPECT_FALSE(store.folderByName(kAccount, QStringLiteral("Nope")).has_value());
    EXPECT_TRUE(store.error().contains(QStringLiteral("Nope"))) << store.error().toStdString();
    EXPECT_FALSE(store.folder(8888).has_value());
    EXPECT_TRUE(store.error().contains(QStringLiteral("8888"))) << store.error().toStdString();
    EXPECT_FALSE(store.message(7777).has_value());
    EXPECT_TRUE(store.error().contains(QStringLiteral("7777"))) << store.error().toStdString();
    EXPECT_FALSE(store.messageByUid(id, 6666).has_value());
    EXPECT_TRUE(store.error().contains(QStringLiteral("6666"))) << store.error().toStdString();

    // A folder without a name is refused with a reason.
    StoredFolder bad;
    bad.accountId = kAccount;
    EXPECT_EQ(store.upsertFolder(bad), 0);
    EXPECT_FALSE(store.error().isEmpty());
}

TEST_F(MailStoreTest, RetainRenameAndRemoveFolders)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    const qint64 old = addFolder(QStringLiteral("Old"));
    const qint64 local = addFolder(QStringLiteral("Local"), true);
    const qint64 otherAccount = addFolder(QStringLiteral("Old"), false, QStringLiteral("bob"));
    ASSERT_TRUE(store.upsertMessages(old, {row(1, QStringLiteral("in Old"))}));
    const qint64 oldMessage = store.messageByUid(old, 1)->id;
    ASSERT_TRUE(store.storeBody(oldMessage, "body"));

    ASSERT_TRUE(store.retainFolders(kAccount, {QStringLiteral("INBOX")})) << store.error().toStdString();
    EXPECT_TRUE(store.folder(inbox).has_value());
    EXPECT_FALSE(store.folder(old).has_value());
    EXPECT_TRUE(store.folder(local).has_value());        // local folders are not the server's to remove
    EXPECT_TRUE(store.folder(otherAccount).has_value()); // nor another account's
    EXPECT_FALSE(store.message(oldMessage).has_value()); // its messages went with it
    EXPECT_FALSE(store.body(oldMessage).has_value());

    ASSERT_TRUE(store.upsertMessages(inbox, {row(5, QStringLiteral("kept"))}));
    ASSERT_TRUE(store.renameFolder(inbox, QStringLiteral("Caixa"), "Caixa")) << store.error().toStdString();
    EXPECT_EQ(folderInfo(inbox).name, QStringLiteral("Caixa"));
    EXPECT_EQ(folderInfo(inbox).wireName, QByteArray("Caixa"));
    EXPECT_EQ(store.messages(inbox).size(), 1); // messages stay with the renamed folder
    // Renaming onto an existing name fails and says why.
    EXPECT_FALSE(store.renameFolder(local, QStringLiteral("Caixa"), {}));
    EXPECT_TRUE(store.error().contains(QStringLiteral("UNIQUE"))) << store.error().toStdString();
    EXPECT_FALSE(store.renameFolder(99999, QStringLiteral("X"), {}));
    EXPECT_FALSE(store.error().isEmpty());

    ASSERT_TRUE(store.removeFolder(inbox));
    EXPECT_FALSE(store.folder(inbox).has_value());
    EXPECT_TRUE(store.messages(inbox).isEmpty());
}

TEST_F(MailStoreTest, UpsertInsertsAndUpdatesEveryField)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    ASSERT_TRUE(store.upsertMessages(inbox, {row(3, QStringLiteral("três")), row(1, QStringLiteral("um"))}))
        << store.error().toStdString();
    const auto one = store.messageByUid(inbox, 1);
    ASSERT_TRUE(one.has_value());
    const StoredMessage expected = row(1, QStringLiteral("um"));
    EXPECT_EQ(one->folderId, inbox);
    EXPECT_EQ(one->uid, 1u);
    EXPECT_TRUE(one->uidl.isEmpty());
    EXPECT_EQ(one->flags, 0u);
    EXPECT_EQ(one->keywords, expected.keywords);
    EXPECT_EQ(one->modSeq, 11u);
    EXPECT_TRUE(one->envelopeKnown);
    EXPECT_EQ(one->size, 1001);
    EXPECT_EQ(one->internalDate, expected.internalDate);
    EXPECT_EQ(one->date, expected.date);
    EXPECT_EQ(one->fromName, expected.fromName);
    EXPECT_EQ(one->fromAddress, expected.fromAddress);
    EXPECT_EQ(one->to, expected.to);
    EXPECT_EQ(one->cc, expected.cc);
    EXPECT_EQ(one->subject, QStringLiteral("um"));
    EXPECT_EQ(one->messageId, QByteArray("<1@example.test>"));
    EXPECT_EQ(one->inReplyTo, expected.inReplyTo);
    EXPECT_EQ(one->references, expected.references);
    EXPECT_TRUE(one->hasAttachments);
    EXPECT_FALSE(one->bodyCached);
    EXPECT_EQ(store.message(one->id)->subject, QStringLiteral("um"));

    // The same UID again: updated in place, same row id.
    StoredMessage changed = row(1, QStringLiteral("um, de novo"), MessageFlag::Seen | MessageFlag::Flagged);
    changed.date = QDateTime();
    ASSERT_TRUE(store.upsertMessages(inbox, {changed}));
    const auto after = store.messageByUid(inbox, 1);
    EXPECT_EQ(after->id, one->id);
    EXPECT_EQ(after->subject, QStringLiteral("um, de novo"));
    EXPECT_EQ(after->flags, quint32(MessageFlag::Seen | MessageFlag::Flagged));
    EXPECT_FALSE(after->date.isValid());
    EXPECT_EQ(store.uids(inbox), (QList<quint32>{1, 3}));
    EXPECT_EQ(store.messages(inbox).size(), 2);

    // A message with neither UID nor UIDL is refused, and the whole chunk with it.
    StoredMessage nothing = row(0, QStringLiteral("?"));
    EXPECT_FALSE(store.upsertMessages(inbox, {row(9, QStringLiteral("nine")), nothing}));
    EXPECT_TRUE(store.error().contains(QStringLiteral("UID"))) << store.error().toStdString();
    EXPECT_FALSE(store.messageByUid(inbox, 9).has_value()); // one transaction: rolled back
    // A folder that does not exist: the foreign key refuses it.
    EXPECT_FALSE(store.upsertMessages(424242, {row(1, QStringLiteral("x"))}));
    EXPECT_TRUE(store.error().contains(QStringLiteral("FOREIGN KEY"))) << store.error().toStdString();
}

TEST_F(MailStoreTest, PlaceholderNeverClobbersAKnownEnvelope)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    // Placeholders first (lazy sync): known by UID only.
    StoredMessage p1;
    p1.uid = 1;
    StoredMessage p2;
    p2.uid = 2;
    p2.flags = MessageFlag::Seen;
    ASSERT_TRUE(store.upsertMessages(inbox, {p1, p2}));
    EXPECT_EQ(store.uidsWithoutEnvelope(inbox), (QList<quint32>{1, 2}));
    EXPECT_FALSE(store.messageByUid(inbox, 1)->envelopeKnown);

    ASSERT_TRUE(store.upsertMessages(inbox, {row(2, QStringLiteral("dois"), MessageFlag::Seen)}));
    EXPECT_EQ(store.uidsWithoutEnvelope(inbox), (QList<quint32>{1}));

    // A placeholder for UID 2 again (new flags, new modseq, no size): envelope kept.
    StoredMessage again;
    again.uid = 2;
    again.flags = MessageFlag::Answered;
    again.modSeq = 99;
    ASSERT_TRUE(store.upsertMessages(inbox, {again}));
    const auto two = store.messageByUid(inbox, 2);
    EXPECT_TRUE(two->envelopeKnown);
    EXPECT_EQ(two->subject, QStringLiteral("dois"));
    EXPECT_EQ(two->fromName, QStringLiteral("Zé Ninguém"));
    EXPECT_EQ(two->messageId, QByteArray("<2@example.test>"));
    EXPECT_EQ(two->date, row(2, {}).date);
    EXPECT_EQ(two->internalDate, row(2, {}).internalDate);
    EXPECT_EQ(two->size, 1002);            // not given: kept
    EXPECT_EQ(two->flags, quint32(MessageFlag::Answered));
    EXPECT_EQ(two->modSeq, 99u);
    EXPECT_EQ(store.uidsWithoutEnvelope(inbox), (QList<quint32>{1}));
}

TEST_F(MailStoreTest, FlagUpdatesAndUnreadCounts)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    const qint64 sent = addFolder(QStringLiteral("Sent"));
    QList<StoredMessage> rows;
    for (quint32 uid = 1; uid <= 10; ++uid)
        rows.append(row(uid, QStringLiteral("m%1").arg(uid), uid <= 4 ? quint32(MessageFlag::Seen) : 0u));
    ASSERT_TRUE(store.upsertMessages(inbox, rows));
    ASSERT_TRUE(store.upsertMessages(sent, {row(1, QStringLiteral("s"), MessageFlag::Seen)}));
    EXPECT_EQ(folderInfo(inbox).total, 10);
    EXPECT_EQ(folderInfo(inbox).unread, 6);
    EXPECT_EQ(folderInfo(sent).unread, 0);

    // Read 5 and 6, unread 1; flag 7 (still unread); keywords replaced; modseq 0 keeps the old one.
    ASSERT_TRUE(store.updateFlags(inbox, {{5, MessageFlag::Seen, {}, 500},
                                          {6, MessageFlag::Seen | MessageFlag::Answered, {"$Work"}, 600},
                                          {1, 0, {}, 0},
                                          {7, MessageFlag::Flagged, {}, 0},
                                          {4242, MessageFlag::Seen, {}, 1}})) // unknown UID: ignored
        << store.error().toStdString();
    const QList<StoredFolder> list = store.folders(kAccount);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).name, QStringLiteral("INBOX"));
    EXPECT_EQ(list.at(0).total, 10);
    EXPECT_EQ(list.at(0).unread, 5); // 1, 7, 8, 9, 10
    EXPECT_EQ(list.at(1).total, 1);
    EXPECT_EQ(store.messageByUid(inbox, 6)->keywords, (QList<QByteArray>{"$Work"}));
    EXPECT_EQ(store.messageByUid(inbox, 6)->modSeq, 600u);
    EXPECT_EQ(store.messageByUid(inbox, 7)->modSeq, 17u);
    EXPECT_TRUE(store.messageByUid(inbox, 5)->keywords.isEmpty());

    ASSERT_TRUE(store.setFlags(store.messageByUid(inbox, 8)->id, MessageFlag::Seen | MessageFlag::Junk));
    EXPECT_EQ(store.messageByUid(inbox, 8)->flags, quint32(MessageFlag::Seen | MessageFlag::Junk));
    EXPECT_EQ(folderInfo(inbox).unread, 4);
    EXPECT_FALSE(store.setFlags(987654, MessageFlag::Seen));
    EXPECT_FALSE(store.error().isEmpty());
}

TEST_F(MailStoreTest, FoldersWithoutCountsAreTheSameFoldersUncounted)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    ASSERT_TRUE(store.setSyncState(inbox, 77, 12, 900));
    ASSERT_TRUE(store.upsertMessages(inbox, {row(1, QStringLiteral("a")), row(2, QStringLiteral("b"))}));
    const auto counted = store.folderByName(kAccount, QStringLiteral("INBOX"));
    const auto bare = store.folderByName(kAccount, QStringLiteral("INBOX"), MailStore::Counts::Without);
    ASSERT_TRUE(counted && bare);
    EXPECT_EQ(counted->total, 2);
    EXPECT_EQ(counted->unread, 2);
    EXPECT_EQ(bare->total, 0);
    EXPECT_EQ(bare->unread, 0);
    for (const StoredFolder &f : {*bare, *store.folder(inbox, MailStore::Counts::Without),
                                  store.folders(kAccount, MailStore::Counts::Without).value(0)}) {
        EXPECT_EQ(f.id, inbox);
        EXPECT_EQ(f.name, counted->name);
        EXPECT_EQ(f.uidValidity, 77u);
        EXPECT_EQ(f.uidNext, 12u);
        EXPECT_EQ(f.highestModSeq, 900u);
        EXPECT_EQ(f.subscribed, counted->subscribed);
        EXPECT_EQ(f.total, 0);
    }
    EXPECT_FALSE(store.folderByName(kAccount, QStringLiteral("Nowhere"), MailStore::Counts::Without));
}

TEST_F(MailStoreTest, RemoveByUidAndById)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    const qint64 other = addFolder(QStringLiteral("Other"));
    QList<StoredMessage> rows;
    for (quint32 uid = 1; uid <= 6; ++uid)
        rows.append(row(uid, QStringLiteral("m%1").arg(uid)));
    ASSERT_TRUE(store.upsertMessages(inbox, rows));
    ASSERT_TRUE(store.upsertMessages(other, rows));
    const qint64 two = store.messageByUid(inbox, 2)->id;
    ASSERT_TRUE(store.storeBody(two, "raw"));
    ASSERT_TRUE(store.storePart(two, "1", "part"));

    ASSERT_TRUE(store.removeMessages(inbox, {2, 4, 99}));
    EXPECT_EQ(store.uids(inbox), (QList<quint32>{1, 3, 5, 6}));
    EXPECT_EQ(store.uids(other).size(), 6); // same UIDs elsewhere untouched
    EXPECT_FALSE(store.body(two).has_value());
    EXPECT_FALSE(store.part(two, "1").has_value());

    ASSERT_TRUE(store.removeMessage(store.messageByUid(inbox, 5)->id));
    EXPECT_EQ(store.uids(inbox), (QList<quint32>{1, 3, 6}));
    EXPECT_EQ(folderInfo(inbox).total, 3);
}

TEST_F(MailStoreTest, UidValidityResetKeepsEverythingElse)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    const qint64 sent = addFolder(QStringLiteral("Sent"));
    ASSERT_TRUE(store.setSyncState(inbox, 100, 8, 50));
    ASSERT_TRUE(store.upsertMessages(inbox, {row(1, QStringLiteral("a")), row(2, QStringLiteral("b"))}));
    ASSERT_TRUE(store.upsertMessages(sent, {row(1, QStringLiteral("s"))}));
    const qint64 a = store.messageByUid(inbox, 1)->id;
    ASSERT_TRUE(store.storeBody(a, "body a"));
    ASSERT_TRUE(store.storePart(a, "1.2", "part a"));
    const qint64 sentId = store.messageByUid(sent, 1)->id;
    ASSERT_TRUE(store.storeBody(sentId, "sent body"));
    OutboxEntry out;
    out.accountId = kAccount;
    out.raw = "Subject: queued\r\n\r\nx\r\n";
    const qint64 outId = store.addOutbox(out);
    ASSERT_GT(outId, 0);
    DraftEntry draft;
    draft.accountId = kAccount;
    draft.subject = QStringLiteral("rascunho");
    draft.payload = "{}";
    const qint64 draftId = store.saveDraft(draft);
    ASSERT_GT(draftId, 0);

    ASSERT_TRUE(store.resetFolder(inbox, 101)) << store.error().toStdString();
    const StoredFolder f = folderInfo(inbox);
    EXPECT_EQ(f.uidValidity, 101u);
    EXPECT_EQ(f.uidNext, 0u);
    EXPECT_EQ(f.highestModSeq, 0u);
    EXPECT_EQ(f.total, 0);
    EXPECT_EQ(f.name, QStringLiteral("INBOX"));
    EXPECT_TRUE(store.messages(inbox).isEmpty());
    EXPECT_FALSE(store.body(a).has_value());
    EXPECT_FALSE(store.part(a, "1.2").has_value());
    // Other folders, the outbox and drafts are untouched (tests/README.md, case 24).
    EXPECT_EQ(store.uids(sent), (QList<quint32>{1}));
    EXPECT_EQ(store.body(sentId).value_or(QByteArray()), QByteArray("sent body"));
    ASSERT_EQ(store.outbox().size(), 1);
    EXPECT_EQ(store.outbox().first().raw, out.raw);
    ASSERT_EQ(store.drafts().size(), 1);
    EXPECT_EQ(store.drafts().first().id, draftId);
    EXPECT_FALSE(store.resetFolder(55555, 1));
    EXPECT_FALSE(store.error().isEmpty());
}

TEST_F(MailStoreTest, BodiesAndPartsRoundTripBinaryBytes)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    ASSERT_TRUE(store.upsertMessages(inbox, {row(1, QStringLiteral("bin"))}));
    const qint64 id = store.messageByUid(inbox, 1)->id;
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char(i * 7 % 256));
    binary.prepend(QByteArray("\0\0head\0", 7));
    ASSERT_TRUE(binary.contains('\0'));
    EXPECT_FALSE(store.body(id).has_value());
    ASSERT_TRUE(store.storeBody(id, binary)) << store.error().toStdString();
    EXPECT_EQ(store.body(id).value_or(QByteArray()), binary);
    EXPECT_TRUE(store.message(id)->bodyCached);
    EXPECT_TRUE(store.messages(inbox).first().bodyCached);
    ASSERT_TRUE(store.storeBody(id, "replaced")); // fetched again: replaced
    EXPECT_EQ(store.body(id).value_or(QByteArray()), QByteArray("replaced"));
    ASSERT_TRUE(store.storeBody(id, QByteArray())); // empty is a body, not "missing"
    ASSERT_TRUE(store.body(id).has_value());
    EXPECT_TRUE(store.body(id)->isEmpty());

    ASSERT_TRUE(store.storePart(id, "2", binary));
    ASSERT_TRUE(store.storePart(id, "2.MIME", QByteArray("a\0b", 3)));
    EXPECT_EQ(store.part(id, "2").value_or(QByteArray()), binary);
    EXPECT_EQ(store.part(id, "2.MIME").value_or(QByteArray()), QByteArray("a\0b", 3));
    EXPECT_FALSE(store.part(id, "3").has_value());
    // A part for a message that does not exist: refused by the foreign key.
    EXPECT_FALSE(store.storePart(777777, "1", "x"));
    EXPECT_TRUE(store.error().contains(QStringLiteral("777777"))) << store.error().toStdString();
    EXPECT_FALSE(store.storeBody(777777, "x"));
}

TEST_F(MailStoreTest, OutboxAndDraftsRoundTrip)
{
    OutboxEntry e;
    e.accountId = kAccount;
    e.raw = QByteArray("From: a@x\r\nSubject: \0oi\r\n\r\nbody\r\n", 34);
    e.envelopeFrom = "alice@example.test";
    e.recipients = {"bob@example.test", "ana@example.test"};
    e.subject = QStringLiteral("Relatório");
    const qint64 id = store.addOutbox(e);
    ASSERT_GT(id, 0) << store.error().toStdString();
    OutboxEntry other = e;
    other.accountId = QStringLiteral("bob");
    ASSERT_GT(store.addOutbox(other), id);

    QList<OutboxEntry> list = store.outbox(kAccount);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().id, id);
    EXPECT_EQ(list.first().raw, e.raw);
    EXPECT_EQ(list.first().envelopeFrom, e.envelopeFrom);
    EXPECT_EQ(list.first().recipients, e.recipients);
    EXPECT_EQ(list.first().subject, e.subject);
    EXPECT_EQ(list.first().state, OutboxEntry::State::Queued);
    EXPECT_EQ(list.first().attempts, 0);
    EXPECT_TRUE(list.first().created.isValid());
    EXPECT_EQ(store.outbox().size(), 2);

    ASSERT_TRUE(store.updateOutbox(id, OutboxEntry::State::Sending));
    ASSERT_TRUE(store.updateOutbox(id, OutboxEntry::State::PossiblySent, QStringLiteral("no reply after the final dot")));
    list = store.outbox(kAccount);
    EXPECT_EQ(list.first().state, OutboxEntry::State::PossiblySent);
    EXPECT_EQ(list.first().lastError, QStringLiteral("no reply after the final dot"));
    EXPECT_EQ(list.first().attempts, 1);
    EXPECT_FALSE(store.updateOutbox(99999, OutboxEntry::State::Sent));
    EXPECT_FALSE(store.error().isEmpty());
    ASSERT_TRUE(store.removeOutbox(id));
    EXPECT_TRUE(store.outbox(kAccount).isEmpty());

    DraftEntry d;
    d.accountId = kAccount;
    d.subject = QStringLiteral("Rascunho");
    d.payload = QByteArray("\x01\x02\0\x03", 4);
    const qint64 draftId = store.saveDraft(d);
    ASSERT_GT(draftId, 0) << store.error().toStdString();
    d.id = draftId;
    d.subject = QStringLiteral("Rascunho 2");
    d.updated = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    EXPECT_EQ(store.saveDraft(d), draftId); // autosave updates in place
    const QList<DraftEntry> drafts = store.drafts(kAccount);
    ASSERT_EQ(drafts.size(), 1);
    EXPECT_EQ(drafts.first().subject, QStringLiteral("Rascunho 2"));
    EXPECT_EQ(drafts.first().payload, d.payload);
    EXPECT_EQ(drafts.first().updated, d.updated);
    EXPECT_TRUE(store.drafts(QStringLiteral("bob")).isEmpty());
    d.id = 4242;
    EXPECT_EQ(store.saveDraft(d), 0); // no such draft: said, not silently created
    EXPECT_TRUE(store.error().contains(QStringLiteral("4242"))) << store.error().toStdString();
    ASSERT_TRUE(store.removeDraft(draftId));
    EXPECT_TRUE(store.drafts().isEmpty());
}

TEST(MailStoreErrors, EveryOperationOnAClosedStoreFailsWithAReason)
{
    MailStore store(QStringLiteral(":memory:")); // never opened
    EXPECT_FALSE(store.isOpen());
    EXPECT_FALSE(store.upsertMessages(1, {}));
    EXPECT_FALSE(store.error().isEmpty());
    EXPECT_EQ(store.addLocalMessage(1, "u", "x"), 0);
    EXPECT_TRUE(store.folders(kAccount).isEmpty());
}

TEST_F(MailStoreTest, MessagesAfterGivesOnlyRowsAddedSince)
{
    const qint64 inbox = addFolder(QStringLiteral("INBOX"));
    const qint64 other = addFolder(QStringLiteral("Other"));
    ASSERT_TRUE(store.upsertMessages(inbox, {row(1, QStringLiteral("one")), row(2, QStringLiteral("two"))}));
    ASSERT_TRUE(store.upsertMessages(other, {row(1, QStringLiteral("elsewhere"))}));
    const QList<StoredMessage> first = store.messagesAfter(inbox, 0);
    ASSERT_EQ(first.size(), 2);
    const qint64 seen = qMax(first[0].id, first[1].id);
    EXPECT_TRUE(store.messagesAfter(inbox, seen).isEmpty());

    // An update of a known row is not "after"; a new row in the same chunk is.
    ASSERT_TRUE(store.upsertMessages(inbox, {row(2, QStringLiteral("two, again")), row(3, QStringLiteral("three"))}));
    const QList<StoredMessage> next = store.messagesAfter(inbox, seen);
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(next[0].uid, 3u);
    EXPECT_EQ(next[0].subject, QStringLiteral("three"));
    EXPECT_EQ(next[0].folderId, inbox);
}
