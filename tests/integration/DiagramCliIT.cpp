// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli send --trace against the lab Postfix (STARTTLS on the submission
// port, pipelined envelope, BDAT), then carteiro-cli diagram on that transcript:
// an SVG with one arrow per C:/S: line, the TLS band and the body arrow.
#include "Fixtures.h"
#include "LabEnv.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace carteiro::test;

namespace {
int arrowLines(const QByteArray &transcript)
{
    int n = 0;
    for (const QByteArray &line : transcript.split('\n'))
        n += line.startsWith("C: ") || line.startsWith("S: ");
    return n;
}
} // namespace

TEST(DiagramCli, LabTranscriptBecomesAnSvgWithOneArrowPerLine)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
    QTemporaryDir dir;
    const QString subject = QStringLiteral("diagram %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(12));
    const CliRun sent = runCli({QStringLiteral("send"), QStringLiteral("--server"),
                                QStringLiteral("smtp://%1:%2").arg(lab.host).arg(lab.submission),
                                QStringLiteral("--user"), lab.alice, QStringLiteral("--from"), lab.alice,
                                QStringLiteral("--to"), lab.bob, QStringLiteral("--subject"), subject,
                                QStringLiteral("--body"), QStringLiteral("uma escada"), QStringLiteral("--ca-file"),
                                lab.caFile, QStringLiteral("--trace")},
                               {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.constData();
    const int lines = arrowLines(sent.err);
    ASSERT_GT(lines, 10);
    const QString transcript = dir.filePath(QStringLiteral("send.txt"));
    ASSERT_TRUE(writeFile(transcript, sent.err));

    const QString svgPath = dir.filePath(QStringLiteral("send.svg"));
    const CliRun drawn = runCli({QStringLiteral("diagram"), transcript, QStringLiteral("-o"), svgPath});
    ASSERT_EQ(drawn.exitCode, 0) << drawn.err.constData();
    EXPECT_TRUE(drawn.out.contains(QByteArray::number(lines) + " arrow")) << drawn.out.constData();

    const QByteArray svg = readFile(svgPath);
    QXmlStreamReader xml(svg);
    int arrows = 0, tls = 0, bodies = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("g"))
            continue;
        const QString cls = xml.attributes().value(QLatin1String("class")).toString();
        arrows += cls.startsWith(QLatin1String("arrow "));
        bodies += cls.startsWith(QLatin1String("arrow ")) && cls.contains(QLatin1String("body"));
        tls += cls == QLatin1String("tls");
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(arrows, lines);
    EXPECT_EQ(tls, 1);     // STARTTLS on the submission port
    EXPECT_EQ(bodies, 1);  // the message, one thick arrow
    EXPECT_FALSE(svg.contains(lab.alicePassword.toUtf8()));
    EXPECT_FALSE(svg.contains(lab.alicePassword.toUtf8().toBase64()));
}

TEST(DiagramCli, ErrorsNameWhatWasWrong)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.svg"));
    const CliRun missing = runCli({QStringLiteral("diagram"), dir.filePath(QStringLiteral("nope.txt")),
                                   QStringLiteral("-o"), out});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.err.contains("nope.txt")) << missing.err.constData();

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    ASSERT_TRUE(writeFile(notes, "*: connecting to 127.0.0.1:10587\n*: state GREETING\n"));
    const CliRun empty = runCli({QStringLiteral("diagram"), notes, QStringLiteral("-o"), out});
    EXPECT_NE(empty.exitCode, 0);
    EXPECT_TRUE(empty.err.contains("no C: or S: line")) << empty.err.constData();

    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    ASSERT_TRUE(writeFile(bad, "C: EHLO x\nS: 250 ok\nthis is not a transcript line\n"));
    const CliRun malformed = runCli({QStringLiteral("diagram"), bad, QStringLiteral("-o"), out});
    EXPECT_NE(malformed.exitCode, 0);
    EXPECT_TRUE(malformed.err.contains("line 3")) << malformed.err.constData();
    EXPECT_FALSE(QFile::exists(out));

    const CliRun noOutput = runCli({QStringLiteral("diagram"), bad});
    EXPECT_NE(noOutput.exitCode, 0);
    EXPECT_TRUE(noOutput.err.contains("-o")) << noOutput.err.constData();
}
