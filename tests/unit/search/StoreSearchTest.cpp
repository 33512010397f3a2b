// SPDX-License-Identifier: GPL-3.0-or-later
// The store's full-text index (schema v4, MailStoreSearch.cpp): rows queued by
// triggers as they are stored, indexed in slices, found by each term with
// accents and case folded; a body cached later is indexed again, an expunged
// message leaves the index, and the UIDs the index cannot answer for are named.
#include "search/LocalSearch.h"
#include "search/SearchQuery.h"
#include "store/MailStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

const QString kAccount = QStringLiteral("acct");

class StoreSearch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        StoredFolder f;
        f.accountId = kAccount;
        f.name = QStringLiteral("INBOX");
        f.wireName = "INBOX";
        inbox = store.upsertFolder(f);
        f.name = QStringLiteral("Arquivo");
        f.wireName = "Arquivo";
        archive = store.upsertFolder(f);
        ASSERT_GT(inbox, 0);
        ASSERT_GT(archive, 0);
    }

    static StoredMessage row(quint32 uid, const QString &fromName, const QString &subject, QDate date = {2024, 3, 10})
    {
        StoredMessage m;
        m.uid = uid;
        m.envelopeKnown = true;
        m.date = QDateTime(date, QTime(12, 0));
        m.fromName = fromName;
        m.fromAddress = fromName.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.test");
        m.to = QStringLiteral("Bob <bob@example.test>");
        m.subject = subject;
        return m;
    }

    qint64 add(qint64 folder, const StoredMessage &m, const QByteArray &body = {})
    {
        QList<qint64> ids;
        EXPECT_TRUE(store.upsertMessages(folder, {m}, &ids)) << store.error().toStdString();
        if (!body.isEmpty()) {
            EXPECT_TRUE(store.storeBody(ids.value(0), body));
        }
        return ids.value(0);
    }

    QList<quint32> find(const QString &text, QList<qint64> folders = {})
    {
        QString error;
        EXPECT_TRUE(LocalSearch::catchUp(store, kAccount, &error)) << error.toStdString();
        const auto q = SearchQuery::parse(text, &error);
        EXPECT_TRUE(q.has_value()) << error.toStdString();
        bool ok = false;
        const QList<StoredMessage> rows =
            store.searchMessages(q.value_or(SearchQuery()), folders.isEmpty() ? QList<qint64>{inbox, archive} : folders,
                                 0, &ok);
        EXPECT_TRUE(ok) << store.error().toStdString();
        QList<quint32> uids;
        for (const StoredMessage &m : rows)
            uids << m.uid;
        std::sort(uids.begin(), uids.end());
        return uids;
    }

    static QByteArray body(const QByteArray &text)
    {
        return "From: x@example.test\r\nSubject: s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n";
    }

    MailStore store{QStringLiteral(":memory:")};
    qint64 inbox = 0, archive = 0;
};

} // namespace

TEST_F(StoreSearch, EachTermFindsItsMessages)
{
    StoredMessage a = row(1, QStringLiteral("João Silva"), QStringLiteral("Aula de redes"), {2024, 3, 1});
    a.flags = MessageFlag::Seen;
    StoredMessage b = row(2, QStringLiteral("Ana Conceição"), QStringLiteral("Prova amanhã"), {2024, 3, 20});
    b.flags = MessageFlag::Flagged;
    b.hasAttachments = true;
    b.cc = QStringLiteral("Carol <carol@example.test>");
    StoredMessage c = row(3, QStringLiteral("Zé"), QStringLiteral("Re: aula"), {2024, 4, 2});
    c.to = QStringLiteral("Dora <dora@example.test>");
    add(inbox, a, body("O carteiro chegou às três."));
    add(inbox, b);
    add(archive, c, body("Nada a ver com redes."));

    EXPECT_EQ(find(QStringLiteral("joao")), (QList<quint32>{1})) << "accents folded: joao finds João";
    EXPECT_EQ(find(QStringLiteral("CONCEICAO")), (QList<quint32>{2}));
    EXPECT_EQ(find(QStringLiteral("from:ana")), (QList<quint32>{2}));
    EXPECT_EQ(find(QStringLiteral("from:bob")), (QList<quint32>{})) << "bob is a recipient, not a sender";
    EXPECT_EQ(find(QStringLiteral("from:joao@example.test")), (QList<quint32>{1}));
    EXPECT_EQ(find(QStringLiteral("to:carol")), (QList<quint32>{2})) << "Cc counts as a recipient";
    EXPECT_EQ(find(QStringLiteral("to:dora")), (QList<quint32>{3}));
    EXPECT_EQ(find(QStringLiteral("subject:aula")), (QList<quint32>{1, 3}));
    EXPECT_EQ(find(QStringLiteral("subject:\"aula de\"")), (QList<quint32>{1}));
    EXPECT_EQ(find(QStringLiteral("body:tres")), (QList<quint32>{1})) << "three, with its accent folded";
    EXPECT_EQ(find(QStringLiteral("redes")), (QList<quint32>{1, 3})) << "subject of one, body of the other";
    EXPECT_EQ(find(QStringLiteral("body:redes")), (QList<quint32>{3}));
    EXPECT_EQ(find(QStringLiteral("cart")), (QList<quint32>{1})) << "words match by prefix";
    EXPECT_EQ(find(QStringLiteral("since:2024-03-20")), (QList<quint32>{2, 3}));
    EXPECT_EQ(find(QStringLiteral("before:2024-03-20")), (QList<quint32>{1}));
    EXPECT_EQ(find(QStringLiteral("since:2024-03-02 before:2024-04-01")), (QList<quint32>{2}));
    EXPECT_EQ(find(QStringLiteral("has:attachment")), (QList<quint32>{2}));
    EXPECT_EQ(find(QStringLiteral("is:unread")), (QList<quint32>{2, 3}));
    EXPECT_EQ(find(QStringLiteral("is:flagged")), (QList<quint32>{2}));
    EXPECT_EQ(find(QStringLiteral("aula is:unread")), (QList<quint32>{3}));
    EXPECT_EQ(find(QStringLiteral("aula"), {archive}), (QList<quint32>{3})) << "only the folders asked for";
    EXPECT_EQ(find(QStringLiteral("nowhere")), (QList<quint32>{}));
}

TEST_F(StoreSearch, TheIndexFollowsBodiesEnvelopesAndExpunges)
{
    StoredMessage placeholder;
    placeholder.uid = 7;
    const qint64 id = add(inbox, placeholder);
    EXPECT_EQ(store.uidsNotIndexed(inbox, false), (QList<quint32>{7})) << "no envelope yet";
    EXPECT_EQ(find(QStringLiteral("Maria")), (QList<quint32>{}));

    add(inbox, row(7, QStringLiteral("Maria"), QStringLiteral("Horário")));
    EXPECT_EQ(store.searchBacklog(kAccount), 1) << "the envelope arrived: queued again";
    EXPECT_EQ(find(QStringLiteral("horario")), (QList<quint32>{7}));
    EXPECT_EQ(store.uidsNotIndexed(inbox, false), (QList<quint32>{}));
    EXPECT_EQ(store.uidsNotIndexed(inbox, true), (QList<quint32>{7})) << "the body is not cached";
    EXPECT_EQ(find(QStringLiteral("body:laboratorio")), (QList<quint32>{}));

    ASSERT_TRUE(store.storeBody(id, body("Encontro no laboratório.")));
    EXPECT_EQ(store.searchBacklog(kAccount), 1);
    EXPECT_EQ(find(QStringLiteral("body:laboratorio")), (QList<quint32>{7}));
    EXPECT_EQ(store.uidsNotIndexed(inbox, true), (QList<quint32>{}));

    // A flag change queues nothing (the trigger looks at the envelope only).
    MailStore::FlagUpdate seen;
    seen.uid = 7;
    seen.flags = MessageFlag::Seen;
    ASSERT_TRUE(store.updateFlags(inbox, {seen}));
    EXPECT_EQ(store.searchBacklog(kAccount), 0);

    ASSERT_TRUE(store.removeMessages(inbox, {7})); // EXPUNGE
    EXPECT_EQ(find(QStringLiteral("laboratorio")), (QList<quint32>{}));
    EXPECT_EQ(store.searchBacklog(), 0);
}

TEST_F(StoreSearch, DeletedMessagesAreLeftOut)
{
    StoredMessage m = row(4, QStringLiteral("Lia"), QStringLiteral("Apagada"));
    m.flags = MessageFlag::Deleted;
    add(inbox, m);
    EXPECT_EQ(find(QStringLiteral("apagada")), (QList<quint32>{}));
}

TEST_F(StoreSearch, AnUpgradedStoreIndexesWhatItAlreadyHeld)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        MailStore s(path);
        ASSERT_TRUE(s.open());
        EXPECT_EQ(s.schemaVersion(), MailStore::latestSchemaVersion());
        StoredFolder f;
        f.accountId = kAccount;
        f.name = QStringLiteral("INBOX");
        const qint64 folder = s.upsertFolder(f);
        ASSERT_TRUE(s.upsertMessages(folder, {row(1, QStringLiteral("Téo"), QStringLiteral("Olá"))}));
        EXPECT_EQ(s.searchBacklog(kAccount), 1);
        EXPECT_EQ(s.searchBacklog(QStringLiteral("someone else")), 0);
    }
    MailStore again(path);
    ASSERT_TRUE(again.open());
    EXPECT_EQ(again.searchBacklog(), 1) << "the queue is in the file: a restart indexes it";
    QString error;
    ASSERT_TRUE(LocalSearch::catchUp(again, kAccount, &error)) << error.toStdString();
    const auto folder = again.folderByName(kAccount, QStringLiteral("INBOX"));
    ASSERT_TRUE(folder.has_value());
    const QList<SearchHit> hits =
        LocalSearch::local(again, *SearchQuery::parse(QStringLiteral("teo ola"), &error), {folder->id}, &error);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].folder, QStringLiteral("INBOX"));
    EXPECT_EQ(hits[0].accountId, kAccount);
    EXPECT_EQ(hits[0].where, SearchHit::Where::Local);
}

TEST_F(StoreSearch, ServerHitsBecomeRowsWithoutRepeatsAndWithTheAttachmentTerm)
{
    const qint64 one = add(inbox, row(1, QStringLiteral("Ana"), QStringLiteral("Um")));
    StoredMessage two = row(2, QStringLiteral("Bia"), QStringLiteral("Dois"));
    two.hasAttachments = true;
    add(inbox, two);
    QString error;
    const SearchQuery plain = *SearchQuery::parse(QStringLiteral("body:x"), &error);
    const QList<ImapSearchHits> answer{{inbox, {1, 2, 99}}};
    QList<SearchHit> hits = LocalSearch::fromServer(store, plain, answer, {one});
    ASSERT_EQ(hits.size(), 1) << "1 was found locally, 99 is not synchronised";
    EXPECT_EQ(hits[0].message.uid, 2u);
    EXPECT_EQ(hits[0].where, SearchHit::Where::Server);
    const SearchQuery attached = *SearchQuery::parse(QStringLiteral("body:x has:attachment"), &error);
    hits = LocalSearch::fromServer(store, attached, answer, {});
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].message.uid, 2u);
}
