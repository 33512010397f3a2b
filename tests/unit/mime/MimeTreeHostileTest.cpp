// SPDX-License-Identifier: GPL-3.0-or-later
// tests/README.md, case 12: deep nesting, 100,000 parts or headers, a missing closing
// boundary, broken charsets, huge header lines. No crash, limits enforced.
// Exceeding a limit is an error (nullopt + a message naming the limit); softer
// faults give a tree with MimeNode::defects.
#include "MimeTestFiles.h"
#include "mime/MimeComposer.h"
#include "mime/MimeTree.h"

#include <QElapsedTimer>
#include <functional>
#include <iostream>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::mimetest;

namespace {

QByteArray nested(int depth)
{
    QByteArray raw;
    for (int i = 0; i < depth; ++i)
        // "b1z" is no prefix of "b10z": RFC 2046 §5.1.1 lets a delimiter line
        // carry text after the boundary, so "--b1" would also open at "--b10".
        raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "z\"\r\n\r\n--b"
            + QByteArray::number(i) + "z\r\n";
    raw += "Content-Type: text/plain\r\n\r\nhello\r\n";
    return raw;
}

QByteArray manyParts(int parts)
{
    QByteArray raw = "Content-Type: multipart/mixed; boundary=p\r\n\r\n";
    raw.reserve(parts * 12 + 64);
    for (int i = 0; i < parts; ++i)
        raw += "--p\r\n\r\nx\r\n";
    raw += "--p--\r\n";
    return raw;
}

int depthOf(const MimeNode &node)
{
    int deepest = 0;
    for (const MimeNode &child : node.children)
        deepest = qMax(deepest, 1 + depthOf(child));
    return deepest;
}

bool anyDefectContains(const MimeNode &node, const char *text)
{
    for (const QString &defect : node.defects) {
        if (defect.contains(QLatin1String(text), Qt::CaseInsensitive))
            return true;
    }
    for (const MimeNode &child : node.children) {
        if (anyDefectContains(child, text))
            return true;
    }
    return false;
}

} // namespace

TEST(MimeTreeHostileTest, DeepNestingIsRefusedNotRecursedInto)
{
    QString error;
    const auto ok = MimeTree::parse(nested(50), &error);
    ASSERT_TRUE(ok) << error.toStdString();
    EXPECT_EQ(depthOf(*ok), 50);

    // 1000 levels against the default limit of 50.
    EXPECT_FALSE(MimeTree::parse(nested(1000), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("deeper than 50"))) << error.toStdString();

    // 20,000 levels (vmime 0.9.2 dies of stack overflow at 10,000) with an absurd
    // caller limit: the hard cap of 1000 still holds. (Cost: each open level scans
    // the rest of the message for its boundary, so the worst case is depth x size.)
    error.clear();
    MimeTree::Limits limits;
    limits.maxDepth = 1 << 30;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(MimeTree::parse(nested(20000), &error, limits));
    std::cout << "[          ] 20,000 nested levels refused in " << timer.elapsed() << " ms\n";
    EXPECT_TRUE(error.contains(QStringLiteral("deeper than 1000"))) << error.toStdString();
}

TEST(MimeTreeHostileTest, HundredThousandPartsHitThePartLimit)
{
    const QByteArray raw = manyParts(100000);
    QString error;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(MimeTree::parse(raw, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("More than 10000 MIME parts"))) << error.toStdString();
    std::cout << "[          ] 100,000 parts refused in " << timer.elapsed() << " ms\n";

    // A raised limit reads them all, in linear time.
    MimeTree::Limits limits;
    limits.maxParts = 200000;
    timer.restart();
    const auto root = MimeTree::parse(raw, &error, limits);
    ASSERT_TRUE(root) << error.toStdString();
    EXPECT_EQ(root->children.size(), 100000);
    std::cout << "[          ] 100,000 parts parsed in " << timer.elapsed() << " ms\n";
}

TEST(MimeTreeHostileTest, HundredThousandHeaderFields)
{
    QByteArray raw;
    raw.reserve(100000 * 20);
    for (int i = 0; i < 100000; ++i)
        raw += "X-Spam-" + QByteArray::number(i) + ": yes\r\n";
    raw += "Content-Type: text/plain; charset=utf-8\r\n";
    for (int i = 0; i < 1000; ++i)
        raw += "Content-Type: text/html\r\n"; // duplicates: the first one counts, noted once
    raw += "\r\nbody\r\n";
    QString error;
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root) << error.toStdString();
    EXPECT_EQ(root->mediaType, QByteArray("text/plain"));
    EXPECT_EQ(root->charset, QByteArray("utf-8"));
    EXPECT_EQ(root->defects.size(), 1) << root->defects.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(MimeTree::decodedBody(raw, *root), QByteArray("body\r\n"));

    // 100,000 parameters in one Content-Type.
    QByteArray params = "Content-Type: text/plain";
    for (int i = 0; i < 100000; ++i)
        params += "; p" + QByteArray::number(i) + "=v";
    params += "; name*3=x; name*1*=%41\r\n\r\n";
    const auto many = MimeTree::parse(params, &error);
    ASSERT_TRUE(many) << error.toStdString();
    EXPECT_EQ(many->parameters.size(), 100000); // "name" starts at section 1: a gap, dropped
    EXPECT_TRUE(anyDefectContains(*many, "gap"));
}

TEST(MimeTreeHostileTest, MissingClosingBoundary)
{
    const QByteArray raw = "Content-Type: multipart/mixed; boundary=zz\r\n\r\n"
                           "--zz\r\nContent-Type: text/plain\r\n\r\none\r\n"
                           "--zz\r\nContent-Type: multipart/alternative; boundary=yy\r\n\r\n"
                           "--yy\r\n\r\ntwo\r\n";
    QString error;
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root) << error.toStdString();
    ASSERT_EQ(root->children.size(), 2);
    EXPECT_TRUE(root->defects.join(QLatin1Char(' ')).contains(QStringLiteral("Missing closing boundary")));
    const MimeNode &last = root->children[1];
    EXPECT_EQ(last.bodyOffset + last.bodyLength, raw.size()); // runs to the end
    ASSERT_EQ(last.children.size(), 1);
    EXPECT_EQ(MimeTree::decodedBody(raw, last.children[0]), QByteArray("two\r\n"));
    EXPECT_TRUE(MimeTree::format(*root).contains(QStringLiteral("(!) Missing closing boundary")));

    // No delimiter at all, a boundary nobody uses, no boundary parameter.
    for (const QByteArray &body : {QByteArray("Content-Type: multipart/mixed; boundary=q\r\n\r\nno parts\r\n"),
                                   QByteArray("Content-Type: multipart/mixed\r\n\r\n--q\r\n\r\nx\r\n--q--\r\n"),
                                   QByteArray("Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\n")}) {
        const auto odd = MimeTree::parse(body, &error);
        ASSERT_TRUE(odd) << error.toStdString();
        EXPECT_TRUE(odd->children.isEmpty());
        EXPECT_FALSE(odd->defects.isEmpty()) << body.toStdString();
    }
}

TEST(MimeTreeHostileTest, BrokenCharsetNames)
{
    const QByteArray raw =
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain; charset=\"../../../../etc/passwd\"; name*=../../x''caf%E9.txt\r\n\r\nx\r\n"
        "--b\r\nContent-Type: text/plain; charset=x-no-such-charset; name*=x-no-such''caf%C3%A9.txt\r\n\r\nx\r\n"
        "--b\r\nContent-Type: text/plain; name=\"=?x-bogus?Q?caf=E9?= =?utf-8?B?////?=\"\r\n\r\nx\r\n"
        "--b\r\nContent-Type: text/plain; name*=" + QByteArray(5000, 'A') + "''z\r\n\r\nx\r\n"
        "--b\r\nContent-Type: text/plain; name*=iso-8859-15''%A4uro; charset=" + QByteArray(3000, 'k') + "\r\n\r\nx\r\n"
        "--b\r\nContent-Type: text/plain; name*=utf-8'en\r\n\r\nx\r\n"
        "--b\r\nContent-Type: /\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nx\r\n"
        "--b--\r\n";
    QString error;
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root) << error.toStdString();
    ASSERT_EQ(root->children.size(), 7);
    EXPECT_EQ(root->children[0].fileName, QString::fromUtf8("café.txt")); // not UTF-8: read as Latin-1
    EXPECT_EQ(root->children[0].charset, QByteArray("../../../../etc/passwd"));
    EXPECT_EQ(root->children[1].fileName, QString::fromUtf8("café.txt")); // valid UTF-8: kept
    EXPECT_TRUE(root->children[2].fileName.startsWith(QString::fromUtf8("café"))) << root->children[2].fileName.toStdString();
    EXPECT_EQ(root->children[3].fileName, QStringLiteral("z"));
    EXPECT_EQ(root->children[4].fileName, QString::fromUtf8("€uro")); // a real charset, through ICU
    EXPECT_EQ(root->children[6].mediaType, QByteArray("text/plain")); // "/" is no type
    EXPECT_TRUE(anyDefectContains(*root, "Unknown charset"));
    EXPECT_TRUE(anyDefectContains(*root, "Invalid Content-Type"));
    EXPECT_TRUE(anyDefectContains(*root, "Unknown Content-Transfer-Encoding"));
    EXPECT_EQ(MimeTree::decodedBody(raw, root->children[6]), QByteArray("x"));
}

TEST(MimeTreeHostileTest, HugeHeaderLines)
{
    const QByteArray line = "X-Huge: " + QByteArray(2 * 1024 * 1024, 'a') + "\r\n";
    const QByteArray raw = "Subject: x\r\n" + line + "Content-Type: text/plain\r\n\r\nbody";
    QString error;
    EXPECT_FALSE(MimeTree::parse(raw, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("exceeds the limit of 1048576 bytes"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("at byte 12"))) << error.toStdString();

    MimeTree::Limits roomy;
    roomy.maxHeaderLineBytes = 4 * 1024 * 1024;
    const auto root = MimeTree::parse(raw, &error, roomy);
    ASSERT_TRUE(root) << error.toStdString();
    EXPECT_EQ(MimeTree::decodedBody(raw, *root), QByteArray("body"));

    // The same 2 MB as a folded Content-Type: every line short, the field huge.
    QByteArray folded = "Content-Type: text/plain";
    for (int i = 0; i < 2 * 1024; ++i)
        folded += ";\r\n p" + QByteArray::number(i) + "=\"" + QByteArray(1000, 'v') + "\"";
    folded += "\r\n\r\nbody";
    EXPECT_FALSE(MimeTree::parse(folded, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Folded header field"))) << error.toStdString();

    // A 2 MB body line is no header line: fine.
    const QByteArray longBody = "Content-Type: text/plain\r\n\r\n" + QByteArray(2 * 1024 * 1024, 'b');
    ASSERT_TRUE(MimeTree::parse(longBody, &error)) << error.toStdString();
}

TEST(MimeTreeHostileTest, DegenerateInputs)
{
    QString error;
    for (const QByteArray &raw : {QByteArray(), QByteArray("\r\n"), QByteArray("\n\n\n"), QByteArray("no header end"),
                                  QByteArray("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a"),
                                  QByteArray("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a--"),
                                  QByteArray("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\n--a\r\n--a--\r\n"),
                                  QByteArray("Content-Type: message/rfc822\r\n\r\nContent-Type: message/rfc822\r\n\r\n"),
                                  QByteArray("Content-Type: text/plain; name=\"unterminated\r\n\r\n"),
                                  QByteArray("Content-Transfer-Encoding: base64\r\n\r\n===="),
                                  QByteArray("Content-Transfer-Encoding: quoted-printable\r\n\r\n=\r\n=")}) {
        const auto root = MimeTree::parse(raw, &error);
        ASSERT_TRUE(root) << raw.toStdString() << ": " << error.toStdString();
        EXPECT_LE(root->bodyOffset + root->bodyLength, raw.size());
        MimeTree::format(*root);
        MimeTree::decodedBody(raw, *root);
    }
}

// A small fuzz loop: a real composed message, cut and mangled at random.
// Every result must stay inside the input; nothing may crash (run under ASan/UBSan
// for the full effect).
TEST(MimeTreeHostileTest, MangledMessagesNeverEscapeTheirBytes)
{
    QTemporaryDir dir;
    const QString pngPath = dir.filePath(QStringLiteral("p.png"));
    ASSERT_TRUE(writeFile(pngPath, pngBytes()));
    MessageDraft draft;
    draft.from = MailAddress{QString::fromUtf8("Zé"), QStringLiteral("ze@exemplo.com.br")};
    draft.textBody = QString::fromUtf8("Olá\nação");
    draft.htmlBody = QStringLiteral("<p>x</p>");
    draft.attachments = {AttachmentSpec{pngPath, QString::fromUtf8("ç.png"), QString()}};
    QString error;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    ASSERT_TRUE(MimeComposer::compose(draft, path, &error)) << error.toStdString();
    const QByteArray original = readFile(path);

    QRandomGenerator random(20250314);
    const char alphabet[] = "-\r\n=;\"*'%:/ \tabz0";
    std::function<void(const MimeNode &, const QByteArray &)> check = [&](const MimeNode &node, const QByteArray &raw) {
        ASSERT_GE(node.headerOffset, 0);
        ASSERT_LE(node.headerOffset + node.headerLength, node.bodyOffset);
        ASSERT_LE(node.bodyOffset + node.bodyLength, raw.size());
        MimeTree::decodedBody(raw, node);
        for (const MimeNode &child : node.children) {
            ASSERT_GE(child.headerOffset, node.bodyOffset);
            ASSERT_LE(child.bodyOffset + child.bodyLength, node.bodyOffset + node.bodyLength);
            check(child, raw);
        }
    };
    for (int round = 0; round < 3000; ++round) {
        QByteArray raw = original.left(random.bounded(original.size() + 1));
        const int edits = random.bounded(8);
        for (int e = 0; e < edits && !raw.isEmpty(); ++e)
            raw[random.bounded(raw.size())] = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
        const auto root = MimeTree::parse(raw, &error);
        if (root) {
            check(*root, raw);
            MimeTree::format(*root);
        }
    }
}
