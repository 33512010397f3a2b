// SPDX-License-Identifier: GPL-3.0-or-later
// The Session tab: greeting, capabilities offered vs used, AUTH, TLS, queue id.
#include "engine/SmtpSessionSummary.h"
#include "inspector/SessionSummary.h"
#include "smtp/SmtpSession.h"

#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

// Drives a sans-IO session through a scripted plaintext lab submission.
void runScript(SmtpSession &s, const QList<QByteArray> &serverLines)
{
    for (const QByteArray &line : serverLines) {
        const SmtpSession::Output out = s.feedLine(line);
        if (out.sendBody)
            s.bodySent();
    }
}

QList<QByteArray> acceptedScript()
{
    return {"220 mail.example.test ESMTP Postfix", "250-mail.example.test", "250-PIPELINING",
            "250-SIZE 41943040",                   "250-ENHANCEDSTATUSCODES", "250-DSN",
            "250 8BITMIME",                        "250 2.1.0 Ok",            "250 2.1.5 Ok",
            "354 End data with <CR><LF>.<CR><LF>", "250 2.0.0 Ok: queued as ABC123XYZ",
            "221 2.0.0 Bye"};
}

SmtpSession::Config labConfig()
{
    SmtpSession::Config c;
    c.security = TransportSecurity::Plain;
    c.authenticate = false;
    c.useChunking = false;
    return c;
}

} // namespace

TEST(InspectorSessionSummary, SmtpSessionGivesGreetingCapabilitiesAndQueueId)
{
    SmtpSession s(labConfig());
    SmtpEnvelope env;
    env.from = "alice@example.test";
    env.recipients = {"bob@example.test"};
    env.size = 900;
    s.addMessage(env);
    runScript(s, acceptedScript());
    ASSERT_TRUE(s.succeeded()) << s.error().toStdString();

    const SessionSummaryInfo info = summarizeSmtpSession(s, TlsDetails{}, QStringLiteral("smtp+plain://127.0.0.1"));
    EXPECT_EQ(info.protocol, QStringLiteral("SMTP"));
    EXPECT_TRUE(info.greeting.contains(QStringLiteral("mail.example.test ESMTP Postfix")));
    EXPECT_TRUE(info.offered.contains(QStringLiteral("PIPELINING")));
    EXPECT_TRUE(info.used.contains(QStringLiteral("PIPELINING")));
    EXPECT_FALSE(info.tlsActive);
    EXPECT_TRUE(info.succeeded);
    EXPECT_TRUE(info.result.contains(QStringLiteral("ABC123XYZ")));
    EXPECT_TRUE(info.details.join(QLatin1Char('\n')).contains(QStringLiteral("<bob@example.test> accepted")));

    SessionSummary widget;
    widget.setSummary(summarizeSmtpSession(s, TlsDetails{}, QStringLiteral("smtp+plain://127.0.0.1")));
    const QString text = widget.plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("ABC123XYZ")));
    EXPECT_TRUE(text.contains(QStringLiteral("PIPELINING (used)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("DSN"))) << "offered, not used";
    EXPECT_FALSE(text.contains(QStringLiteral("DSN (used)")));
    EXPECT_TRUE(text.contains(QStringLiteral("not encrypted")));
}

TEST(InspectorSessionSummary, RefusedRecipientAndFailureAreShown)
{
    SmtpSession s(labConfig());
    SmtpEnvelope env;
    env.from = "alice@example.test";
    env.recipients = {"nobody@example.test"};
    s.addMessage(env);
    runScript(s, {"220 mail.example.test ESMTP", "250-mail.example.test", "250 PIPELINING", "250 2.1.0 Ok",
                  "550 5.1.1 <nobody@example.test>: Recipient address rejected", "554 5.5.1 Error: no valid recipients",
                  "221 2.0.0 Bye"});
    ASSERT_FALSE(s.succeeded());
    SessionSummary widget;
    widget.setSummary(summarizeSmtpSession(s, TlsDetails{}));
    EXPECT_FALSE(widget.summary().succeeded);
    EXPECT_TRUE(widget.plainText().contains(QStringLiteral("<nobody@example.test> refused"))) << widget.plainText().toStdString();
}

TEST(InspectorSessionSummary, GenericFormShowsTlsAndUsedCapabilities)
{
    SessionSummaryInfo info;
    info.protocol = QStringLiteral("IMAP");
    info.greeting = QStringLiteral("* OK Dovecot ready.");
    info.offered = {QStringLiteral("IMAP4rev1"), QStringLiteral("IDLE"), QStringLiteral("AUTH=PLAIN")};
    info.used = {QStringLiteral("IDLE")};
    info.authMechanism = QStringLiteral("PLAIN");
    info.tlsActive = true;
    info.tls.protocol = QStringLiteral("TLSv1.3");
    info.tls.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    info.tls.verified = true;
    info.succeeded = true;
    info.result = QStringLiteral("INBOX synchronised");
    SessionSummary widget;
    widget.setSummary(info);
    const QString text = widget.plainText();
    for (const char *s : {"* OK Dovecot ready.", "IDLE (used)", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "certificate verified",
                          "PLAIN", "INBOX synchronised"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(s))) << s << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("IMAP4rev1 (used)")));
    widget.clear();
    EXPECT_FALSE(widget.plainText().contains(QStringLiteral("Dovecot")));
}

TEST(InspectorSessionSummary, UsedIsComparedByKeyword)
{
    EXPECT_TRUE(isCapabilityUsed(QStringLiteral("AUTH PLAIN LOGIN"), {QStringLiteral("AUTH SCRAM-SHA-256")}));
    EXPECT_TRUE(isCapabilityUsed(QStringLiteral("SIZE 41943040"), {QStringLiteral("SIZE")}));
    EXPECT_FALSE(isCapabilityUsed(QStringLiteral("SMTPUTF8"), {QStringLiteral("SIZE")}));
}
