// SPDX-License-Identifier: GPL-3.0-or-later
// vCard import and export (RFC 6350; 3.0 and 2.1 read): round trip, folded
// lines, escapes, quoted-printable, groups, and hostile files named.
#include "mime/VCard.h"

#include <gtest/gtest.h>

using namespace carteiro;

TEST(VCard, WritesVersion4AndReadsItBack)
{
    ContactCard ana;
    ana.uid = QStringLiteral("urn:uuid:1");
    ana.name = QString::fromUtf8("Ana Conceição, Profa.; Escola");
    ana.emails = {QStringLiteral("ana@escola.br"), QStringLiteral("ana.casa@x.br")};
    ana.phones = {QStringLiteral("+55 11 5555-0101")};
    ana.organization = QStringLiteral("Escola Estadual");
    ana.note = QString::fromUtf8("Linha 1\nLinha 2 com \\ barra e vírgula, ponto; fim ") + QString(60, QChar(0x00e9));
    ContactGroup turma;
    turma.uid = QStringLiteral("urn:uuid:2");
    turma.name = QStringLiteral("Turma B");
    turma.members = {{ana.name, QStringLiteral("ana@escola.br")}, {QString(), QStringLiteral("bia@x.br")}};

    const QByteArray file = VCard::write({ana}, {turma});
    EXPECT_TRUE(file.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    EXPECT_TRUE(file.contains("FN:Ana Conceição\\, Profa.\\; Escola\r\n"));
    EXPECT_TRUE(file.contains("KIND:group\r\n"));
    EXPECT_TRUE(file.contains("MEMBER:mailto:bia@x.br\r\n"));
    for (const QByteArray &line : file.split('\n'))
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets + CR
    EXPECT_FALSE(QString::fromUtf8(file).contains(QChar::ReplacementCharacter)) << "a UTF-8 sequence split by folding";

    QString error;
    const auto back = VCard::read(file, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_TRUE(back->problems.isEmpty()) << back->problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(back->contacts.size(), 1);
    EXPECT_EQ(back->contacts.first(), ana);
    ASSERT_EQ(back->groups.size(), 1);
    EXPECT_EQ(back->groups.first().name, turma.name);
    ASSERT_EQ(back->groups.first().members.size(), 2);
    EXPECT_EQ(back->groups.first().members.at(0).displayName, ana.name); // named from the card
    EXPECT_EQ(back->groups.first().members.at(1).address, QStringLiteral("bia@x.br"));
}

TEST(VCard, ReadsVersion3FoldedWithGroupsAndTypes)
{
    const QByteArray v3 = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Silva;Jo\xc3\xa3o;;Dr.;\r\n"
                          "item1.EMAIL;TYPE=INTERNET,WORK:joao@\r\n trabalho.br\r\n"
                          "EMAIL;TYPE=HOME,PREF:joao@casa.br\r\nTEL;TYPE=CELL:+55 21 9\r\n\t8888-7777\r\n"
                          "ORG:Prefeitura;Educa\xc3\xa7\xc3\xa3o\r\nPHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\nEND:VCARD\r\n";
    QString error;
    const auto c = VCard::read(v3, &error);
    ASSERT_TRUE(c) << error.toStdString();
    ASSERT_EQ(c->contacts.size(), 1);
    const ContactCard &card = c->contacts.first();
    EXPECT_EQ(card.name, QString::fromUtf8("Dr. João Silva"));
    EXPECT_EQ(card.emails, (QStringList{QStringLiteral("joao@casa.br"), QStringLiteral("joao@trabalho.br")}));
    EXPECT_EQ(card.phones, QStringList{QStringLiteral("+55 21 98888-7777")});
    EXPECT_EQ(card.organization, QStringLiteral("Prefeitura"));
}

TEST(VCard, ReadsVersion21QuotedPrintableWithoutCrashing)
{
    const QByteArray v21 = "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Concei=E7=E3o;Jos=\n=E9\n"
                           "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Jos=C3=A9 Concei=C3=A7=C3=A3o\n"
                           "EMAIL;INTERNET:jose@x.br\nNOTE;ENCODING=QUOTED-PRINTABLE:broken =ZZ and =\nEND:VCARD\n";
    QString error;
    const auto c = VCard::read(v21, &error);
    ASSERT_TRUE(c) << error.toStdString();
    ASSERT_EQ(c->contacts.size(), 1);
    EXPECT_EQ(c->contacts.first().name, QString::fromUtf8("José Conceição"));
    EXPECT_EQ(c->contacts.first().emails, QStringList{QStringLiteral("jose@x.br")});
}

TEST(VCard, HostileFilesGiveNamedErrors)
{
    QString error;
    EXPECT_FALSE(VCard::read(QByteArray(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("empty"))) << error.toStdString();
    EXPECT_FALSE(VCard::read(QByteArray("BEGIN:VCARD\0\x01\x02", 15), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("NUL"))) << error.toStdString();
    EXPECT_FALSE(VCard::read("From: someone\r\nSubject: not a card\r\n", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("BEGIN:VCARD"))) << error.toStdString();
    EXPECT_FALSE(VCard::read(QByteArray(VCard::kMaxFileBytes + 1, 'A'), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("larger"))) << error.toStdString();
    QByteArray many;
    for (int i = 0; i <= VCard::kMaxCards; ++i)
        many += "BEGIN:VCARD\nFN:x\nEND:VCARD\n";
    EXPECT_FALSE(VCard::read(many, &error));
    EXPECT_TRUE(error.contains(QString::number(VCard::kMaxCards))) << error.toStdString();
}

TEST(VCard, BadCardsInAGoodFileAreSkippedAndNamed)
{
    const QByteArray file = "junk before\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sem Arroba\r\nEMAIL:semarroba\r\n"
                            "EMAIL:bom@x.br\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:9.9\r\nNOTE:nada\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nFN:Injetado\r\nEMAIL:a@x.br\\nBcc: evil@x.br\r\nthis line has no colon\r\n"
                            "BEGIN:VCARD\r\nKIND:group\r\nFN:Grupo, ruim\r\nMEMBER:mailto:a@x.br\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nFN:Sem fim\r\nEMAIL:fim@x.br\r\n";
    QString error;
    const auto c = VCard::read(file, &error);
    ASSERT_TRUE(c) << error.toStdString();
    const QString problems = c->problems.join(QLatin1Char('\n'));
    ASSERT_EQ(c->contacts.size(), 3) << problems.toStdString();
    EXPECT_EQ(c->contacts.at(0).emails, QStringList{QStringLiteral("bom@x.br")});
    EXPECT_TRUE(c->contacts.at(1).emails.isEmpty()); // the injected address is not taken
    EXPECT_EQ(c->contacts.at(2).name, QStringLiteral("Sem fim"));
    EXPECT_TRUE(c->groups.isEmpty());
    for (const char *expected : {"outside BEGIN:VCARD", "semarroba", "9.9", "no name and no address",
                                 "not a vCard property", "no END:VCARD", "Grupo, ruim", "the file ends first"})
        EXPECT_TRUE(problems.contains(QLatin1String(expected))) << expected << "\n" << problems.toStdString();
}
