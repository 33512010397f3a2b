// SPDX-License-Identifier: GPL-3.0-or-later
// ReplyBuilder: who a reply goes to, its subject, threading fields and quote,
// and what a forward carries along.
#include "MimeTestFiles.h"
#include "mime/ReplyBuilder.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::mimetest;

namespace {

// Zé writes to Alice (twice, in two spellings), Ana, Bob and Carol; Alice reads it.
const QByteArray kOriginal = QByteArrayLiteral(
    "From: =?utf-8?Q?Z=C3=A9_Ningu=C3=A9m?= <ze@exemplo.com.br>\r\n"
    "To: Alice <alice@example.test>, \"Silva, Ana\" <ana@x.br>, ALICE@Example.TEST\r\n"
    "Cc: bob@example.test, Ana@X.br,\r\n carol@example.test, alice.work@example.test\r\n"
    "Subject: Res: RE: =?utf-8?Q?Almo=C3=A7o?=\r\n"
    "Date: Mon, 23 Nov 2026 09:15:00 -0300\r\n"
    "Message-ID: <m3@exemplo.com.br>\r\n"
    "In-Reply-To: <m2@y.example>\r\n"
    "References: <m1@x.example>\r\n <m2@y.example>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Ol=C3=A1 Alice,\r\n"
    "> antes\r\n"
    "\r\n"
    "fim\r\n");

ReplyBuilder::Identity alice()
{
    ReplyBuilder::Identity me;
    me.address = MailAddress{QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
    me.alternativeAddresses = {QStringLiteral("Alice Work <alice.work@example.test>")};
    return me;
}

MessageDraft build(ReplyBuilder::Mode mode, const QByteArray &raw, QStringList *notes = nullptr)
{
    QString error;
    const auto draft = ReplyBuilder::build(mode, raw, alice(), &error, notes);
    EXPECT_TRUE(draft.has_value()) << error.toStdString();
    return draft.value_or(MessageDraft());
}

QStringList addresses(const QList<MailAddress> &list)
{
    QStringList out;
    for (const MailAddress &a : list)
        out << a.address;
    return out;
}

QByteArray withHeader(const QByteArray &raw, const QByteArray &name, const QByteArray &value)
{
    // Replaces (or, with an empty value, removes) one unfolded header line.
    QList<QByteArray> lines = raw.split('\n');
    QList<QByteArray> out;
    bool replaced = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(name + ':')) {
            while (i + 1 < lines.size() && (lines[i + 1].startsWith(' ') || lines[i + 1].startsWith('\t')))
                ++i;
            if (!value.isEmpty())
                out << name + ": " + value + '\r';
            replaced = true;
            continue;
        }
        out << lines[i];
    }
    if (!replaced && !value.isEmpty())
        out.prepend(name + ": " + value + '\r');
    return out.join('\n');
}

} // namespace

TEST(ReplySubject, ReOnceWhateverPrefixesCame)
{
    const QList<std::pair<const char *, const char *>> cases = {
        {"Almoço", "Re: Almoço"},
        {"Re: Almoço", "Re: Almoço"},
        {"RE: Re: re: Almoço", "Re: Almoço"},
        {"Res: Almoço", "Re: Almoço"},
        {"RES: Enc: Almoço", "Re: Almoço"},
        {"Fwd: Almoço", "Re: Almoço"},
        {"Re[2]: Almoço", "Re: Almoço"},
        {"Re (3): Almoço", "Re: Almoço"},
        {"  re :Almoço ", "Re: Almoço"},
        {"AW: SV: Almoço", "Re: Almoço"},
        {"Reunião: pauta", "Re: Reunião: pauta"}, // a word, not a prefix
        {"Tratamento: x", "Re: Tratamento: x"},
        {"Resumo", "Re: Resumo"},
    };
    for (const auto &[in, expected] : cases)
        EXPECT_EQ(ReplyBuilder::replySubject(QString::fromUtf8(in)), QString::fromUtf8(expected)) << in;
}

TEST(ReplySubject, FwdOnce)
{
    EXPECT_EQ(ReplyBuilder::forwardSubject(QStringLiteral("Fwd: FW: Enc: x")), QStringLiteral("Fwd: x"));
    EXPECT_EQ(ReplyBuilder::forwardSubject(QStringLiteral("Re: x")), QStringLiteral("Fwd: x"));
    EXPECT_EQ(ReplyBuilder::forwardSubject(QStringLiteral("x")), QStringLiteral("Fwd: x"));
    EXPECT_EQ(ReplyBuilder::strippedSubject(QStringLiteral("Enc: Res: Fwd: RE: x")), QStringLiteral("x"));
}

TEST(ReplyBuilderTest, ReplyGoesToFromWithoutReplyTo)
{
    const MessageDraft d = build(ReplyBuilder::Mode::Reply, kOriginal);
    ASSERT_EQ(d.to.size(), 1);
    EXPECT_EQ(d.to[0].address, QStringLiteral("ze@exemplo.com.br"));
    EXPECT_EQ(d.to[0].displayName, QString::fromUtf8("Zé Ninguém")); // RFC 2047 decoded
    EXPECT_TRUE(d.cc.isEmpty());
    EXPECT_EQ(d.from.address, QStringLiteral("alice@example.test"));
    EXPECT_EQ(d.subject, QString::fromUtf8("Re: Almoço"));
    EXPECT_TRUE(d.attachments.isEmpty());
}

TEST(ReplyBuilderTest, ReplyPrefersReplyTo)
{
    const QByteArray raw =
        withHeader(kOriginal, "Reply-To", "Lista <lista@exemplo.com.br>, outra@exemplo.com.br");
    const MessageDraft d = build(ReplyBuilder::Mode::Reply, raw);
    EXPECT_EQ(addresses(d.to), (QStringList{QStringLiteral("lista@exemplo.com.br"),
                                            QStringLiteral("outra@exemplo.com.br")}));
    EXPECT_EQ(d.to[0].displayName, QStringLiteral("Lista"));
    // Reply all also starts from Reply-To, not From.
    const MessageDraft all = build(ReplyBuilder::Mode::ReplyAll, raw);
    EXPECT_EQ(all.to.value(0).address, QStringLiteral("lista@exemplo.com.br"));
    EXPECT_FALSE(addresses(all.to).contains(QStringLiteral("ze@exemplo.com.br")));
}

TEST(ReplyBuilderTest, ReplyAllAddsToAndCcWithoutMeOrDuplicates)
{
    const MessageDraft d = build(ReplyBuilder::Mode::ReplyAll, kOriginal);
    // alice@ (any case) and alice.work@ are the user's own; Ana@X.br repeats ana@x.br.
    EXPECT_EQ(addresses(d.to), (QStringList{QStringLiteral("ze@exemplo.com.br"), QStringLiteral("ana@x.br")}));
    EXPECT_EQ(d.to[1].displayName, QStringLiteral("Silva, Ana"));
    EXPECT_EQ(addresses(d.cc), (QStringList{QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test")}));
    EXPECT_TRUE(d.bcc.isEmpty());
}

TEST(ReplyBuilderTest, ReplyToOwnSentMessageGoesToItsRecipients)
{
    QByteArray raw = withHeader(kOriginal, "From", "Alice <ALICE@example.test>");
    const MessageDraft d = build(ReplyBuilder::Mode::Reply, raw);
    EXPECT_EQ(addresses(d.to), (QStringList{QStringLiteral("ana@x.br")}));
    const MessageDraft all = build(ReplyBuilder::Mode::ReplyAll, raw);
    EXPECT_EQ(addresses(all.to), (QStringList{QStringLiteral("ana@x.br")}));
    EXPECT_EQ(addresses(all.cc), (QStringList{QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test")}));
}

TEST(ReplyBuilderTest, ReferencesChainAndInReplyTo)
{
    const MessageDraft d = build(ReplyBuilder::Mode::Reply, kOriginal);
    EXPECT_EQ(d.inReplyTo, QStringLiteral("<m3@exemplo.com.br>"));
    EXPECT_EQ(d.references, (QStringList{QStringLiteral("<m1@x.example>"), QStringLiteral("<m2@y.example>"),
                                         QStringLiteral("<m3@exemplo.com.br>")}));

    // RFC 5322 §3.6.4: no References, one In-Reply-To id: the chain starts with it.
    const MessageDraft parentOnly = build(ReplyBuilder::Mode::Reply, withHeader(kOriginal, "References", {}));
    EXPECT_EQ(parentOnly.references,
              (QStringList{QStringLiteral("<m2@y.example>"), QStringLiteral("<m3@exemplo.com.br>")}));

    // Neither: just the Message-ID.
    const MessageDraft first =
        build(ReplyBuilder::Mode::Reply, withHeader(withHeader(kOriginal, "References", {}), "In-Reply-To", {}));
    EXPECT_EQ(first.references, QStringList{QStringLiteral("<m3@exemplo.com.br>")});

    // No Message-ID: no In-Reply-To, and the user is told why.
    QStringList notes;
    const MessageDraft orphan = build(ReplyBuilder::Mode::Reply, withHeader(kOriginal, "Message-ID", {}), &notes);
    EXPECT_TRUE(orphan.inReplyTo.isEmpty());
    EXPECT_EQ(orphan.references, (QStringList{QStringLiteral("<m1@x.example>"), QStringLiteral("<m2@y.example>")}));
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes[0].contains(QStringLiteral("Message-ID"))) << notes[0].toStdString();
}

TEST(ReplyBuilderTest, AVeryLongThreadKeepsItsRootAndNewestIds)
{
    QByteArray refs;
    for (int i = 0; i < 50; ++i)
        refs += "<r" + QByteArray::number(i) + "@x.example> ";
    const MessageDraft d = build(ReplyBuilder::Mode::Reply, withHeader(kOriginal, "References", refs));
    ASSERT_EQ(d.references.size(), 30);
    EXPECT_EQ(d.references.first(), QStringLiteral("<r0@x.example>"));
    EXPECT_EQ(d.references[1], QStringLiteral("<r22@x.example>")); // 51 ids: the root + the last 29
    EXPECT_EQ(d.references.last(), QStringLiteral("<m3@exemplo.com.br>"));
}

TEST(ReplyBuilderTest, BodyIsAttributedAndQuoted)
{
    const MessageDraft d = build(ReplyBuilder::Mode::Reply, kOriginal);
    // Room to write at the top, then the attribution and the quote.
    EXPECT_TRUE(d.textBody.startsWith(QStringLiteral("\n\n"))) << d.textBody.toStdString();
    const QStringList lines = d.textBody.mid(2).split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 5);
    EXPECT_TRUE(lines[0].contains(QString::fromUtf8("Zé Ninguém"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("wrote:"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("2026"))) << lines[0].toStdString();
    EXPECT_EQ(lines[1], QString::fromUtf8("> Olá Alice,"));
    EXPECT_EQ(lines[2], QStringLiteral(">> antes"));
    EXPECT_EQ(lines[3], QStringLiteral(">"));
    EXPECT_EQ(lines[4], QStringLiteral("> fim"));
}

TEST(ReplyBuilderTest, QuoteLines)
{
    EXPECT_EQ(ReplyBuilder::quote(QStringLiteral("a\n\n> b\nc\n")), QStringLiteral("> a\n>\n>> b\n> c\n"));
    EXPECT_EQ(ReplyBuilder::quote(QStringLiteral("no final break")), QStringLiteral("> no final break\n"));
    EXPECT_EQ(ReplyBuilder::quote(QString()), QString());
}

TEST(ReplyBuilderTest, HtmlOnlyMessageIsQuotedAsText)
{
    const QByteArray raw = "From: a@x.example\r\nSubject: h\r\nMessage-ID: <h@x.example>\r\n"
                           "Content-Type: text/html; charset=utf-8\r\n\r\n"
                           "<html><head><style>p{}</style></head><body><p>Linha &amp; um</p>"
                           "<p>dois<br>tr&ecirc;s</p><img src=\"http://remote.example/x.png\"></body></html>\r\n";
    const MessageDraft d = build(ReplyBuilder::Mode::Reply, raw);
    EXPECT_TRUE(d.textBody.contains(QStringLiteral("> Linha & um\n> dois\n"))) << d.textBody.toStdString();
    EXPECT_FALSE(d.textBody.contains(QStringLiteral("<p>")));
    EXPECT_FALSE(d.textBody.contains(QStringLiteral("p{}")));
}

TEST(ReplyBuilderTest, NobodyToReplyToIsAnErrorThatSaysWhy)
{
    QString error;
    const QByteArray raw = "Subject: x\r\nFrom: not an address\r\n\r\nbody\r\n";
    EXPECT_FALSE(ReplyBuilder::build(ReplyBuilder::Mode::Reply, raw, alice(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("From"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("Left out the address"))) << error.toStdString();
    // A forward needs no recipient.
    EXPECT_TRUE(ReplyBuilder::build(ReplyBuilder::Mode::Forward, raw, alice(), &error));
}

TEST(ReplyBuilderTest, UnusableAddressesAreLeftOutAndNamed)
{
    QStringList notes;
    const MessageDraft d = build(ReplyBuilder::Mode::ReplyAll,
                                 withHeader(kOriginal, "Cc", "bob@example.test, =?utf-8?Q?x=0Ay?= <broken>"), &notes);
    EXPECT_EQ(addresses(d.cc), QStringList{QStringLiteral("bob@example.test")});
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_TRUE(notes.join(QLatin1Char(' ')).contains(QStringLiteral("broken"))) << notes.join(QLatin1Char('|')).toStdString();
}

TEST(ReplyBuilderTest, GroupsAreFlattened)
{
    const auto list = ReplyBuilder::parseAddressList("Equipe: a@x.example, \"B\" <b@x.example>;, c@x.example");
    EXPECT_EQ(addresses(list), (QStringList{QStringLiteral("a@x.example"), QStringLiteral("b@x.example"),
                                            QStringLiteral("c@x.example")}));
    EXPECT_TRUE(ReplyBuilder::parseAddressList("Undisclosed recipients:;").isEmpty());
}

TEST(ReplyBuilderTest, ForwardInlineHasTheBlockAndTheText)
{
    const MessageDraft d = build(ReplyBuilder::Mode::Forward, kOriginal);
    EXPECT_EQ(d.subject, QString::fromUtf8("Fwd: Almoço"));
    EXPECT_TRUE(d.to.isEmpty());
    EXPECT_TRUE(d.inReplyTo.isEmpty());
    const QString body = d.textBody;
    const qsizetype block = body.indexOf(QStringLiteral("---------- Forwarded message ---------\n"));
    ASSERT_GE(block, 0) << body.toStdString();
    const QString after = body.mid(block);
    EXPECT_TRUE(after.contains(QString::fromUtf8("\nFrom: Zé Ninguém <ze@exemplo.com.br>\n"))) << after.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("\nDate: Mon, 23 Nov 2026 09:15:00 -0300\n")));
    EXPECT_TRUE(after.contains(QString::fromUtf8("\nSubject: Res: RE: Almoço\n")));
    EXPECT_TRUE(after.contains(QStringLiteral("\nTo: Alice <alice@example.test>, \"Silva, Ana\" <ana@x.br>")));
    EXPECT_TRUE(after.endsWith(QString::fromUtf8("\n\nOlá Alice,\n> antes\n\nfim\n"))) << after.toStdString();
}

TEST(ReplyBuilderTest, ForwardInlineCarriesTheAttachmentsDecoded)
{
    const QByteArray png = pngBytes();
    ASSERT_FALSE(png.isEmpty());
    const QByteArray raw = "From: a@x.example\r\nSubject: fotos\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed; boundary=\"B1\"\r\n\r\n"
                           "--B1\r\nContent-Type: multipart/alternative; boundary=\"B2\"\r\n\r\n"
                           "--B2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nveja\r\n"
                           "--B2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>veja</p>\r\n--B2--\r\n"
                           "--B1\r\nContent-Type: image/png; name=\"../../etc/\xe2\x80\xaegnp.exe\"\r\n"
                           "Content-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                           + png.toBase64() + "\r\n"
                           "--B1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                           + QByteArray("%PDF-1.4 x").toBase64() + "\r\n--B1--\r\n";
    const MessageDraft d = build(ReplyBuilder::Mode::Forward, raw);
    EXPECT_TRUE(d.textBody.endsWith(QStringLiteral("\n\nveja"))) << d.textBody.toStdString();
    ASSERT_EQ(d.attachments.size(), 2); // the HTML twin of the text is not an attachment
    EXPECT_TRUE(d.attachments[0].inMemory);
    EXPECT_EQ(d.attachments[0].data, png);
    EXPECT_EQ(d.attachments[0].mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(d.attachments[0].fileName, QStringLiteral("gnp.exe")); // basename, no RLO
    EXPECT_EQ(d.attachments[1].data, QByteArray("%PDF-1.4 x"));
    EXPECT_EQ(d.attachments[1].fileName, QStringLiteral("attachment.pdf")); // SafeFileName's fallback
}

TEST(ReplyBuilderTest, ForwardAsAttachmentCarriesTheRawMessage)
{
    const MessageDraft d = build(ReplyBuilder::Mode::ForwardAsAttachment, kOriginal);
    EXPECT_EQ(d.subject, QString::fromUtf8("Fwd: Almoço"));
    ASSERT_EQ(d.attachments.size(), 1);
    EXPECT_TRUE(d.attachments[0].inMemory);
    EXPECT_EQ(d.attachments[0].data, kOriginal);
    EXPECT_EQ(d.attachments[0].mimeType, QStringLiteral("message/rfc822"));
    EXPECT_EQ(d.attachments[0].fileName, QString::fromUtf8("Res_ RE_ Almoço.eml"));
}

TEST(ReplyBuilderTest, SafeEmlNames)
{
    EXPECT_EQ(ReplyBuilder::attachmentFileName(QStringLiteral("../../etc/passwd")), QStringLiteral("_.._etc_passwd.eml"));
    EXPECT_EQ(ReplyBuilder::attachmentFileName(QString()), QStringLiteral("message.eml"));
    EXPECT_EQ(ReplyBuilder::attachmentFileName(QStringLiteral("C:\\x")), QStringLiteral("_x.eml")); // no drive prefix
    EXPECT_EQ(ReplyBuilder::attachmentFileName(QString::fromUtf8("a\xe2\x80\xae" "fdp.exe")), QStringLiteral("afdp.exe.eml"));
    EXPECT_EQ(ReplyBuilder::attachmentFileName(QStringLiteral("a\r\nBcc: x")), QStringLiteral("a Bcc_ x.eml"));
    const QString longName = ReplyBuilder::attachmentFileName(QString(300, QLatin1Char('x')));
    EXPECT_LE(longName.size(), 120);
    EXPECT_TRUE(longName.endsWith(QStringLiteral(".eml")));
}

TEST(ReplyBuilderTest, HostileMessageIsRefusedWithTheReason)
{
    QByteArray deep = "From: a@x.example\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n";
    for (int i = 0; i < 80; ++i)
        deep += "--b" + QByteArray::number(i) + "\r\nContent-Type: multipart/mixed; boundary=b" + QByteArray::number(i + 1)
                + "\r\n\r\n";
    QString error;
    EXPECT_FALSE(ReplyBuilder::build(ReplyBuilder::Mode::Reply, deep, alice(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Cannot read the original message"))) << error.toStdString();
}
