// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Prepares a long HTML body for the reader on a worker thread: the HTML is cut
// into slices at tag boundaries outside any table, list, div or quote (so that
// each slice stands on its own), each slice is made safe
// (SafeTextBrowser::neutralise) and parsed there into a QTextDocument of its
// own (which loads nothing), with the page's <style> rules; the document is
// then handed to the GUI thread. The GUI thread only inserts the finished
// fragments, a few per turn of the event loop (SafeTextBrowser), so a 10 MB
// HTML body never stalls the window. prepared() brings them back in batches as
// they are made; a request that is no longer the newest (cancel(), a newer
// start()) stops at its next slice and its batches are dropped.
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QTextDocument;
class QThread;

namespace carteiro {

struct HtmlSlice
{
    std::shared_ptr<QTextDocument> document; // the slice, sanitised and parsed (the GUI thread's)
    qsizetype sourceEnd = 0;        // where the slice ends in the HTML given to start()
    int remoteReferences = 0;       // blocked remote references in it
    bool hasFrames = false;         // tables: inserting it makes QTextDocument rescan all its frames
};

class HtmlPreparer : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kSliceChars = 4 * 1024; // HTML source per slice (about)

    explicit HtmlPreparer(QObject *parent = nullptr);
    ~HtmlPreparer() override;

    // Starts preparing html from offset `from` (a tag boundary: 0, a headCut(),
    // or an earlier slice's sourceEnd) to `until` (-1: its end); returns the
    // request's ticket. An earlier request still running is dropped.
    quint64 start(qint64 messageId, const QString &html, qsizetype from, qsizetype until = -1);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    int droppedCount() const { return m_dropped; }
    // The thread that parsed the last slice (tests: never the GUI thread).
    static QThread *lastPreparingThread();

    // Where the first maxChars of html may be cut: the last tag boundary
    // outside containers in its second half, else the last tag start (never
    // inside a script or style). html.size() when it is not longer than maxChars.
    static qsizetype headCut(const QString &html, qsizetype maxChars);
    // The slice ends from `from` to `until`, each about sliceChars long (the last is until).
    static QList<qsizetype> sliceEnds(const QString &html, qsizetype from, qsizetype until, qsizetype sliceChars);
    // The <style> elements of html before `before`, to parse every slice with.
    static QString styleElements(const QString &html, qsizetype before);
    // One slice, on the calling thread (what the worker runs for each); its
    // document is moved to `owner` (the GUI thread), which then may use it.
    static HtmlSlice prepareSlice(const QString &styles, const QString &html, qsizetype begin, qsizetype end,
                                  QThread *owner);

Q_SIGNALS:
    // A batch of slices in order; last is true for the final batch of the request.
    void prepared(quint64 ticket, qint64 messageId, const QList<carteiro::HtmlSlice> &slices, bool last);
    // A request was dropped or finished: nothing more comes for it.
    void idle();

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pending = 0; // batches posted and not yet delivered, plus running requests
    int m_dropped = 0;
};

} // namespace carteiro
