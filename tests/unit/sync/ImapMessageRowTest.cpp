// SPDX-License-Identifier: GPL-3.0-or-later
// ImapMessageRow: the list row read from ENVELOPE and BODYSTRUCTURE, parsed
// from real FETCH lines (ImapResponse) as the sync receives them.
#include "imap/ImapResponse.h"
#include "mime/HeaderFields.h"
#include "sync/ImapMessageRow.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace carteiro;

namespace {

ImapFetch parseFetch(const QByteArray &line)
{
    QString error;
    const auto r = ImapResponse::parse(line, &error);
    EXPECT_TRUE(r.has_value()) << error.toStdString();
    return r ? r->fetch : ImapFetch();
}

const QByteArray kText = "(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)";
const QByteArray kHtml = "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)";

bool attachments(const QByteArray &structure)
{
    const ImapFetch f = parseFetch("* 1 FETCH (UID 1 BODYSTRUCTURE " + structure + ")");
    EXPECT_TRUE(f.bodyStructure) << structure.constData();
    return f.bodyStructure && ImapMessageRow::hasAttachments(*f.bodyStructure);
}

TEST(ImapMessageRow, AttachmentsFromBodyStructure)
{
    EXPECT_FALSE(attachments(kText));
    EXPECT_FALSE(attachments("(" + kText + kHtml + " \"alternative\" (\"boundary\" \"x\") NIL NIL NIL)"));
    // A file by disposition, by filename, or by the old name parameter.
    EXPECT_TRUE(attachments("(" + kText +
                            "(\"application\" \"pdf\" NIL NIL NIL \"base64\" 100 NIL (\"attachment\" NIL) NIL NIL)"
                            " \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)"));
    EXPECT_TRUE(attachments("(" + kText +
                            "(\"image\" \"png\" NIL NIL NIL \"base64\" 100 NIL (\"inline\" (\"filename\" \"a.png\")) NIL NIL)"
                            " \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)"));
    EXPECT_TRUE(attachments("(" + kText +
                            "(\"audio\" \"wav\" (\"name\" \"v.wav\") NIL NIL \"base64\" 100 NIL NIL NIL NIL)"
                            " \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)"));
    // The main text itself, even with a name, is not an attachment.
    EXPECT_FALSE(attachments("(\"text\" \"plain\" (\"name\" \"body.txt\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)"));
    // An inline text part after the body, without a name: still the message text.
    EXPECT_FALSE(attachments("(" + kText + kText + " \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)"));
}

TEST(ImapMessageRow, EnvelopeDecodedAndDateInUtc)
{
    const ImapFetch f = parseFetch(
        "* 3 FETCH (UID 42 FLAGS (\\Seen $Forwarded $Work) RFC822.SIZE 4321 MODSEQ (9) "
        "INTERNALDATE \"01-Feb-2026 10:00:00 +0100\" ENVELOPE (\"Sun, 1 Feb 2026 10:00:00 +0100 (CET)\" "
        "\"=?ISO-8859-1?Q?Rela=E7=E3o?= de =?UTF-8?B?ZmlsZXM=?=\" "
        "((\"=?UTF-8?Q?Jos=C3=A9?=\" NIL \"jose\" \"example.test\")) NIL NIL "
        "((NIL NIL \"bob\" \"example.test\")(\"Carol\" NIL \"carol\" \"example.test\")) "
        "((NIL NIL \"team\" NIL)(NIL NIL \"dan\" \"example.test\")(NIL NIL NIL NIL)) NIL "
        "\"<parent@x>\" \"<self@x>\"))");
    const StoredMessage m = ImapMessageRow::fromFetch(f);
    EXPECT_EQ(m.uid, 42u);
    EXPECT_EQ(m.flags, quint32(MessageFlag::Seen | MessageFlag::Forwarded));
    EXPECT_EQ(m.keywords, QList<QByteArray>{"$Work"});
    EXPECT_EQ(m.modSeq, 9u);
    EXPECT_EQ(m.size, 4321);
    EXPECT_TRUE(m.envelopeKnown);
    EXPECT_EQ(m.subject, QStringLiteral("Relação de files"));
    EXPECT_EQ(m.fromName, QStringLiteral("José"));
    EXPECT_EQ(m.fromAddress, QStringLiteral("jose@example.test"));
    EXPECT_EQ(m.to, QStringLiteral("bob@example.test, Carol <carol@example.test>"));
    EXPECT_EQ(m.cc, QStringLiteral("dan@example.test")); // group markers skipped
    EXPECT_EQ(m.inReplyTo, QByteArray("<parent@x>"));
    EXPECT_EQ(m.messageId, QByteArray("<self@x>"));
    EXPECT_EQ(m.date, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(m.internalDate, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
}

TEST(ImapMessageRow, BadDateIsInvalidAndControlCharactersAreStripped)
{
    EXPECT_FALSE(ImapMessageRow::parseDate("yesterday, around noon").isValid());
    EXPECT_FALSE(ImapMessageRow::parseDate({}).isValid());
    const ImapFetch f = parseFetch("* 1 FETCH (UID 1 ENVELOPE (NIL \"=?UTF-8?Q?a=0Ab=00c?=\" NIL NIL NIL NIL NIL NIL NIL NIL))");
    const StoredMessage m = ImapMessageRow::fromFetch(f);
    EXPECT_FALSE(m.date.isValid());
    EXPECT_FALSE(m.subject.contains(QLatin1Char('\n')));
    EXPECT_FALSE(m.subject.contains(QChar(0)));
    EXPECT_TRUE(m.fromName.isEmpty());
}

} // namespace

namespace {

// The fast decoder either declines or gives exactly HeaderFields::decodeWords.
void expectSameAsHeaderFields(const QByteArray &value, bool mustBeSimple)
{
    QString fast;
    const bool simple = ImapMessageRow::WordCache::decodeSimple(value, &fast);
    EXPECT_EQ(simple, mustBeSimple) << value.constData();
    if (simple) {
        EXPECT_EQ(fast, HeaderFields::decodeWords(value)) << value.constData();
    }
    ImapMessageRow::WordCache cache(4);
    EXPECT_EQ(cache.decode(value), HeaderFields::decodeWords(value)) << value.constData();
    EXPECT_EQ(cache.decode(value), HeaderFields::decodeWords(value)) << value.constData(); // remembered
    EXPECT_EQ(ImapMessageRow::WordCache::decodeOnce(value), HeaderFields::decodeWords(value)) << value.constData();
}

QByteArray encodedWord(const QString &text, bool base64, bool upper = true)
{
    const QByteArray raw = text.toUtf8();
    if (base64)
        return (upper ? "=?UTF-8?B?" : "=?utf-8?b?") + raw.toBase64() + "?=";
    QByteArray q;
    for (const char c : raw) {
        const auto u = uchar(c);
        if ((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z'))
            q += c;
        else if (u == ' ')
            q += '_';
        else
            q += '=' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
    }
    return (upper ? "=?UTF-8?Q?" : "=?utf-8?q?") + q + "?=";
}

} // namespace

TEST(ImapMessageRow, SimpleEncodedWordsDecodeAsHeaderFields)
{
    const bool simple = true, declined = false;
    expectSameAsHeaderFields("=?UTF-8?B?RsOhYmlvIEJyYW5kw6Nv?=", simple);
    expectSameAsHeaderFields("=?UTF-8?Q?F=C3=A1bio_Brand=C3=A3o?=", simple);
    expectSameAsHeaderFields("=?utf-8?q?Ol=C3=A1?= =?utf-8?q?_mundo?=", simple); // the space between is not text
    expectSameAsHeaderFields("Re: =?UTF-8?Q?Pr=C3=B3xima?= =?UTF-8?B?cmV1bmnDo28=?= #12", simple);
    expectSameAsHeaderFields("=?UTF-8?Q?Relat=C3=B3rio?= trimestral #7", simple);
    expectSameAsHeaderFields("Re:  =?UTF-8?Q?A=C3=A7=C3=A3o?=   necessária", declined); // 8-bit: not ASCII
    expectSameAsHeaderFields("Re:  =?UTF-8?Q?A=C3=A7=C3=A3o?=   necess", simple);
    expectSameAsHeaderFields("=?US-ASCII?Q?Keith_Moore?=", simple);
    expectSameAsHeaderFields(" =?US-ASCII?Q?Keith_Moore?= ", declined); // vmime trims: left to it
    expectSameAsHeaderFields("=?UTF-8?Q?tab=09here?=", simple);          // control characters dropped
    // A character split across two words stays whole.
    expectSameAsHeaderFields("=?UTF-8?Q?Jo=C3?= =?UTF-8?Q?=A3o?=", simple);
    // Declined: other charsets, language tags, broken words, invalid UTF-8, ASCII controls.
    expectSameAsHeaderFields("=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=", declined);
    expectSameAsHeaderFields("=?UTF-8*pt?Q?Ol=C3=A1?=", declined);
    expectSameAsHeaderFields("=?UTF-8?Q?Ol=C3=A?=", declined);
    expectSameAsHeaderFields("=?UTF-8?B?RsOhYmlv?", declined);
    expectSameAsHeaderFields("=?UTF-8?B?RsOhYml?=", declined);
    expectSameAsHeaderFields("=?UTF-8?X?abc?=", declined);
    expectSameAsHeaderFields("=?UTF-8?Q?=FF?=", declined);
    expectSameAsHeaderFields("a=?UTF-8?Q?b?=c", declined);
    expectSameAsHeaderFields("=?UTF-8?Q?a?==?UTF-8?Q?b?=", declined);
    expectSameAsHeaderFields("x\ty =?UTF-8?Q?a?=", declined);

    // The shapes the benchmark mailbox and real mail use, at random.
    const QStringList words = {QStringLiteral("Aula"),      QStringLiteral("exercícios"), QStringLiteral("Conceição"),
                               QStringLiteral("Müller"),    QStringLiteral("#42"),        QStringLiteral("Re:"),
                               QStringLiteral("Résumé"),    QStringLiteral("and"),        QStringLiteral("Zé"),
                               QStringLiteral("próxima"),   QStringLiteral("a_b=c"),      QStringLiteral("日本語"),
                               QStringLiteral("(comment)"), QStringLiteral("\"quoted\"")};
    QRandomGenerator rnd(4400);
    for (int n = 0; n < 2000; ++n) {
        QByteArray value;
        const int count = 1 + int(rnd.bounded(5));
        for (int w = 0; w < count; ++w) {
            if (w > 0)
                value += QByteArray(1 + int(rnd.bounded(2)), ' ');
            const QString word = words.at(int(rnd.bounded(int(words.size()))));
            const bool ascii = word.toUtf8().size() == word.size();
            if (ascii && rnd.bounded(2) == 0)
                value += word.toUtf8();
            else
                value += encodedWord(rnd.bounded(3) == 0 ? word + QLatin1Char(' ') : word, rnd.bounded(2) == 0,
                                     rnd.bounded(2) == 0);
        }
        expectSameAsHeaderFields(value, true);
    }
}
