// SPDX-License-Identifier: GPL-3.0-or-later
// The reply-code catalog, in the source language (English): coverage of the
// RFC lists, spot checks, fallbacks, IMAP and POP3 codes.
#include "trace/ReplyCatalog.h"

#include <gtest/gtest.h>

#include <QSet>

using carteiro::ReplyCatalog;
using carteiro::ReplyMeaning;

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// RFC 5321 §4.2.3, "Reply Codes in Numeric Order", every one.
const int kRfc5321Codes[] = {211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452,
                             455, 500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555};

} // namespace

TEST(ReplyCatalogSmtp, EveryRfc5321Section423CodeIsKnown)
{
    for (int code : kRfc5321Codes) {
        SCOPED_TRACE(code);
        const ReplyMeaning m = ReplyCatalog::smtpBasic(code);
        EXPECT_TRUE(m.known);
        EXPECT_EQ(s(m.code), std::to_string(code));
        EXPECT_FALSE(m.meaning.trimmed().isEmpty());
        EXPECT_TRUE(m.source.startsWith(u("RFC 5321 §4.2.3"))) << s(m.source);
    }
}

TEST(ReplyCatalogSmtp, AuthAndNoMailCodesAreKnownWithTheirRfc)
{
    const struct
    {
        int code;
        const char *source;
    } cases[] = {{235, "RFC 4954 §6"}, {334, "RFC 4954 §4"}, {432, "RFC 4954 §6"},
                 {454, "RFC 4954 §6"}, {530, "RFC 4954 §6"}, {534, "RFC 4954 §6"},
                 {535, "RFC 4954 §6"}, {538, "RFC 4954 §6"}, {521, "RFC 7504"},
                 {556, "RFC 7504"}};
    for (const auto &c : cases) {
        SCOPED_TRACE(c.code);
        const ReplyMeaning m = ReplyCatalog::smtpBasic(c.code);
        EXPECT_TRUE(m.known);
        EXPECT_FALSE(m.meaning.isEmpty());
        EXPECT_TRUE(m.source.contains(u(c.source))) << s(m.source);
    }
}

TEST(ReplyCatalogSmtp, AllSmtpCodesIsSortedUniqueAndComplete)
{
    const QList<int> all = ReplyCatalog::allSmtpCodes();
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
    EXPECT_EQ(QSet<int>(all.begin(), all.end()).size(), all.size());
    for (int code : kRfc5321Codes)
        EXPECT_TRUE(all.contains(code)) << code;
    for (int code : {235, 334, 432, 454, 521, 530, 534, 535, 538, 556})
        EXPECT_TRUE(all.contains(code)) << code;
    for (int code : all)
        EXPECT_TRUE(ReplyCatalog::smtpBasic(code).known) << code;
}

TEST(ReplyCatalogSmtp, SpotChecks)
{
    const struct
    {
        int code;
        const char *meaning;
    } cases[] = {
        {250, "Requested mail action okay, completed"},
        {354, "Start mail input; end with <CRLF>.<CRLF>"},
        {421, "Service not available, closing transmission channel"},
        {535, "Authentication credentials invalid"},
        {550, "Requested action not taken: mailbox unavailable"},
        {452, "Requested action not taken: insufficient system storage"},
        {554, "Transaction failed"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.code);
        EXPECT_EQ(s(ReplyCatalog::smtpBasic(c.code).meaning), c.meaning);
    }
    EXPECT_TRUE(ReplyCatalog::smtpBasic(554).note.contains(u("No SMTP service here")));
    EXPECT_TRUE(ReplyCatalog::smtpBasic(530).note.contains(u("STARTTLS")));
    EXPECT_TRUE(ReplyCatalog::smtpBasic(250).note.isEmpty());
}

TEST(ReplyCatalogSmtp, UnknownCodeFallsBackToClassAndCategory)
{
    // RFC 5321 §4.2.1: first digit = class, second digit = category.
    ReplyMeaning m = ReplyCatalog::smtpBasic(259);
    EXPECT_FALSE(m.known);
    EXPECT_EQ(s(m.code), "259");
    EXPECT_TRUE(m.meaning.startsWith(u("Positive Completion reply"))) << s(m.meaning);
    EXPECT_TRUE(m.meaning.contains(u("Mail system"))) << s(m.meaning);
    EXPECT_EQ(s(m.source), "RFC 5321 §4.2.1");

    m = ReplyCatalog::smtpBasic(429);
    EXPECT_FALSE(m.known);
    EXPECT_TRUE(m.meaning.startsWith(u("Transient Negative Completion reply")));
    EXPECT_TRUE(m.meaning.contains(u("Connections")));

    m = ReplyCatalog::smtpBasic(508);
    EXPECT_FALSE(m.known);
    EXPECT_TRUE(m.meaning.startsWith(u("Permanent Negative Completion reply")));
    EXPECT_TRUE(m.meaning.contains(u("Syntax")));

    m = ReplyCatalog::smtpBasic(317);
    EXPECT_FALSE(m.known);
    EXPECT_TRUE(m.meaning.startsWith(u("Positive Intermediate reply")));
    EXPECT_TRUE(m.meaning.contains(u("Information")));

    // x6z..x9z have no category: the class alone.
    m = ReplyCatalog::smtpBasic(299);
    EXPECT_FALSE(m.known);
    EXPECT_EQ(s(m.meaning), "Positive Completion reply");

    for (int notSmtp : {-1, 0, 42, 99, 600, 999, 1000}) {
        m = ReplyCatalog::smtpBasic(notSmtp);
        EXPECT_FALSE(m.known) << notSmtp;
        EXPECT_TRUE(m.meaning.isEmpty()) << notSmtp;
    }
}

TEST(ReplyCatalogEnhanced, SpotChecks)
{
    const struct
    {
        const char *code;
        const char *classMeaning;
        const char *subject;
        const char *detail;
        const char *source;
    } cases[] = {
        {"2.1.0", "Success", "Addressing Status", "Other address status", "RFC 3463 §3.2"},
        {"5.1.1", "Permanent Failure", "Addressing Status", "Bad destination mailbox address",
         "RFC 3463 §3.2"},
        {"4.3.1", "Persistent Transient Failure", "Mail System Status", "Mail system full",
         "RFC 3463 §3.4"},
        {"5.7.0", "Permanent Failure", "Security or Policy Status",
         "Other or undefined security status", "RFC 3463 §3.8"},
        {"4.7.0", "Persistent Transient Failure", "Security or Policy Status",
         "Other or undefined security status", "RFC 3463 §3.8"},
        {"5.3.4", "Permanent Failure", "Mail System Status", "Message too big for system",
         "RFC 3463 §3.4"},
        {"5.7.8", "Permanent Failure", "Security or Policy Status",
         "Authentication credentials invalid", "RFC 4954 §6"},
        {"5.7.13", "Permanent Failure", "Security or Policy Status", "User Account Disabled",
         "RFC 5248"},
        {"2.0.0", "Success", "Other or Undefined Status", "Other undefined Status",
         "RFC 3463 §3.1"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.code);
        const ReplyMeaning m = ReplyCatalog::enhanced(u(c.code));
        EXPECT_TRUE(m.known);
        EXPECT_EQ(s(m.code), c.code);
        EXPECT_EQ(s(m.classMeaning), c.classMeaning);
        EXPECT_EQ(s(m.subject), c.subject);
        EXPECT_EQ(s(m.detail), c.detail);
        EXPECT_TRUE(m.source.contains(u(c.source))) << s(m.source);
        EXPECT_TRUE(m.meaning.contains(m.classMeaning));
        EXPECT_TRUE(m.meaning.contains(m.subject));
        EXPECT_TRUE(m.meaning.contains(m.detail));
    }
    // A success reply's conventional reading (RFC 2034 §6 example).
    const ReplyMeaning ok = ReplyCatalog::enhanced(u("2.1.0"));
    EXPECT_EQ(s(ok.usage), "Originator address valid");
    EXPECT_TRUE(ok.meaning.endsWith(u("Other address status: Originator address valid")))
        << s(ok.meaning);
    EXPECT_TRUE(ReplyCatalog::enhanced(u("5.1.0")).usage.isEmpty());
}

TEST(ReplyCatalogEnhanced, EveryRfc3463AndRegisteredDetailIsKnownInEveryClass)
{
    QStringList required;
    required << u("0.0");
    for (int d = 0; d <= 8; ++d)
        required << QStringLiteral("1.%1").arg(d);
    for (int d = 0; d <= 4; ++d)
        required << QStringLiteral("2.%1").arg(d);
    for (int d = 0; d <= 5; ++d)
        required << QStringLiteral("3.%1").arg(d);
    for (int d = 0; d <= 7; ++d)
        required << QStringLiteral("4.%1").arg(d);
    for (int d = 0; d <= 5; ++d)
        required << QStringLiteral("5.%1").arg(d);
    for (int d = 0; d <= 5; ++d)
        required << QStringLiteral("6.%1").arg(d);
    for (int d = 0; d <= 7; ++d)
        required << QStringLiteral("7.%1").arg(d);
    // Registered later (RFC 4954, 5248, 6531, 6710, 7293, 7372, ...)
    for (int d = 8; d <= 20; ++d)
        required << QStringLiteral("7.%1").arg(d);
    for (int d = 7; d <= 10; ++d)
        required << QStringLiteral("6.%1").arg(d);
    required << u("3.6") << u("5.6");

    const QStringList all = ReplyCatalog::allEnhancedCodes();
    for (const QString &sd : required) {
        SCOPED_TRACE(s(sd));
        EXPECT_TRUE(all.contains(QStringLiteral("X.") + sd));
        for (const char *cls : {"2", "4", "5"}) {
            const ReplyMeaning m = ReplyCatalog::enhanced(u(cls) + QLatin1Char('.') + sd);
            EXPECT_TRUE(m.known) << cls;
            EXPECT_FALSE(m.detail.isEmpty()) << cls;
        }
    }
    EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), all.size());
    for (const QString &code : all) {
        SCOPED_TRACE(s(code));
        const ReplyMeaning m = ReplyCatalog::enhanced(code);
        EXPECT_TRUE(m.known);
        EXPECT_TRUE(m.classMeaning.isEmpty()); // "X." has no class
        EXPECT_FALSE(m.subject.isEmpty());
        EXPECT_FALSE(m.detail.isEmpty());
        EXPECT_TRUE(m.source.startsWith(u("RFC ")) || m.source.startsWith(u("IANA")))
            << s(m.source);
    }
}

TEST(ReplyCatalogEnhanced, UnknownDetailFallsBackToSubject)
{
    ReplyMeaning m = ReplyCatalog::enhanced(u("5.1.99"));
    EXPECT_FALSE(m.known);
    EXPECT_EQ(s(m.code), "5.1.99");
    EXPECT_EQ(s(m.classMeaning), "Permanent Failure");
    EXPECT_EQ(s(m.subject), "Addressing Status");
    EXPECT_TRUE(m.detail.isEmpty());
    EXPECT_TRUE(m.meaning.contains(u("Addressing Status")));
    EXPECT_EQ(s(m.source), "RFC 3463 §2");

    m = ReplyCatalog::enhanced(u("4.9.1")); // no such subject: the class alone
    EXPECT_FALSE(m.known);
    EXPECT_TRUE(m.subject.isEmpty());
    EXPECT_EQ(s(m.meaning), "Persistent Transient Failure");

    for (const char *bad : {"", "3.1.1", "5.1", "5.1.1.1", "five", "5.a.1", "1.0.0"}) {
        m = ReplyCatalog::enhanced(u(bad));
        EXPECT_FALSE(m.known) << bad;
        EXPECT_TRUE(m.meaning.isEmpty()) << bad;
    }

    // Lenient on surrounding space and leading zeros; normalised code.
    m = ReplyCatalog::enhanced(u(" 5.01.001 "));
    EXPECT_TRUE(m.known);
    EXPECT_EQ(s(m.code), "5.1.1");
}

TEST(ReplyCatalogDescribe, OneHumanLine)
{
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(250, u("2.1.0"))),
              "250 Requested mail action okay, completed · 2.1.0 Success: Originator address "
              "valid");
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(550, u("5.1.1"))),
              "550 Requested action not taken: mailbox unavailable · 5.1.1 Permanent Failure: "
              "Bad destination mailbox address");
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(535, u("5.7.8"))),
              "535 Authentication credentials invalid · 5.7.8 Permanent Failure: Authentication "
              "credentials invalid");
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(452, u("4.3.1"))),
              "452 Requested action not taken: insufficient system storage · 4.3.1 Persistent "
              "Transient Failure: Mail system full");
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(221)), "221 Service closing transmission channel");
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(550, u("5.1.99"))),
              "550 Requested action not taken: mailbox unavailable · 5.1.99 Permanent Failure: "
              "Addressing Status");
    // An "other or undefined" detail says no more than its class and subject
    // (RFC 3463 §3.1): 2.0.0 is a plain success, 5.7.0 a policy failure.
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(250, u("2.0.0"))),
              "250 Requested mail action okay, completed · 2.0.0 Success");
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(554, u("5.7.0"))),
              "554 Transaction failed · 5.7.0 Permanent Failure: Security or Policy Status");
    EXPECT_EQ(s(ReplyCatalog::enhanced(u("X.1.5")).reading), "Destination address valid");
    EXPECT_EQ(s(ReplyCatalog::enhanced(u("2.1.5")).reading), "Success: Destination address valid");
    EXPECT_TRUE(ReplyCatalog::enhanced(u("9.9.9")).reading.isEmpty());
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(299, QString())), "299 Positive Completion reply");
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(999)), "999");
}

TEST(ReplyCatalogImap, RequiredCodesAreKnown)
{
    const struct
    {
        const char *atom;
        const char *source;
    } cases[] = {
        {"ALERT", "RFC 3501 §7.1"},
        {"BADCHARSET", "RFC 3501 §7.1"},
        {"CAPABILITY", "RFC 3501 §7.1"},
        {"PARSE", "RFC 3501 §7.1"},
        {"PERMANENTFLAGS", "RFC 3501 §7.1"},
        {"READ-ONLY", "RFC 3501 §7.1"},
        {"READ-WRITE", "RFC 3501 §7.1"},
        {"TRYCREATE", "RFC 3501 §7.1"},
        {"UIDNEXT", "RFC 3501 §7.1"},
        {"UIDVALIDITY", "RFC 3501 §7.1"},
        {"UNSEEN", "RFC 3501 §7.1"},
        {"APPENDUID", "RFC 4315"},
        {"COPYUID", "RFC 4315"},
        {"UIDNOTSTICKY", "RFC 4315"},
        {"AUTHENTICATIONFAILED", "RFC 5530 §3"},
        {"AUTHORIZATIONFAILED", "RFC 5530 §3"},
        {"EXPIRED", "RFC 5530 §3"},
        {"PRIVACYREQUIRED", "RFC 5530 §3"},
        {"CONTACTADMIN", "RFC 5530 §3"},
        {"NOPERM", "RFC 5530 §3"},
        {"INUSE", "RFC 5530 §3"},
        {"EXPUNGEISSUED", "RFC 5530 §3"},
        {"CORRUPTION", "RFC 5530 §3"},
        {"SERVERBUG", "RFC 5530 §3"},
        {"CLIENTBUG", "RFC 5530 §3"},
        {"CANNOT", "RFC 5530 §3"},
        {"LIMIT", "RFC 5530 §3"},
        {"OVERQUOTA", "RFC 5530 §3"},
        {"ALREADYEXISTS", "RFC 5530 §3"},
        {"NONEXISTENT", "RFC 5530 §3"},
        {"UNAVAILABLE", "RFC 5530 §3"},
        {"HIGHESTMODSEQ", "RFC 7162"},
        {"NOMODSEQ", "RFC 7162"},
        {"MODIFIED", "RFC 7162"},
        {"CLOSED", "RFC 7162"},
    };
    const QStringList all = ReplyCatalog::allImapCodes();
    for (const auto &c : cases) {
        SCOPED_TRACE(c.atom);
        const ReplyMeaning m = ReplyCatalog::imapCode(u(c.atom));
        EXPECT_TRUE(m.known);
        EXPECT_EQ(s(m.code), c.atom);
        EXPECT_FALSE(m.meaning.isEmpty());
        EXPECT_TRUE(m.source.startsWith(u(c.source))) << s(m.source);
        EXPECT_TRUE(all.contains(u(c.atom)));
    }
    for (const QString &atom : all)
        EXPECT_TRUE(ReplyCatalog::imapCode(atom).known) << s(atom);
}

TEST(ReplyCatalogImap, AtomsAreNormalisedAndUnknownOnesStayUnknown)
{
    ReplyMeaning m = ReplyCatalog::imapCode(u("[UIDNEXT 4392]"));
    EXPECT_TRUE(m.known);
    EXPECT_EQ(s(m.code), "UIDNEXT");
    m = ReplyCatalog::imapCode(u("permanentflags (\\Seen \\Deleted \\*)"));
    EXPECT_TRUE(m.known);
    EXPECT_EQ(s(m.code), "PERMANENTFLAGS");
    m = ReplyCatalog::imapCode(u(" [TRYCREATE] "));
    EXPECT_TRUE(m.known);
    EXPECT_EQ(s(m.meaning),
              "The target mailbox of APPEND or COPY does not exist; creating it first may help");

    m = ReplyCatalog::imapCode(u("X-GM-SOMETHING"));
    EXPECT_FALSE(m.known);
    EXPECT_EQ(s(m.code), "X-GM-SOMETHING");
    EXPECT_TRUE(m.meaning.isEmpty());
    EXPECT_FALSE(ReplyCatalog::imapCode(QString()).known);
}

TEST(ReplyCatalogPop3, CodesOfRfc2449And3206)
{
    const struct
    {
        const char *atom;
        const char *source;
    } cases[] = {{"IN-USE", "RFC 2449 §8.1.2"}, {"LOGIN-DELAY", "RFC 2449 §8.1.1"},
                 {"SYS/TEMP", "RFC 3206 §4"},   {"SYS/PERM", "RFC 3206 §4"},
                 {"SYS", "RFC 3206 §4"},        {"AUTH", "RFC 3206 §5"}};
    for (const auto &c : cases) {
        SCOPED_TRACE(c.atom);
        const ReplyMeaning m = ReplyCatalog::pop3Code(u(c.atom));
        EXPECT_TRUE(m.known);
        EXPECT_FALSE(m.meaning.isEmpty());
        EXPECT_EQ(s(m.source), c.source);
        EXPECT_TRUE(ReplyCatalog::allPop3Codes().contains(u(c.atom)));
    }
    EXPECT_NE(ReplyCatalog::pop3Code(u("SYS/TEMP")).meaning,
              ReplyCatalog::pop3Code(u("SYS/PERM")).meaning);

    // "-ERR [sys/temp] ..." as a server may write it: case-insensitive.
    ReplyMeaning m = ReplyCatalog::pop3Code(u("[sys/temp]"));
    EXPECT_TRUE(m.known);
    EXPECT_EQ(s(m.code), "SYS/TEMP");

    // Hierarchical fallback (RFC 2449 §8): an unknown child gives its parent.
    m = ReplyCatalog::pop3Code(u("SYS/FOO"));
    EXPECT_FALSE(m.known);
    EXPECT_EQ(s(m.code), "SYS/FOO");
    EXPECT_EQ(m.meaning, ReplyCatalog::pop3Code(u("SYS")).meaning);

    m = ReplyCatalog::pop3Code(u("NOPE"));
    EXPECT_FALSE(m.known);
    EXPECT_TRUE(m.meaning.isEmpty());
}

TEST(ReplyCatalogData, SourceTextsAreUniqueAndNonEmpty)
{
    const QStringList texts = ReplyCatalog::allSourceTexts();
    EXPECT_GT(texts.size(), 150);
    EXPECT_EQ(QSet<QString>(texts.begin(), texts.end()).size(), texts.size());
    for (const QString &t : texts)
        EXPECT_FALSE(t.trimmed().isEmpty());
}
