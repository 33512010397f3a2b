// SPDX-License-Identifier: GPL-3.0-or-later
// PlainError: the engine's "STEP: words" failures (as ImapConnection, the POP3
// and SMTP jobs and Channel write them) become one sentence with a next step.
#include "engine/PlainError.h"

#include <gtest/gtest.h>

using namespace carteiro;
using K = PlainError::Kind;

TEST(PlainError, LoginRefusedKeepsTheServersWordsAndDropsTheSteps)
{
    const PlainError e = PlainError::fromMessage(
        QStringLiteral("CONNECTION: AUTHENTICATE: authentication failed: NO [AUTHENTICATIONFAILED] Authentication failed."));
    EXPECT_EQ(e.kind, K::LoginRefused);
    EXPECT_TRUE(e.isLoginRefused());
    EXPECT_EQ(e.step, QStringLiteral("AUTHENTICATE"));
    EXPECT_EQ(e.detail, QStringLiteral("NO [AUTHENTICATIONFAILED] Authentication failed."));
    EXPECT_TRUE(e.sentence.contains(QStringLiteral("\"NO [AUTHENTICATIONFAILED] Authentication failed.\"")));
    EXPECT_TRUE(e.sentence.contains(QStringLiteral("password")));
    EXPECT_FALSE(e.sentence.contains(QStringLiteral("CONNECTION")));
}

TEST(PlainError, Pop3AndSmtpLoginRefusals)
{
    EXPECT_EQ(PlainError::fromMessage(QStringLiteral("PASS: authentication failed: -ERR [AUTH] Authentication failed."))
                  .detail,
              QStringLiteral("-ERR [AUTH] Authentication failed."));
    const PlainError smtp =
        PlainError::fromMessage(QStringLiteral("AUTH: authentication failed: 535 5.7.8 Error: authentication failed"));
    EXPECT_EQ(smtp.kind, K::LoginRefused);
    EXPECT_EQ(smtp.step, QStringLiteral("AUTH"));
    EXPECT_EQ(smtp.detail, QStringLiteral("535 5.7.8 Error: authentication failed"));
}

TEST(PlainError, ConnectionRefusedNamesHostAndPortAndAsksAboutThePort)
{
    const PlainError e = PlainError::fromMessage(QStringLiteral("CONNECTION: CONNECT: Connection refused"),
                                                 QStringLiteral("127.0.0.1"), 20588);
    EXPECT_EQ(e.kind, K::ConnectionRefused);
    EXPECT_EQ(e.step, QStringLiteral("CONNECT"));
    EXPECT_TRUE(e.sentence.startsWith(QStringLiteral("Connection refused on 127.0.0.1:20588: is the port right")))
        << e.sentence.toStdString();
}

TEST(PlainError, HostNotFound)
{
    const PlainError e = PlainError::fromMessage(QStringLiteral("CONNECT: Host not found"),
                                                 QStringLiteral("imap.nowhere.invalid"), 993);
    EXPECT_EQ(e.kind, K::HostNotFound);
    EXPECT_TRUE(e.sentence.contains(QStringLiteral("imap.nowhere.invalid"))) << e.sentence.toStdString();
}

TEST(PlainError, TimeoutsSayHowLongWasWaited)
{
    const PlainError reply = PlainError::fromMessage(QStringLiteral("SELECT: the server did not answer within 30 s"));
    EXPECT_EQ(reply.kind, K::ReplyTimeout);
    EXPECT_TRUE(reply.sentence.startsWith(QStringLiteral("The server did not answer within 30 s")))
        << reply.sentence.toStdString();
    const PlainError connect =
        PlainError::fromMessage(QStringLiteral("CONNECT: no connection to 10.0.0.9:143 within 15 s"));
    EXPECT_EQ(connect.kind, K::ConnectTimeout);
    EXPECT_TRUE(connect.sentence.contains(QStringLiteral("10.0.0.9:143 within 15 s"))) << connect.sentence.toStdString();
}

TEST(PlainError, CertificateNamesTheProblem)
{
    const PlainError e = PlainError::fromMessage(QStringLiteral(
        "TLS: certificate of mail.example.test not trusted: The certificate is self-signed, and untrusted (SHA-256 ab:cd)"));
    EXPECT_EQ(e.kind, K::Certificate);
    EXPECT_EQ(e.step, QStringLiteral("TLS"));
    EXPECT_TRUE(e.sentence.contains(QStringLiteral("self-signed"))) << e.sentence.toStdString();
}

TEST(PlainError, TlsRequiredButNotOfferedAndCleartextRefused)
{
    EXPECT_EQ(PlainError::fromMessage(QStringLiteral("STARTTLS: the server does not offer STARTTLS, which this account "
                                                     "requires; no credentials were sent"))
                  .kind,
              K::TlsNotOffered);
    EXPECT_EQ(PlainError::fromMessage(QStringLiteral("STLS: the server does not offer STLS, which this account "
                                                     "requires; no credentials were sent"))
                  .kind,
              K::TlsNotOffered);
    const PlainError clear = PlainError::fromMessage(
        QStringLiteral("LOGIN: refusing to send credentials over an unencrypted connection"));
    EXPECT_EQ(clear.kind, K::CleartextRefused); // a login step, yet not the server's refusal
    EXPECT_FALSE(clear.isLoginRefused());
}

TEST(PlainError, HandshakeFailureAndServerHangUp)
{
    const PlainError tls = PlainError::fromMessage(QStringLiteral("TLS: error:0A00010B:SSL routines::wrong version number"),
                                                   QStringLiteral("127.0.0.1"), 10143);
    EXPECT_EQ(tls.kind, K::TlsFailed);
    EXPECT_TRUE(tls.sentence.contains(QStringLiteral("127.0.0.1:10143"))) << tls.sentence.toStdString();
    const PlainError closed = PlainError::fromMessage(QStringLiteral("SELECT: the server closed the connection"));
    EXPECT_EQ(closed.kind, K::ServerClosed);
    EXPECT_TRUE(closed.sentence.contains(QStringLiteral("SELECT")));
}

TEST(PlainError, UnknownTextIsGivenBackAsIs)
{
    const QString text = QStringLiteral("APPEND to Sent: NO [OVERQUOTA] Quota exceeded");
    const PlainError e = PlainError::fromMessage(text);
    EXPECT_EQ(e.kind, K::Unknown);
    EXPECT_EQ(e.sentence, text);
    EXPECT_EQ(PlainError::describe(QString()), QString());
}

TEST(PlainError, FromSocketError)
{
    const PlainError refused = PlainError::fromSocketError(QAbstractSocket::ConnectionRefusedError,
                                                           QStringLiteral("127.0.0.1"), 20588);
    EXPECT_EQ(refused.kind, K::ConnectionRefused);
    EXPECT_TRUE(refused.sentence.startsWith(QStringLiteral("Connection refused on 127.0.0.1:20588")));
    EXPECT_EQ(PlainError::fromSocketError(QAbstractSocket::HostNotFoundError, QStringLiteral("x.invalid"), 1).kind,
              K::HostNotFound);
    const PlainError other = PlainError::fromSocketError(QAbstractSocket::ProxyNotFoundError, QStringLiteral("h"), 1,
                                                         QStringLiteral("no proxy"));
    EXPECT_EQ(other.kind, K::Unknown);
    EXPECT_TRUE(other.sentence.contains(QStringLiteral("no proxy")));
}

TEST(PlainError, RelayRefusedExplainsWhoMayRelayAndWhatToDoInstead)
{
    // What the SMTP session reports when the lab's MX port refuses a third domain
    // (Postfix's own words, as mail-lab.sh's port-25-style listener answers).
    const PlainError e = PlainError::fromMessage(
        QStringLiteral("RCPT TO: no recipient was accepted: <carol@third.test>: 554 5.7.1 <carol@third.test>: Relay "
                       "access denied"),
        QStringLiteral("127.0.0.1"), 10025);
    EXPECT_EQ(e.kind, K::RelayRefused);
    EXPECT_EQ(e.step, QStringLiteral("RCPT TO"));
    EXPECT_TRUE(e.detail.contains(QStringLiteral("Relay access denied")));
    EXPECT_TRUE(e.sentence.contains(QStringLiteral("127.0.0.1:10025"))) << e.sentence.toStdString();
    EXPECT_TRUE(e.sentence.contains(QStringLiteral("carol@third.test"))) << e.sentence.toStdString();
    EXPECT_TRUE(e.sentence.contains(QStringLiteral("587"))) << e.sentence.toStdString();
    EXPECT_TRUE(e.sentence.contains(QStringLiteral("open relay"))) << e.sentence.toStdString();

    // Other servers' words for the same refusal, on the RCPT step
    for (const char *words : {"RCPT TO: no recipient was accepted: <x@y.test>: 550 5.7.1 <x@y.test>... Relaying denied",
                              "RCPT TO: no recipient was accepted: <x@y.test>: 550 relay not permitted",
                              "RCPT TO: no recipient was accepted: <x@y.test>: 550 5.7.54 SMTP; Unable to relay "
                              "recipient in non-accepted domain"})
        EXPECT_EQ(PlainError::fromMessage(QString::fromLatin1(words)).kind, K::RelayRefused) << words;

    // Without a server address the sentence still names the refused recipient; a
    // refusal that is not about relaying stays the server's own words.
    EXPECT_TRUE(PlainError::fromMessage(QStringLiteral("RCPT TO: no recipient was accepted: <x@y.test>: 554 5.7.1 "
                                                       "<x@y.test>: Relay access denied"))
                    .sentence.contains(QStringLiteral("the server")));
    const QString unknownUser =
        QStringLiteral("RCPT TO: no recipient was accepted: <nobody@example.test>: 550 5.1.1 <nobody@example.test>: "
                       "Recipient address rejected: User unknown in virtual mailbox table");
    EXPECT_EQ(PlainError::fromMessage(unknownUser).kind, K::Unknown);
    EXPECT_EQ(PlainError::fromMessage(QStringLiteral("MAIL FROM: 250 relay is fine")).kind, K::Unknown);
}
