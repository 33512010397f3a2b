// SPDX-License-Identifier: GPL-3.0-or-later
// Typed responses parsed from frames cut at every offset: codes, FETCH with
// ENVELOPE and BODYSTRUCTURE (literals inside both), LIST, STATUS, ID, SEARCH,
// ESEARCH, VANISHED; malformed input is an error, never a crash.
#include "ImapFrameReplay.h"
#include "imap/ImapMailboxCodec.h"
#include "imap/ImapResponse.h"

using namespace carteiro;
using namespace carteiro::test;

namespace {

// Frames `stream` at every offset; each run must give exactly one response.
void parseAtEveryOffset(const QByteArray &stream, const std::function<void(const ImapResponse &)> &check)
{
    frameAtEveryOffset(stream, {}, [&](const FrameRun &run) {
        ASSERT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        ASSERT_EQ(run.frames.size(), 1);
        QString error;
        const std::optional<ImapResponse> r = ImapResponse::parse(run.frames[0], &error);
        ASSERT_TRUE(r.has_value()) << error.toStdString();
        check(*r);
    });
}

QString parseError(const QByteArray &frame)
{
    QString error;
    EXPECT_FALSE(ImapResponse::parse(frame, &error).has_value()) << frame.constData();
    return error;
}

TEST(ImapResponse, GreetingWithCapabilityCode)
{
    parseAtEveryOffset("* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN] Dovecot ready.\r\n",
                       [](const ImapResponse &r) {
                           EXPECT_EQ(r.type, ImapResponse::Type::Untagged);
                           EXPECT_EQ(r.status, ImapResponse::Status::Ok);
                           EXPECT_EQ(r.code.name, "CAPABILITY");
                           EXPECT_EQ(r.code.args, (QList<QByteArray>{"IMAP4rev1", "SASL-IR",
                                                                     "STARTTLS", "AUTH=PLAIN"}));
                           EXPECT_EQ(r.text, "Dovecot ready.");
                       });
}

TEST(ImapResponse, TaggedCodes)
{
    parseAtEveryOffset("a4 OK [APPENDUID 1700000000 4:5] Append completed.\r\n", [](const ImapResponse &r) {
        EXPECT_EQ(r.type, ImapResponse::Type::Tagged);
        EXPECT_EQ(r.tag, "a4");
        EXPECT_EQ(r.code.name, "APPENDUID");
        EXPECT_EQ(r.code.uidValidity, 1700000000u);
        EXPECT_EQ(r.code.uids.toWire(), "4:5");
    });
    parseAtEveryOffset("a5 OK [COPYUID 38 10:12,15 3:6] Done\r\n", [](const ImapResponse &r) {
        EXPECT_EQ(r.code.name, "COPYUID");
        EXPECT_EQ(r.code.sourceUids.toWire(), "10:12,15");
        EXPECT_EQ(r.code.uids.toList().value(), (QList<quint32>{3, 4, 5, 6}));
    });
    parseAtEveryOffset("* OK [HIGHESTMODSEQ 9223372036854775807] Highest\r\n", [](const ImapResponse &r) {
        EXPECT_EQ(r.code.number, 9223372036854775807ULL);
    });
    parseAtEveryOffset("* OK [PERMANENTFLAGS (\\Answered \\Seen \\*)] Flags permitted.\r\n",
                       [](const ImapResponse &r) {
                           EXPECT_EQ(r.code.args, (QList<QByteArray>{"\\Answered", "\\Seen", "\\*"}));
                       });
    parseAtEveryOffset("a9 NO [TRYCREATE] Mailbox doesn't exist: Nope\r\n", [](const ImapResponse &r) {
        EXPECT_EQ(r.status, ImapResponse::Status::No);
        EXPECT_EQ(r.code.name, "TRYCREATE");
        EXPECT_EQ(r.text, "Mailbox doesn't exist: Nope");
    });
    parseAtEveryOffset("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n",
                       [](const ImapResponse &r) { EXPECT_EQ(r.code.number, 3857529045u); });
}

TEST(ImapResponse, ContinuationCarriesBase64)
{
    parseAtEveryOffset("+ cj1meWtvK2QybGJiRmdPTlJ2OXFreGRhd0w=\r\n", [](const ImapResponse &r) {
        EXPECT_EQ(r.type, ImapResponse::Type::Continuation);
        EXPECT_EQ(r.text, "cj1meWtvK2QybGJiRmdPTlJ2OXFreGRhd0w=");
    });
    parseAtEveryOffset("+\r\n", [](const ImapResponse &r) { EXPECT_TRUE(r.text.isEmpty()); });
}

TEST(ImapResponse, FetchWithEnvelopeAndBodystructureFullOfLiterals)
{
    const QByteArray stream =
        "* 12 FETCH (UID 4827 FLAGS (\\Seen $Forwarded) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
        "RFC822.SIZE 4286 MODSEQ (624140003) ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700\" {18}\r\n"
        "Ol\xc3\xa1 \"Bob\" (teste) ((\"Z\\\"e\" NIL \"ze\" \"exemplo.com.br\")) NIL NIL ((NIL NIL {3}\r\nbob "
        "\"example.test\")) NIL NIL NIL \"<id@x>\") BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" "
        "{5}\r\nutf-8) NIL NIL \"quoted-printable\" 120 4 NIL NIL NIL NIL)(\"message\" \"rfc822\" NIL NIL "
        "NIL \"7bit\" 300 (NIL {4}\r\nFwd! NIL NIL NIL NIL NIL NIL NIL NIL) ((\"text\" \"plain\" NIL NIL "
        "NIL \"7bit\" 10 1)(\"image\" \"png\" (\"name\" \"a.png\") NIL NIL \"base64\" 90 NIL "
        "(\"attachment\" (\"filename\" {5}\r\na.png)) NIL) \"mixed\") 12)(\"application\" \"pdf\" NIL "
        "NIL NIL \"base64\" 500 NIL (\"inline\" NIL) (\"pt-br\" \"en\") \"http://x\" 42 (1 2)) "
        "\"mixed\" (\"boundary\" \"b1\") NIL NIL) BODY[1]<0> {6}\r\nHello!)\r\n";
    parseAtEveryOffset(stream, [](const ImapResponse &r) {
        ASSERT_EQ(r.keyword, "FETCH");
        const ImapFetch &f = r.fetch;
        EXPECT_EQ(f.seq, 12u);
        EXPECT_EQ(f.uid, 4827u);
        EXPECT_EQ(f.flags, (QList<QByteArray>{"\\Seen", "$Forwarded"}));
        EXPECT_EQ(f.internalDate.toUTC(), QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC));
        EXPECT_EQ(f.size, 4286);
        EXPECT_EQ(f.modSeq, 624140003u);
        ASSERT_TRUE(f.envelope);
        EXPECT_EQ(f.envelope->subject, "Ol\xc3\xa1 \"Bob\" (teste)");
        ASSERT_EQ(f.envelope->from.size(), 1);
        EXPECT_EQ(f.envelope->from[0].name, "Z\"e");
        EXPECT_EQ(f.envelope->from[0].address(), "ze@exemplo.com.br");
        EXPECT_TRUE(f.envelope->sender.isEmpty());
        ASSERT_EQ(f.envelope->to.size(), 1);
        EXPECT_EQ(f.envelope->to[0].address(), "bob@example.test");
        EXPECT_TRUE(f.envelope->to[0].name.isNull());
        EXPECT_EQ(f.envelope->messageId, "<id@x>");
        ASSERT_TRUE(f.bodyStructure);
        const ImapBodyPart &b = *f.bodyStructure;
        EXPECT_TRUE(b.isMultipart());
        EXPECT_EQ(b.subtype, "mixed");
        EXPECT_EQ(b.param("boundary"), "b1");
        ASSERT_EQ(b.children.size(), 3u);
        EXPECT_EQ(b.children[0].partNumber, "1");
        EXPECT_EQ(b.children[0].param("charset"), "utf-8");
        EXPECT_EQ(b.children[0].lines, 4);
        const ImapBodyPart &msg = b.children[1];
        EXPECT_EQ(msg.partNumber, "2");
        ASSERT_TRUE(msg.envelope);
        EXPECT_EQ(msg.envelope->subject, "Fwd!");
        EXPECT_EQ(msg.lines, 12);
        const ImapBodyPart *png = b.find("2.2");
        ASSERT_NE(png, nullptr);
        EXPECT_EQ(png->subtype, "png");
        EXPECT_EQ(png->disposition, "attachment");
        EXPECT_EQ(png->dispositionParams.value(0).second, "a.png");
        const ImapBodyPart &pdf = b.children[2];
        EXPECT_EQ(pdf.partNumber, "3");
        EXPECT_EQ(pdf.disposition, "inline");
        EXPECT_EQ(pdf.language, (QList<QByteArray>{"pt-br", "en"}));
        EXPECT_EQ(pdf.location, "http://x");
        ASSERT_EQ(f.sections.size(), 1);
        EXPECT_EQ(f.sections[0].section, "1");
        EXPECT_EQ(f.sections[0].origin, 0);
        EXPECT_EQ(f.sections[0].data, "Hello!");
    });
}

TEST(ImapResponse, FetchBodyEmptyAndNil)
{
    parseAtEveryOffset("* 1 FETCH (UID 3 BODY[] {0}\r\n BODY[HEADER.FIELDS (SUBJECT)] NIL)\r\n",
                       [](const ImapResponse &r) {
                           ASSERT_EQ(r.fetch.sections.size(), 2);
                           EXPECT_FALSE(r.fetch.sections[0].data.isNull());
                           EXPECT_TRUE(r.fetch.sections[0].data.isEmpty());
                           EXPECT_EQ(r.fetch.sections[1].section, "HEADER.FIELDS (SUBJECT)");
                           EXPECT_TRUE(r.fetch.sections[1].data.isNull());
                       });
}

TEST(ImapResponse, ListWithSpecialUseLiteralAndModifiedUtf7)
{
    parseAtEveryOffset("* LIST (\\HasNoChildren \\Sent) \"/\" {4}\r\nSent\r\n", [](const ImapResponse &r) {
        EXPECT_EQ(r.keyword, "LIST");
        EXPECT_TRUE(r.list.hasAttribute("\\sent"));
        EXPECT_EQ(r.list.delimiter, '/');
        EXPECT_EQ(r.list.name, QStringLiteral("Sent"));
    });
    parseAtEveryOffset("* LIST () NIL \"Caixa/A&AOcA4w-o &- Cia\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n",
                       [](const ImapResponse &r) {
                           EXPECT_EQ(r.list.delimiter, 0);
                           EXPECT_EQ(r.list.name, QStringLiteral("Caixa/Ação & Cia"));
                           EXPECT_EQ(r.list.wireName, "Caixa/A&AOcA4w-o &- Cia");
                       });
    parseAtEveryOffset("* LIST (\\Noselect) \".\" inbox\r\n",
                       [](const ImapResponse &r) { EXPECT_EQ(r.list.wireName, "INBOX"); });
}

TEST(ImapResponse, StatusIdSearchEsearchVanished)
{
    parseAtEveryOffset("* STATUS {5}\r\nSent! (MESSAGES 231 UIDNEXT 44292 UIDVALIDITY 7 UNSEEN 3 "
                       "HIGHESTMODSEQ 99)\r\n",
                       [](const ImapResponse &r) {
                           EXPECT_EQ(r.statusData.mailbox, QStringLiteral("Sent!"));
                           EXPECT_EQ(r.statusData.messages, 231);
                           EXPECT_EQ(r.statusData.uidNext, 44292);
                           EXPECT_EQ(r.statusData.uidValidity, 7);
                           EXPECT_EQ(r.statusData.unseen, 3);
                           EXPECT_EQ(r.statusData.highestModSeq, 99u);
                       });
    parseAtEveryOffset("* ID (\"name\" {7}\r\nDovecot \"version\" NIL)\r\n", [](const ImapResponse &r) {
        ASSERT_EQ(r.id.size(), 2);
        EXPECT_EQ(r.id[0].second, "Dovecot");
        EXPECT_TRUE(r.id[1].second.isNull());
    });
    parseAtEveryOffset("* SEARCH 2 84 882 (MODSEQ 917162500)\r\n", [](const ImapResponse &r) {
        EXPECT_EQ(r.numbers, (QList<quint32>{2, 84, 882}));
        EXPECT_EQ(r.modSeq, 917162500u);
    });
    parseAtEveryOffset("* ESEARCH (TAG \"a7\") UID COUNT 5 ALL 4:8\r\n", [](const ImapResponse &r) {
        ASSERT_TRUE(r.uidSet.has_value());
        EXPECT_EQ(r.uidSet->count(), 5u);
    });
    parseAtEveryOffset("* VANISHED (EARLIER) 300:310,405,411\r\n", [](const ImapResponse &r) {
        EXPECT_TRUE(r.earlier);
        ASSERT_TRUE(r.uidSet.has_value());
        EXPECT_EQ(r.uidSet->count(), 13u);
        EXPECT_TRUE(r.uidSet->contains(405));
        EXPECT_FALSE(r.uidSet->contains(404));
    });
    parseAtEveryOffset("* VANISHED 1:4294967295\r\n", [](const ImapResponse &r) {
        EXPECT_FALSE(r.earlier);
        EXPECT_EQ(r.uidSet->count(), 4294967295ULL); // kept as a range, never expanded
        EXPECT_FALSE(r.uidSet->toList().has_value());
    });
    parseAtEveryOffset("* 23 EXISTS\r\n", [](const ImapResponse &r) {
        EXPECT_EQ(r.keyword, "EXISTS");
        EXPECT_EQ(r.number, 23u);
    });
}

TEST(ImapResponse, MalformedInputIsAnError)
{
    EXPECT_FALSE(parseError("* 1 FETCH (UID 1 ENVELOPE (\"d\" \"s\" ((NIL NIL \"a\" \"b\")").isEmpty());
    EXPECT_FALSE(parseError("* 1 FETCH (UID 99999999999)").isEmpty());
    EXPECT_FALSE(parseError("* 1 FETCH (BODY[] {10}\r\nshort)").isEmpty());
    EXPECT_FALSE(parseError("* LIST () \"//\" INBOX").isEmpty());
    EXPECT_FALSE(parseError("* VANISHED 0:3").isEmpty());
    EXPECT_FALSE(parseError("a1 PREAUTH hi").isEmpty());
    EXPECT_FALSE(parseError("*LIST").isEmpty());
    EXPECT_FALSE(parseError("* 1 FETCH (FLAGS (\\Seen)").isEmpty());
    EXPECT_FALSE(parseError("* SEARCH 1 \"x").isEmpty());
    QByteArray deep = "* 1 FETCH (BODYSTRUCTURE ";
    for (int i = 0; i < 200; ++i)
        deep += '(';
    EXPECT_TRUE(parseError(deep + "\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)").contains(
        QLatin1String("deeper")));
}

TEST(ImapMailboxCodec, RoundTripsModifiedUtf7)
{
    for (const QString &name : {QStringLiteral("INBOX"), QStringLiteral("Enviados/Ação"),
                                QStringLiteral("R&D"), QStringLiteral("日本語"),
                                QStringLiteral("a~b\u00e9&\u00e9")}) {
        const QByteArray wire = ImapMailboxCodec::encode(name);
        for (const char c : wire)
            EXPECT_TRUE(c >= 0x20 && c <= 0x7e);
        EXPECT_EQ(ImapMailboxCodec::decode(wire), name);
    }
    EXPECT_EQ(ImapMailboxCodec::encode(QStringLiteral("Ação")), "A&AOcA4w-o");
    EXPECT_EQ(ImapMailboxCodec::encode(QStringLiteral("R&D")), "R&-D");
    EXPECT_EQ(ImapMailboxCodec::decode("broken&AOc"), QStringLiteral("broken&AOc"));
}

TEST(ImapSequenceSet, ParseFormatAndChunks)
{
    EXPECT_EQ(ImapSequenceSet::fromList({7, 1, 2, 3, 9, 8}).toWire(), "1:3,7:9");
    EXPECT_EQ(ImapSequenceSet::fromRange(5, 0).toWire(), "5:*");
    EXPECT_EQ(ImapSequenceSet::parse("4:2").value().toWire(), "2:4");
    EXPECT_FALSE(ImapSequenceSet::parse("1,,2").has_value());
    EXPECT_FALSE(ImapSequenceSet::parse("4294967296").has_value());
    const QList<ImapSequenceSet> c = ImapSequenceSet::fromRange(1, 1000).chunks(300);
    ASSERT_EQ(c.size(), 4);
    EXPECT_EQ(c[0].toWire(), "1:300");
    EXPECT_EQ(c[3].toWire(), "901:1000");
    const QList<ImapSequenceSet> d = ImapSequenceSet::fromList({1, 2, 3, 10, 11}).chunks(3);
    ASSERT_EQ(d.size(), 2);
    EXPECT_EQ(d[0].toWire(), "1:3");
    EXPECT_EQ(d[1].toWire(), "10:11");
}

} // namespace

TEST(ImapResponse, InternalDateForms)
{
    auto date = [](const QByteArray &text) {
        QString error;
        const auto r = ImapResponse::parse("* 1 FETCH (UID 1 INTERNALDATE \"" + text + "\")", &error);
        EXPECT_TRUE(r.has_value()) << error.toStdString();
        return r ? r->fetch.internalDate : QDateTime();
    };
    // RFC 3501 §9 date-day-fixed: a space before a one-digit day; months in any case
    EXPECT_EQ(date(" 7-jul-1996 02:44:25 +0130").toUTC(), QDateTime(QDate(1996, 7, 7), QTime(1, 14, 25), Qt::UTC));
    EXPECT_EQ(date("07-JUL-1996 23:59:59 -0000").toUTC(), QDateTime(QDate(1996, 7, 7), QTime(23, 59, 59), Qt::UTC));
    for (const QByteArray bad : {"", "17-Jul-1996", "17-Jul-1996 02:44:25", "17-Jul-1996  02:44:25 -0700",
                                 "17-Jly-1996 02:44:25 -0700", "17-Jul-1996 02:44 -0700", "17-Jul-1996-1 02:44:25 -0700",
                                 "17-Jul-1996 02:44:25 -07", "32-Jul-1996 02:44:25 -0700", "17-Jul-1996 25:44:25 -0700"})
        EXPECT_FALSE(date(bad).isValid()) << bad.constData();
}
