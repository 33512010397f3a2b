// SPDX-License-Identifier: GPL-3.0-or-later
// tests/README.md, case 15: an HTML message fetches nothing until the user asks,
// for that message only. A loopback HTTP listener counts every connection.
#include "reader/InlineImageDecoder.h"
#include "reader/MessageView.h"
#include "reader/SafeTextBrowser.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace carteiro;

namespace {

// Answers every request with a 1x1 PNG and remembers the request lines.
class CountingHttpServer : public QTcpServer
{
public:
    int connections = 0;
    QList<QByteArray> requestLines;

    CountingHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    requestLines << request.left(request.indexOf("\r\n"));
                    QFile png(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/mime/pixel.png"));
                    const QByteArray body = png.open(QIODevice::ReadOnly) ? png.readAll() : QByteArray();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QByteArray summary() const { return requestLines.join(" | "); }
};

QByteArray remoteMessage(quint16 port)
{
    QFile file(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/viewer/remote-template.eml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().replace("@PORT@", QByteArray::number(port));
}

// Lets the view lay out and paint (images are asked for at layout/paint time).
void settle(MessageView &view, int ms)
{
    QTest::qWait(ms / 2);
    (void)view.grab();
    (void)view.bodyBrowser()->viewport()->grab();
    QTest::qWait(ms / 2);
}

} // namespace

TEST(MessageViewRemoteContentTest, NothingIsFetchedUntilTheUserAsksForThisMessage)
{
    CountingHttpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const QByteArray raw = remoteMessage(server.serverPort());
    ASSERT_FALSE(raw.isEmpty());

    MessageView view;
    QList<QUrl> opened;
    view.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    view.resize(900, 700);
    view.show();
    view.showMessage(raw, 1);
    settle(view, 1500);

    EXPECT_EQ(server.connections, 0) << server.summary().constData();
    EXPECT_TRUE(view.remoteContentBlocked());
    EXPECT_TRUE(view.remoteContentBarShown());
    // img, link, two CSS url() in <style>, @import, body/table/td background, style=,
    // iframe, form action, video poster and src, srcset, "//host", object data, script.
    EXPECT_GE(view.bodyBrowser()->blockedRemoteReferences(), 15);
    EXPECT_EQ(view.bodyBrowser()->remoteRequestsStarted(), 0);
    EXPECT_TRUE(opened.isEmpty());
    EXPECT_TRUE(view.bodyBrowser()->toPlainText().contains(QStringLiteral("Hello")));

    // The user asks: now the listener must see requests (the test can fail).
    view.loadRemoteContent();
    EXPECT_FALSE(view.remoteContentBarShown());
    for (int i = 0; i < 50 && !server.summary().contains("/pixel.png"); ++i)
        settle(view, 100);
    EXPECT_GT(server.connections, 0);
    EXPECT_TRUE(server.summary().contains("GET /pixel.png")) << server.summary().constData();
    // Still never: navigation, frames, forms, scripts, media, plugins, or a link nobody clicked.
    for (const char *never : {"/refresh", "/frame.html", "/form", "/script.js", "/poster.png", "/video.mp4",
                              "/object.swf", "/link-target"})
        EXPECT_FALSE(server.summary().contains(never)) << never;
    EXPECT_TRUE(opened.isEmpty());

    // The fetched image is shown.
    settle(view, 300);
    const QVariant image = view.bodyBrowser()->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(server.serverPort())));
    EXPECT_FALSE(qvariant_cast<QImage>(image).isNull());
    ASSERT_NE(InlineImageDecoder::lastDecodingThread(), nullptr);
    EXPECT_NE(InlineImageDecoder::lastDecodingThread(), QThread::currentThread()) << "decoded on a worker";

    // The next message (even the same bytes) is blocked again.
    const int before = server.connections;
    view.showMessage(raw, 2);
    settle(view, 1000);
    EXPECT_EQ(server.connections, before) << server.summary().constData();
    EXPECT_TRUE(view.remoteContentBlocked());
    EXPECT_TRUE(view.remoteContentBarShown());
}

TEST(MessageViewRemoteContentTest, LinksOpenOnlyWhenClickedAndOnlyWebAndMail)
{
    MessageView view;
    QList<QUrl> opened;
    view.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    view.showMessage("Content-Type: text/html\r\n\r\n<a href=\"https://example.test/x\">x</a>", 1);
    EXPECT_TRUE(opened.isEmpty());
    Q_EMIT view.bodyBrowser()->anchorClicked(QUrl(QStringLiteral("https://example.test/x")));
    Q_EMIT view.bodyBrowser()->anchorClicked(QUrl(QStringLiteral("mailto:alice@example.test")));
    Q_EMIT view.bodyBrowser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    Q_EMIT view.bodyBrowser()->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
    Q_EMIT view.bodyBrowser()->anchorClicked(QUrl(QStringLiteral("smb://host/share")));
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(opened.at(0), QUrl(QStringLiteral("https://example.test/x")));
    EXPECT_EQ(opened.at(1), QUrl(QStringLiteral("mailto:alice@example.test")));
    // The browser did not navigate away from the message.
    EXPECT_TRUE(view.bodyBrowser()->source().isEmpty());
}

TEST(MessageViewRemoteContentTest, LocalFilesAndDataAreNeverLoaded)
{
    SafeTextBrowser browser;
    EXPECT_EQ(browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hostname"))),
              QVariant(QByteArray()));
    EXPECT_EQ(browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("relative.png"))),
              QVariant(QByteArray()));
    EXPECT_EQ(browser.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("/etc/hostname"))),
              QVariant(QByteArray()));
    EXPECT_EQ(browser.blockedRemoteReferences(), 0);
    EXPECT_EQ(browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("//127.0.0.1:1/x.png"))),
              QVariant(QByteArray()));
    EXPECT_EQ(browser.blockedRemoteReferences(), 1);
}

TEST(MessageViewRemoteContentTest, NeutraliseTakesOutActiveContentAndCountsRemoteReferences)
{
    int remote = -1;
    const QString out = SafeTextBrowser::neutralise(
        QStringLiteral("<META HTTP-EQUIV=refresh content=\"0;url=http://x/\"><base href=\"http://x/\">"
                       "<SCRIPT>fetch('http://x')</SCRIPT><script>unclosed"),
        &remote);
    EXPECT_FALSE(out.contains(QLatin1String("refresh"), Qt::CaseInsensitive));
    EXPECT_FALSE(out.contains(QLatin1String("base"), Qt::CaseInsensitive));
    EXPECT_FALSE(out.contains(QLatin1String("fetch")));
    EXPECT_FALSE(out.contains(QLatin1String("unclosed")));
    EXPECT_EQ(remote, 1); // <base href>; a refresh target is navigation, which never happens

    const QString form = SafeTextBrowser::neutralise(
        QStringLiteral("<form action=\"https://x/f\"><input name=a></form><iframe src=\"//x/i\">fallback</iframe>"
                       "<a href=\"https://x/link\">link</a><p style=\"background: url( 'ftp://x/b' )\">p</p>"),
        &remote);
    EXPECT_FALSE(form.contains(QLatin1String("action")));
    EXPECT_FALSE(form.contains(QLatin1String("iframe")));
    EXPECT_TRUE(form.contains(QLatin1String("fallback")));
    EXPECT_TRUE(form.contains(QLatin1String("https://x/link"))); // links stay, for the user to click
    EXPECT_EQ(remote, 3); // form action, iframe src, CSS url(); not the link

    SafeTextBrowser::neutralise(QStringLiteral("<p>no remote <a href=\"http://x/\">here</a> <img src=\"cid:a@b\"></p>"),
                                &remote);
    EXPECT_EQ(remote, 0);
}
