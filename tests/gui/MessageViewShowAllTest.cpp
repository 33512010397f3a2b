// SPDX-License-Identifier: GPL-3.0-or-later
// MessageView: a long HTML body is prepared on a worker (HtmlPreparer: cut
// into slices outside tables and lists, sanitised, parsed) and put into the
// reader by parts; Show all appends the rest over several turns of the event
// loop, a second click stops it, another message cancels it, and when it ends
// every paragraph is there once.
#include "reader/HtmlPreparer.h"
#include "reader/MessageView.h"
#include "reader/SafeTextBrowser.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace carteiro;

namespace {

constexpr int kParagraphs = 6000;

// About 400 KB of HTML: paragraphs, a table every 500, a script to take out.
QByteArray longHtmlMessage()
{
    QByteArray html = "<html><head><style>p.x { color: #123456; }</style></head><body>";
    for (int i = 1; i <= kParagraphs; ++i) {
        html += "<p class=\"x\">Par\xc3\xa1grafo <b>" + QByteArray::number(i) + "</b> do texto formatado.</p>\r\n";
        if (i % 500 == 0)
            html += "<table><tr><td>Tabela " + QByteArray::number(i) + "</td></tr></table>\r\n";
        if (i == 4000)
            html += "<script>document.write('roubado')</script>\r\n";
    }
    html += "<p>FIM</p></body></html>\r\n";
    return "From: Alice <alice@example.test>\r\nSubject: html\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n" +
           html;
}

QByteArray shortMessage()
{
    return "From: Bob <bob@example.test>\r\nSubject: curto\r\n\r\nOutra mensagem.\r\n";
}

bool waitUntil(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 60000);
}

int paragraphsIn(const QString &text)
{
    return int(text.count(QRegularExpression(QStringLiteral("Par\u00e1grafo \\d+ do texto"))));
}

} // namespace

TEST(MessageViewShowAll, FirstPartIsPreparedOffTheGuiThreadAndPutInByParts)
{
    MessageView view;
    view.resize(800, 600);
    view.show();
    view.showMessage(longHtmlMessage(), 1);
    EXPECT_TRUE(view.htmlCut());
    // Nothing of the HTML is parsed on the GUI thread: the body fills in later.
    EXPECT_EQ(paragraphsIn(view.bodyBrowser()->toPlainText()), 0);
    ASSERT_TRUE(waitUntil([&] { return view.textComplete(); }));
    ASSERT_NE(HtmlPreparer::lastPreparingThread(), nullptr);
    EXPECT_NE(HtmlPreparer::lastPreparingThread(), QThread::currentThread());
    const QString head = view.bodyBrowser()->toPlainText();
    EXPECT_TRUE(head.startsWith(QStringLiteral("Par\u00e1grafo 1 do texto formatado.")));
    EXPECT_GT(view.bodyBrowser()->htmlSlicesShown(), 1);
    EXPECT_FALSE(head.contains(QStringLiteral("FIM")));
}

TEST(MessageViewShowAll, AppendsTheRestInSeveralTurnsAndEndsWithEveryParagraphOnce)
{
    MessageView view;
    view.resize(800, 600);
    view.show();
    view.showMessage(longHtmlMessage(), 1);
    ASSERT_TRUE(waitUntil([&] { return view.textComplete(); }));
    const int headParagraphs = paragraphsIn(view.bodyBrowser()->toPlainText());
    const int turnsBefore = view.bodyBrowser()->htmlAppendTurns();

    view.showAllButton()->click();
    EXPECT_TRUE(view.showingAll());
    EXPECT_EQ(view.showAllButton()->text(), QStringLiteral("Stop"));
    // Nothing is appended within the click: the worker prepares, the loop appends.
    EXPECT_EQ(paragraphsIn(view.bodyBrowser()->toPlainText()), headParagraphs);

    ASSERT_TRUE(waitUntil([&] { return !view.htmlCut(); }));
    EXPECT_FALSE(view.showingAll());
    EXPECT_TRUE(view.showAllButton()->isHidden());
    EXPECT_GT(view.bodyBrowser()->htmlAppendTurns() - turnsBefore, 5) << "appended over several turns";
    const QString all = view.bodyBrowser()->toPlainText();
    EXPECT_EQ(paragraphsIn(all), kParagraphs) << "every paragraph, none twice";
    EXPECT_TRUE(all.contains(QStringLiteral("Par\u00e1grafo 6000 do texto formatado.")));
    EXPECT_TRUE(all.contains(QStringLiteral("Tabela 5500")));
    EXPECT_TRUE(all.trimmed().endsWith(QStringLiteral("FIM")));
    EXPECT_FALSE(all.contains(QStringLiteral("roubado"))) << "the script was taken out on the worker";
    EXPECT_LT(all.indexOf(QStringLiteral("Par\u00e1grafo 2999 ")), all.indexOf(QStringLiteral("Par\u00e1grafo 3000 ")));
}

TEST(MessageViewShowAll, ASecondClickStopsItAndShowAllGoesOnFromThere)
{
    MessageView view;
    view.resize(800, 600);
    view.show();
    view.showMessage(longHtmlMessage(), 1);
    ASSERT_TRUE(waitUntil([&] { return view.textComplete(); }));
    const int headSlices = view.bodyBrowser()->htmlSlicesShown();

    // The second click comes as soon as the first slices of the rest are in.
    bool clicked = false;
    QObject::connect(view.bodyBrowser(), &SafeTextBrowser::htmlSlicesAppended, &view, [&](int shown, qsizetype) {
        if (!clicked && shown > headSlices) {
            clicked = true;
            view.showAllButton()->click();
        }
    });
    view.showAllButton()->click();
    ASSERT_TRUE(waitUntil([&] { return clicked; }));
    EXPECT_FALSE(view.showingAll());
    EXPECT_TRUE(view.htmlCut());
    EXPECT_EQ(view.showAllButton()->text(), QStringLiteral("Show all"));
    const int stoppedAt = view.bodyBrowser()->htmlSlicesShown();
    QTest::qWait(300); // anything still coming would be appended by now
    EXPECT_EQ(view.bodyBrowser()->htmlSlicesShown(), stoppedAt);
    const QString partial = view.bodyBrowser()->toPlainText();
    EXPECT_FALSE(partial.contains(QStringLiteral("FIM")));
    EXPECT_LT(paragraphsIn(partial), kParagraphs);

    view.showAllButton()->click(); // goes on from where it stopped
    ASSERT_TRUE(waitUntil([&] { return !view.htmlCut(); }));
    const QString all = view.bodyBrowser()->toPlainText();
    EXPECT_EQ(paragraphsIn(all), kParagraphs) << "nothing lost or repeated at the stop";
    EXPECT_TRUE(all.trimmed().endsWith(QStringLiteral("FIM")));
}

TEST(MessageViewShowAll, OpeningAnotherMessageCancelsIt)
{
    MessageView view;
    view.resize(800, 600);
    view.show();
    view.showMessage(longHtmlMessage(), 1);
    ASSERT_TRUE(waitUntil([&] { return view.textComplete(); }));
    view.showAllButton()->click();
    ASSERT_TRUE(view.showingAll());
    view.open(shortMessage(), 2); // parsed on the worker, shown when it comes
    ASSERT_TRUE(waitUntil([&] { return view.messageId() == 2; }));
    EXPECT_FALSE(view.showingAll());
    ASSERT_TRUE(waitUntil([&] { return !view.htmlPreparer()->isBusy(); }));
    QTest::qWait(200);
    const QString text = view.bodyBrowser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Outra mensagem."))) << text.left(200).toStdString();
    EXPECT_EQ(paragraphsIn(text), 0) << "no slice of the old message reached the new one";
    EXPECT_FALSE(view.htmlCut());
    EXPECT_TRUE(view.showAllButton()->isHidden());
}

TEST(MessageViewShowAll, SlicesEndOutsideTablesAndScriptsAndCoverTheWholeText)
{
    QString html = QStringLiteral("<p>a</p>");
    for (int i = 0; i < 50; ++i)
        html += QStringLiteral("<table><tr><td>") + QString(300, QLatin1Char('x')) +
                QStringLiteral("</td></tr></table><script>if (a < b) x();</script><p>") + QString(200, QLatin1Char('y')) +
                QStringLiteral("</p>");
    const QList<qsizetype> ends = HtmlPreparer::sliceEnds(html, 0, html.size(), 1024);
    ASSERT_GT(ends.size(), 5);
    EXPECT_EQ(ends.constLast(), html.size());
    qsizetype previous = 0;
    for (const qsizetype end : ends) {
        EXPECT_GT(end, previous);
        previous = end;
        const QString before = html.left(end);
        EXPECT_EQ(before.count(QStringLiteral("<table>")), before.count(QStringLiteral("</table>"))) << end;
        EXPECT_EQ(before.count(QStringLiteral("<script>")), before.count(QStringLiteral("</script>"))) << end;
    }
    // The first part is cut the same way: after a whole table, at a tag.
    const qsizetype cut = HtmlPreparer::headCut(html, 4096);
    EXPECT_LE(cut, 4096);
    EXPECT_GE(cut, 2048);
    EXPECT_EQ(html.left(cut).count(QStringLiteral("<table>")), html.left(cut).count(QStringLiteral("</table>")));
    EXPECT_EQ(html.at(cut), QLatin1Char('<'));
    EXPECT_EQ(HtmlPreparer::headCut(QStringLiteral("<p>short</p>"), 4096), 12);
}
