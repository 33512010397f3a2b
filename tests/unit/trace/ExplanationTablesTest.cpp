// SPDX-License-Identifier: GPL-3.0-or-later
// The explanation tables as data: unique keys, a text for every entry, an RFC
// citation that links to rfc-editor.org, placeholders that the readers fill;
// and the readers survive any input (every prefix of real lines, random bytes).
#include "trace/ExplanationTable.h"
#include "trace/LineExplainer.h"
#include "trace/RfcLink.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>

using namespace carteiro;
using namespace carteiro::trace_detail;

TEST(ExplanationTables, KeysAreUniqueAndEveryEntryIsComplete)
{
    QSet<QString> keys;
    int entries = 0;
    for (const ExplanationTableView &view : allTables()) {
        for (const ExplanationEntry *e = view.begin; e != view.end; ++e) {
            ++entries;
            const QString key = QString::fromLatin1(e->key);
            SCOPED_TRACE(key.toStdString());
            EXPECT_FALSE(keys.contains(key)) << "duplicate key";
            keys.insert(key);
            ASSERT_NE(e->text, nullptr);
            EXPECT_FALSE(QString::fromUtf8(e->text).trimmed().isEmpty());
            EXPECT_FALSE(QString::fromUtf8(e->text).contains(QLatin1Char('\n')));
            // Only the class-level fallbacks, the body summary and NTLM (no RFC)
            // go without a citation.
            const bool mayLackSource =
                key.startsWith(u"line.") || key == u"trace.body" || key == u"sasl.mech.NTLM";
            if (!mayLackSource) {
                ASSERT_NE(e->source, nullptr);
                const QString source = QString::fromUtf8(e->source);
                EXPECT_TRUE(source.startsWith(u"RFC ")) << source.toStdString();
                const QUrl link = RfcLink::forSource(source);
                EXPECT_TRUE(link.toString().startsWith(u"https://www.rfc-editor.org/rfc/rfc"))
                    << source.toStdString();
                EXPECT_FALSE(link.fragment().isEmpty()) << source.toStdString();
            }
            // A table key is the same through keyOf/partsOf.
            EXPECT_EQ(partsOf(keyOf({Part(key)})).value(0).name, key);
        }
    }
    EXPECT_GT(entries, 290);
}

TEST(ExplanationTables, RfcLinksFromCitations)
{
    EXPECT_EQ(RfcLink::forSource(QStringLiteral("RFC 5321 §4.1.1.2")),
              QUrl(QStringLiteral("https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.2")));
    EXPECT_EQ(RfcLink::forSource(QStringLiteral("RFC 5321 Appendix F.6; RFC 821 §4.1.1")),
              QUrl(QStringLiteral("https://www.rfc-editor.org/rfc/rfc5321#appendix-F.6")));
    EXPECT_EQ(RfcLink::forSource(QStringLiteral("RFC 7504")),
              QUrl(QStringLiteral("https://www.rfc-editor.org/rfc/rfc7504")));
    EXPECT_TRUE(RfcLink::forSource(QStringLiteral("IANA registry")).isEmpty());
    EXPECT_TRUE(RfcLink::forSource(QString()).isEmpty());
}

TEST(ExplanationTables, KeysWithOddArgumentsRoundTrip)
{
    const Parts parts{Part("pop3.message.stuffed", {QStringLiteral(".a, (b) + c%")}),
                      Part("imap.cap.LITERAL+"),
                      Part("imap.tagged.OK", {QStringLiteral("UID FETCH")})};
    const QString key = keyOf(parts);
    EXPECT_EQ(key.count(QLatin1Char('+')), 2) << key.toStdString(); // only the separators
    const Parts back = partsOf(key);
    ASSERT_EQ(back.size(), 3);
    EXPECT_EQ(back[0].args, QStringList{QStringLiteral(".a, (b) + c%")});
    EXPECT_EQ(back[1].name, QStringLiteral("imap.cap.LITERAL+"));
    EXPECT_EQ(back[2].args, QStringList{QStringLiteral("UID FETCH")});
    const LineExplanation e = LineExplainer::fromKey(key);
    EXPECT_TRUE(e.known);
    EXPECT_TRUE(e.text.contains(QStringLiteral("\".a, (b) + c%\""))) << e.text.toStdString();
    // A hostile key is only text: unknown, never a crash.
    for (const char *bad : {"", "+", "(", "a(", "a(b", "a)b(", "%zz", "code.smtp.", "code.enh.x",
                            "cmd.smtp", "cmd..", "code.imap.", "imap.untagged.EXISTS(1,2,3,4,5)"}) {
        const LineExplanation x = LineExplainer::fromKey(QString::fromLatin1(bad));
        EXPECT_EQ(x.key, QString::fromLatin1(bad));
    }
}

TEST(ExplanationTables, ReadersSurviveEveryPrefixAndRandomLines)
{
    const QDir dir(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/transcripts"));
    QList<QByteArray> lines;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        for (QByteArray l : f.readAll().split('\n')) {
            if (l.startsWith("C: ") || l.startsWith("S: "))
                lines << l;
        }
    }
    ASSERT_GT(lines.size(), 300);
    for (const Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3, Protocol::Other}) {
        LineExplainer explainer(p);
        for (const QByteArray &l : lines) {
            const QByteArray body = l.mid(3);
            const Direction d =
                l.startsWith("C: ") ? Direction::ClientToServer : Direction::ServerToClient;
            for (qsizetype n = 0; n <= body.size(); n += (body.size() > 200 ? 17 : 1)) {
                const LineExplanation e = explainer.explain(d, body.left(n));
                ASSERT_FALSE(e.text.isEmpty()) << l.constData();
                ASSERT_FALSE(e.key.isEmpty());
            }
        }
    }
    QRandomGenerator rng(20261206);
    const char alphabet[] = "* +-.0123456789()[]{}\"\\<>:=ABCDEFGHIJKLMNOPQRSTUVWXYZabcz\t\x01\xff";
    for (const Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        LineExplainer explainer(p);
        for (int i = 0; i < 3000; ++i) {
            QByteArray line;
            const int len = int(rng.bounded(60));
            for (int k = 0; k < len; ++k)
                line += alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
            const LineExplanation e = explainer.explain(
                rng.bounded(2) ? Direction::ClientToServer : Direction::ServerToClient, line);
            ASSERT_FALSE(e.text.isEmpty());
            // The key rebuilds the same text.
            ASSERT_EQ(LineExplainer::fromKey(e.key).text, e.text) << line.toStdString();
        }
    }
}

TEST(LineExplainerCapability, OneCapabilityExplainedOnItsOwn)
{
    LineExplanation e = LineExplainer::capability(Protocol::Smtp, "PIPELINING");
    EXPECT_EQ(e.key, QStringLiteral("smtp.ehlo.PIPELINING"));
    EXPECT_EQ(e.source, QStringLiteral("RFC 2920 §3"));
    e = LineExplainer::capability(Protocol::Smtp, "SIZE 10240000");
    EXPECT_TRUE(e.text.contains(QStringLiteral("10240000 bytes"))) << e.text.toStdString();
    e = LineExplainer::capability(Protocol::Smtp, "AUTH PLAIN SCRAM-SHA-256");
    EXPECT_EQ(e.key, QStringLiteral("smtp.ehlo.AUTH+sasl.mech.PLAIN+sasl.mech.SCRAM-SHA-256"));
    e = LineExplainer::capability(Protocol::Imap, "LOGINDISABLED");
    EXPECT_EQ(e.key, QStringLiteral("imap.cap.LOGINDISABLED"));
    e = LineExplainer::capability(Protocol::Imap, "AUTH=PLAIN");
    EXPECT_EQ(e.key, QStringLiteral("imap.cap.AUTH(PLAIN)"));
    EXPECT_TRUE(e.known);
    e = LineExplainer::capability(Protocol::Pop3, "SASL PLAIN");
    EXPECT_EQ(e.key, QStringLiteral("pop3.capa.SASL+sasl.mech.PLAIN"));
    e = LineExplainer::capability(Protocol::Pop3, "XFOO");
    EXPECT_FALSE(e.known);
    EXPECT_FALSE(LineExplainer::capability(Protocol::Other, "X").known);
}
