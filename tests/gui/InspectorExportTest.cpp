// SPDX-License-Identifier: GPL-3.0-or-later
// Copy and export: C:/S: text that round-trips, HTML that is escaped and masked.
#include "InspectorFixtures.h"
#include "Fixtures.h"
#include "TranscriptReplayer.h"
#include "inspector/TraceFilterProxy.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptExport.h"
#include "inspector/TranscriptPane.h"
#include "trace/TraceText.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
// Types into the search field and waits for the debounced search to apply.
void typeSearch(TranscriptPane &pane, const QString &text)
{
    pane.searchField()->setText(text);
    EXPECT_EQ(pane.proxy()->searchText() == text, text.isEmpty()) << "debounced, not applied per key";
    ASSERT_TRUE(waitUntil([&] { return pane.proxy()->searchText() == text; }));
}
} // namespace

TEST(InspectorExport, TextRoundTripsTheCSLines)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString plainPath = dir.filePath(QStringLiteral("t.txt"));
    QString error;
    ASSERT_TRUE(pane.exportText(plainPath, &error, false, false)) << error.toStdString();
    const QByteArray text = readFile(plainPath);
    EXPECT_EQ(text, TraceText::format(hub.history(), false));

    // Every row is one line, in order, with its direction prefix.
    const QList<QByteArray> lines = text.trimmed().split('\n');
    ASSERT_EQ(lines.size(), pane.model()->rowCount());
    for (int r = 0; r < lines.size(); ++r)
        EXPECT_EQ(QString::fromUtf8(lines[r]), pane.model()->data(pane.model()->index(r, 0), TraceModel::ExportLineRole).toString());
    EXPECT_TRUE(lines.contains("C: MAIL FROM:<alice@example.test> SIZE=49982"));
    EXPECT_TRUE(lines.contains("S: 250 2.1.0 Ok"));

    // The export is the scripted-server format the unit tests replay.
    const Transcript script = Transcript::parse(text);
    EXPECT_TRUE(script.expectedClient.contains("EHLO vm"));
    EXPECT_TRUE(script.expectedClient.contains("RCPT TO:<bob@example.test>"));
    ASSERT_FALSE(script.serverSegments.isEmpty());
    EXPECT_TRUE(script.serverSegments.first().startsWith("220 mail.example.test ESMTP Postfix\r\n"));

    // With timestamps: the same lines after a "+N.NNNms " prefix.
    const QString stampedPath = dir.filePath(QStringLiteral("s.txt"));
    ASSERT_TRUE(pane.exportText(stampedPath, &error, true, false));
    QString stamped = QString::fromUtf8(readFile(stampedPath));
    stamped.remove(QRegularExpression(QStringLiteral("^\\+\\d+\\.\\d{3}ms "), QRegularExpression::MultilineOption));
    EXPECT_EQ(stamped.toUtf8(), text);
    for (const QByteArray &secret : fixtureSecretForms()) {
        EXPECT_FALSE(text.contains(secret));
        EXPECT_FALSE(readFile(stampedPath).contains(secret));
    }
}

TEST(InspectorExport, TextExportFollowsTheFilter)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    typeSearch(pane, QStringLiteral("RCPT"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.txt"));
    QString error;
    ASSERT_TRUE(pane.exportText(path, &error, false, false));
    EXPECT_EQ(readFile(path), QByteArray("C: RCPT TO:<bob@example.test>\n"));
    // With the explanations: the client line has its own.
    ASSERT_TRUE(pane.exportText(path, &error, false));
    EXPECT_TRUE(readFile(path).startsWith("C: RCPT TO:<bob@example.test>\n*: Gives one recipient"))
        << readFile(path).constData();
    EXPECT_FALSE(pane.exportText(dir.filePath(QStringLiteral("no/such/dir/x.txt")), &error, false));
    EXPECT_FALSE(error.isEmpty());
}

TEST(InspectorExport, HtmlIsEscapedColouredAndMasked)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.html"));
    QString error;
    ASSERT_TRUE(pane.exportHtml(path, &error)) << error.toStdString();
    const QString html = QString::fromUtf8(readFile(path));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("MAIL FROM:&lt;alice@example.test&gt; SIZE=49982")));
    EXPECT_FALSE(html.contains(QStringLiteral("<alice@example.test>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Originator address valid")));
    EXPECT_TRUE(html.contains(QStringLiteral("<tr class=\"tls\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("TLS_AES_256_GCM_SHA384")));
    EXPECT_EQ(html.count(QStringLiteral("<tr class=")), pane.model()->rowCount());
    for (const QByteArray &secret : fixtureSecretForms())
        EXPECT_FALSE(html.toUtf8().contains(secret));
}

TEST(InspectorExport, CopyPutsTheSelectedRowsAsCSText)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    // "250 2.1." (not "2.1."): the ENHANCEDSTATUSCODES line's meaning cites 2.1.0.
    typeSearch(pane, QStringLiteral("250 2.1."));
    ASSERT_EQ(pane.proxy()->rowCount(), 2);
    pane.view()->selectAll();
    const QString expected = QStringLiteral("S: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\n");
    EXPECT_EQ(pane.selectedTranscript(), expected);
    pane.copySelection();
    EXPECT_EQ(QApplication::clipboard()->text(), expected);
}
