// SPDX-License-Identifier: GPL-3.0-or-later
// What POP3 servers other than Dovecot do, replayed against Pop3Framer and
// Pop3Session at every split: lines (and the body's "." terminator) ended by a
// bare LF, a greeting with an APOP timestamp although APOP fails (GNU Mailutils
// pop3d without an APOP database: USER/PASS follows inside TLS, with a note;
// over plaintext the session stops), and the user's chosen mechanism.
#include "Pop3Replay.h"
#include "Pop3SessionFixtures.h"
#include "pop3/Pop3Framer.h"

#include <QCryptographicHash>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct Framed
{
    QList<QByteArray> frames;
    QList<int> bareLf;
    QList<QByteArray> traces;
    QString error;
};

// Feeds `bytes` in two parts; after the `bodyAfter`-th frame the next one is a body.
Framed frameAll(const QByteArray &bytes, qsizetype split, int bodyAfter)
{
    Pop3Framer f;
    Framed out;
    const auto drain = [&] {
        while (std::optional<QByteArray> frame = f.next()) {
            out.frames << *frame;
            out.bareLf << f.bareLineEnds();
            out.traces << f.traceText(*frame);
            if (out.frames.size() == bodyAfter)
                f.expectBody();
        }
        out.error = f.error();
    };
    f.feed(bytes.left(split));
    drain();
    f.feed(bytes.mid(split));
    drain();
    return out;
}

const QByteArray kTimestamp = "<15366.1796605243@vm>";

QByteArray apopDigest(const QByteArray &password)
{
    return QCryptographicHash::hash(kTimestamp + password, QCryptographicHash::Md5).toHex();
}

// GNU Mailutils pop3d 3.15: no SASL, USER, an APOP timestamp in the greeting.
QByteArray mailutilsStart()
{
    return "S: +OK POP3 Ready " + kTimestamp + "\n"
           "C: CAPA\n"
           "S: +OK Capability list follows\n"
           "S: TOP\nS: UIDL\nS: RESP-CODES\nS: PIPELINING\nS: AUTH-RESP-CODE\nS: EXPIRENEVER\nS: USER\n"
           "S: STLS\nS: .\n"
           "C: STLS\n"
           "S: +OK Begin TLS negotiation\n"
           "*: TLS\n"
           "C: CAPA\n"
           "S: +OK Capability list follows\n"
           "S: TOP\nS: UIDL\nS: RESP-CODES\nS: PIPELINING\nS: AUTH-RESP-CODE\nS: EXPIRENEVER\nS: USER\n"
           "S: .\n";
}

bool hasNote(const Pop3Run &run, const char *a, const char *b)
{
    for (const QByteArray &n : run.notes)
        if (n.contains(a) && n.contains(b))
            return true;
    return false;
}

} // namespace

TEST(Pop3BareLf, StatusLinesEndedByABareLfAreLinesAtEverySplit)
{
    const QByteArray bytes = "+OK POP3 Ready <1.2@vm>\n+OK\r\n-ERR [AUTH] Bad login\n";
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        const Framed got = frameAll(bytes, split, -1);
        EXPECT_TRUE(got.error.isEmpty()) << got.error.toStdString();
        EXPECT_EQ(got.frames, (QList<QByteArray>{"+OK POP3 Ready <1.2@vm>", "+OK", "-ERR [AUTH] Bad login"}))
            << "split " << split;
        EXPECT_EQ(got.bareLf, (QList<int>{1, 0, 1})) << "split " << split;
    }
}

TEST(Pop3BareLf, ABodyEndedByDotLfEndsAndItsBareLinesAreCounted)
{
    // "..\n" is a dot-stuffed line; ".\n" ends the body; the next status line follows.
    const QByteArray bytes = "+OK 30 octets\r\nSubject: x\n\nline\r\n..dot\n.\n+OK bye\r\n";
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        const Framed got = frameAll(bytes, split, 1);
        EXPECT_TRUE(got.error.isEmpty()) << got.error.toStdString();
        ASSERT_EQ(got.frames.size(), 3) << "split " << split;
        EXPECT_EQ(got.frames[1], QByteArray("Subject: x\n\nline\r\n.dot\n"));
        EXPECT_EQ(got.bareLf[1], 4); // "Subject", the empty line, ".dot" and the terminator
        EXPECT_TRUE(got.traces[1].contains("4 ended by a bare LF")) << got.traces[1].constData();
        EXPECT_EQ(got.frames[2], QByteArray("+OK bye"));
        EXPECT_EQ(got.bareLf[2], 0);
    }
}

TEST(Pop3BareLf, SmtpStyleLineFramerStaysStrict)
{
    LineFramer strict;
    strict.feed("250 ok\n");
    EXPECT_FALSE(strict.next().has_value());
    EXPECT_TRUE(strict.error().contains(QStringLiteral("bare LF")));
    LineFramer lenient(64, LineFramer::BareLf::LineEnd);
    lenient.feed("+OK a\rb\n");
    EXPECT_FALSE(lenient.next().has_value()); // a bare CR inside a line is still an error
    EXPECT_TRUE(lenient.error().contains(QStringLiteral("bare CR")));
    LineFramer bounded(8, LineFramer::BareLf::LineEnd);
    bounded.feed("+OK 123456789\n");
    EXPECT_FALSE(bounded.next().has_value());
    EXPECT_TRUE(bounded.hasError());
}

TEST(Pop3OtherServers, ApopRefusedInsideTlsThenUserPassWithANote)
{
    const Transcript script = Transcript::parse(mailutilsStart() +
                                                "C: APOP alice " + apopDigest("secret") + "\n"
                                                "S: -ERR [AUTH] Bad login\n"
                                                "C: USER alice\n"
                                                "S: +OK\n"
                                                "C: PASS secret\n"
                                                "S: +OK opened mailbox for alice\n"
                                                "C: QUIT\n"
                                                "S: +OK\n");
    replayPop3(config(), {}, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_TRUE(run.authenticated);
        EXPECT_TRUE(hasNote(run, "APOP refused", "USER/PASS")) << run.notes.join('|').constData();
        EXPECT_TRUE(run.traceLines.contains("PASS *****"));
        expectPasswordAbsent(run);
    });
}

TEST(Pop3OtherServers, ApopRefusedOverPlaintextStopsWithoutUserPass)
{
    Pop3Session::Config c = config(TransportSecurity::Plain);
    c.allowPlaintextAuth = true;
    const Transcript script = Transcript::parse("S: +OK POP3 Ready " + kTimestamp + "\n"
                                                "C: CAPA\n"
                                                "S: +OK Capability list follows\nS: USER\nS: .\n"
                                                "C: APOP alice " + apopDigest("secret") + "\n"
                                                "S: -ERR [AUTH] Bad login\n"
                                                "C: QUIT\n"
                                                "S: +OK\n");
    replayPop3(c, {}, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("APOP"));
        EXPECT_TRUE(run.error.contains(QStringLiteral("TLS"))) << run.error.toStdString();
        EXPECT_TRUE(run.error.contains(QStringLiteral("Bad login"))) << run.error.toStdString();
        for (const QByteArray &l : run.clientLines) {
            EXPECT_FALSE(l.startsWith("USER")) << l.constData();
            EXPECT_FALSE(l.startsWith("PASS")) << l.constData();
        }
    });
}

TEST(Pop3OtherServers, ApopChosenByTheUserIsNotReplacedByUserPass)
{
    Pop3Session::Config c = config();
    c.mechanism = QStringLiteral("APOP");
    const Transcript script = Transcript::parse(mailutilsStart() +
                                                "C: APOP alice " + apopDigest("secret") + "\n"
                                                "S: -ERR [AUTH] Bad login\n"
                                                "C: QUIT\n"
                                                "S: +OK\n");
    replayPop3(c, {}, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("APOP"));
        EXPECT_FALSE(run.clientLines.contains("USER alice"));
    });
}

TEST(Pop3OtherServers, ChosenLoginWithoutSaslIsUserPass)
{
    Pop3Session::Config c = config();
    c.mechanism = QStringLiteral("LOGIN");
    const Transcript script = Transcript::parse(mailutilsStart() +
                                                "C: USER alice\n"
                                                "S: +OK\n"
                                                "C: PASS secret\n"
                                                "S: +OK opened mailbox for alice\n"
                                                "C: QUIT\n"
                                                "S: +OK\n");
    replayPop3(c, {}, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_TRUE(hasNote(run, "LOGIN chosen", "USER/PASS"));
    });
}

TEST(Pop3OtherServers, ChosenSaslMechanismTheServerLacksIsAClearError)
{
    Pop3Session::Config c = config();
    c.mechanism = QStringLiteral("PLAIN");
    const Transcript script = Transcript::parse(mailutilsStart() + "C: QUIT\nS: +OK\n");
    replayPop3(c, {}, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_TRUE(run.error.contains(QStringLiteral("SASL"))) << run.error.toStdString();
        expectNoCredentials(run);
    });
}

TEST(Pop3OtherServers, AWholeSessionWithBareLfLineEnds)
{
    // The same session from a server that ends every line with LF alone, the
    // RETR body and its terminator included.
    Transcript script = Transcript::parse(mailutilsStart() +
                                          "C: USER alice\n"
                                          "S: +OK\n"
                                          "C: PASS secret\n"
                                          "S: +OK opened mailbox for alice\n"
                                          "C: RETR 1\n"
                                          "S: +OK\n"
                                          "S: Subject: x\n"
                                          "S: \n"
                                          "S: ..hello\n"
                                          "S: .\n"
                                          "C: QUIT\n"
                                          "S: +OK\n");
    for (QByteArray &segment : script.serverSegments)
        segment.replace("\r\n", "\n");
    Pop3Session::Config c = config();
    c.mechanism = QStringLiteral("USER");
    Pop3Plan plan;
    Pop3Session::Request retr;
    retr.kind = Pop3Request::Kind::Retr;
    retr.message = 1;
    plan.requests = {retr};
    replayPop3(c, plan, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString() << run.framerError.toStdString();
        ASSERT_EQ(run.replies.size(), 1);
        EXPECT_EQ(run.replies[0].body, QByteArray("Subject: x\n\n.hello\n"));
    });
}
