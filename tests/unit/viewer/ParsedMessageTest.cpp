// SPDX-License-Identifier: GPL-3.0-or-later
// ParsedMessage: one parse of a raw message for the reader and the MIME tree;
// MessageParser: that parse on a worker thread, stale results dropped.
#include "mime/ParsedMessage.h"
#include "ViewerTestFiles.h"
#include "mime/MessageParser.h"
#include "mime/MimeTree.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::viewertest;

namespace {

int argc = 1;
char arg0[] = "unit_viewer";
char *argv[] = {arg0, nullptr};

QByteArray deeplyNested()
{
    QByteArray deep; // 200 levels, past MimeTree's 50
    for (int i = 0; i < 200; ++i)
        deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) +
                "\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
    return deep;
}

QStringList safeNames(const MessageContent &c)
{
    QStringList names;
    for (const MessagePart &p : c.attachments)
        names << p.safeName;
    return names;
}

} // namespace

TEST(ParsedMessageTest, OneParseGivesTheTreeAndTheSameContentAsFromRaw)
{
    const QByteArray raw = sample("attachments.eml");
    ASSERT_FALSE(raw.isEmpty());
    const ParsedMessagePtr m = ParsedMessage::parse(42, raw, 7);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->messageId(), 42);
    EXPECT_EQ(m->ticket(), 7u);
    EXPECT_EQ(m->raw().constData(), raw.constData()) << "the 25 MB case must not copy the message";
    ASSERT_TRUE(m->tree().has_value()) << m->treeError().toStdString();
    EXPECT_TRUE(m->treeError().isEmpty());

    QString error;
    const auto tree = MimeTree::parse(raw, &error);
    ASSERT_TRUE(tree);
    EXPECT_EQ(MimeTree::format(*m->tree()), MimeTree::format(*tree));

    const MessageContent expected = MessageContent::fromRaw(raw);
    const MessageContent &c = m->content();
    EXPECT_TRUE(c.error().isEmpty());
    EXPECT_EQ(c.bodyPath, expected.bodyPath);
    EXPECT_EQ(c.plainBody, expected.plainBody);
    EXPECT_EQ(c.subject.text, expected.subject.text);
    EXPECT_EQ(safeNames(c), safeNames(expected));
    EXPECT_FALSE(c.attachments.isEmpty());
    EXPECT_EQ(c.raw().constData(), raw.constData());
}

TEST(ParsedMessageTest, UnreadableStructureNamesTheLimitAndShowsTheRawText)
{
    const ParsedMessagePtr m = ParsedMessage::parse(1, deeplyNested());
    EXPECT_FALSE(m->tree().has_value());
    EXPECT_TRUE(m->treeError().contains(QStringLiteral("deeper than 50")))
        << m->treeError().toStdString();
    EXPECT_EQ(m->content().error(), m->treeError());
    EXPECT_EQ(m->content().bodyFormat, MessageContent::BodyFormat::Plain);
    EXPECT_TRUE(m->content().plainBody.startsWith(QStringLiteral("Content-Type: multipart/mixed")));
}

TEST(ParsedMessageTest, EmptyMessageIsATextPlainWithNothingInIt)
{
    const ParsedMessagePtr m = ParsedMessage::parse(3, QByteArray());
    ASSERT_TRUE(m->tree().has_value());
    EXPECT_EQ(m->tree()->mediaType, QByteArray("text/plain"));
    EXPECT_TRUE(m->content().plainBody.isEmpty());
    EXPECT_TRUE(m->content().attachments.isEmpty());
}

TEST(MessageParserTest, ParsesOnAWorkerAndDeliversOnTheParsersThread)
{
    QCoreApplication app(argc, argv);
    MessageParser parser;
    QSignalSpy spy(&parser, &MessageParser::parsed);
    QThread *deliveredOn = nullptr;
    QObject::connect(&parser, &MessageParser::parsed,
                     [&] { deliveredOn = QThread::currentThread(); });
    const quint64 ticket = parser.open(5, sample("alternative.eml"));
    EXPECT_EQ(spy.count(), 0) << "open() returns before the parse is done";
    EXPECT_TRUE(parser.isBusy());
    ASSERT_TRUE(spy.wait(10000));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    const auto m = spy.at(0).at(0).value<ParsedMessagePtr>();
    ASSERT_TRUE(m);
    EXPECT_EQ(m->messageId(), 5);
    EXPECT_EQ(m->ticket(), ticket);
    EXPECT_EQ(m->content().bodyFormat, MessageContent::BodyFormat::Html);
    EXPECT_FALSE(parser.isBusy());
    EXPECT_EQ(parser.droppedCount(), 0);
}

TEST(MessageParserTest, AnEarlierRequestIsDroppedWhenANewerOneComes)
{
    QCoreApplication app(argc, argv);
    MessageParser parser;
    QList<qint64> shown;
    QObject::connect(&parser, &MessageParser::parsed,
                     [&](const ParsedMessagePtr &m) { shown << m->messageId(); });
    // A big first message, so that the second is asked for while the first is being parsed.
    QByteArray big = "Content-Type: text/plain\r\n\r\n";
    big += QByteArray(8 * 1024 * 1024, 'a');
    parser.open(1, big);
    parser.open(2, sample("attachments.eml"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !parser.isBusy(); }, 30000));
    EXPECT_EQ(shown, QList<qint64>{2});
    EXPECT_EQ(parser.droppedCount(), 1);
}

TEST(MessageParserTest, CancelDropsThePendingResult)
{
    QCoreApplication app(argc, argv);
    MessageParser parser;
    QSignalSpy spy(&parser, &MessageParser::parsed);
    parser.open(1, sample("attachments.eml"));
    parser.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !parser.isBusy(); }, 30000));
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(parser.droppedCount(), 1);

    parser.open(2, sample("attachments.eml")); // the parser is still usable
    ASSERT_TRUE(spy.wait(10000));
    EXPECT_EQ(spy.at(0).at(0).value<ParsedMessagePtr>()->messageId(), 2);
}

TEST(MessageParserTest, DestroyedWhileParsingDeliversNothing)
{
    QCoreApplication app(argc, argv);
    int delivered = 0;
    {
        MessageParser parser;
        QObject::connect(&parser, &MessageParser::parsed, [&] { ++delivered; });
        QByteArray big = "Content-Type: text/plain\r\n\r\n";
        big += QByteArray(4 * 1024 * 1024, 'b');
        parser.open(1, big);
    } // waits for the worker; its queued delivery dies with the parser
    QCoreApplication::processEvents();
    EXPECT_EQ(delivered, 0);
}
