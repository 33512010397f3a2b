// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramFixtures.h"

#include "trace/SessionFile.h"
#include "trace/TraceTextParser.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

SessionData sampleSession()
{
    SessionData d;
    d.created = QDateTime(QDate(2026, 12, 6), QTime(20, 0), Qt::UTC);
    d.connections = {{3, Protocol::Smtp, QStringLiteral("smtp://127.0.0.1:10587 (alice)")},
                     {4, Protocol::Imap, QStringLiteral("imaps://127.0.0.1:10993 (bob)")}};
    const auto parsed = TraceTextParser::parse(carteiro::test::kLabSubmission);
    EXPECT_TRUE(parsed.ok());
    quint64 id = 10;
    for (TraceEvent e : parsed.events) {
        e.id = id++;
        e.connection = 3;
        e.timestampNs += 5000000;
        d.events.append(e);
    }
    TraceEvent imap;
    imap.id = id++;
    imap.connection = 4;
    imap.protocol = Protocol::Imap;
    imap.direction = Direction::ServerToClient;
    imap.kind = TraceKind::BodySummary;
    imap.bytes = QByteArray("\xff\xfe binary \x00 bytes", 17); // not UTF-8: base64 in the file
    imap.bodyBytes = 123456;
    imap.insideTls = true;
    imap.timestampNs = d.events.last().timestampNs + 1;
    d.events.append(imap);
    d.events[3].explanationKey = QStringLiteral("smtp.reply.220");
    d.events[5].explanationKey = QStringLiteral("smtp.ehlo.PIPELINING");
    d.messages = {{QStringLiteral("message just sent"),
                   QByteArray("From: alice@example.test\r\nSubject: =?utf-8?q?ol=C3=A1?=\r\n\r\nbody\xc3\xa9\r\n")}};
    return d;
}

void expectSameEvent(const TraceEvent &a, const TraceEvent &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.connection, b.connection);
    EXPECT_EQ(a.protocol, b.protocol);
    EXPECT_EQ(a.direction, b.direction);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.timestampNs, b.timestampNs);
    EXPECT_EQ(a.bytes, b.bytes);
    EXPECT_EQ(a.insideTls, b.insideTls);
    EXPECT_EQ(a.bodyBytes, b.bodyBytes);
    EXPECT_EQ(a.verb, b.verb);
    EXPECT_EQ(a.replyCode, b.replyCode);
    EXPECT_EQ(a.enhancedCode, b.enhancedCode);
    EXPECT_EQ(a.state, b.state);
    EXPECT_EQ(a.tls.protocol, b.tls.protocol);
    EXPECT_EQ(a.tls.cipher, b.tls.cipher);
    EXPECT_EQ(a.tls.subject, b.tls.subject);
    EXPECT_EQ(a.tls.issuer, b.tls.issuer);
    EXPECT_EQ(a.tls.sha256, b.tls.sha256);
    EXPECT_EQ(a.tls.verified, b.tls.verified);
    EXPECT_EQ(a.tls.pinned, b.tls.pinned);
    EXPECT_EQ(a.explanationKey, b.explanationKey);
}

// The sample file with one event's object changed by `edit`.
QByteArray withEvent(int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(SessionFile::write(sampleSession())).object();
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QJsonObject e = events.at(index).toObject();
    edit(e);
    events.replace(index, e);
    root.insert(QStringLiteral("events"), events);
    return QJsonDocument(root).toJson();
}

QString refusal(const QByteArray &bytes, const SessionFile::Limits &limits = {})
{
    QString error;
    const auto d = SessionFile::read(bytes, &error, limits);
    EXPECT_FALSE(d.has_value());
    EXPECT_FALSE(error.isEmpty());
    return error;
}

} // namespace

TEST(SessionFile, RoundTripKeepsEveryField)
{
    const SessionData in = sampleSession();
    const QByteArray bytes = SessionFile::write(in);
    EXPECT_TRUE(bytes.startsWith("{\"format\":\"carteiro-session\",\"version\":1,"));
    EXPECT_TRUE(bytes.contains("\"base64\":")); // the non-UTF-8 line
    QString error;
    const auto out = SessionFile::read(bytes, &error);
    ASSERT_TRUE(out.has_value()) << error.toStdString();
    ASSERT_EQ(out->connections.size(), 2);
    EXPECT_EQ(out->connections[1].id, 4u);
    EXPECT_EQ(out->connections[1].protocol, Protocol::Imap);
    EXPECT_EQ(out->connections[0].label, in.connections[0].label);
    ASSERT_EQ(out->events.size(), in.events.size());
    for (qsizetype i = 0; i < in.events.size(); ++i) {
        SCOPED_TRACE(i);
        expectSameEvent(out->events[i], in.events[i]);
    }
    EXPECT_EQ(out->events[5].explanationKey, QStringLiteral("smtp.ehlo.PIPELINING"));
    ASSERT_EQ(out->messages.size(), 1);
    EXPECT_EQ(out->messages[0].raw, in.messages[0].raw);
    EXPECT_EQ(out->messages[0].label, in.messages[0].label);
    EXPECT_EQ(out->created, in.created);
    // Writing what was read gives the same file.
    EXPECT_EQ(SessionFile::write(*out), bytes);
}

TEST(SessionFile, SaveAndLoadThroughAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("class.carteiro-session"));
    QString error;
    ASSERT_TRUE(SessionFile::save(path, sampleSession(), &error)) << error.toStdString();
    const auto d = SessionFile::load(path, &error);
    ASSERT_TRUE(d.has_value()) << error.toStdString();
    EXPECT_EQ(d->events.size(), sampleSession().events.size());
    EXPECT_FALSE(SessionFile::load(dir.filePath(QStringLiteral("missing")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing"))) << error.toStdString();
}

TEST(SessionFile, WriterMasksTheHubsSecretsOnceMore)
{
    TraceHub hub;
    hub.addSecret("hunter22");
    SessionData d = sampleSession();
    d.events[5].bytes = "AUTH LOGIN " + QByteArray("hunter22").toBase64(); // slipped past a tap
    d.events[6].bytes = "PASS hunter22";
    d.messages[0].raw += "X-Oops: hunter22\r\n";
    const QByteArray bytes = SessionFile::write(d, [&hub](const QByteArray &b) { return hub.redact(b); });
    EXPECT_FALSE(bytes.contains("hunter22"));
    EXPECT_FALSE(bytes.contains(QByteArray("hunter22").toBase64()));
    const auto back = SessionFile::read(bytes, nullptr);
    ASSERT_TRUE(back.has_value());
    EXPECT_FALSE(back->messages[0].raw.contains("hunter22"));
    EXPECT_TRUE(back->events[6].bytes.contains("*****"));
}

TEST(SessionFile, RefusesWhatIsNotASession)
{
    const QString broken = refusal("{\"format\": \"carteiro-session\", \"version\": 1,,}");
    EXPECT_TRUE(broken.contains(QStringLiteral("not JSON at byte 45"))) << broken.toStdString();
    EXPECT_TRUE(refusal("").contains(QStringLiteral("not JSON")));
    EXPECT_TRUE(refusal("[1,2]").contains(QStringLiteral("not a JSON object")));
    EXPECT_TRUE(refusal("{\"format\":\"something-else\",\"version\":1}").contains(QStringLiteral("something-else")));
    EXPECT_TRUE(refusal("{\"version\":1}").contains(QStringLiteral("format")));
    const QString v2 = refusal("{\"format\":\"carteiro-session\",\"version\":2,\"connections\":[],\"events\":[]}");
    EXPECT_TRUE(v2.contains(QStringLiteral("version 2"))) << v2.toStdString();
    EXPECT_TRUE(refusal("{\"format\":\"carteiro-session\",\"version\":\"1\"}").contains(QStringLiteral("\"version\"")));
    EXPECT_TRUE(refusal("{\"format\":\"carteiro-session\",\"version\":1,\"events\":[]}")
                    .contains(QStringLiteral("\"connections\"")));
}

TEST(SessionFile, NamesTheEventAndFieldThatIsWrong)
{
    auto check = [](const QByteArray &bytes, const QString &expected) {
        const QString error = refusal(bytes);
        EXPECT_TRUE(error.contains(expected)) << error.toStdString() << " / expected: " << expected.toStdString();
    };
    check(withEvent(2, [](QJsonObject &e) { e.remove(QStringLiteral("kind")); }),
          QStringLiteral("event 3: field \"kind\""));
    check(withEvent(4, [](QJsonObject &e) { e.insert(QStringLiteral("t"), QStringLiteral("soon")); }),
          QStringLiteral("event 5: field \"t\""));
    check(withEvent(4, [](QJsonObject &e) { e.insert(QStringLiteral("t"), 1.5); }),
          QStringLiteral("event 5: field \"t\""));
    check(withEvent(1, [](QJsonObject &e) { e.insert(QStringLiteral("direction"), QStringLiteral("X")); }),
          QStringLiteral("event 2: unknown direction \"X\""));
    check(withEvent(1, [](QJsonObject &e) { e.insert(QStringLiteral("kind"), QStringLiteral("magic")); }),
          QStringLiteral("event 2: unknown kind \"magic\""));
    check(withEvent(6, [](QJsonObject &e) { e.insert(QStringLiteral("t"), 0); }),
          QStringLiteral("event 7: the timestamp goes backwards"));
    check(withEvent(6, [](QJsonObject &e) { e.insert(QStringLiteral("id"), 11); }),
          QStringLiteral("event 7: id 11"));
    check(withEvent(0, [](QJsonObject &e) { e.insert(QStringLiteral("connection"), 99); }),
          QStringLiteral("event 1: connection 99"));
    check(withEvent(0, [](QJsonObject &e) { e.insert(QStringLiteral("insideTls"), 1); }),
          QStringLiteral("event 1: field \"insideTls\""));
    check(withEvent(0, [](QJsonObject &e) { e.remove(QStringLiteral("text")); }),
          QStringLiteral("event 1: needs exactly one"));
    check(withEvent(0, [](QJsonObject &e) {
              e.remove(QStringLiteral("text"));
              e.insert(QStringLiteral("base64"), QStringLiteral("!!not base64!!"));
          }),
          QStringLiteral("event 1: field \"base64\""));
    check(withEvent(14, [](QJsonObject &e) { e.insert(QStringLiteral("tlsDetails"), 3); }),
          QStringLiteral("event 15: field \"tlsDetails\""));
    check(withEvent(3, [](QJsonObject &e) { e.insert(QStringLiteral("replyCode"), 1000); }),
          QStringLiteral("event 4: field \"replyCode\""));
    check(withEvent(0, [](QJsonObject &e) { e.insert(QStringLiteral("id"), 1e300); }),
          QStringLiteral("event 1: field \"id\""));
}

TEST(SessionFile, BoundsCountsAndSizes)
{
    const QByteArray bytes = SessionFile::write(sampleSession());
    SessionFile::Limits limits;
    limits.maxEvents = 5;
    EXPECT_TRUE(refusal(bytes, limits).contains(QStringLiteral("more than 5 events")));
    limits = {};
    limits.maxFileBytes = 100;
    EXPECT_TRUE(refusal(bytes, limits).contains(QStringLiteral("larger than 100 bytes")));
    limits = {};
    limits.maxConnections = 1;
    EXPECT_TRUE(refusal(bytes, limits).contains(QStringLiteral("more than 1 connections")));
    limits = {};
    limits.maxLineBytes = 10;
    EXPECT_TRUE(refusal(bytes, limits).contains(QStringLiteral("event 1")));
    limits = {};
    limits.maxMessages = 0;
    EXPECT_TRUE(refusal(bytes, limits).contains(QStringLiteral("messages")));
    // Deep nesting is refused by the JSON parser, not by the stack.
    EXPECT_TRUE(refusal(QByteArray(100000, '[') + QByteArray(100000, ']')).contains(QStringLiteral("JSON")));
}
