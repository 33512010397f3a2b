// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/MailAddress.h"

#include <gtest/gtest.h>

using carteiro::MailAddress;

namespace {

struct Good
{
    const char *input;
    const char *displayName;
    const char *address;
};

struct Bad
{
    QString input;
    const char *because; // a piece of the expected error
};

} // namespace

TEST(MailAddressTest, ParsesTheUsualForms)
{
    const Good cases[] = {
        {"Zé Ninguém <ze@exemplo.com.br>", "Zé Ninguém", "ze@exemplo.com.br"},
        {"\"Silva, Ana\" <ana@x.br>", "Silva, Ana", "ana@x.br"},
        {"<a@b>", "", "a@b"},
        {"a@b", "", "a@b"},
        {"  ana.silva+tag@exemplo.com.br  ", "", "ana.silva+tag@exemplo.com.br"},
        {"Ana   Silva <ana@x.br>", "Ana Silva", "ana@x.br"},
        {"\"Ana \\\"A\\\" Silva\" <ana@x.br>", "Ana \"A\" Silva", "ana@x.br"},
        {"\"Zé <chefe>\" <ze@x.br>", "Zé <chefe>", "ze@x.br"},
        {"josé@exâmplo.br", "", "josé@exâmplo.br"},
        {"Root <root@[192.0.2.1]>", "Root", "root@[192.0.2.1]"},
        {"Ana <ana@x.br >", "Ana", "ana@x.br"},
    };
    for (const Good &c : cases) {
        QString error;
        const auto parsed = MailAddress::parse(QString::fromUtf8(c.input), &error);
        ASSERT_TRUE(parsed.has_value()) << c.input << ": " << error.toStdString();
        EXPECT_EQ(parsed->displayName, QString::fromUtf8(c.displayName)) << c.input;
        EXPECT_EQ(parsed->address, QString::fromUtf8(c.address)) << c.input;
        EXPECT_TRUE(parsed->isValid()) << c.input;
        // toDisplayString() reads back as the same address.
        const auto again = MailAddress::parse(parsed->toDisplayString(), &error);
        ASSERT_TRUE(again.has_value()) << parsed->toDisplayString().toStdString();
        EXPECT_EQ(*again, *parsed) << parsed->toDisplayString().toStdString();
    }
}

TEST(MailAddressTest, RefusesBadInputWithAClearError)
{
    const Bad cases[] = {
        {QStringLiteral("Zé\r\nBcc: x@y <ze@x.br>"), "line break"},
        {QStringLiteral("ze@x.br\n"), "line break"},
        {QStringLiteral("ze@x.br\r"), "line break"},
        {QString::fromUtf8("Zé <ze@x.br>") + QChar(u'\0'), "NUL"},
        {QStringLiteral("ze") + QChar(u'\0') + QStringLiteral("@x.br"), "NUL"},
        {QStringLiteral("zexemplo.com.br"), "missing @"},
        {QStringLiteral("Ana <ana.x.br>"), "missing @"},
        {QStringLiteral("@x.br"), "empty local part"},
        {QStringLiteral("ana@"), "empty domain"},
        {QStringLiteral("ana silva@x.br"), "spaces"},
        {QStringLiteral("<ana\tsilva@x.br>"), "spaces"},
        {QStringLiteral("ana@x\x01.br"), "control"},
        {QStringLiteral("Ana <ana@x.br"), "unbalanced"},
        {QStringLiteral("Ana ana@x.br>"), "unbalanced"},
        {QStringLiteral("Ana >ana@x.br<"), "unbalanced"},
        {QStringLiteral("\"Ana <ana@x.br>"), "unbalanced quotes"},
        {QStringLiteral("a@b.br, c@d.br"), "more than one address"},
        {QStringLiteral("Ana <a@b.br>, Bia <c@d.br>"), "more than one address"},
        {QStringLiteral("Ana <a@b.br> c@d.br"), "more than one address"},
        {QStringLiteral("Silva, Ana <ana@x.br>"), "more than one address"},
        {QStringLiteral("a@b@c.br"), "more than one @"},
        {QStringLiteral(""), "empty"},
        {QStringLiteral("   "), "empty"},
        {QStringLiteral("\"a b\"@x.br"), "quoted local"},
        {QStringLiteral(".ana@x.br"), "dot"},
        {QStringLiteral("ana@x..br"), "dot"},
        {QStringLiteral("ana@-x.br"), "domain"},
        {QStringLiteral("ana@x_y(z).br"), "not allowed"},
    };
    for (const Bad &c : cases) {
        QString error;
        const auto parsed = MailAddress::parse(c.input, &error);
        EXPECT_FALSE(parsed.has_value()) << c.input.toStdString();
        EXPECT_TRUE(error.contains(QLatin1String(c.because), Qt::CaseInsensitive))
            << c.input.toStdString() << " -> " << error.toStdString();
        // The error quotes the input, with control characters made visible: it never
        // carries a raw CR, LF or NUL itself.
        EXPECT_TRUE(error.startsWith(QStringLiteral("Invalid address \""))) << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\r')) || error.contains(QLatin1Char('\n'))
                     || error.contains(QChar(u'\0')))
            << error.toStdString();
    }
}

TEST(MailAddressTest, ErrorShowsTheOffendingInputVisibly)
{
    QString error;
    EXPECT_FALSE(MailAddress::parse(QStringLiteral("Eva\r\nBcc: all@x.br <eva@x.br>"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Eva\\r\\nBcc: all@x.br"))) << error.toStdString();
}

TEST(MailAddressTest, BuiltFieldByFieldIsCheckedToo)
{
    MailAddress a{QStringLiteral("Zé\nNinguém"), QStringLiteral("ze@x.br")};
    QString error;
    EXPECT_FALSE(a.isValid(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("line break"))) << error.toStdString();
    a.displayName = QStringLiteral("Zé");
    EXPECT_TRUE(a.isValid(&error));
    a.address = QStringLiteral("ze x@x.br");
    EXPECT_FALSE(a.isValid(&error));
}

TEST(MailAddressTest, EnvelopeAndSmtpUtf8)
{
    QString error;
    const auto ascii = MailAddress::parse(QStringLiteral("Ana <Ana.Silva@Exemplo.com.br>"), &error);
    ASSERT_TRUE(ascii);
    EXPECT_FALSE(ascii->needsSmtpUtf8());
    EXPECT_EQ(ascii->envelopeAddress(), QByteArray("Ana.Silva@exemplo.com.br"));

    // A non-ASCII domain goes out as IDNA and needs no SMTPUTF8.
    const auto idn = MailAddress::parse(QString::fromUtf8("ana@exâmplo.com.br"), &error);
    ASSERT_TRUE(idn);
    EXPECT_FALSE(idn->needsSmtpUtf8());
    EXPECT_EQ(idn->envelopeAddress(), QByteArray("ana@xn--exmplo-xta.com.br"));

    // A non-ASCII local part does, and stays UTF-8.
    const auto utf8 = MailAddress::parse(QString::fromUtf8("José <josé@exâmplo.com.br>"), &error);
    ASSERT_TRUE(utf8);
    EXPECT_TRUE(utf8->needsSmtpUtf8());
    EXPECT_EQ(utf8->envelopeAddress(), QByteArray("jos\xc3\xa9@xn--exmplo-xta.com.br"));

    const auto literal = MailAddress::parse(QStringLiteral("root@[192.0.2.1]"), &error);
    ASSERT_TRUE(literal);
    EXPECT_EQ(literal->envelopeAddress(), QByteArray("root@[192.0.2.1]"));
}

TEST(MailAddressTest, DisplayStringQuotesWhenNeeded)
{
    EXPECT_EQ((MailAddress{QStringLiteral("Silva, Ana"), QStringLiteral("ana@x.br")}).toDisplayString(),
              QStringLiteral("\"Silva, Ana\" <ana@x.br>"));
    EXPECT_EQ((MailAddress{QString::fromUtf8("Zé Ninguém"), QStringLiteral("ze@x.br")}).toDisplayString(),
              QString::fromUtf8("Zé Ninguém <ze@x.br>"));
    EXPECT_EQ((MailAddress{QString(), QStringLiteral("ze@x.br")}).toDisplayString(), QStringLiteral("ze@x.br"));
    EXPECT_EQ((MailAddress{QStringLiteral("A \"B\" C."), QStringLiteral("a@x.br")}).toDisplayString(),
              QStringLiteral("\"A \\\"B\\\" C.\" <a@x.br>"));
}
