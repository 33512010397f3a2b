// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/HtmlPreparer.h"

#include "reader/SafeTextBrowser.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QRegularExpression>
#include <QRunnable>
#include <QTextDocument>
#include <QTextFrame>
#include <QThread>

namespace carteiro {

namespace {

std::atomic<QThread *> g_lastPreparingThread{nullptr};

// A document that loads nothing while it parses: QTextDocument without a
// parent would read a <link>ed style sheet from a local file.
class InertDocument : public QTextDocument
{
public:
    QVariant loadResource(int, const QUrl &) override { return QVariant(QByteArray()); }
};

// Makes every object of doc (lists, tables, frames: QTextDocument creates them
// on first use) on this thread, so none is made later, on another thread,
// with a parent that lives here.
void createObjects(QTextDocument *doc)
{
    const QList<QTextFormat> formats = doc->allFormats();
    for (const QTextFormat &format : formats)
        if (format.objectIndex() != -1)
            doc->objectForFormat(format);
}

// Elements whose end a slice must not fall before: a slice cut inside one of
// them would start the next slice outside it (a table split in two, a quote lost).
bool isContainer(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("table"),  QStringLiteral("div"),     QStringLiteral("ul"),     QStringLiteral("ol"),
        QStringLiteral("dl"),     QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("center"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("main"),   QStringLiteral("nav"),     QStringLiteral("aside"),  QStringLiteral("figure"),
        QStringLiteral("details"), QStringLiteral("fieldset"), QStringLiteral("form")};
    for (const QString &n : names)
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Elements that begin a block: a slice may begin before one (never before an
// inline element, which would split its paragraph in two).
bool isBlockStart(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("p"),       QStringLiteral("h1"),      QStringLiteral("h2"),     QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),      QStringLiteral("h6"),     QStringLiteral("hr"),
        QStringLiteral("address"), QStringLiteral("body")};
    for (const QString &n : names)
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    return isContainer(name);
}

// Elements whose content is not markup: never cut inside them.
bool isRawText(QStringView name)
{
    return name.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("textarea"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("title"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("xmp"), Qt::CaseInsensitive) == 0;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':');
}

// Calls boundary(position, blockOutsideContainers) for every place in
// html[from, limit) where a slice may end: before each tag (true before a
// block's start tag outside containers), and after the end tag that closes the
// outermost container (true). Comments and raw text are skipped whole.
template<typename F>
void scanBoundaries(const QString &html, qsizetype from, qsizetype limit, F &&boundary)
{
    int depth = 0;
    const qsizetype n = qMin(limit, html.size());
    qsizetype i = from;
    while (i < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        if (lt < 0 || lt >= n)
            return;
        if (QStringView(html).mid(lt + 1, 3) == QLatin1String("!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), lt + 4);
            if (end < 0)
                return;
            i = end + 3;
            continue;
        }
        qsizetype p = lt + 1;
        const bool closing = p < html.size() && html.at(p) == QLatin1Char('/');
        if (closing)
            ++p;
        const qsizetype nameStart = p;
        while (p < html.size() && isNameChar(html.at(p)))
            ++p;
        if (p == nameStart || !html.at(nameStart).isLetter()) {
            i = lt + 1; // a "<" in the text, or <!DOCTYPE>
            continue;
        }
        const qsizetype gt = html.indexOf(QLatin1Char('>'), p);
        if (gt < 0)
            return;
        const QStringView name = QStringView(html).mid(nameStart, p - nameStart);
        boundary(lt, depth == 0 && !closing && isBlockStart(name));
        if (!closing && isRawText(name)) {
            const qsizetype close = html.indexOf(QLatin1String("</") + name.toString(), gt + 1, Qt::CaseInsensitive);
            if (close < 0)
                return;
            i = close; // its end tag is read next
            continue;
        }
        if (isContainer(name) && html.at(gt - 1) != QLatin1Char('/')) {
            if (!closing) {
                ++depth;
            } else if (depth > 0 && --depth == 0 && gt + 1 <= n) {
                boundary(gt + 1, true);
            }
        }
        i = gt + 1;
    }
}

} // namespace

HtmlPreparer::HtmlPreparer(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("HtmlPreparer"));
}

HtmlPreparer::~HtmlPreparer()
{
    cancel();
    m_pool.clear();
    m_pool.waitForDone(); // a request in progress stops at its next slice
}

QThread *HtmlPreparer::lastPreparingThread()
{
    return g_lastPreparingThread.load();
}

qsizetype HtmlPreparer::headCut(const QString &html, qsizetype maxChars)
{
    if (html.size() <= maxChars)
        return html.size();
    qsizetype outside = -1, anyTag = -1;
    scanBoundaries(html, 0, maxChars, [&](qsizetype at, bool outsideContainers) {
        if (at > maxChars || at == 0)
            return;
        anyTag = at;
        if (outsideContainers)
            outside = at;
    });
    if (outside >= maxChars / 2)
        return outside;
    if (anyTag >= maxChars / 2)
        return anyTag;
    return maxChars; // no tag in the second half: cut in the text
}

QList<qsizetype> HtmlPreparer::sliceEnds(const QString &html, qsizetype from, qsizetype until, qsizetype sliceChars)
{
    QList<qsizetype> ends;
    qsizetype last = from;
    scanBoundaries(html, from, until, [&](qsizetype at, bool outsideContainers) {
        if (at >= until)
            return;
        // Outside containers once long enough; inside one (a page that is one
        // big layout table) only when much too long, at the next tag.
        if ((outsideContainers && at - last >= sliceChars) || at - last >= 8 * sliceChars) {
            ends << at;
            last = at;
        }
    });
    if (last < until)
        ends << until;
    return ends;
}

QString HtmlPreparer::styleElements(const QString &html, qsizetype before)
{
    static const QRegularExpression style(QStringLiteral("<style\\b[^>]*>.*?</style\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    constexpr qsizetype kMaxStyleChars = 64 * 1024;
    QString out;
    const QString head = html.left(before);
    for (auto it = style.globalMatch(head); it.hasNext();) {
        const QString element = it.next().captured(0);
        if (out.size() + element.size() > kMaxStyleChars)
            break;
        out += element;
    }
    return out;
}

HtmlSlice HtmlPreparer::prepareSlice(const QString &styles, const QString &html, qsizetype begin, qsizetype end,
                                     QThread *owner)
{
    g_lastPreparingThread = QThread::currentThread();
    HtmlSlice slice;
    slice.sourceEnd = end;
    const QString safe = SafeTextBrowser::neutralise(html.mid(begin, end - begin), &slice.remoteReferences);
    // Images are looked up only when the reader's document lays the slice out.
    auto *doc = new InertDocument;
    doc->setUndoRedoEnabled(false);
    doc->setHtml(styles + safe);
    createObjects(doc);
    slice.hasFrames = !doc->rootFrame()->childFrames().isEmpty();
    doc->moveToThread(owner); // from here on only the owner's thread touches it
    slice.document.reset(doc);
    return slice;
}

quint64 HtmlPreparer::start(qint64 messageId, const QString &html, qsizetype from, qsizetype until)
{
    const quint64 ticket = ++*m_latest;
    ++m_pending;
    std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    QThread *owner = thread();
    if (until < 0 || until > html.size())
        until = html.size();
    m_pool.start(QRunnable::create([this, latest, ticket, messageId, html, from, until, owner] {
        const auto post = [&](const QList<HtmlSlice> &slices, bool last) {
            // Queued to this object's thread; the destructor waits for this runnable.
            QMetaObject::invokeMethod(
                this,
                [this, slices, last, ticket, messageId] {
                    const bool stale = ticket != m_latest->load();
                    if (!stale)
                        Q_EMIT prepared(ticket, messageId, slices, last);
                    if (last) {
                        --m_pending;
                        if (stale)
                            ++m_dropped;
                        Q_EMIT idle();
                    }
                },
                Qt::QueuedConnection);
        };
        const QString styles = styleElements(html, from);
        const QList<qsizetype> ends = sliceEnds(html, from, until, kSliceChars);
        QList<HtmlSlice> batch;
        QElapsedTimer sincePost;
        sincePost.start();
        qsizetype begin = from;
        for (qsizetype i = 0; i < ends.size(); ++i) {
            if (latest->load() != ticket) {
                post(batch, true); // stale: stop here (the slices die on the GUI thread, theirs)
                return;
            }
            batch << prepareSlice(styles, html, begin, ends.at(i), owner);
            begin = ends.at(i);
            const bool last = i + 1 == ends.size();
            // The first slice at once (the reader starts appending), then about
            // every 30 ms: few deliveries, none long in coming.
            if (last || i == 0 || sincePost.elapsed() >= 30) {
                post(batch, last);
                batch.clear();
                sincePost.restart();
            }
        }
        if (ends.isEmpty())
            post({}, true);
    }));
    return ticket;
}

void HtmlPreparer::cancel()
{
    ++*m_latest;
}

} // namespace carteiro
