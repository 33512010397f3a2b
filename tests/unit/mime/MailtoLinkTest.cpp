// SPDX-License-Identifier: GPL-3.0-or-later
// mailto: links (RFC 6068): the examples of §6, and hostile links that try to
// attach local files, inject headers or smuggle bytes.
#include "mime/MailtoLink.h"

#include <gtest/gtest.h>

using carteiro::MailtoLink;

namespace {
std::string s(const QString &q)
{
    return q.toStdString();
}
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
MailtoLink ok(const char *url)
{
    QString error;
    const auto link = MailtoLink::parse(u(url), &error);
    EXPECT_TRUE(link.has_value()) << url << ": " << s(error);
    EXPECT_TRUE(error.isEmpty()) << s(error);
    return link.value_or(MailtoLink{});
}
QString refusal(const QString &url)
{
    QString error;
    const auto link = MailtoLink::parse(url, &error);
    EXPECT_FALSE(link.has_value()) << s(url.left(80));
    EXPECT_FALSE(error.isEmpty());
    return error;
}
} // namespace

TEST(MailtoLink, Rfc6068BasicExamples) // §6.1
{
    EXPECT_EQ(ok("mailto:chris@example.com").to, QStringList{u("chris@example.com")});
    MailtoLink l = ok("mailto:infobot@example.com?subject=current-issue");
    EXPECT_EQ(s(l.subject), "current-issue");
    EXPECT_EQ(s(ok("mailto:infobot@example.com?body=send%20current-issue").body), "send current-issue");
    EXPECT_EQ(s(ok("mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index").body),
              "send current-issue\nsend index");
    EXPECT_EQ(s(ok("mailto:list@example.org?In-Reply-To=%3C3469A91.D10AF4C@example.com%3E").inReplyTo),
              "<3469A91.D10AF4C@example.com>");
    l = ok("mailto:majordomo@example.com?body=subscribe%20bamboo-l");
    EXPECT_EQ(s(l.body), "subscribe bamboo-l");
    l = ok("mailto:joe@example.com?cc=bob@example.com&body=hello");
    EXPECT_EQ(l.to, QStringList{u("joe@example.com")});
    EXPECT_EQ(l.cc, QStringList{u("bob@example.com")});
    EXPECT_EQ(s(l.body), "hello");
    l = ok("mailto:?to=joe@example.com&cc=bob@example.com&body=hello");
    EXPECT_EQ(l.to, QStringList{u("joe@example.com")});
    EXPECT_EQ(l.cc, QStringList{u("bob@example.com")});
    l = ok("mailto:gorby%25kremvax@example.com");
    EXPECT_EQ(l.to, QStringList{u("gorby%kremvax@example.com")});
    l = ok("mailto:unlikely%3Faddress@example.com?blat=foop");
    EXPECT_EQ(l.to, QStringList{u("unlikely?address@example.com")});
    EXPECT_EQ(l.ignored, QStringList{u("blat")});
    EXPECT_EQ(ok("mailto:Mike%26family@example.org").to, QStringList{u("Mike&family@example.org")});
}

TEST(MailtoLink, Rfc6068QuotedLocalParts) // §6.2
{
    EXPECT_EQ(ok("mailto:%22not%40me%22@example.org").to, QStringList{u("\"not@me\"@example.org")});
    EXPECT_EQ(ok("mailto:%22oh%5C%5Cno%22@example.org").to, QStringList{u("\"oh\\\\no\"@example.org")});
    EXPECT_EQ(ok("mailto:%22%5C%5C%5C%22it's%5C%20ugly%5C%5C%5C%22%22@example.org").to,
              QStringList{u("\"\\\\\\\"it's\\ ugly\\\\\\\"\"@example.org")});
    // A comma inside quotes does not split.
    EXPECT_EQ(ok("mailto:%22a,b%22@example.org,c@example.org").to,
              (QStringList{u("\"a,b\"@example.org"), u("c@example.org")}));
}

TEST(MailtoLink, Rfc6068NonAsciiExamples) // §6.3
{
    EXPECT_EQ(s(ok("mailto:user@example.org?subject=caf%C3%A9").subject), "café");
    EXPECT_EQ(s(ok("mailto:user@example.org?subject=%3D%3Futf-8%3FQ%3Fcaf%3DC3%3DA9%3F%3D").subject), "café");
    EXPECT_EQ(s(ok("mailto:user@example.org?subject=%3D%3Fiso-8859-1%3FQ%3Fcaf%3DE9%3F%3D").subject), "café");
    const MailtoLink l = ok("mailto:user@%E7%B4%8D%E8%B1%86.example.org?subject=Test&body=NATTO");
    EXPECT_EQ(l.to, QStringList{u("user@納豆.example.org")});
    EXPECT_EQ(s(l.subject), "Test");
    EXPECT_EQ(s(l.body), "NATTO");
}

TEST(MailtoLink, RecipientsFromThePathAndParametersAddUp)
{
    const MailtoLink l =
        ok("mailto:addr1@an.example,addr2@an.example?to=addr3@an.example&TO=addr4@an.example&Bcc=hidden@an.example");
    EXPECT_EQ(l.to, (QStringList{u("addr1@an.example"), u("addr2@an.example"), u("addr3@an.example"),
                                 u("addr4@an.example")}));
    EXPECT_EQ(l.bcc, QStringList{u("hidden@an.example")});
    // '+' is a plus, not a space (RFC 6068 §5); the first subject wins.
    const MailtoLink m = ok("MAILTO:a@b.example?subject=1+1%3D2&subject=second");
    EXPECT_EQ(s(m.subject), "1+1=2");
    EXPECT_EQ(s(ok("mailto:a@b.example#fragment").to.value(0)), "a@b.example");
    // A raw space, as typed in a terminal, is kept.
    EXPECT_EQ(s(ok("mailto:a@b.example?subject=two words").subject), "two words");
}

TEST(MailtoLink, AttachAndEveryFileParameterIsRefusedAndNamed)
{
    const MailtoLink l = ok("mailto:victim@example.org?subject=hi&attach=/etc/passwd&Attachment=file:///home/"
                            "u/.ssh/id_rsa&file=%2Fetc%2Fshadow&x-attach=~/.gnupg&body=x");
    EXPECT_EQ(l.refused, (QStringList{u("attach=/etc/passwd"), u("Attachment=file:///home/u/.ssh/id_rsa"),
                                      u("file=/etc/shadow"), u("x-attach=~/.gnupg")}));
    EXPECT_EQ(s(l.subject), "hi");
    EXPECT_EQ(s(l.body), "x");
    // Encoded parameter names are caught too.
    EXPECT_EQ(ok("mailto:a@b.example?%61ttach=/etc/passwd").refused, QStringList{u("attach=/etc/passwd")});
    for (const char *name : {"attachments", "path", "filename", "upload", "include", "import"})
        EXPECT_TRUE(MailtoLink::namesAFile(u(name))) << name;
    for (const char *name : {"to", "cc", "subject", "body", "in-reply-to", "keywords"})
        EXPECT_FALSE(MailtoLink::namesAFile(u(name))) << name;
}

TEST(MailtoLink, HeaderInjectionGoesNowhere)
{
    // A line break in the subject cannot start a new header field.
    MailtoLink l = ok("mailto:a@b.example?subject=hello%0D%0ABcc:%20spy@evil.example");
    EXPECT_EQ(s(l.subject), "hello Bcc: spy@evil.example");
    EXPECT_TRUE(l.bcc.isEmpty());
    // Headers a link may not set are ignored and named (RFC 6068 §7).
    l = ok("mailto:a@b.example?From=boss@example.org&Sender=x@y&Reply-To=z@w&In-Reply-To=not-an-id");
    EXPECT_EQ(l.ignored, (QStringList{u("From"), u("Sender"), u("Reply-To"), u("In-Reply-To")}));
    // A line break inside an address refuses the whole link.
    EXPECT_NE(s(refusal(u("mailto:a@b.example%0D%0ABcc:spy@evil.example"))).find("control character"),
              std::string::npos);
    EXPECT_NE(s(refusal(u("mailto:a@b.example?cc=c@d.example%0Aspy@evil"))).find("\"cc\""), std::string::npos);
    // NUL and DEL leave the body; tabs and line breaks stay.
    EXPECT_EQ(s(ok("mailto:a@b.example?body=a%00b%7Fc%09d%0De").body), "abc\td\ne");
}

TEST(MailtoLink, UnreadableLinksAreRefusedSayingWhy)
{
    EXPECT_NE(s(refusal(u("http://example.org/"))).find("not a mailto: link"), std::string::npos);
    EXPECT_NE(s(refusal(u("javascript:alert(1)"))).find("not a mailto: link"), std::string::npos);
    EXPECT_NE(s(refusal(u("mailto:a@b.example?subject=%ZZ"))).find("\"%ZZ\""), std::string::npos);
    EXPECT_NE(s(refusal(u("mailto:a@b.example?subject=ab%4"))).find("bad %-escape"), std::string::npos);
    EXPECT_NE(s(refusal(u("mailto:a@b.example?subject=%C3%28"))).find("not UTF-8"), std::string::npos);
    EXPECT_NE(s(refusal(u("mailto:a@b.example\n?subject=x"))).find("not %-encoded"), std::string::npos);
    EXPECT_NE(s(refusal(u("mailto:a@b.example?subject=x%0A&cc=%07@x"))).find("control character"),
              std::string::npos);
    const QString huge = u("mailto:a@b.example?body=") + QString(MailtoLink::kMaxLength, QLatin1Char('x'));
    EXPECT_NE(s(refusal(huge)).find("too long"), std::string::npos);
}

TEST(MailtoLink, EmptyAndOddButHarmlessLinks)
{
    const MailtoLink empty = ok("mailto:");
    EXPECT_TRUE(empty.to.isEmpty());
    EXPECT_TRUE(empty.subject.isEmpty());
    const MailtoLink odd = ok("mailto:a@b.example?&&subject&=x&body=");
    EXPECT_EQ(odd.to, QStringList{u("a@b.example")});
    EXPECT_TRUE(odd.subject.isEmpty());
    EXPECT_EQ(odd.ignored, QStringList{u("")});
    EXPECT_TRUE(MailtoLink::isMailto(u("  MailTo:x")));
    EXPECT_FALSE(MailtoLink::isMailto(u("mail:x")));
}
