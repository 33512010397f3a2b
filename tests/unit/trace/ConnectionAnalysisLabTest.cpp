// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionAnalysis on real transcripts of the lab, captured with
// `carteiro-cli send/fetch --trace` (tests/data/transcripts/lab-*.txt).
#include "TranscriptEvents.h"
#include "trace/ConnectionAnalysis.h"

#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::eventsFromTranscript;
using carteiro::test::transcriptFile;

namespace {
ConnectionAnalysis analyzeFile(const char *name, Protocol protocol)
{
    const QByteArray text = transcriptFile(QString::fromLatin1(name));
    EXPECT_FALSE(text.isEmpty()) << name;
    return ConnectionAnalyzer::analyze(eventsFromTranscript(text, protocol));
}

const OfferedCapability &cap(const ConnectionAnalysis &a, const char *name)
{
    static const OfferedCapability none;
    const OfferedCapability *c = a.find(QString::fromLatin1(name));
    EXPECT_NE(c, nullptr) << name;
    return c ? *c : none;
}
} // namespace

TEST(ConnectionAnalysisLab, SmtpStartTlsCapabilitiesBeforeAndAfterAndWhatWasUsed)
{
    const ConnectionAnalysis a = analyzeFile("lab-smtp-starttls.txt", Protocol::Smtp);
    EXPECT_EQ(a.protocol, Protocol::Smtp);
    EXPECT_EQ(a.greeting, QStringLiteral("220 mail.example.test ESMTP Postfix"));
    EXPECT_TRUE(a.sawListBeforeTls);
    EXPECT_TRUE(a.sawListAfterTls);
    EXPECT_TRUE(a.tlsEstablished);
    EXPECT_EQ(a.tlsMode, TlsMode::StartTls);
    EXPECT_EQ(a.tls.protocol, QStringLiteral("TLSv1.3"));

    // STARTTLS only before, AUTH only after (the submission port's policy).
    EXPECT_TRUE(cap(a, "STARTTLS").beforeTls);
    EXPECT_FALSE(cap(a, "STARTTLS").afterTls);
    EXPECT_FALSE(cap(a, "AUTH").beforeTls);
    EXPECT_TRUE(cap(a, "AUTH").afterTls);
    EXPECT_EQ(cap(a, "AUTH").paramsAfterTls,
              QStringLiteral("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"));
    EXPECT_TRUE(cap(a, "PIPELINING").beforeTls && cap(a, "PIPELINING").afterTls);
    EXPECT_EQ(cap(a, "SIZE").paramsAfterTls, QStringLiteral("41943040"));
    EXPECT_EQ(a.sizeLimit, 41943040);
    // The server's name line is no keyword.
    EXPECT_EQ(a.find(QStringLiteral("MAIL.EXAMPLE.TEST")), nullptr);

    EXPECT_TRUE(cap(a, "STARTTLS").used);
    EXPECT_TRUE(cap(a, "AUTH").used);
    EXPECT_EQ(cap(a, "AUTH").usedDetail, QStringLiteral("SCRAM-SHA-256"));
    EXPECT_TRUE(cap(a, "PIPELINING").used); // MAIL and RCPT in flight together
    EXPECT_EQ(a.maxInFlight, 2);
    EXPECT_TRUE(cap(a, "PIPELINING").usedBy.startsWith(QLatin1String("RCPT TO:")));
    EXPECT_TRUE(cap(a, "CHUNKING").used);
    EXPECT_TRUE(cap(a, "SIZE").used);
    EXPECT_EQ(cap(a, "SIZE").usedDetail, QStringLiteral("286"));
    EXPECT_FALSE(cap(a, "VRFY").used);
    EXPECT_FALSE(cap(a, "8BITMIME").used);
    EXPECT_FALSE(cap(a, "DSN").used);
    EXPECT_EQ(a.messageBytes, 286);
    EXPECT_TRUE(a.warnings.isEmpty()) << a.warnings.value(0).text.toStdString();
    for (const OfferedCapability &c : a.capabilities) {
        EXPECT_TRUE(c.offered) << c.name.toStdString();
        EXPECT_FALSE(c.refused) << c.name.toStdString();
        // "SIZE 41943040" -> smtp.ehlo.SIZE.limit(41943040), "AUTH ..." -> smtp.ehlo.AUTH+...
        EXPECT_TRUE(c.explanation.key.startsWith(QStringLiteral("smtp.ehlo.") + c.name))
            << c.explanation.key.toStdString();
        EXPECT_TRUE(c.explanation.known) << c.name.toStdString();
        EXPECT_TRUE(c.explanation.source.startsWith(QStringLiteral("RFC "))) << c.name.toStdString();
    }
    EXPECT_TRUE(cap(a, "PIPELINING").explanation.source.startsWith(QLatin1String("RFC 2920")));
    EXPECT_TRUE(cap(a, "SIZE").explanation.text.contains(QLatin1String("41943040")));
}

TEST(ConnectionAnalysisLab, SmtpsIsImplicitTlsWithNothingBeforeIt)
{
    const ConnectionAnalysis a = analyzeFile("lab-smtps.txt", Protocol::Smtp);
    EXPECT_EQ(a.tlsMode, TlsMode::Implicit);
    EXPECT_FALSE(a.sawListBeforeTls);
    EXPECT_TRUE(a.sawListAfterTls);
    for (const OfferedCapability &c : a.capabilities)
        EXPECT_FALSE(c.beforeTls) << c.name.toStdString();
    EXPECT_TRUE(cap(a, "AUTH").used);
    EXPECT_FALSE(a.hasWarning(AnalysisWarning::Kind::StartTlsMissing)); // not needed on port 465
    EXPECT_TRUE(a.warnings.isEmpty());
}

TEST(ConnectionAnalysisLab, ImapStartTlsOnHost2HasLoginDisabledBeforeTls)
{
    const ConnectionAnalysis a = analyzeFile("lab-imap-starttls.txt", Protocol::Imap);
    EXPECT_TRUE(a.greeting.startsWith(QLatin1String("* OK [CAPABILITY IMAP4rev1")));
    EXPECT_EQ(a.tlsMode, TlsMode::StartTls);
    // From the greeting's [CAPABILITY ...] code.
    EXPECT_TRUE(cap(a, "LOGINDISABLED").beforeTls);
    EXPECT_FALSE(cap(a, "LOGINDISABLED").afterTls);
    EXPECT_TRUE(cap(a, "STARTTLS").beforeTls);
    EXPECT_FALSE(cap(a, "AUTH=PLAIN").beforeTls);
    // From "* CAPABILITY" after TLS and the tagged OK [CAPABILITY ...] after login.
    EXPECT_TRUE(cap(a, "AUTH=PLAIN").afterTls);
    EXPECT_TRUE(cap(a, "QRESYNC").afterTls);
    EXPECT_TRUE(cap(a, "MOVE").afterTls);

    EXPECT_TRUE(cap(a, "STARTTLS").used);
    EXPECT_TRUE(cap(a, "AUTH=SCRAM-SHA-256").used);
    EXPECT_TRUE(cap(a, "SASL-IR").used); // the initial response on the AUTHENTICATE line
    EXPECT_TRUE(cap(a, "ENABLE").used);
    EXPECT_TRUE(cap(a, "QRESYNC").used);
    EXPECT_TRUE(cap(a, "ID").used);
    EXPECT_TRUE(cap(a, "CONDSTORE").used); // EXAMINE INBOX (CONDSTORE)
    EXPECT_FALSE(cap(a, "IDLE").used);
    EXPECT_FALSE(cap(a, "MOVE").used);
    EXPECT_FALSE(cap(a, "AUTH=PLAIN").used);

    EXPECT_TRUE(a.hasWarning(AnalysisWarning::Kind::LoginDisabled));
    EXPECT_FALSE(
        a.hasWarning(AnalysisWarning::Kind::AuthBeforeTls)); // SCRAM/CRAM only: no clear password
    EXPECT_FALSE(a.hasWarning(AnalysisWarning::Kind::StartTlsMissing));
    EXPECT_FALSE(a.hasWarning(AnalysisWarning::Kind::CredentialsWithoutTls));
}

TEST(ConnectionAnalysisLab, ImapStartTlsOnHost1OffersPlainBeforeTls)
{
    const ConnectionAnalysis a = analyzeFile("lab-imap-starttls-host1.txt", Protocol::Imap);
    EXPECT_TRUE(cap(a, "AUTH=PLAIN").beforeTls);
    ASSERT_TRUE(a.hasWarning(AnalysisWarning::Kind::AuthBeforeTls));
    for (const AnalysisWarning &w : a.warnings)
        if (w.kind == AnalysisWarning::Kind::AuthBeforeTls) {
            EXPECT_TRUE(w.text.contains(QLatin1String("PLAIN, LOGIN"))) << w.text.toStdString();
            EXPECT_FALSE(w.text.contains(QLatin1String("SCRAM")));
            EXPECT_EQ(w.source, QStringLiteral("RFC 2595 §2.3"));
        }
    EXPECT_FALSE(a.hasWarning(AnalysisWarning::Kind::LoginDisabled));
}

TEST(ConnectionAnalysisLab, ImapsIsImplicit)
{
    const ConnectionAnalysis a = analyzeFile("lab-imaps.txt", Protocol::Imap);
    EXPECT_EQ(a.tlsMode, TlsMode::Implicit);
    EXPECT_FALSE(a.sawListBeforeTls);
    EXPECT_TRUE(cap(a, "AUTH=PLAIN").afterTls);
    EXPECT_TRUE(cap(a, "AUTH=SCRAM-SHA-256").used);
    EXPECT_FALSE(a.find(QStringLiteral("STARTTLS")));
    // Each capability is explained by the catalog (LineExplainer::capability).
    EXPECT_EQ(cap(a, "IDLE").explanation.key, QStringLiteral("imap.cap.IDLE"));
    EXPECT_TRUE(cap(a, "IDLE").explanation.known);
    EXPECT_EQ(cap(a, "IDLE").explanation.source, QStringLiteral("RFC 2177 §3"));
    EXPECT_EQ(cap(a, "AUTH=PLAIN").explanation.key, QStringLiteral("imap.cap.AUTH(PLAIN)"));
    EXPECT_FALSE(cap(a, "AUTH=PLAIN").explanation.text.isEmpty());
}

TEST(ConnectionAnalysisLab, Pop3StlsCapaBeforeAndAfter)
{
    const ConnectionAnalysis a = analyzeFile("lab-pop3-stls.txt", Protocol::Pop3);
    EXPECT_EQ(a.greeting, QStringLiteral("+OK Dovecot (Debian) ready."));
    EXPECT_EQ(a.tlsMode, TlsMode::StartTls);
    EXPECT_TRUE(cap(a, "STLS").beforeTls);
    EXPECT_FALSE(cap(a, "STLS").afterTls);
    EXPECT_FALSE(cap(a, "USER").beforeTls);
    EXPECT_TRUE(cap(a, "USER").afterTls);
    EXPECT_EQ(cap(a, "SASL").paramsBeforeTls, QStringLiteral("CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"));
    EXPECT_EQ(cap(a, "SASL").paramsAfterTls,
              QStringLiteral("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"));

    EXPECT_TRUE(cap(a, "STLS").used);
    EXPECT_TRUE(cap(a, "SASL").used);
    EXPECT_EQ(cap(a, "SASL").usedDetail, QStringLiteral("SCRAM-SHA-256"));
    EXPECT_TRUE(cap(a, "UIDL").used);
    EXPECT_TRUE(cap(a, "PIPELINING").used); // UIDL and LIST in flight together
    EXPECT_FALSE(cap(a, "TOP").used);
    EXPECT_FALSE(cap(a, "USER").used);
    EXPECT_TRUE(cap(a, "STLS").explanation.known);
    EXPECT_TRUE(cap(a, "STLS").explanation.source.startsWith(QLatin1String("RFC 2595")))
        << cap(a, "STLS").explanation.source.toStdString();
    EXPECT_TRUE(a.warnings.isEmpty()) << a.warnings.value(0).text.toStdString();
}

TEST(ConnectionAnalysisLab, Pop3sIsImplicit)
{
    const ConnectionAnalysis a = analyzeFile("lab-pop3s.txt", Protocol::Pop3);
    EXPECT_EQ(a.tlsMode, TlsMode::Implicit);
    EXPECT_TRUE(cap(a, "USER").afterTls);
    EXPECT_TRUE(cap(a, "UIDL").used);
    EXPECT_EQ(cap(a, "UIDL").explanation.key, QStringLiteral("pop3.capa.UIDL"));
    EXPECT_TRUE(cap(a, "UIDL").explanation.known);
    EXPECT_TRUE(cap(a, "SASL").explanation.known);
    EXPECT_FALSE(a.find(QStringLiteral("STLS"))); // not offered on port 995
}
