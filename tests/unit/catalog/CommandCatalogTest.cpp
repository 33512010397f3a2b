// SPDX-License-Identifier: GPL-3.0-or-later
// The command catalog: every command of the course and of Carteiro's sessions
// is there with syntax, summary, source and states; lookups and state filters.
#include "trace/CommandCatalog.h"

#include <gtest/gtest.h>

#include <QSet>

using carteiro::CommandCatalog;
using carteiro::CommandInfo;
using carteiro::Protocol;

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList verbs(const QList<CommandInfo> &list)
{
    QStringList out;
    for (const CommandInfo &c : list)
        out << c.verb;
    return out;
}

const char *const kSmtp[] = {"HELO",     "EHLO", "MAIL", "RCPT", "DATA", "BDAT",
                             "RSET",     "VRFY", "EXPN", "HELP", "NOOP", "QUIT",
                             "STARTTLS", "AUTH", "TURN", "SEND", "SOML", "SAML"};
const char *const kImap[] = {
    "CAPABILITY", "NOOP",    "LOGOUT",    "STARTTLS", "AUTHENTICATE", "LOGIN",     "ENABLE",
    "SELECT",     "EXAMINE", "CREATE",    "DELETE",   "RENAME",       "SUBSCRIBE", "UNSUBSCRIBE",
    "LIST",       "LSUB",    "NAMESPACE", "STATUS",   "APPEND",       "IDLE",      "CLOSE",
    "UNSELECT",   "EXPUNGE", "SEARCH",    "FETCH",    "STORE",        "COPY",      "MOVE",
    "UID",        "ID",      "DONE"};
const char *const kPop3[] = {"USER", "PASS", "APOP", "AUTH", "STLS", "CAPA", "STAT", "LIST",
                             "RETR", "DELE", "NOOP", "RSET", "TOP",  "UIDL", "QUIT"};

} // namespace

TEST(CommandCatalog, EveryRequiredCommandIsThere)
{
    const struct
    {
        Protocol protocol;
        const char *const *begin;
        const char *const *end;
    } sets[] = {{Protocol::Smtp, std::begin(kSmtp), std::end(kSmtp)},
                {Protocol::Imap, std::begin(kImap), std::end(kImap)},
                {Protocol::Pop3, std::begin(kPop3), std::end(kPop3)}};
    for (const auto &set : sets) {
        const QStringList all = verbs(CommandCatalog::commands(set.protocol));
        EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), all.size()) << "duplicates";
        for (auto v = set.begin; v != set.end; ++v)
            EXPECT_TRUE(all.contains(u(*v))) << *v;
    }
}

TEST(CommandCatalog, EveryCommandHasSummarySyntaxSourceLinkAndValidStates)
{
    for (const Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        const QStringList states = CommandCatalog::states(p);
        const QList<CommandInfo> all = CommandCatalog::commands(p);
        EXPECT_GE(all.size(), 15);
        for (const CommandInfo &c : all) {
            SCOPED_TRACE(s(c.verb));
            EXPECT_FALSE(c.summary.trimmed().isEmpty());
            EXPECT_FALSE(c.summary.contains(QLatin1Char('\n')));
            EXPECT_TRUE(c.syntax.contains(c.verb)) << s(c.syntax);
            EXPECT_TRUE(c.source.startsWith(u("RFC "))) << s(c.source);
            EXPECT_TRUE(c.link.toString().startsWith(u("https://www.rfc-editor.org/rfc/rfc")))
                << s(c.link.toString());
            EXPECT_FALSE(c.link.fragment().isEmpty()) << s(c.link.toString());
            EXPECT_FALSE(c.states.isEmpty());
            for (const QString &st : c.states)
                EXPECT_TRUE(states.contains(st)) << s(st);
            if (c.obsolete) {
                EXPECT_FALSE(c.note.isEmpty());
            }
        }
    }
}

TEST(CommandCatalog, ObsoleteAndPolicyNotes)
{
    for (const char *verb : {"TURN", "SEND", "SOML", "SAML"}) {
        SCOPED_TRACE(verb);
        const auto c = CommandCatalog::find(Protocol::Smtp, u(verb));
        ASSERT_TRUE(c);
        EXPECT_TRUE(c->obsolete);
        EXPECT_TRUE(c->note.contains(u("RFC 821")));
        EXPECT_TRUE(c->note.contains(u("RFC 5321")));
        EXPECT_TRUE(c->note.contains(u("502")));
        EXPECT_TRUE(c->source.contains(u("RFC 5321 Appendix F")));
        EXPECT_EQ(c->link.fragment().left(10).toStdString(), "appendix-F");
    }
    for (const char *verb : {"VRFY", "EXPN"}) {
        SCOPED_TRACE(verb);
        const auto c = CommandCatalog::find(Protocol::Smtp, u(verb));
        ASSERT_TRUE(c);
        EXPECT_FALSE(c->obsolete);
        EXPECT_TRUE(c->note.contains(u("252")));
        EXPECT_TRUE(c->note.contains(u("502")));
    }
    const auto mail = CommandCatalog::find(Protocol::Smtp, u("mail"));
    ASSERT_TRUE(mail);
    EXPECT_EQ(s(mail->verb), "MAIL");
    EXPECT_EQ(s(mail->source), "RFC 5321 §4.1.1.2");
    EXPECT_EQ(s(mail->link.toString()), "https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.2");
    EXPECT_TRUE(mail->syntax.startsWith(u("MAIL FROM:<reverse-path>")));
    EXPECT_FALSE(CommandCatalog::find(Protocol::Smtp, u("FROB")));
    EXPECT_FALSE(CommandCatalog::find(Protocol::Other, u("MAIL")));
    EXPECT_TRUE(CommandCatalog::commands(Protocol::Other).isEmpty());
}

TEST(CommandCatalog, CommandsForAState)
{
    const QStringList greeting = verbs(CommandCatalog::commandsFor(Protocol::Smtp, u("greeting")));
    EXPECT_TRUE(greeting.contains(u("EHLO")));
    EXPECT_TRUE(greeting.contains(u("HELO")));
    EXPECT_TRUE(greeting.contains(u("QUIT")));
    EXPECT_FALSE(greeting.contains(u("DATA")));
    const QStringList rcpt = verbs(CommandCatalog::commandsFor(Protocol::Smtp, u("rcpt")));
    EXPECT_TRUE(rcpt.contains(u("DATA")));
    EXPECT_TRUE(rcpt.contains(u("RCPT")));
    EXPECT_FALSE(rcpt.contains(u("MAIL")));
    EXPECT_TRUE(CommandCatalog::commandsFor(Protocol::Smtp, u("data")).isEmpty());

    const QStringList notAuth =
        verbs(CommandCatalog::commandsFor(Protocol::Imap, u("not-authenticated")));
    EXPECT_TRUE(notAuth.contains(u("LOGIN")));
    EXPECT_TRUE(notAuth.contains(u("CAPABILITY")));
    EXPECT_FALSE(notAuth.contains(u("SELECT")));
    const QStringList selected = verbs(CommandCatalog::commandsFor(Protocol::Imap, u("selected")));
    EXPECT_TRUE(selected.contains(u("FETCH")));
    EXPECT_TRUE(selected.contains(u("SELECT")));
    EXPECT_FALSE(selected.contains(u("LOGIN")));
    EXPECT_EQ(verbs(CommandCatalog::commandsFor(Protocol::Imap, u("idle"))),
              QStringList{u("DONE")});

    const QStringList auth = verbs(CommandCatalog::commandsFor(Protocol::Pop3, u("authorization")));
    EXPECT_TRUE(auth.contains(u("USER")));
    EXPECT_TRUE(auth.contains(u("STLS")));
    EXPECT_FALSE(auth.contains(u("RETR")));
    const QStringList trans = verbs(CommandCatalog::commandsFor(Protocol::Pop3, u("transaction")));
    EXPECT_TRUE(trans.contains(u("RETR")));
    EXPECT_TRUE(trans.contains(u("QUIT")));
    EXPECT_FALSE(trans.contains(u("PASS")));
    EXPECT_TRUE(CommandCatalog::commandsFor(Protocol::Pop3, u("no-such-state")).isEmpty());
}

TEST(CommandCatalog, SourceTextsCoverEverySummaryAndNote)
{
    const QStringList texts = CommandCatalog::allSourceTexts();
    for (const Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        for (const CommandInfo &c : CommandCatalog::commands(p)) {
            EXPECT_TRUE(texts.contains(c.summary)) << s(c.summary);
            if (!c.note.isEmpty()) {
                EXPECT_TRUE(texts.contains(c.note)) << s(c.note);
            }
        }
    }
}
