// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli send against the real lab Postfix (submission 587 STARTTLS and
// 465 implicit TLS, AUTH through Dovecot SASL); each delivery is read back from
// bob's Maildir and its attachments decoded and compared byte for byte.
#include "Fixtures.h"
#include "LabEnv.h"
#include "mime/MimeTree.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QUuid>
#include <functional>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class SmtpLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing "
                               << lab.missing.toStdString()
                               << "); start it with: bash tests/lab/mail-lab.sh start && eval "
                                  "\"$(bash tests/lab/mail-lab.sh env)\"";
        ASSERT_TRUE(dir.isValid());
        png = makePng(320, 200);
        wav = makeWav(1500);
        pngPath = dir.filePath(QStringLiteral("foto ação.png"));
        wavPath = dir.filePath(QStringLiteral("recado de voz.wav"));
        ASSERT_TRUE(writeFile(pngPath, png));
        ASSERT_TRUE(writeFile(wavPath, wav));
    }

    QString url(const char *scheme, quint16 port, const QString &host = {}) const
    {
        return QStringLiteral("%1://%2:%3")
            .arg(QLatin1String(scheme), host.isEmpty() ? lab.host : host)
            .arg(port);
    }

    QStringList sendArgs(const QString &server, const QString &subject) const
    {
        return {QStringLiteral("send"),
                QStringLiteral("--server"), server,
                QStringLiteral("--user"), lab.alice,
                QStringLiteral("--from"), QStringLiteral("Zé Ninguém <%1>").arg(lab.alice),
                QStringLiteral("--to"), lab.bob,
                QStringLiteral("--subject"), subject,
                QStringLiteral("--body"), QStringLiteral("Olá Bob,\nsegue a foto e o áudio.\n.\n-- \nZé"),
                QStringLiteral("--attach"), pngPath,
                QStringLiteral("--attach"), wavPath,
                QStringLiteral("--ca-file"), lab.caFile,
                QStringLiteral("--trace")};
    }

    // Every run's transcript is checked for the password (tests/README.md, case 25).
    CliRun send(const QStringList &args, const QStringList &env) const
    {
        const CliRun run = runCli(args, env);
        expectNoPassword(run);
        for (const QString &kv : env) {
            const QByteArray secret = kv.section(QLatin1Char('='), 1).toUtf8();
            EXPECT_FALSE(run.err.contains(secret)) << "secret from the environment in transcript";
            EXPECT_FALSE(run.err.contains(secret.toBase64()));
        }
        return run;
    }

    QStringList passwordEnv() const { return {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword}; }

    // tests/README.md, case 25: the transcript never holds the password, raw or base64.
    void expectNoPassword(const CliRun &run) const
    {
        const QByteArray pw = lab.alicePassword.toUtf8();
        for (const QByteArray &text : {run.err, run.out}) {
            EXPECT_FALSE(text.contains(pw)) << "password in transcript";
            EXPECT_FALSE(text.contains(pw.toBase64())) << "base64 password in transcript";
            EXPECT_FALSE(text.contains(QByteArray("\0" + lab.alice.toUtf8() + "\0" + pw).toBase64()));
        }
    }

    // Reads the delivered message and checks headers, text and attachment bytes.
    void expectDelivered(const QString &subject) const
    {
        const QString path = lab.waitForDelivery(lab.bob, subject.toUtf8());
        ASSERT_FALSE(path.isEmpty()) << "no message with subject " << subject.toStdString()
                                     << " in bob's Maildir";
        const QByteArray raw = readFile(path);
        QString error;
        const auto tree = MimeTree::parse(raw, &error);
        ASSERT_TRUE(tree) << error.toStdString();
        int found = 0;
        std::function<void(const MimeNode &)> walk = [&](const MimeNode &n) {
            if (n.fileName == QStringLiteral("foto ação.png")) {
                EXPECT_EQ(n.mediaType, QByteArray("image/png"));
                EXPECT_EQ(MimeTree::decodedBody(raw, n), png);
                ++found;
            }
            if (n.fileName == QStringLiteral("recado de voz.wav")) {
                EXPECT_TRUE(n.mediaType.startsWith("audio/")) << n.mediaType.constData();
                EXPECT_EQ(MimeTree::decodedBody(raw, n), wav);
                ++found;
            }
            for (const MimeNode &c : n.children)
                walk(c);
        };
        walk(*tree);
        EXPECT_EQ(found, 2) << "attachments not found by name in\n" << MimeTree::format(*tree).toStdString();
        EXPECT_TRUE(raw.contains("=?utf-8?") || raw.contains("=?UTF-8?")) << "display name not RFC 2047";
    }

    QString uniqueSubject(const char *what) const
    {
        return QStringLiteral("carteiro-it %1 %2")
            .arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    }

    LabEnv lab;
    QTemporaryDir dir;
    QByteArray png, wav;
    QString pngPath, wavPath;
};

} // namespace

TEST_F(SmtpLab, SendsOverStartTls587WithAttachments)
{
    const QString subject = uniqueSubject("587");
    const CliRun run = send(sendArgs(url("smtp", lab.submission), subject), passwordEnv());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.startsWith("sent:")) << run.out.constData();
    EXPECT_TRUE(run.err.contains("C: STARTTLS"));
    EXPECT_TRUE(run.err.contains("*: TLS established: TLSv1."));
    EXPECT_TRUE(run.err.contains("C: AUTH "));
    // Nothing about AUTH before the TLS boundary.
    const qsizetype tls = run.err.indexOf("TLS established");
    EXPECT_GT(run.err.indexOf("C: AUTH"), tls);
    expectNoPassword(run);
    expectDelivered(subject);
}

TEST_F(SmtpLab, SendsOverImplicitTls465WithAttachments)
{
    const QString subject = uniqueSubject("465");
    const CliRun run = send(sendArgs(url("smtps", lab.submissions), subject), passwordEnv());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_FALSE(run.err.contains("C: STARTTLS"));
    expectNoPassword(run);
    expectDelivered(subject);
}

TEST_F(SmtpLab, EveryMechanismTheLabOffersAuthenticates)
{
    for (const char *mech : {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"}) {
        SCOPED_TRACE(mech);
        const QString subject = uniqueSubject(mech);
        QStringList args = sendArgs(url("smtps", lab.submissions), subject);
        args << QStringLiteral("--auth") << QLatin1String(mech);
        const CliRun run = send(args, passwordEnv());
        EXPECT_EQ(run.exitCode, 0) << run.err.constData();
        EXPECT_TRUE(run.err.contains("C: AUTH " + QByteArray(mech))) << run.err.constData();
        expectNoPassword(run);
        EXPECT_FALSE(lab.waitForDelivery(lab.bob, subject.toUtf8()).isEmpty());
    }
}

TEST_F(SmtpLab, StrongestMechanismIsChosenByDefault)
{
    const CliRun run = send(sendArgs(url("smtps", lab.submissions), uniqueSubject("auto")), passwordEnv());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.err.contains("C: AUTH SCRAM-SHA-256")) << run.err.constData();
}

TEST_F(SmtpLab, DataPathWithoutChunkingOrPipeliningAndDotStuffing)
{
    const QString subject = uniqueSubject("data");
    QTemporaryDir d;
    const QString bodyPath = d.filePath(QStringLiteral("body.txt"));
    // A dot at the first byte, a lone dot, CRLF.CRLF inside, bare LF and bare CR.
    ASSERT_TRUE(writeFile(bodyPath, ".first line\r\n.\r\nafter dot\nbare lf\rbare cr\r\n..two dots"));
    QStringList args = {QStringLiteral("send"), QStringLiteral("--server"), url("smtp", lab.submission),
                        QStringLiteral("--user"), lab.alice, QStringLiteral("--from"), lab.alice,
                        QStringLiteral("--to"), lab.bob, QStringLiteral("--subject"), subject,
                        QStringLiteral("--body-file"), bodyPath, QStringLiteral("--ca-file"), lab.caFile,
                        QStringLiteral("--no-chunking"), QStringLiteral("--no-pipelining"),
                        QStringLiteral("--trace")};
    const CliRun run = send(args, passwordEnv());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.err.contains("C: DATA"));
    EXPECT_FALSE(run.err.contains("C: BDAT"));
    const QString path = lab.waitForDelivery(lab.bob, subject.toUtf8());
    ASSERT_FALSE(path.isEmpty());
    const QByteArray raw = readFile(path);
    QString error;
    const auto tree = MimeTree::parse(raw, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    const MimeNode *text = &*tree;
    while (!text->children.isEmpty())
        text = &text->children.first();
    QByteArray decoded = MimeTree::decodedBody(raw, *text);
    decoded.replace("\r\n", "\n");
    EXPECT_TRUE(decoded.startsWith(".first line\n.\nafter dot\nbare lf\nbare cr\n..two dots"))
        << decoded.constData();
}

TEST_F(SmtpLab, BdatIsUsedWhenOffered)
{
    const CliRun run = send(sendArgs(url("smtps", lab.submissions), uniqueSubject("bdat")), passwordEnv());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.err.contains("LAST")) << run.err.constData();
}

TEST_F(SmtpLab, BadPasswordIsAClearAuthError)
{
    const CliRun run = send(sendArgs(url("smtp", lab.submission), uniqueSubject("badpw")),
                              {QStringLiteral("CARTEIRO_PASSWORD=wrong-password-123")});
    EXPECT_EQ(run.exitCode, 3) << run.err.constData();
    // The error line (the step and the server's words), then the same in plain words.
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    ASSERT_GE(lines.size(), 2) << run.err.constData();
    const QByteArray last = lines.at(lines.size() - 2);
    EXPECT_TRUE(last.startsWith("error: AUTH: ")) << last.constData();
    EXPECT_TRUE(last.contains("535")) << last.constData();
    EXPECT_TRUE(lines.last().contains("The server refused the login")) << lines.last().constData();
    EXPECT_FALSE(run.err.contains("wrong-password-123"));
    EXPECT_FALSE(run.err.contains("C: MAIL FROM"));
}

TEST_F(SmtpLab, WrongCaIsACertificateErrorAndNoAuth)
{
    for (const auto &[scheme, port] : {std::pair{"smtp", lab.submission}, std::pair{"smtps", lab.submissions}}) {
        QStringList args = sendArgs(url(scheme, port), uniqueSubject("wrongca"));
        args[args.indexOf(lab.caFile)] = lab.wrongCaFile;
        const CliRun run = send(args, passwordEnv());
        EXPECT_EQ(run.exitCode, 2) << run.err.constData();
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        ASSERT_GE(lines.size(), 2) << run.err.constData();
        const QByteArray last = lines.at(lines.size() - 2);
        EXPECT_TRUE(last.startsWith("error: TLS: ")) << last.constData();
        EXPECT_TRUE(last.contains("certificate")) << last.constData();
        EXPECT_TRUE(lines.last().contains("certificate is not trusted")) << lines.last().constData();
        EXPECT_FALSE(run.err.contains("C: AUTH"));
        expectNoPassword(run);
    }
}

TEST_F(SmtpLab, NoCredentialsBeforeTlsOnANonLocalListener)
{
    // 127.0.0.2 is not "local" for the lab servers. An explicit plaintext URL
    // refuses AUTH; even when allowed, Postfix offers none before TLS.
    const QString plain = url("smtp+plain", lab.submission, lab.host2);
    CliRun run = send(sendArgs(plain, uniqueSubject("plain")), passwordEnv());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_FALSE(run.err.contains("C: AUTH"));
    EXPECT_TRUE(run.err.contains("error: AUTH: ")) << run.err.constData();

    QStringList allowed = sendArgs(plain, uniqueSubject("plain-allowed"));
    allowed << QStringLiteral("--allow-plaintext-auth");
    run = send(allowed, passwordEnv());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_FALSE(run.err.contains("C: AUTH"));
    expectNoPassword(run);

    // And STARTTLS on the same listener works.
    run = send(sendArgs(url("smtp", lab.submission, lab.host2), uniqueSubject("host2")), passwordEnv());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
}

TEST_F(SmtpLab, RejectedRecipientIsNamed)
{
    QStringList args = sendArgs(url("smtps", lab.submissions), uniqueSubject("rcpt"));
    args << QStringLiteral("--to") << QStringLiteral("nobody@elsewhere.invalid");
    const CliRun run = send(args, passwordEnv());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("nobody@elsewhere.invalid")) << run.err.constData();
    EXPECT_TRUE(run.err.contains("550")) << run.err.constData();
}

TEST_F(SmtpLab, BadInputIsRefusedBeforeConnecting)
{
    QStringList args = sendArgs(url("smtps", lab.submissions), uniqueSubject("crlf"));
    args[args.indexOf(lab.bob)] = QStringLiteral("bob@example.test\r\nRCPT TO:<x@y>");
    const CliRun run = send(args, passwordEnv());
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith("error: --to")) << run.err.constData();
    EXPECT_FALSE(run.err.contains("C: "));
}
