// SPDX-License-Identifier: GPL-3.0-or-later
// Every line of the real lab transcripts in tests/data/transcripts (captured
// with carteiro-cli send/fetch/sync --trace, and the course's hand-typed SMTP
// session) gets a known explanation with its RFC section, in English and in
// Brazilian Portuguese; and the transcripts hold no password.
#include "trace/LineExplainer.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

using namespace carteiro;

namespace {

QString transcriptsDir()
{
    return QStringLiteral(CARTEIRO_TEST_DATA_DIR "/transcripts");
}

void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "unit_trace";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives until the process ends
}

// The protocol is in the file's name: "imap-sync-starttls.txt", "lab-pop3s.txt".
Protocol protocolOfFile(const QString &name)
{
    if (name.contains(QLatin1String("imap")))
        return Protocol::Imap;
    if (name.contains(QLatin1String("pop3")))
        return Protocol::Pop3;
    return Protocol::Smtp;
}

struct ExplainedLine
{
    QString file;
    QByteArray line;
    LineExplanation explanation;
};

// Replays a transcript through one LineExplainer per connection, as the
// inspector does: "C:"/"S:" lines are explained, a "C: <N bytes...>" line is a
// body summary, "*: TLS established" restarts the session.
QList<ExplainedLine> explainFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    const QString name = QFileInfo(path).fileName();
    std::unique_ptr<LineExplainer> explainer;
    static const QRegularExpression bodySummary(QStringLiteral("^<(\\d+) bytes"));
    QList<ExplainedLine> out;
    while (!f.atEnd()) {
        QByteArray raw = f.readLine();
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        if (raw.startsWith("*: connecting to") || !explainer)
            explainer = std::make_unique<LineExplainer>(protocolOfFile(name));
        if (raw.startsWith("*: TLS established")) {
            explainer->noteTls();
            continue;
        }
        if (!raw.startsWith("C: ") && !raw.startsWith("S: "))
            continue;
        const Direction d =
            raw.startsWith("C: ") ? Direction::ClientToServer : Direction::ServerToClient;
        const QByteArray line = raw.mid(3);
        const QRegularExpressionMatch m = bodySummary.match(QString::fromUtf8(line));
        if (d == Direction::ClientToServer && m.hasMatch()) {
            explainer->noteBody(d, m.captured(1).toLongLong());
            continue;
        }
        out.append({name, raw, explainer->explain(d, line)});
    }
    return out;
}

QStringList transcriptFiles()
{
    QStringList files;
    const QDir dir(transcriptsDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

TEST(TranscriptExplanation, TheLabTranscriptsAreThere)
{
    const QStringList files = transcriptFiles();
    ASSERT_GE(files.size(), 10) << transcriptsDir().toStdString();
    int smtp = 0, imap = 0, pop3 = 0;
    for (const QString &f : files) {
        switch (protocolOfFile(QFileInfo(f).fileName())) {
        case Protocol::Smtp:
            ++smtp;
            break;
        case Protocol::Imap:
            ++imap;
            break;
        default:
            ++pop3;
            break;
        }
    }
    EXPECT_GE(smtp, 3);
    EXPECT_GE(imap, 3);
    EXPECT_GE(pop3, 2);
}

TEST(TranscriptExplanation, NoPasswordInAnyTranscript)
{
    for (const QString &path : transcriptFiles()) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        for (const QByteArray &secret :
             {QByteArray("alicepass"), QByteArray("bobpass"), QByteArray("carolpass")}) {
            EXPECT_FALSE(text.contains(secret)) << path.toStdString();
            EXPECT_FALSE(text.contains(secret.toBase64())) << path.toStdString();
            EXPECT_FALSE(text.contains(secret.toBase64().left(8))) << path.toStdString();
        }
        // Masked, not absent: the SASL steps are there with their secret hidden.
        if (text.contains("AUTH") && !text.contains("HELO aluno")) {
            EXPECT_TRUE(text.contains("*****")) << path.toStdString();
        }
    }
}

TEST(TranscriptExplanation, EveryLineHasAKnownExplanationInEnglishAndPortuguese)
{
    ensureApp();
    QList<ExplainedLine> all;
    for (const QString &path : transcriptFiles())
        all += explainFile(path);
    ASSERT_GT(all.size(), 300);

    for (const ExplainedLine &l : all) {
        SCOPED_TRACE(l.file.toStdString() + ": " + l.line.toStdString());
        const LineExplanation &e = l.explanation;
        EXPECT_TRUE(e.known) << e.key.toStdString() << " -> " << e.text.toStdString();
        EXPECT_FALSE(e.text.trimmed().isEmpty());
        EXPECT_TRUE(e.source.startsWith(QLatin1String("RFC "))) << e.source.toStdString();
        EXPECT_TRUE(
            e.link.toString().startsWith(QLatin1String("https://www.rfc-editor.org/rfc/rfc")))
            << e.link.toString().toStdString();
        // No explanation repeats what the line carries after a SASL step.
        EXPECT_FALSE(e.text.contains(QLatin1String("*****")));
    }

    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/carteiro_pt_BR.qm")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    for (const ExplainedLine &l : all) {
        SCOPED_TRACE(l.file.toStdString() + ": " + l.line.toStdString());
        const LineExplanation pt = LineExplainer::fromKey(l.explanation.key);
        EXPECT_TRUE(pt.known);
        EXPECT_FALSE(pt.text.trimmed().isEmpty());
        EXPECT_NE(pt.text, l.explanation.text) << "not translated: " << pt.text.toStdString();
        if (!l.explanation.detail.isEmpty()) {
            EXPECT_NE(pt.detail, l.explanation.detail)
                << "detail not translated: " << pt.detail.toStdString();
        }
        EXPECT_EQ(pt.source, l.explanation.source); // citations stay as they are
    }
    QCoreApplication::removeTranslator(&translator);
}

TEST(TranscriptExplanation, SpecificLinesOfTheLabReadRight)
{
    QHash<QByteArray, QString> keyOf;
    for (const QString &path : transcriptFiles()) {
        for (const ExplainedLine &l : explainFile(path))
            keyOf.insert(l.line, l.explanation.key);
    }
    EXPECT_EQ(keyOf.value("S: 250 CHUNKING").toStdString(), "smtp.ehlo.CHUNKING");
    EXPECT_EQ(keyOf.value("S: 250-PIPELINING").toStdString(), "smtp.ehlo.PIPELINING");
    EXPECT_EQ(keyOf.value("C: MAIL FROM: ana@example.test").toStdString(),
              "cmd.smtp.MAIL+smtp.syntax.space+smtp.syntax.brackets");
    EXPECT_EQ(keyOf.value("C: .").toStdString(), "smtp.data.end");
    EXPECT_EQ(keyOf.value("C: TURN").toStdString(), "cmd.smtp.TURN");
    EXPECT_EQ(keyOf.value("S: 252 2.0.0 carol").toStdString(),
              "smtp.reply.VRFY.252+code.enh.2.0.0+code.smtp.252");
    EXPECT_EQ(keyOf.value("S: * BYE Logging out").toStdString(), "imap.untagged.BYE.LOGOUT");
    EXPECT_EQ(keyOf.value("S: +OK Logged in.").toStdString(), "pop3.ok.AUTH");
    EXPECT_EQ(keyOf.value("S: 1 637").toStdString(), "pop3.list.line(1,637)");
}
