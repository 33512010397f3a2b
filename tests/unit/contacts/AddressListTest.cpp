// SPDX-License-Identifier: GPL-3.0-or-later
// Several recipients pasted at once (RFC 5322 §3.4): quoted names with
// commas, groups, comments, semicolons; every bad one named.
#include "mime/AddressList.h"

#include <gtest/gtest.h>

using namespace carteiro;

TEST(AddressList, SplitsQuotedNamesGroupsAndComments)
{
    QStringList problems;
    const auto list = AddressList::parse(
        QString::fromUtf8("\"Silva, João\" <joao@y.br>, Ana <ana@x.br> (trabalho); b@z.br, "
                          "Família: mae@x.br, \"Pai, o\" <pai@x.br>; undisclosed-recipients:;"),
        &problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list.at(0).displayName, QString::fromUtf8("Silva, João"));
    EXPECT_EQ(list.at(0).address, QStringLiteral("joao@y.br"));
    EXPECT_EQ(list.at(1).displayName, QStringLiteral("Ana"));
    EXPECT_EQ(list.at(2).address, QStringLiteral("b@z.br"));
    EXPECT_EQ(list.at(3).address, QStringLiteral("mae@x.br"));
    EXPECT_EQ(list.at(4).displayName, QStringLiteral("Pai, o"));
    EXPECT_EQ(AddressList::join(list.mid(0, 2)), QString::fromUtf8("\"Silva, João\" <joao@y.br>, Ana <ana@x.br>"));
}

TEST(AddressList, NamesEveryBadPieceAndDropsDuplicates)
{
    QStringList problems;
    const auto list = AddressList::parse(
        QStringLiteral("ok@x.br, sem-arroba, OK@x.br, <a@b@c>, \"aberto <q@x.br>"), &problems);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().address, QStringLiteral("ok@x.br"));
    ASSERT_EQ(problems.size(), 3) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("sem-arroba")));
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("missing @")));
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("a@b@c")));
    EXPECT_TRUE(problems.at(2).contains(QStringLiteral("unbalanced quotes")));
}

TEST(AddressList, LineBreaksAreRefusedNotSplit)
{
    QStringList problems;
    EXPECT_TRUE(AddressList::parse(QStringLiteral("a@x.br\r\nBcc: evil@x.br"), &problems).isEmpty());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("\\r\\n"))) << problems.first().toStdString();
    EXPECT_TRUE(AddressList::split(QStringLiteral(" , ;; ")).isEmpty());
}
