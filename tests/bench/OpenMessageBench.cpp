// Opening a 25 MB message in the real main window, offscreen: the longest
// GUI-thread stall from the click to the message shown (tests/bench/README.md:
// goal at most 16 ms). A run by hand, never a timed test.
//
// The message (text, a big image, a large base64 attachment) is put in a
// throw-away local store, as a POP3 download would leave it; the window's list
// gets its row and the message is selected, so the whole path runs: the
// worker thread reads the store, bodyReady crosses to the GUI thread, the
// reader and the inspector's MIME tab show it. A 1 ms timer on the GUI thread
// records the longest gap between its ticks while that happens.
//
//   bench_open_message [--runs N] [--size-mb 25] [--write-message FILE]
//
// --write-message writes the generated message (mbox-ready, CRLF) and exits:
// open-message-peer.sh shows it in neomutt for the peer's figure.
#include "MainWindow.h"
#include "account/MemorySecretStore.h"
#include "inspector/InspectorDock.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "mail/MessageListModel.h"
#include "reader/MessageView.h"
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
#include <QTest>
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
// does, a few MB), 3600 x 2400 pixels.
QByteArray bigPng()
{
    QImage image(3600, 2400, QImage::Format_RGB32);
    quint32 seed = 12345;
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

QByteArray bigMessage(qint64 targetBytes)
{
    const QByteArray boundary = "=_carteiro_bench_25mb";
    QByteArray text;
    for (int i = 1; text.size() < 2 * 1024 * 1024; ++i)
        text += "Linha " + QByteArray::number(i)
            + ": o carteiro trouxe a carta, a foto e o arquivo grande; ol\xc3\xa1, Jos\xc3\xa9!\r\n";
    const QByteArray png = base64Lines(bigPng());
    QByteArray head = "From: Alice <alice@example.test>\r\n"
                      "To: Bob <bob@example.test>\r\n"
                      "Subject: Mensagem de 25 MB\r\n"
                      "Date: Mon, 07 Dec 2026 01:00:00 +0000\r\n"
                      "Message-ID: <bench-25mb@example.test>\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\""
        + boundary + "\"\r\n\r\n";
    QByteArray parts = "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                       "Content-Transfer-Encoding: 8bit\r\n\r\n" + text
        + "\r\n--" + boundary + "\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"foto.png\"\r\n"
                                 "Content-Transfer-Encoding: base64\r\n\r\n" + png;
    const QByteArray binHead = "\r\n--" + boundary + "\r\nContent-Type: application/octet-stream\r\n"
                               "Content-Disposition: attachment; filename=\"dados.bin\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray tail = "\r\n--" + boundary + "--\r\n";
    const qint64 room = targetBytes - head.size() - parts.size() - binHead.size() - tail.size();
    const qint64 binBytes = std::max<qint64>(0, room / 78 * 57); // 57 bytes -> one 76-char line + CRLF
    QByteArray bin(binBytes, Qt::Uninitialized);
    quint32 seed = 777;
    for (char &c : bin) {
        seed = seed * 1664525u + 1013904223u;
        c = char(seed >> 24);
    }
    return head + parts + binHead + base64Lines(bin) + tail;
}

// The longest gap between ticks of a 1 ms timer on the GUI thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        m_max = std::max(m_max, m_clock.nsecsElapsed() - m_last);
        return double(m_max) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_max = 0;
};

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC; // user + sys of the whole process
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
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
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CarteiroBench"));
    QApplication::setApplicationName(QStringLiteral("bench_open_message"));

    int runs = 5;
    qint64 sizeMb = 25;
    QString writeTo;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--size-mb"))
            sizeMb = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--write-message"))
            writeTo = args[++i];
    }

    const QByteArray raw = bigMessage(sizeMb * 1024 * 1024);
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

    const auto shown = [&](qint64 id, bool withImage) {
        return w.reader()->messageId() == id && !w.inspectorDock()->mime()->model()->isEmpty()
            && (!withImage || w.reader()->inlineImageCount() > 0);
    };
    std::printf("message: %.1f MB; runs: %d; load average before: %s\n", raw.size() / 1048576.0, runs,
                qPrintable(loadAverage()));
    std::vector<double> stalls, toText, toImage, cpu;
    StallMeter meter;
    for (int run = 0; run < runs; ++run) {
        w.selectMessage(smallRow.id);
        if (!QTest::qWaitFor([&] { return shown(smallRow.id, false); }, 60000)) {
            std::fprintf(stderr, "the small message was not shown\n");
            return 1;
        }
        QTest::qWait(300);
        const double cpu0 = cpuSeconds();
        QElapsedTimer clock;
        meter.start();
        clock.start();
        w.selectMessage(bigRow.id);
        double text = -1;
        const bool ok = QTest::qWaitFor([&] {
            if (text < 0 && w.reader()->messageId() == bigRow.id)
                text = clock.nsecsElapsed() / 1e6;
            return shown(bigRow.id, true);
        }, 120000);
        const double image = clock.nsecsElapsed() / 1e6;
        QTest::qWait(500); // deferred layout and painting belong to opening it too
        const double stall = meter.stop();
        cpu.push_back(cpuSeconds() - cpu0);
        if (!ok) {
            std::fprintf(stderr, "the big message was not shown in 120 s: %s\n",
                         qPrintable(w.reader()->statusText()));
            return 1;
        }
        stalls.push_back(stall);
        toText.push_back(text);
        toImage.push_back(image);
        std::printf("run %d: longest GUI stall %.1f ms; text shown after %.0f ms, image after %.0f ms; "
                    "CPU %.2f s\n",
                    run + 1, stall, text, image, cpu.back());
        std::fflush(stdout);
    }
    std::printf("median: longest GUI stall %.1f ms (goal <= 16 ms); text shown %.0f ms; image %.0f ms; "
                "CPU (user+sys, incl. the 0.5 s tail) %.2f s; load average after: %s\n",
                median(stalls), median(toText), median(toImage), median(cpu), qPrintable(loadAverage()));
    return 0;
}
