// SPDX-License-Identifier: GPL-3.0-or-later
// Identities: chosen for a reply by To / Cc / Delivered-To, validated by name,
// persisted with the account; a reply to a flowed original is quoted and sent
// format=flowed (RFC 3676 §4.5), with the original's signature left out.
#include "account/AccountSettings.h"
#include "account/AccountStore.h"
#include "account/IdentityChoice.h"
#include "mime/MessageContent.h"
#include "mime/MimeComposer.h"
#include "mime/ReplyBuilder.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

AccountSettings account(const QString &id, const QString &address, const QList<Identity> &more = {})
{
    AccountSettings a;
    a.id = id;
    a.name = id;
    a.displayName = QStringLiteral("Ana");
    a.address = address;
    a.smtpHost = QStringLiteral("smtp.example.test");
    a.moreIdentities = more;
    return a;
}

const QList<AccountSettings> kAccounts = {
    account(QStringLiteral("work"), QStringLiteral("ana@escola.br"),
            {{QStringLiteral("Secretaria"), QStringLiteral("secretaria@escola.br"), QString(), QString(), QString()},
             {QStringLiteral("Ana (lista)"), QStringLiteral("ana+lista@escola.br"), QString(), QString(), QString()}}),
    account(QStringLiteral("home"), QStringLiteral("ana@casa.br")),
};

QByteArray message(const QByteArray &extraHeaders)
{
    return "From: Bob <bob@x.br>\r\n" + extraHeaders + "Subject: oi\r\nMessage-ID: <m1@x.br>\r\n\r\nOi\r\n";
}

} // namespace

TEST(IdentityChoice, PicksTheIdentityTheMessageWasSentTo)
{
    auto pick = [](const QByteArray &raw, const QString &preferred = QStringLiteral("home")) {
        const auto c = IdentityChoice::forMessage(raw, kAccounts, preferred);
        return c ? c->accountId + QLatin1Char('/') + QString::number(c->index) : QStringLiteral("none");
    };
    EXPECT_EQ(pick(message("To: Secretaria <SECRETARIA@escola.br>\r\n")), QStringLiteral("work/1"));
    EXPECT_EQ(pick(message("To: bob@x.br\r\nCc: ana+lista@escola.br, ana@casa.br\r\n")), QStringLiteral("home/0"));
    EXPECT_EQ(pick(message("To: bob@x.br\r\nCc: ana+lista@escola.br, ana@casa.br\r\n"), QStringLiteral("work")),
              QStringLiteral("work/2"));
    EXPECT_EQ(pick(message("To: lista@x.br\r\nDelivered-To: ana@escola.br\r\n")), QStringLiteral("work/0"));
    EXPECT_EQ(pick(message("To: outra@x.br\r\n")), QStringLiteral("none"));
}

TEST(Identity, BadIdentitiesAreNamed)
{
    AccountSettings a = kAccounts.first();
    EXPECT_TRUE(a.validate().isEmpty()) << a.validate().toStdString();
    a.moreIdentities[1].address = QStringLiteral("sem-arroba");
    EXPECT_TRUE(a.validate().contains(QStringLiteral("Identity 3"))) << a.validate().toStdString();
    EXPECT_TRUE(a.validate().contains(QStringLiteral("missing @"))) << a.validate().toStdString();
    a = kAccounts.first();
    a.moreIdentities[0].replyTo = QStringLiteral("ok@x.br, quebrado");
    EXPECT_TRUE(a.validate().contains(QStringLiteral("Reply-To"))) << a.validate().toStdString();
    EXPECT_TRUE(a.validate().contains(QStringLiteral("quebrado"))) << a.validate().toStdString();
    a = kAccounts.first();
    a.moreIdentities[0].name = QStringLiteral("Secre\r\nBcc: x@y");
    EXPECT_FALSE(a.validate().isEmpty());
}

TEST(Identity, PersistedWithTheAccount)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    AccountSettings a = kAccounts.first();
    a.replyTo = QStringLiteral("Secretaria <secretaria@escola.br>");
    a.signature = QString::fromUtf8("Ana\nProfessora de Redes");
    a.signatureHtml = QStringLiteral("<b>Ana</b>");
    a.signatureAboveQuote = true;
    a.moreIdentities[0].signature = QStringLiteral("Secretaria da Escola");
    {
        QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        AccountStore(&settings).save(a);
    }
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    const auto back = AccountStore(&settings).find(a.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, a);
    EXPECT_EQ(back->identities().size(), 3);
    AccountSettings copy;
    copy.setIdentities(back->identities());
    EXPECT_EQ(copy.identities(), back->identities());
}

TEST(FlowedReply, QuotesFlowedTextAndSendsFlowed)
{
    const QByteArray original =
        "From: Bob <bob@x.br>\r\nTo: ana@escola.br\r\nSubject: aula\r\nMessage-ID: <f1@x.br>\r\n"
        "Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        "Um paragrafo longo que o programa do Bob quebrou \r\nem duas linhas.\r\n"
        "> Ele citou alguem \r\n> tambem.\r\n\r\n-- \r\nBob\r\n";
    ReplyBuilder::Identity me;
    me.address = MailAddress{QStringLiteral("Ana"), QStringLiteral("ana@escola.br")};
    QString error;
    auto draft = ReplyBuilder::build(ReplyBuilder::Mode::Reply, original, me, &error);
    ASSERT_TRUE(draft) << error.toStdString();
    EXPECT_TRUE(draft->flowed);
    EXPECT_TRUE(draft->textBody.contains(
        QStringLiteral("> Um paragrafo longo que o programa do Bob quebrou em duas linhas.\n>> Ele citou alguem tambem.\n")))
        << draft->textBody.toStdString();
    EXPECT_FALSE(draft->textBody.contains(QStringLiteral("Bob\n-- "))) << "the original's signature is left out";
    EXPECT_FALSE(draft->textBody.contains(QStringLiteral("-- ")));

    draft->textBody.prepend(QStringLiteral("Resposta  \n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.eml"));
    ASSERT_TRUE(MimeComposer::compose(*draft, path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    EXPECT_TRUE(raw.contains("format=flowed")) << raw.toStdString();
    const MessageContent sent = MessageContent::fromRaw(raw);
    EXPECT_TRUE(sent.plainFlowed);
    EXPECT_TRUE(sent.plainBody.contains(QStringLiteral("Resposta\r\n")) || sent.plainBody.contains(QStringLiteral("Resposta\n")))
        << "trailing spaces before a hard break are trimmed (RFC 3676 §4.2)";

    // A plain (fixed) original gets a plain reply.
    const QByteArray fixed = "From: Bob <bob@x.br>\r\nTo: ana@escola.br\r\nSubject: aula\r\nMessage-ID: <f2@x.br>\r\n"
                             "Content-Type: text/plain; charset=utf-8\r\n\r\nUma linha \r\noutra\r\n";
    const auto plain = ReplyBuilder::build(ReplyBuilder::Mode::Reply, fixed, me, &error);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->flowed);
    EXPECT_TRUE(plain->textBody.contains(QStringLiteral("> Uma linha \n> outra\n")));
}
