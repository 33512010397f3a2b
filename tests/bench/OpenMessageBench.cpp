// SPDX-License-Identifier: GPL-3.0-or-later
// Opening big messages in the real main window, offscreen: the longest
// GUI-thread stall from the click to the message shown (tests/bench/README.md:
// goal at most 16 ms). A run by hand, never a timed test. Three scenarios:
//
//   open     a 25 MB message (text, a big image, a large attachment) is opened
//   cid      a 1 MB HTML message with six cid: photos (RFC 2392) is opened,
//            until its text and the photos of its first part are shown
//   showall  Show all on a 4 MB HTML body already shown cut, until all of it is in
//
// The message (text, a big image, a large base64 attachment) is put in a
// throw-away local store, as a POP3 download would leave it; the window's list
// gets its row and the message is selected, so the whole path runs: the
// worker thread reads the store, bodyReady crosses to the GUI thread, the
// reader and the inspector's MIME tab show it. A 1 ms timer on the GUI thread
// records the longest gap between its ticks while that happens.
//
//   bench_open_message [--scenario open|cid|showall] [--runs N] [--size-mb 25] [--html]
//                      [--explain] [--write-message FILE]
//
// --html makes the 2 MB text part of "open" text/html (one paragraph per line).
//
// --explain lists every GUI-thread event that took 8 ms or more (what stalls).
//
// --write-message writes the scenario's message (mbox-ready, CRLF) and exits:
// open-message-peer.py shows it in neomutt for the peer's figure.
#include "MainWindow.h"
#include "account/MemorySecretStore.h"
#include "inspector/InspectorDock.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "mail/MessageListModel.h"
#include "reader/MessageView.h"
#include "reader/SafeTextBrowser.h"
#include "store/MailStore.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace carteiro;

namespace {

QByteArray base64Lines(const QByteArray &data)
{
    // RFC 2045 section 6.8: lines of at most 76 characters.
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

// A photo-like PNG: smooth gradients with some grain (compresses like a photo
// does, a few MB), 3600 x 2400 pixels by default.
QByteArray bigPng(int width = 3600, int height = 2400, quint32 seed = 12345)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            seed = seed * 1103515245u + 12345u;
            const int grain = int((seed >> 16) & 15);
            line[x] = qRgb((x / 15 + grain) & 255, (y / 10 + grain) & 255, ((x + y) / 24) & 255);
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QByteArray bigMessage(qint64 targetBytes, bool html)
{
    const QByteArray boundary = "=_carteiro_bench_25mb";
    QByteArray text;
    if (html)
        text += "<html><body>\r\n";
    for (int i = 1; text.size() < 2 * 1024 * 1024; ++i)
        text += (html ? "<p>Linha <b>" : "Linha ") + QByteArray::number(i) + (html ? "</b>" : "") +
                ": o carteiro trouxe a carta, a foto e o arquivo grande; ol\xc3\xa1, Jos\xc3\xa9!" +
                (html ? "</p>\r\n" : "\r\n");
    if (html)
        text += "</body></html>\r\n";
    const QByteArray png = base64Lines(bigPng());
    QByteArray head = "From: Alice <alice@example.test>\r\n"
                      "To: Bob <bob@example.test>\r\n"
                      "Subject: Mensagem de 25 MB\r\n"
                      "Date: Mon, 07 Dec 2026 01:00:00 +0000\r\n"
                      "Message-ID: <bench-25mb@example.test>\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"" +
                      boundary + "\"\r\n\r\n";
    QByteArray parts =
        "--" + boundary + "\r\nContent-Type: text/" + (html ? "html" : "plain") +
        "; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n" +
        text + "\r\n--" + boundary +
        "\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"foto.png\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" +
        png;
    const QByteArray binHead = "\r\n--" + boundary +
                               "\r\nContent-Type: application/octet-stream\r\n"
                               "Content-Disposition: attachment; filename=\"dados.bin\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray tail = "\r\n--" + boundary + "--\r\n";
    const qint64 room = targetBytes - head.size() - parts.size() - binHead.size() - tail.size();
    const qint64 binBytes =
        std::max<qint64>(0, room / 78 * 57); // 57 bytes -> one 76-char line + CRLF
    QByteArray bin(binBytes, Qt::Uninitialized);
    quint32 seed = 777;
    for (char &c : bin) {
        seed = seed * 1664525u + 1013904223u;
        c = char(seed >> 24);
    }
    return head + parts + binHead + base64Lines(bin) + tail;
}

// An HTML body of about `chars`: paragraphs, a table now and then, and
// `images` cid: images, half of them near the beginning, half past the middle.
QByteArray htmlBody(qsizetype chars, int images)
{
    QByteArray html = "<html><head><style>p.t { margin: 2px; } td { padding: 2px; }</style></head><body>\r\n";
    int placed = 0;
    for (int i = 1; html.size() < chars; ++i) {
        html += "<p class=\"t\">Linha <b>" + QByteArray::number(i) +
                "</b>: o carteiro trouxe a carta, a foto e o arquivo grande; ol\xc3\xa1, Jos\xc3\xa9!</p>\r\n";
        if (i % 200 == 0)
            html += "<table border=\"1\"><tr><td>Tabela " + QByteArray::number(i) + "</td><td>" +
                    QByteArray::number(i * 7) + "</td></tr></table>\r\n";
        const bool early = placed < images / 2;
        const bool late = placed < images && html.size() > chars / 2;
        if (i % 60 == 0 && (early || late))
            html += "<p><img src=\"cid:foto" + QByteArray::number(placed++) + "@example.test\" alt=\"foto\"></p>\r\n";
    }
    return html + "<p>FIM</p></body></html>\r\n";
}

// A multipart/related HTML message (RFC 2387) of about htmlChars with
// `images` photo-like PNGs (1600x1067) named by cid:.
QByteArray htmlMessage(qsizetype htmlChars, int images, const QByteArray &subject)
{
    const QByteArray boundary = "=_carteiro_bench_html";
    const QByteArray html = htmlBody(htmlChars, images);
    QByteArray out = "From: Alice <alice@example.test>\r\nTo: Bob <bob@example.test>\r\nSubject: " + subject +
                     "\r\nDate: Mon, 07 Dec 2026 01:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: multipart/related; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary +
                     "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + html;
    for (int i = 0; i < images; ++i)
        out += "\r\n--" + boundary + "\r\nContent-Type: image/png\r\nContent-ID: <foto" + QByteArray::number(i) +
               "@example.test>\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
               base64Lines(bigPng(1600, 1067, 4242 + i));
    return out + "\r\n--" + boundary + "--\r\n";
}

// CPU time of the calling thread (Linux tooling: benchmarks may be Linux-only).
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The longest gap between ticks of a 1 ms timer on the GUI thread, in wall
// time, and the longest in the GUI thread's own CPU time: on a loaded shared
// machine the wall gap also holds the time the thread waited for a core.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    double worstEnd() const { return double(m_worstEnd) / 1e6; } // ms since start()
    double worstCpu() const { return double(m_maxCpu) / 1e6; }   // ms of GUI-thread CPU in one gap
    void start()
    {
        m_max = m_maxCpu = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        tick();
        return double(m_max) / 1e6;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (now - m_last > m_max) {
            m_max = now - m_last;
            m_worstEnd = now;
        }
        m_maxCpu = std::max(m_maxCpu, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_max = 0, m_worstEnd = 0, m_lastCpu = 0, m_maxCpu = 0;
};

// With --explain: the slowest events the GUI thread handled (outermost
// dispatch only), to name what stalls.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slow
    {
        double ms;
        QString what;
        double end; // ms on the bench clock
    };
    QElapsedTimer benchClock;
    bool explain = false;
    std::vector<Slow> slow;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!explain || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu0 = threadCpuNs();
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        const double ms = clock.nsecsElapsed() / 1e6;
        const double cpuMs = (threadCpuNs() - cpu0) / 1e6;
        --m_depth;
        if (ms >= 2)
            slow.push_back({ms,
                            QStringLiteral("(%1 ms CPU) event %2 to %3 \"%4\"")
                                .arg(cpuMs, 0, 'f', 1)
                                .arg(type)
                                .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                     receiver->objectName()),
                            benchClock.nsecsElapsed() / 1e6});
        return result;
    }

private:
    int m_depth = 0;
};

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC; // user + sys of the whole process
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()      ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

// The photos of the first part of the "cid" message are in the reader's document.
bool cidPhotosShown(MessageView *reader)
{
    for (int i = 0; i < 3; ++i) {
        const QVariant v = reader->bodyBrowser()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("cid:foto%1@example.test").arg(i)));
        if (qvariant_cast<QImage>(v).width() <= 1) // the 1x1 stand-in while it is decoded
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QTemporaryDir dir;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, dir.path());
    TimingApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CarteiroBench"));
    QApplication::setApplicationName(QStringLiteral("bench_open_message"));

    int runs = 5;
    qint64 sizeMb = 25;
    QString writeTo, scenario = QStringLiteral("open");
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--size-mb"))
            sizeMb = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--write-message"))
            writeTo = args[++i];
        else if (args[i] == QLatin1String("--scenario"))
            scenario = args[++i];
    }
    app.explain = args.contains(QLatin1String("--explain"));
    const bool cid = scenario == QLatin1String("cid"), showAll = scenario == QLatin1String("showall");
    if (!cid && !showAll && scenario != QLatin1String("open")) {
        std::fprintf(stderr, "unknown scenario %s (open, cid, showall)\n", qPrintable(scenario));
        return 2;
    }

    const QByteArray raw = cid       ? htmlMessage(1024 * 1024, 6, "HTML com fotos")
                           : showAll ? htmlMessage(4 * 1024 * 1024, 0, "HTML de 4 MB")
                                     : bigMessage(sizeMb * 1024 * 1024, args.contains(QLatin1String("--html")));
    if (!writeTo.isEmpty()) {
        QFile out(writeTo);
        if (!out.open(QIODevice::WriteOnly) || out.write(raw) != raw.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(writeTo));
            return 1;
        }
        return 0;
    }
    const QByteArray small = "From: Alice <alice@example.test>\r\nSubject: small\r\n\r\nhi\r\n";

    const QString storePath = dir.filePath(QStringLiteral("bench.sqlite"));
    StoredMessage bigRow, smallRow;
    {
        MailStore store(storePath);
        if (!store.open()) {
            std::fprintf(stderr, "store: %s\n", qPrintable(store.error()));
            return 1;
        }
        StoredFolder folder;
        folder.accountId = QStringLiteral("bench");
        folder.name = QStringLiteral("INBOX");
        folder.local = true;
        const qint64 folderId = store.upsertFolder(folder);
        const qint64 bigId = store.addLocalMessage(folderId, "big", raw);
        const qint64 smallId = store.addLocalMessage(folderId, "small", small);
        bigRow = store.message(bigId).value_or(StoredMessage());
        smallRow = store.message(smallId).value_or(StoredMessage());
        if (bigRow.id == 0 || smallRow.id == 0) {
            std::fprintf(stderr, "store: %s\n", qPrintable(store.error()));
            return 1;
        }
    }

    MemorySecretStore keychain;
    MainWindow w(&keychain, nullptr, storePath);
    w.resize(1280, 800);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        std::fprintf(stderr, "warning: window not exposed\n");
    w.messageModel()->setMessages({bigRow, smallRow});
    MessageView *reader = w.reader();

    // What "shown" means in each scenario.
    const auto opened = [&](qint64 id) {
        return reader->messageId() == id && !w.inspectorDock()->mime()->model()->isEmpty();
    };
    const auto done = [&] {
        if (showAll)
            return !reader->htmlCut() && reader->bodyBrowser()->textComplete();
        if (cid)
            return opened(bigRow.id) && cidPhotosShown(reader);
        return opened(bigRow.id) && reader->inlineImageCount() > 0;
    };
    std::printf("scenario %s; message: %.1f MB; runs: %d; load average before: %s\n", qPrintable(scenario),
                raw.size() / 1048576.0, runs, qPrintable(loadAverage()));
    std::vector<double> stalls, cpuStalls, toText, toImage, cpu;
    StallMeter meter;
    for (int run = 0; run < runs; ++run) {
        w.selectMessage(smallRow.id);
        if (!QTest::qWaitFor([&] { return opened(smallRow.id); }, 60000)) {
            std::fprintf(stderr, "the small message was not shown\n");
            return 1;
        }
        if (showAll) { // the 4 MB HTML shown cut, settled: the measure starts at the click
            w.selectMessage(bigRow.id);
            if (!QTest::qWaitFor([&] { return opened(bigRow.id) && reader->htmlCut(); }, 60000)) {
                std::fprintf(stderr, "the HTML message was not shown cut\n");
                return 1;
            }
        }
        QTest::qWait(300);
        const double cpu0 = cpuSeconds();
        QElapsedTimer clock;
        app.slow.clear();
        meter.start();
        app.benchClock.start();
        clock.start();
        if (showAll)
            reader->showAllButton()->click();
        else
            w.selectMessage(bigRow.id);
        double text = -1;
        const bool ok = QTest::qWaitFor(
            [&] {
                if (text < 0 && (showAll || reader->messageId() == bigRow.id))
                    text = clock.nsecsElapsed() / 1e6;
                return done();
            },
            300000);
        const double image = clock.nsecsElapsed() / 1e6;
        QTest::qWait(500); // deferred layout and painting belong to opening it too
        const double stall = meter.stop();
        cpu.push_back(cpuSeconds() - cpu0);
        if (!ok) {
            std::fprintf(stderr, "the %s scenario did not finish in 300 s: %s\n", qPrintable(scenario),
                         qPrintable(reader->statusText()));
            return 1;
        }
        stalls.push_back(stall);
        cpuStalls.push_back(meter.worstCpu());
        toText.push_back(text);
        toImage.push_back(image);
        std::printf("run %d: longest GUI stall %.1f ms wall, %.1f ms GUI-thread CPU; text shown after %.0f ms, "
                    "%s after %.0f ms; CPU %.2f s\n",
                    run + 1, stall, cpuStalls.back(), text,
                    showAll ? "all of it" : cid ? "the photos" : "the image", image, cpu.back());
        for (const auto &slow : app.slow)
            if (slow.ms >= 8 || (slow.end >= meter.worstEnd() - stall && slow.end <= meter.worstEnd() + 1))
                std::printf("  slow: %.1f ms %s, ended at %.1f ms%s\n", slow.ms, qPrintable(slow.what), slow.end,
                            slow.end >= meter.worstEnd() - stall && slow.end <= meter.worstEnd()
                                ? " (in the longest stall)"
                                : "");
        app.slow.clear();
        std::fflush(stdout);
    }
    std::printf("median (%s): longest GUI stall %.1f ms wall, %.1f ms GUI-thread CPU (goal <= 16 ms); "
                "text shown %.0f ms; %s %.0f ms; process CPU (user+sys, incl. the 0.5 s tail) %.2f s; "
                "load average after: %s\n",
                qPrintable(scenario), median(stalls), median(cpuStalls), median(toText),
                showAll ? "all of it" : cid ? "photos" : "image", median(toImage), median(cpu),
                qPrintable(loadAverage()));
    return 0;
}
