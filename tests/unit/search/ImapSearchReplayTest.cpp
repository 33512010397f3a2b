// SPDX-License-Identifier: GPL-3.0-or-later
// The server's half of a search (ImapSearchRequest, as ImapSearchOp drives it)
// replayed from scripted server bytes through TranscriptReplayer, whole, byte
// by byte and split at every offset: RETURN (ALL) and the ESEARCH answer where
// ESEARCH is offered, the plain SEARCH answer on a server without it (the
// lab's GNU Mailutils imap4d), CHARSET UTF-8 with a word sent as a literal, a
// BAD to CHARSET searched again without it when the words are US-ASCII, a NO
// [BADCHARSET] to accented words ending as a clear failure, and a BAD to
// RETURN falling back to the plain form once.
#include "ImapReplay.h"
#include "sync/ImapSearchRequest.h"

#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

ImapSession::Config config()
{
    ImapSession::Config c;
    c.security = TransportSecurity::Plain;
    c.allowAuthWithoutTls = true;
    c.credentials.username = QStringLiteral("alice@example.test");
    c.credentials.password = QStringLiteral("alicepass");
    c.mechanism = QStringLiteral("LOGIN");
    c.sendId = false;
    return c;
}

const QByteArray kLogin = "C: a1 LOGIN alice@example.test \"alicepass\"\n";

// Plays ImapSearchOp's part: the first command after login, then each tagged
// answer to it through ImapSearchRequest::answered(), and LOGOUT at the end.
struct Driver
{
    SearchQuery query;
    QList<quint32> scope;
    bool esearchFirst = false;

    struct State
    {
        std::optional<ImapSearchRequest> request;
        bool esearchSent = false;
        QList<quint32> uids;
        QStringList notes;
        QString error;
        bool done = false;
    };
    std::shared_ptr<State> state = std::make_shared<State>();

    ImapSetup setup() const
    {
        return [q = query, s = scope, e = esearchFirst, st = state](ImapSession &session) {
            *st = State();
            st->request.emplace(q, s);
            st->esearchSent = e;
            session.enqueue(st->request->command(e));
        };
    }

    ImapHook hook() const
    {
        return [st = state](ImapSession &session, const QByteArray &frame) {
            QString error;
            const auto r = ImapResponse::parse(frame, &error);
            if (!r || st->done)
                return ImapSession::Output{};
            if (r->keyword == "SEARCH")
                st->uids += r->numbers;
            if (r->keyword == "ESEARCH" && r->uidSet)
                st->uids += r->uidSet->toList(1000).value_or(QList<quint32>());
            if (r->tag.isEmpty() || r->tag == "a1")
                return ImapSession::Output{};
            // A BAD to RETURN (ALL): the session sent the plain form itself.
            if (st->esearchSent && !session.hasCapability("ESEARCH")) {
                st->esearchSent = false;
                return ImapSession::Output{};
            }
            ImapCompletion c;
            c.status = r->status;
            c.ok = r->status == ImapResponse::Status::Ok;
            c.code = r->code;
            c.text = QString::fromUtf8(frame.mid(frame.indexOf(' ', frame.indexOf(' ') + 1) + 1)).trimmed();
            c.uids = st->uids;
            switch (st->request->answered(c)) {
            case ImapSearchRequest::Next::Again:
                st->notes << st->request->note();
                st->uids.clear();
                session.enqueue(st->request->command(session.hasCapability("ESEARCH")));
                return session.flush();
            case ImapSearchRequest::Next::Done:
                st->uids = st->request->uids();
                break;
            case ImapSearchRequest::Next::Failed:
                st->error = st->request->error();
                break;
            }
            st->done = true;
            session.enqueue(ImapCommand::logout());
            return session.flush();
        };
    }
};

SearchQuery query(const QString &text)
{
    QString error;
    const auto q = SearchQuery::parse(text, &error);
    EXPECT_TRUE(q.has_value()) << error.toStdString();
    return q.value_or(SearchQuery());
}

} // namespace

TEST(ImapSearchReplay, EsearchReturnsOneUidSetForTheUncachedMessages)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 ESEARCH AUTH=PLAIN] Dovecot ready.\n" + kLogin +
        "S: a1 OK [CAPABILITY IMAP4rev1 ESEARCH] Logged in\n"
        "C: a2 UID SEARCH RETURN (ALL) CHARSET UTF-8 UID 3:5,9 TEXT \"aula\" FROM \"joao\" UNDELETED\n"
        "S: * ESEARCH (TAG \"a2\") UID ALL 4,9\n"
        "S: a2 OK Search completed (0.001 + 0.000 secs).\n"
        "C: a3 LOGOUT\n"
        "S: * BYE Logging out\n"
        "S: a3 OK Logout completed.\n");
    Driver d;
    d.query = query(QStringLiteral("aula from:joao"));
    d.scope = {3, 4, 5, 9};
    d.esearchFirst = true;
    replayImap(config(), script, [&](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        EXPECT_EQ(d.state->uids, (QList<quint32>{4, 9}));
        EXPECT_TRUE(d.state->error.isEmpty());
        EXPECT_TRUE(d.state->notes.isEmpty());
    }, d.setup(), d.hook());
}

TEST(ImapSearchReplay, WithoutEsearchThePlainSearchAnswers)
{
    // GNU Mailutils imap4d lists no ESEARCH; accented words go as a literal.
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] IMAP4rev1 Debian GNU Mailutils ready\n" + kLogin +
        "S: a1 OK [CAPABILITY IMAP4rev1 LITERAL+] LOGIN Completed\n"
        "C: a2 UID SEARCH CHARSET UTF-8 SUBJECT {11+}\\r\\nConcei\xc3\xa7\xc3\xa3o SINCE 1-Mar-2024 UNSEEN FLAGGED UNDELETED\n"
        "S: * SEARCH 2 7 11\n"
        "S: a2 OK SEARCH Completed\n"
        "C: a3 LOGOUT\n"
        "S: a3 OK LOGOUT Completed\n");
    Driver d;
    d.query = query(QStringLiteral("subject:Conceição since:2024-03-01 is:unread is:flagged"));
    replayImap(config(), script, [&](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        EXPECT_EQ(d.state->uids, (QList<quint32>{2, 7, 11}));
        ASSERT_GE(run.traceLines.size(), 2);
        EXPECT_TRUE(run.traceLines[1].contains("Concei")) << run.traceLines[1].constData();
    }, d.setup(), d.hook());
}

TEST(ImapSearchReplay, BadToCharsetIsSearchedAgainWithoutItForAsciiWords)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n" + kLogin +
        "S: a1 OK [CAPABILITY IMAP4rev1] done\n"
        "C: a2 UID SEARCH CHARSET UTF-8 BODY \"carteiro\" UNDELETED\n"
        "S: a2 BAD Unknown CHARSET\n"
        "C: a3 UID SEARCH BODY \"carteiro\" UNDELETED\n"
        "S: * SEARCH 5\n"
        "S: a3 OK SEARCH done\n"
        "C: a4 LOGOUT\n"
        "S: a4 OK bye\n");
    Driver d;
    d.query = query(QStringLiteral("body:carteiro"));
    replayImap(config(), script, [&](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        EXPECT_EQ(d.state->uids, (QList<quint32>{5}));
        ASSERT_EQ(d.state->notes.size(), 1);
        EXPECT_TRUE(d.state->notes[0].contains(QStringLiteral("BAD Unknown CHARSET"))) << d.state->notes[0].toStdString();
    }, d.setup(), d.hook());
}

TEST(ImapSearchReplay, BadCharsetForAccentedWordsIsAClearFailure)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] ready\n" + kLogin +
        "S: a1 OK [CAPABILITY IMAP4rev1 LITERAL+] done\n"
        "C: a2 UID SEARCH CHARSET UTF-8 TEXT {7+}\\r\\nli\xc3\xa7\xc3\xa3o UNDELETED\n"
        "S: a2 NO [BADCHARSET (US-ASCII)] The charset is not supported\n"
        "C: a3 LOGOUT\n"
        "S: a3 OK bye\n");
    Driver d;
    d.query = query(QStringLiteral("lição"));
    replayImap(config(), script, [&](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        EXPECT_TRUE(d.state->uids.isEmpty());
        EXPECT_TRUE(d.state->error.contains(QStringLiteral("BADCHARSET"))) << d.state->error.toStdString();
        EXPECT_TRUE(d.state->error.contains(QStringLiteral("local index"))) << d.state->error.toStdString();
    }, d.setup(), d.hook());
}

TEST(ImapSearchReplay, BadToReturnFallsBackToThePlainFormOnce)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 ESEARCH AUTH=PLAIN] ready\n" + kLogin +
        "S: a1 OK [CAPABILITY IMAP4rev1 ESEARCH] done\n"
        "C: a2 UID SEARCH RETURN (ALL) UID 1:2 UNSEEN UNDELETED\n"
        "S: a2 BAD Invalid search arguments\n"
        "C: a3 UID SEARCH UID 1:2 UNSEEN UNDELETED\n"
        "S: * SEARCH 1\n"
        "S: a3 OK done\n"
        "C: a4 LOGOUT\n"
        "S: a4 OK bye\n");
    Driver d;
    d.query = query(QStringLiteral("is:unread"));
    d.scope = {1, 2};
    d.esearchFirst = true;
    replayImap(config(), script, [&](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        EXPECT_EQ(d.state->uids, (QList<quint32>{1}));
        EXPECT_TRUE(d.state->notes.isEmpty());
    }, d.setup(), d.hook());
}

TEST(ImapSearchRequest, KeysForEveryTerm)
{
    ImapSearchRequest r(query(QStringLiteral("x from:a to:b subject:c body:d since:2024-03-01 before:2024-04-02 "
                                             "is:unread is:flagged has:attachment")));
    EXPECT_EQ(r.keys(), QByteArray("TEXT \"x\" FROM \"a\" OR TO \"b\" CC \"b\" SUBJECT \"c\" BODY \"d\" "
                                   "SINCE 1-Mar-2024 BEFORE 2-Apr-2024 UNSEEN FLAGGED UNDELETED"));
    EXPECT_TRUE(r.usesCharset());
    EXPECT_FALSE(ImapSearchRequest(query(QStringLiteral("is:flagged"))).usesCharset())
        << "no words: no CHARSET needed";
    ImapSearchRequest quoting(query(QStringLiteral("subject:\"aula 3\" it's")));
    EXPECT_EQ(quoting.keys(), QByteArray("TEXT \"it's\" SUBJECT \"aula 3\" UNDELETED"));
}
