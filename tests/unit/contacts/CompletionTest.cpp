// SPDX-License-Identifier: GPL-3.0-or-later
// Address completion: accents and case folded, word starts before substrings,
// ranking by use and recency, the address book first, own addresses left out.
#include "engine/AddressCompletion.h"
#include "util/TextFold.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-07T12:00:00Z"), Qt::ISODate);

SeenAddress seen(const QString &name, const QString &address, int received, int written, int daysAgo)
{
    return {address, name, received, written, kNow.addDays(-daysAgo)};
}

QStringList addresses(const QList<CompletionEntry> &entries)
{
    QStringList out;
    for (const CompletionEntry &e : entries)
        out << (e.isGroup() ? QStringLiteral("group:") + e.name : e.address);
    return out;
}
} // namespace

TEST(TextFold, FoldsAccentsAndCase)
{
    EXPECT_EQ(TextFold::fold(QString::fromUtf8("João Conceição")), QStringLiteral("joao conceicao"));
    EXPECT_EQ(TextFold::fold(QString::fromUtf8("ÁGUA Ñandú Straße")), QStringLiteral("agua nandu strasse"));
    EXPECT_EQ(TextFold::fold(QString()), QString());
    EXPECT_TRUE(TextFold::startsWord(QStringLiteral("ana silva"), QStringLiteral("sil")));
    EXPECT_TRUE(TextFold::startsWord(QStringLiteral("ana@exemplo.com"), QStringLiteral("exem")));
    EXPECT_FALSE(TextFold::startsWord(QStringLiteral("ana silva"), QStringLiteral("ilva")));
}

TEST(AddressCompletion, JoaoFindsJoaoWithAccents)
{
    AddressCompletion c;
    c.setData({seen(QString::fromUtf8("João Silva"), QStringLiteral("js@escola.br"), 1, 0, 3),
               seen(QStringLiteral("Maria"), QStringLiteral("maria@escola.br"), 1, 0, 3)},
              {}, {}, kNow);
    const auto hits = c.complete(QStringLiteral("joao"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().address, QStringLiteral("js@escola.br"));
    EXPECT_EQ(hits.first().insertText(), QString::fromUtf8("João Silva <js@escola.br>"));
    EXPECT_EQ(addresses(c.complete(QString::fromUtf8("SÍLVA"))), QStringList{QStringLiteral("js@escola.br")});
    EXPECT_TRUE(c.complete(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(c.complete(QStringLiteral("zzz")).isEmpty());
}

TEST(AddressCompletion, RanksByUseRecencyAndMatchPlace)
{
    AddressCompletion c;
    c.setData({seen(QStringLiteral("Ana Antiga"), QStringLiteral("ana.antiga@x.br"), 30, 0, 400), // often, long ago
               seen(QStringLiteral("Ana Nova"), QStringLiteral("ana.nova@x.br"), 2, 1, 1),       // written to, recently
               seen(QStringLiteral("Ana Rara"), QStringLiteral("ana.rara@x.br"), 1, 0, 1),
               seen(QStringLiteral("Mariana"), QStringLiteral("mari@x.br"), 50, 10, 0)}, // "ana" only inside a word
              {}, {}, kNow);
    EXPECT_EQ(addresses(c.complete(QStringLiteral("ana"))),
              (QStringList{QStringLiteral("ana.nova@x.br"), QStringLiteral("ana.rara@x.br"),
                           QStringLiteral("ana.antiga@x.br"), QStringLiteral("mari@x.br")}));
    EXPECT_GT(AddressCompletion::score(0, 1, kNow, kNow), AddressCompletion::score(3, 0, kNow, kNow));
    EXPECT_GT(AddressCompletion::score(5, 0, kNow.addDays(-1), kNow),
              AddressCompletion::score(5, 0, kNow.addDays(-90), kNow));
    EXPECT_EQ(c.complete(QStringLiteral("a"), 2).size(), 2);
}

TEST(AddressCompletion, AddressBookAndGroupsComeFirstOwnAddressesNever)
{
    ContactCard card;
    card.name = QString::fromUtf8("Bea Conceição");
    card.emails = {QStringLiteral("bea@x.br")};
    ContactGroup group;
    group.name = QString::fromUtf8("Bebês da turma");
    group.members = {{QStringLiteral("Pai"), QStringLiteral("pai@x.br")}, {QString(), QStringLiteral("mae@x.br")}};
    AddressCompletion c;
    c.setData({seen(QStringLiteral("Beto"), QStringLiteral("beto@x.br"), 3, 1, 0),
               seen(QStringLiteral("bea (old name)"), QStringLiteral("BEA@x.br"), 1, 0, 10),
               seen(QStringLiteral("Me"), QStringLiteral("be.me@x.br"), 100, 100, 0)},
              {card}, {group}, kNow);
    c.setExcluded({QStringLiteral("Be.Me@x.br")});
    const auto hits = c.complete(QStringLiteral("be"));
    EXPECT_EQ(addresses(hits), (QStringList{QStringLiteral("BEA@x.br"), QString::fromUtf8("group:Bebês da turma"),
                                            QStringLiteral("beto@x.br")}));
    EXPECT_EQ(hits.first().name, QString::fromUtf8("Bea Conceição")); // the address book's spelling
    EXPECT_TRUE(hits.first().inAddressBook);
    EXPECT_EQ(hits.at(1).insertText(), QStringLiteral("Pai <pai@x.br>, mae@x.br"));
}

TEST(AddressCompletion, CurrentPieceIsAfterTheLastSeparatorOutsideQuotes)
{
    EXPECT_EQ(AddressCompletion::currentPieceStart(QStringLiteral("jo")), 0);
    const QString line = QStringLiteral("\"Silva, Ana\" <ana@x.br>, jo");
    EXPECT_EQ(line.mid(AddressCompletion::currentPieceStart(line)), QStringLiteral("jo"));
    const QString open = QStringLiteral("a@b; \"Lima, Jo");
    EXPECT_EQ(open.mid(AddressCompletion::currentPieceStart(open)), QStringLiteral("\"Lima, Jo"));
}
