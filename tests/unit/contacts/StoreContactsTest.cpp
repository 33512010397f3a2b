// SPDX-License-Identifier: GPL-3.0-or-later
// The store's side of contacts: harvesting each message once (placeholders
// when their envelope arrives, Sent mail as "written to", a sent message not
// counted twice), the address book and groups, and a vCard import merging.
#include "store/MailStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

class StoreContacts : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(store.open()) << store.error().toStdString(); }

    qint64 folder(const QString &name, const QByteArray &specialUse = {})
    {
        StoredFolder f;
        f.accountId = QStringLiteral("a");
        f.name = name;
        f.wireName = name.toUtf8();
        f.specialUse = specialUse;
        return store.upsertFolder(f);
    }

    static StoredMessage row(quint32 uid, const QString &fromName, const QString &from, const QString &to,
                             const QByteArray &messageId = {}, bool envelope = true)
    {
        StoredMessage m;
        m.uid = uid;
        m.envelopeKnown = envelope;
        m.date = QDateTime::currentDateTimeUtc().addDays(-int(uid));
        m.fromName = fromName;
        m.fromAddress = from;
        m.to = to;
        m.messageId = messageId;
        return m;
    }

    SeenAddress seen(const QString &address)
    {
        for (const SeenAddress &s : store.seenAddresses(100))
            if (s.address == address)
                return s;
        return {};
    }

    MailStore store{QStringLiteral(":memory:")};
};

} // namespace

TEST_F(StoreContacts, HarvestsEachMessageOnceAndSentMailAsWrittenTo)
{
    const qint64 inbox = folder(QStringLiteral("INBOX"), "\\Inbox");
    const qint64 sent = folder(QStringLiteral("Sent"), "\\Sent");
    ASSERT_TRUE(store.upsertMessages(inbox, {row(1, QString::fromUtf8("João Silva"), QStringLiteral("joao@x.br"),
                                                 QStringLiteral("me@x.br, \"Lima, Bia\" <bia@x.br>")),
                                             row(2, QStringLiteral("J"), QStringLiteral("JOAO@x.br"), QStringLiteral("me@x.br")),
                                             row(3, QString(), QString(), QString(), {}, false)})); // a placeholder
    EXPECT_EQ(store.harvestAddresses(500), 2);
    EXPECT_EQ(store.harvestAddresses(500), 0); // nothing twice
    EXPECT_EQ(seen(QStringLiteral("joao@x.br")).received, 2);
    EXPECT_EQ(seen(QStringLiteral("joao@x.br")).name, QString::fromUtf8("João Silva")); // the newest name
    EXPECT_EQ(seen(QStringLiteral("bia@x.br")).name, QStringLiteral("Lima, Bia"));

    // The placeholder's envelope arrives: harvested then, once.
    ASSERT_TRUE(store.upsertMessages(inbox, {row(3, QStringLiteral("Caio"), QStringLiteral("caio@x.br"), QString())}));
    EXPECT_EQ(store.harvestAddresses(500), 1);
    EXPECT_EQ(seen(QStringLiteral("caio@x.br")).received, 1);
    // A flag update does not make it count again.
    ASSERT_TRUE(store.upsertMessages(inbox, {row(3, QStringLiteral("Caio"), QStringLiteral("caio@x.br"), QString())}));
    EXPECT_EQ(store.harvestAddresses(500), 0);

    // Sent by Carteiro (noted at queue time) then synced from Sent: counted once.
    ASSERT_TRUE(store.noteWrittenTo({{QStringLiteral("Dora"), QStringLiteral("dora@x.br")}}, "<s1@x.br>",
                                    QDateTime::currentDateTimeUtc()));
    ASSERT_TRUE(store.noteWrittenTo({{QStringLiteral("Dora"), QStringLiteral("dora@x.br")}}, "<s1@x.br>",
                                    QDateTime::currentDateTimeUtc()));
    ASSERT_TRUE(store.upsertMessages(sent, {row(1, QStringLiteral("Me"), QStringLiteral("me@x.br"),
                                                QStringLiteral("Dora <dora@x.br>"), "<s1@x.br>"),
                                            row(2, QStringLiteral("Me"), QStringLiteral("me@x.br"),
                                                QStringLiteral("Dora <dora@x.br>"), "<other-client@x.br>")}));
    EXPECT_EQ(store.harvestAddresses(500), 2);
    EXPECT_EQ(seen(QStringLiteral("dora@x.br")).written, 2); // once from Carteiro, once from the other client
    EXPECT_EQ(seen(QStringLiteral("dora@x.br")).received, 0);
    EXPECT_EQ(seen(QStringLiteral("me@x.br")).received, 2); // the user's own: left out by completion, not here
    // The most used first.
    EXPECT_EQ(store.seenAddresses(1).value(0).address, QStringLiteral("dora@x.br"));
}

TEST_F(StoreContacts, HarvestWorksInChunks)
{
    const qint64 inbox = folder(QStringLiteral("INBOX"));
    QList<StoredMessage> rows;
    for (quint32 uid = 1; uid <= 25; ++uid)
        rows << row(uid, QString(), QStringLiteral("p%1@x.br").arg(uid), QString());
    ASSERT_TRUE(store.upsertMessages(inbox, rows));
    EXPECT_EQ(store.harvestAddresses(10), 10);
    EXPECT_EQ(store.harvestAddresses(10), 10);
    EXPECT_EQ(store.harvestAddresses(10), 5);
    EXPECT_EQ(store.seenAddresses(100).size(), 25);
}

TEST_F(StoreContacts, AddressBookAndGroups)
{
    ContactCard c;
    c.name = QString::fromUtf8("Érica");
    c.emails = {QStringLiteral("erica@x.br"), QStringLiteral("e@casa.br")};
    c.phones = {QStringLiteral("+55 11 1234")};
    c.note = QStringLiteral("linha 1\nlinha 2");
    c.id = store.saveContact(c);
    ASSERT_GT(c.id, 0) << store.error().toStdString();
    ASSERT_EQ(store.contacts().size(), 1);
    EXPECT_EQ(store.contacts().first(), c);
    c.organization = QStringLiteral("Escola");
    EXPECT_EQ(store.saveContact(c), c.id);
    EXPECT_EQ(store.contacts().first().organization, QStringLiteral("Escola"));
    ContactCard gone = c;
    gone.id = 999;
    EXPECT_EQ(store.saveContact(gone), 0);
    EXPECT_TRUE(store.error().contains(QStringLiteral("999"))) << store.error().toStdString();

    ContactGroup g;
    g.name = QStringLiteral("Turma");
    g.members = {{QString::fromUtf8("Érica"), QStringLiteral("erica@x.br")}, {QString(), QStringLiteral("f@x.br")}};
    g.id = store.saveGroup(g);
    ASSERT_GT(g.id, 0);
    EXPECT_EQ(store.groups().value(0), g);
    EXPECT_TRUE(store.removeGroup(g.id));
    EXPECT_TRUE(store.groups().isEmpty());
    EXPECT_TRUE(store.removeContact(c.id));
    EXPECT_TRUE(store.contacts().isEmpty());
}

TEST_F(StoreContacts, ImportMergesByUidOrAddress)
{
    ContactCard mine;
    mine.name = QStringLiteral("Ana");
    mine.emails = {QStringLiteral("ana@x.br")};
    ASSERT_GT(store.saveContact(mine), 0);
    ContactCard again;
    again.name = QStringLiteral("Ana Silva");
    again.emails = {QStringLiteral("ANA@x.br"), QStringLiteral("ana@casa.br")};
    ContactCard fresh;
    fresh.uid = QStringLiteral("urn:uuid:7");
    fresh.name = QStringLiteral("Bia");
    fresh.emails = {QStringLiteral("bia@x.br")};
    ContactGroup g{0, QString(), QStringLiteral("Turma"), {{QString(), QStringLiteral("bia@x.br")}}};
    int added = 0, updated = 0;
    ASSERT_TRUE(store.importContacts({again, fresh}, {g}, &added, &updated)) << store.error().toStdString();
    EXPECT_EQ(added, 2);
    EXPECT_EQ(updated, 1);
    const QList<ContactCard> all = store.contacts();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).name, QStringLiteral("Ana Silva"));
    EXPECT_EQ(all.at(0).emails, (QStringList{QStringLiteral("ANA@x.br"), QStringLiteral("ana@casa.br")}));
    // The same file again: updates only, nothing doubled.
    ASSERT_TRUE(store.importContacts({again, fresh}, {g}, &added, &updated));
    EXPECT_EQ(added, 0);
    EXPECT_EQ(updated, 3);
    EXPECT_EQ(store.contacts().size(), 2);
    EXPECT_EQ(store.groups().size(), 1);
}
