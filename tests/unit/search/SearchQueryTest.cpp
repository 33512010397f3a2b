// SPDX-License-Identifier: GPL-3.0-or-later
// SearchQuery: each term read from the search field (English and Portuguese
// keys), every bad term named in its error, the FTS5 expression, the folding
// a Portuguese speaker expects; SearchText: the body text the index holds.
#include "search/SearchQuery.h"
#include "search/SearchText.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {

SearchQuery parsed(const QString &text)
{
    QString error;
    const auto q = SearchQuery::parse(text, &error);
    EXPECT_TRUE(q.has_value()) << text.toStdString() << ": " << error.toStdString();
    return q.value_or(SearchQuery());
}

QString errorOf(const QString &text)
{
    QString error;
    EXPECT_FALSE(SearchQuery::parse(text, &error).has_value()) << text.toStdString();
    return error;
}

} // namespace

TEST(SearchQuery, EachTermInEnglishAndPortuguese)
{
    const SearchQuery q = parsed(QStringLiteral("aula from:joao to:bob subject:\"rede de computadores\" body:carteiro "
                                                "since:2024-03-01 before:31/03/2024 has:attachment is:unread "
                                                "is:flagged"));
    EXPECT_EQ(q.words, QStringList{QStringLiteral("aula")});
    EXPECT_EQ(q.from, QStringList{QStringLiteral("joao")});
    EXPECT_EQ(q.to, QStringList{QStringLiteral("bob")});
    EXPECT_EQ(q.subject, QStringList{QStringLiteral("rede de computadores")});
    EXPECT_EQ(q.body, QStringList{QStringLiteral("carteiro")});
    EXPECT_EQ(q.since, QDate(2024, 3, 1));
    EXPECT_EQ(q.before, QDate(2024, 3, 31));
    EXPECT_TRUE(q.hasAttachment && q.unread && q.flagged);
    EXPECT_TRUE(q.needsBodies());

    const SearchQuery pt = parsed(QStringLiteral("de:João para:bob assunto:aula corpo:carteiro desde:01/03/2024 "
                                                 "até:2024-04-01 tem:anexo é:naolida"));
    EXPECT_EQ(pt.from, QStringList{QStringLiteral("João")});
    EXPECT_EQ(pt.to, QStringList{QStringLiteral("bob")});
    EXPECT_EQ(pt.subject, QStringList{QStringLiteral("aula")});
    EXPECT_EQ(pt.body, QStringList{QStringLiteral("carteiro")});
    EXPECT_EQ(pt.since, QDate(2024, 3, 1));
    EXPECT_EQ(pt.before, QDate(2024, 4, 1));
    EXPECT_TRUE(pt.hasAttachment && pt.unread);
    EXPECT_FALSE(pt.flagged);
}

TEST(SearchQuery, AttributesAloneNeedNoText)
{
    const SearchQuery q = parsed(QStringLiteral("is:flagged"));
    EXPECT_FALSE(q.isEmpty());
    EXPECT_FALSE(q.hasText());
    EXPECT_FALSE(q.needsBodies());
    EXPECT_TRUE(q.ftsExpression().isEmpty());
    EXPECT_TRUE(parsed(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(parsed(QStringLiteral("-- ...")).isEmpty()) << "no letter or digit: nothing to match";
}

TEST(SearchQuery, BadTermsAreNamed)
{
    EXPECT_TRUE(errorOf(QStringLiteral("colour:red")).contains(QStringLiteral("colour:red")));
    EXPECT_TRUE(errorOf(QStringLiteral("since:ontem")).contains(QStringLiteral("since:ontem")));
    EXPECT_TRUE(errorOf(QStringLiteral("since:2024-02-30")).contains(QStringLiteral("2024-02-30")));
    EXPECT_TRUE(errorOf(QStringLiteral("from:")).contains(QStringLiteral("from:")));
    EXPECT_TRUE(errorOf(QStringLiteral("subject:\"aula")).contains(QStringLiteral("subject:\"aula")));
    EXPECT_TRUE(errorOf(QStringLiteral("has:photo")).contains(QStringLiteral("has:photo")));
    EXPECT_TRUE(errorOf(QStringLiteral("is:urgent")).contains(QStringLiteral("is:urgent")));
    const QString range = errorOf(QStringLiteral("since:2024-05-01 before:2024-04-01"));
    EXPECT_TRUE(range.contains(QStringLiteral("2024-04-01")) && range.contains(QStringLiteral("2024-05-01")))
        << range.toStdString();
    // A web address is a word, not an unknown term.
    EXPECT_EQ(parsed(QStringLiteral("https://example.test/x")).words,
              QStringList{QStringLiteral("https://example.test/x")});
}

TEST(SearchQuery, FtsExpressionQuotesEveryTermAsAPrefixPhrase)
{
    const SearchQuery q = parsed(QStringLiteral("aula \"say \"\"hi\" from:joao subject:\"a b\""));
    EXPECT_EQ(q.ftsExpression(),
              QStringLiteral("\"aula\"* AND \"say\"* AND \"hi\"* AND sender : \"joao\"* AND subject : \"a b\"*"))
        << q.ftsExpression().toStdString();
    // Quotes inside a word are doubled, so the user cannot write FTS5 syntax.
    SearchQuery raw;
    raw.words << QStringLiteral("a\"b");
    EXPECT_EQ(raw.ftsExpression(), QStringLiteral("\"a\"\"b\"*"));
}

TEST(SearchQuery, FoldsCaseAndAccentsTheWayTheIndexDoes)
{
    EXPECT_EQ(SearchQuery::fold(QStringLiteral("João Conceição")), QStringLiteral("joao conceicao"));
    EXPECT_EQ(SearchQuery::fold(QStringLiteral("ÀÉÎÕÜ ç")), QStringLiteral("aeiou c"));
    EXPECT_EQ(SearchQuery::fold(QStringLiteral("Plain ASCII")), QStringLiteral("plain ascii"));
    EXPECT_EQ(parsed(QStringLiteral("since:2024-03-01 from:\"Ana Maria\" is:unread")).toString(),
              QStringLiteral("from:\"Ana Maria\" since:2024-03-01 is:unread"));
}

TEST(SearchText, BodyTextFromPlainHtmlAndAttachmentNames)
{
    const QByteArray raw = "From: a@example.test\r\n"
                           "Subject: x\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                           "--b\r\n"
                           "Content-Type: multipart/alternative; boundary=c\r\n\r\n"
                           "--c\r\n"
                           "Content-Type: text/plain; charset=iso-8859-1\r\n"
                           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                           "A li=E7=E3o de hoje\r\n"
                           "--c\r\n"
                           "Content-Type: text/html\r\n\r\n"
                           "<p>only in html</p>\r\n"
                           "--c--\r\n"
                           "--b\r\n"
                           "Content-Type: text/html; charset=utf-8\r\n\r\n"
                           "<style>p{color:red}</style><p>Caf&eacute; &amp; <b>p&#227;o</b></p><!-- hidden -->\r\n"
                           "--b\r\n"
                           "Content-Type: application/pdf; name=\"horário.pdf\"\r\n"
                           "Content-Disposition: attachment; filename=\"horário.pdf\"\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\n"
                           "aGVsbG8=\r\n"
                           "--b--\r\n";
    const QString text = SearchText::body(raw);
    EXPECT_TRUE(text.contains(QStringLiteral("A lição de hoje"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("only in html"))) << "the plain alternative is enough";
    EXPECT_TRUE(text.contains(QStringLiteral("Café & "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("pão"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("color"))) << "style sheets are not words of the message";
    EXPECT_FALSE(text.contains(QStringLiteral("hidden")));
    EXPECT_TRUE(text.contains(QStringLiteral("horário.pdf")));
    EXPECT_FALSE(text.contains(QStringLiteral("hello"))) << "an attachment's bytes are not indexed";
}

TEST(SearchText, HugeBodiesAreBounded)
{
    const QByteArray raw = "Subject: big\r\n\r\n" + QByteArray(SearchText::kMaxBodyChars * 2, 'a');
    EXPECT_LE(SearchText::body(raw).size(), SearchText::kMaxBodyChars);
    EXPECT_TRUE(SearchText::body(QByteArray()).trimmed().isEmpty());
}
