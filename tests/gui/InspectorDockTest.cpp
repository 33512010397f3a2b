// SPDX-License-Identifier: GPL-3.0-or-later
// InspectorDock: a detachable dock with Transcript | MIME | Session tabs, a
// font-size control for the projector, rendering only while visible, and an
// offscreen snapshot (/tmp/inspector*.png) to look at.
#include "InspectorFixtures.h"
#include "inspector/CapabilityPanel.h"
#include "inspector/InspectorDock.h"
#include "inspector/LadderView.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "inspector/SessionSummary.h"
#include "inspector/TlsPanel.h"
#include "inspector/TraceFilterProxy.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"

#include <QMainWindow>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
SessionSummaryInfo labSummary()
{
    SessionSummaryInfo info;
    info.protocol = QStringLiteral("SMTP");
    info.server = QStringLiteral("smtp://127.0.0.1:10587");
    info.greeting = QStringLiteral("mail.example.test ESMTP Postfix");
    info.offered = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 41943040"), QStringLiteral("AUTH PLAIN LOGIN"),
                    QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("CHUNKING")};
    info.used = {QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN"), QStringLiteral("PIPELINING"),
                 QStringLiteral("CHUNKING"), QStringLiteral("SIZE")};
    info.authMechanism = QStringLiteral("PLAIN");
    info.tlsActive = true;
    info.tls.protocol = QStringLiteral("TLSv1.3");
    info.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    info.tls.subject = QStringLiteral("mail.example.test");
    info.tls.issuer = QStringLiteral("mail.example.test");
    info.tls.verified = true;
    info.succeeded = true;
    info.result = QStringLiteral("Message accepted, queued as F09E9A761FD");
    return info;
}
} // namespace

TEST(InspectorDock, IsADetachableDockWithSixTabs)
{
    TraceHub hub;
    InspectorDock dock(&hub);
    EXPECT_EQ(dock.objectName(), QStringLiteral("InspectorDock"));
    EXPECT_TRUE(dock.features() & QDockWidget::DockWidgetFloatable);
    EXPECT_TRUE(dock.features() & QDockWidget::DockWidgetMovable);
    ASSERT_EQ(dock.tabs()->count(), 6);
    EXPECT_EQ(dock.tabs()->widget(0), dock.transcript());
    EXPECT_EQ(dock.tabs()->widget(1), dock.mime());
    EXPECT_EQ(dock.tabs()->widget(2), dock.session());
    EXPECT_EQ(dock.tabs()->widget(3), dock.capabilities());
    EXPECT_EQ(dock.tabs()->widget(4), dock.tls());
    EXPECT_EQ(dock.tabs()->widget(5), static_cast<QWidget *>(dock.ladder()));
}

TEST(InspectorDock, RendersOnlyWhileVisibleAndCatchesUpWhenShown)
{
    TraceHub hub;
    QMainWindow window;
    auto *dock = new InspectorDock(&hub, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    window.show();
    recordSmtpSubmission(hub);
    const quint64 last = lastHubId(hub);
    TraceModel *model = dock->transcript()->model();
    ASSERT_TRUE(waitUntil([&] { return model->pendingCount() > 0; }));
    EXPECT_FALSE(model->isLive());
    EXPECT_EQ(model->rowCount(), 0);
    dock->show();
    ASSERT_TRUE(waitUntil([&] { return model->isLive() && model->lastEventId() == last; }));
    EXPECT_EQ(model->rowCount(), int(hub.history().size()));
}

TEST(InspectorDock, FontSizeControlScalesEveryView)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    InspectorDock dock(&hub);
    const int base = dock.fontPointSize();
    EXPECT_EQ(base, dock.defaultFontPointSize());
    QTreeView *view = dock.transcript()->view();
    dock.increaseFont();
    dock.increaseFont();
    EXPECT_GT(dock.fontPointSize(), base);
    EXPECT_EQ(view->font().pointSize(), dock.fontPointSize());
    EXPECT_EQ(dock.mime()->view()->font().pointSize(), dock.fontPointSize());
    const TraceModel *model = dock.transcript()->model();
    EXPECT_EQ(model->data(model->index(0, TraceModel::TextColumn), Qt::FontRole).value<QFont>().pointSize(),
              dock.fontPointSize());
    const auto edits = dock.mime()->findChildren<QPlainTextEdit *>();
    ASSERT_FALSE(edits.isEmpty());
    for (const QPlainTextEdit *e : edits)
        EXPECT_EQ(e->font().pointSize(), dock.fontPointSize()) << "fixed-width previews scale too";
    dock.setFontPointSize(1000);
    EXPECT_EQ(dock.fontPointSize(), InspectorDock::kMaxFontPoints);
    dock.setFontPointSize(1);
    EXPECT_EQ(dock.fontPointSize(), InspectorDock::kMinFontPoints);
    dock.resetFont();
    EXPECT_EQ(dock.fontPointSize(), base);
    EXPECT_EQ(view->font().pointSize(), base);
}

TEST(InspectorDock, ShowsMessageAndSummaryThroughItsApi)
{
    TraceHub hub;
    InspectorDock dock(&hub);
    const QByteArray raw = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOl\xc3\xa1\r\n";
    ASSERT_TRUE(dock.showMessage(raw));
    EXPECT_EQ(dock.mime()->model()->data(dock.mime()->model()->index(0, 0)).toString(), QStringLiteral("text/plain"));
    dock.session()->setSummary(labSummary());
    EXPECT_TRUE(dock.session()->plainText().contains(QStringLiteral("F09E9A761FD")));
}

TEST(InspectorDock, SnapshotIsRenderedOffscreen)
{
    TraceHub hub;
    const quint32 c = recordSmtpSubmission(hub);
    TraceEvent injection = fixtureEvent(c, Direction::ServerToClient, TraceKind::Injection, "250 injected", false);
    injection.bodyBytes = 12;
    hub.record(injection);
    QMainWindow window;
    auto *dock = new InspectorDock(&hub, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.resize(1400, 820);
    window.show();
    dock->setFontPointSize(12);
    const quint64 last = lastHubId(hub);
    ASSERT_TRUE(waitUntil([&] { return dock->transcript()->model()->lastEventId() == last; }));
    dock->session()->setSummary(labSummary());
    const QByteArray raw = "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                           "Content-Type: text/plain; charset=utf-8\r\n\r\nOl\xc3\xa1\r\n--b\r\n"
                           "Content-Type: image/png; name=foto.png\r\nContent-Transfer-Encoding: base64\r\n"
                           "Content-Disposition: attachment; filename=foto.png\r\n\r\niVBORw0KGgoAAAANSUhEUg==\r\n--b--\r\n";
    ASSERT_TRUE(dock->showMessage(raw));

    // Font changes post LayoutRequest events; deliver them before painting.
    QCoreApplication::sendPostedEvents();
    const QPixmap transcript = dock->grab();
    ASSERT_FALSE(transcript.isNull());
    EXPECT_GT(transcript.width(), 600);
    EXPECT_TRUE(transcript.save(QStringLiteral("/tmp/inspector.png")));
    dock->tabs()->setCurrentIndex(1);
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(dock->grab().save(QStringLiteral("/tmp/inspector-mime.png")));
    dock->tabs()->setCurrentIndex(2);
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(dock->grab().save(QStringLiteral("/tmp/inspector-session.png")));
}

TEST(InspectorDock, ActivatingABodyRowOpensTheMimeTab)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    InspectorDock dock(&hub);
    TranscriptPane *pane = dock.transcript();
    pane->model()->flushPending();
    int bodyRow = -1;
    for (int r = 0; r < pane->proxy()->rowCount() && bodyRow < 0; ++r)
        if (pane->proxy()->data(pane->proxy()->index(r, 0), TraceModel::KindRole).toInt() == int(TraceKind::BodySummary))
            bodyRow = r;
    ASSERT_GE(bodyRow, 0);
    const QModelIndex body = pane->proxy()->index(bodyRow, TraceModel::TextColumn);
    Q_EMIT pane->view()->activated(body);
    EXPECT_EQ(dock.tabs()->currentWidget(), pane) << "no message shown yet: stay on the transcript";
    ASSERT_TRUE(dock.showMessage("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi\r\n"));
    Q_EMIT pane->view()->activated(pane->proxy()->index(0, TraceModel::TextColumn));
    EXPECT_EQ(dock.tabs()->currentWidget(), pane) << "an ordinary line does not switch tabs";
    Q_EMIT pane->view()->activated(body);
    EXPECT_EQ(dock.tabs()->currentWidget(), dock.mime());
}
