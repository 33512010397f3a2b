// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript's explanations: the meaning column reads each line in context
// (the last EHLO line is the CHUNKING keyword), and the panel under the view
// shows the selected row's full explanation with its RFC section as a link
// that opens rfc-editor.org.
#include "InspectorFixtures.h"
#include "inspector/ExplanationPanel.h"
#include "inspector/TraceFilterProxy.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "util/Translations.h"

#include <QDesktopServices>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

int rowWithText(const TraceModel &m, const QString &prefix)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (TraceModel::displayText(m.event(r)).startsWith(prefix))
            return r;
    return -1;
}

// Receives the URLs QDesktopServices would open in the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

void selectRow(TranscriptPane &pane, int sourceRow)
{
    const QModelIndex index = pane.proxy()->mapFromSource(pane.model()->index(sourceRow, 0));
    ASSERT_TRUE(index.isValid());
    pane.view()->setCurrentIndex(index);
}

} // namespace

TEST(InspectorExplanation, MeaningColumnAndPanelShowTheExplanationAndLink)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    pane.model()->flushPending();
    TraceModel *model = pane.model();
    ExplanationPanel *panel = pane.explanationPanel();
    ASSERT_NE(panel, nullptr);

    const int chunking = rowWithText(*model, QStringLiteral("250 CHUNKING"));
    ASSERT_GE(chunking, 0);
    const QString meaning =
        model->data(model->index(chunking, TraceModel::MeaningColumn)).toString();
    EXPECT_TRUE(meaning.startsWith(QStringLiteral("CHUNKING:"))) << meaning.toStdString();
    EXPECT_FALSE(meaning.contains(QStringLiteral("Requested mail action")));
    EXPECT_EQ(model->data(model->index(chunking, 0), TraceModel::ExplanationKeyRole).toString(),
              QStringLiteral("smtp.ehlo.CHUNKING"));
    EXPECT_EQ(model->data(model->index(chunking, 0), TraceModel::ExplanationLinkRole).toUrl(),
              QUrl(QStringLiteral("https://www.rfc-editor.org/rfc/rfc3030#section-2")));

    // Nothing selected yet: the panel invites a selection and has no link.
    EXPECT_FALSE(panel->link().isValid());
    selectRow(pane, chunking);
    EXPECT_EQ(panel->shownText(), meaning);
    EXPECT_EQ(panel->link(),
              QUrl(QStringLiteral("https://www.rfc-editor.org/rfc/rfc3030#section-2")));
    const QString linkHtml = panel->linkLabel()->text();
    EXPECT_TRUE(linkHtml.contains(
        QStringLiteral("href=\"https://www.rfc-editor.org/rfc/rfc3030#section-2\"")))
        << linkHtml.toStdString();
    EXPECT_TRUE(linkHtml.contains(QStringLiteral("RFC 3030 §2"))) << linkHtml.toStdString();
    EXPECT_FALSE(panel->linkLabel()->isHidden());

    // The link opens in the browser through QDesktopServices.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QSignalSpy opened(panel, &ExplanationPanel::linkOpened);
    Q_EMIT panel->linkLabel()->linkActivated(panel->link().toString());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.first(),
              QUrl(QStringLiteral("https://www.rfc-editor.org/rfc/rfc3030#section-2")));
    EXPECT_EQ(opened.count(), 1);

    // Another row: the detail lists the parts, each with its source.
    const int auth = rowWithText(*model, QStringLiteral("250-AUTH PLAIN LOGIN SCRAM-SHA-256"));
    ASSERT_GE(auth, 0);
    selectRow(pane, auth);
    EXPECT_TRUE(panel->shownText().startsWith(QStringLiteral("AUTH:")))
        << panel->shownText().toStdString();
    EXPECT_TRUE(panel->shownDetail().contains(QStringLiteral("SCRAM-SHA-256:")))
        << panel->shownDetail().toStdString();
    EXPECT_TRUE(panel->shownDetail().contains(QStringLiteral("RFC 7677 §3")));
    // For the README's screenshots: CARTEIRO_EXPLANATION_SCREENSHOT=/path/explain.png
    // (and /path/explain_pt_BR.png in Portuguese).
    if (const QString shot = qEnvironmentVariable("CARTEIRO_EXPLANATION_SCREENSHOT");
        !shot.isEmpty()) {
        pane.resize(1400, 800);
        pane.show();
        EXPECT_TRUE(pane.grab().save(shot));
        // A pane made after the switch, so that its toolbar is in Portuguese too.
        ASSERT_TRUE(installTranslations(QLocale(QStringLiteral("pt_BR"))));
        {
            TranscriptPane ptPane(&hub);
            ptPane.model()->flushPending();
            ptPane.resize(1400, 800);
            ptPane.show();
            selectRow(ptPane, auth);
            QString ptShot = shot;
            ptShot.insert(ptShot.lastIndexOf(QLatin1Char('.')), QStringLiteral("_pt_BR"));
            EXPECT_TRUE(ptPane.grab().save(ptShot));
        }
        removeTranslations();
    }

    // A state-change note has nothing to explain and no link.
    int note = -1;
    for (int r = 0; r < model->rowCount() && note < 0; ++r)
        if (model->event(r).kind == TraceKind::StateChange)
            note = r;
    ASSERT_GE(note, 0);
    selectRow(pane, note);
    EXPECT_FALSE(panel->link().isValid());
    EXPECT_TRUE(panel->linkLabel()->isHidden());

    // The secret never reaches the panel.
    const int authCmd = rowWithText(*model, QStringLiteral("AUTH PLAIN"));
    ASSERT_GE(authCmd, 0);
    selectRow(pane, authCmd);
    for (const QByteArray &secret : fixtureSecretForms()) {
        EXPECT_FALSE(panel->shownText().toUtf8().contains(secret));
        EXPECT_FALSE(panel->shownDetail().toUtf8().contains(secret));
    }
}

#include "InspectorExplanationTest.moc"
