// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/TranscriptPane.h"

#include "inspector/ExplanationPanel.h"
#include "inspector/TraceFilterProxy.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptDelegate.h"
#include "inspector/TranscriptExport.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace carteiro {

TranscriptPane::TranscriptPane(TraceHub *hub, QWidget *parent) : QWidget(parent)
{
    m_model = new TraceModel(this);
    m_proxy = new TraceFilterProxy(this);
    // At the row bound the oldest rows go first. Decided before the proxy and the
    // view react (so connected before them): a current row among those removed
    // moves to the next one and autoScroll would jump there, away from the tail.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followTail = bar->value() >= bar->maximum();
        m_view->setAutoScroll(false);
    });
    m_proxy->setTraceModel(m_model);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setAccessibleName(tr("Protocol transcript"));
    m_view->setModel(m_proxy);
    // A flat model, no ResizeToContents; rows are uniform unless lines wrap
    // (setWrapLines), and then only over-wide rows are measured (TranscriptDelegate).
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_delegate = new TranscriptDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(TraceModel::TextColumn, 560);
    m_view->viewport()->installEventFilter(this);
    // Wrapped rows take their height from the column width: lay out again when it changes.
    m_relayoutTimer = new QTimer(this);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(50);
    connect(m_relayoutTimer, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (m_delegate->wrapping() && (column == TraceModel::TextColumn || column == TraceModel::MeaningColumn))
            m_relayoutTimer->start();
    });

    m_status = new QLabel(this);
    buildToolBar();
    buildActionsBar();
    buildUndoBar();
    m_connectionTabs = new QTabBar(this);
    m_connectionTabs->setObjectName(QStringLiteral("connectionTabs"));
    m_connectionTabs->setExpanding(false);
    m_connectionTabs->setUsesScrollButtons(true);
    m_connectionTabs->setDocumentMode(true);
    m_connectionTabs->setElideMode(Qt::ElideMiddle);
    connect(m_connectionTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            showConnection(m_connectionTabs->tabData(index).toUInt());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_actionsBar);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_connectionTabs);
    // The selected row's full explanation under the view; the splitter lets a
    // class give it more room.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("transcriptSplitter"));
    split->setChildrenCollapsible(false);
    m_explanation = new ExplanationPanel(split);
    m_explanation->attach(m_view);
    split->addWidget(m_view);
    split->addWidget(m_explanation);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    // Keep following the newest line only while the user is at the bottom.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followTail = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { // after the proxy's own handler
        m_view->setAutoScroll(true);
        if (m_followTail)
            m_view->scrollToBottom();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_view->scrollToBottom();
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TranscriptPane::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TranscriptPane::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TranscriptPane::updateStatus);
    connect(m_model, &TraceModel::connectionsChanged, this, [this] {
        refreshConnections();
        followNewest(); // with the boxes no longer blocked: the filter follows the tab
    });
    connect(m_view, &QAbstractItemView::activated, this, &TranscriptPane::onActivated);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &TranscriptPane::onActivated);

    m_model->setHub(hub);
    refreshConnections();
    followNewest();
    setWrapLines(true);
    fitColumns();
    updateStatus();
}

void TranscriptPane::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("transcriptToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_connectionBox = new QComboBox(m_toolBar);
    m_connectionBox->setToolTip(tr("Show one connection or all of them"));
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_toolBar->addWidget(m_connectionBox);
    connect(m_connectionBox, &QComboBox::currentIndexChanged, this, &TranscriptPane::applyConnectionFilter);

    m_protocolBox = new QComboBox(m_toolBar);
    m_protocolBox->setToolTip(tr("Show one protocol or all of them"));
    m_protocolBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_protocolBox->addItem(tr("All protocols"), -1);
    for (const Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3})
        m_protocolBox->addItem(QString::fromLatin1(protocolName(p)), int(p));
    m_toolBar->addWidget(m_protocolBox);
    connect(m_protocolBox, &QComboBox::currentIndexChanged, this, &TranscriptPane::applyProtocolFilter);

    m_search = new QLineEdit(m_toolBar);
    m_search->setPlaceholderText(tr("Search (e.g. RCPT, 250, TLS)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the transcript"));
    // Bounded so that the buttons after it keep their full labels.
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(360);
    m_toolBar->addWidget(m_search);
    // Typing is debounced: one refilter when the user pauses, not one per key.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &TranscriptPane::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        findNext();
    });

    QAction *prev = m_toolBar->addAction(tr("Previous"), this, &TranscriptPane::findPrevious);
    prev->setToolTip(tr("Previous match (Shift+F3)"));
    prev->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    prev->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *next = m_toolBar->addAction(tr("Next"), this, &TranscriptPane::findNext);
    next->setToolTip(tr("Next match (F3)"));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_narrowAction = m_toolBar->addAction(tr("Only matches"));
    m_narrowAction->setCheckable(true);
    m_narrowAction->setChecked(true);
    m_narrowAction->setToolTip(tr("Show only the rows that match the search; off: highlight them in context"));
    connect(m_narrowAction, &QAction::toggled, m_proxy, &TraceFilterProxy::setSearchNarrows);
}

void TranscriptPane::buildActionsBar()
{
    // A row of its own, Export and Clear first: the filter row may overflow
    // into its » menu on a narrow or projector-sized inspector, these do not.
    m_actionsBar = new QToolBar(this);
    m_actionsBar->setObjectName(QStringLiteral("transcriptActionsBar"));
    m_actionsBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(tr("Text (C: / S: lines, with explanations)..."), this,
                          &TranscriptPane::exportTextWithDialog)
        ->setObjectName(QStringLiteral("exportTextAction"));
    exportMenu->addAction(tr("HTML page..."), this, &TranscriptPane::exportHtmlWithDialog)
        ->setObjectName(QStringLiteral("exportHtmlAction"));
    m_exportAction = new QAction(tr("Export"), this);
    m_exportAction->setToolTip(tr("Save the rows shown as text or as an HTML page"));
    m_exportAction->setMenu(exportMenu);
    connect(m_exportAction, &QAction::triggered, this, &TranscriptPane::exportTextWithDialog);
    m_actionsBar->addAction(m_exportAction);
    if (auto *button = qobject_cast<QToolButton *>(m_actionsBar->widgetForAction(m_exportAction)))
        button->setPopupMode(QToolButton::MenuButtonPopup);

    m_clearAction = m_actionsBar->addAction(tr("Clear"), this, &TranscriptPane::clearView);
    m_clearAction->setToolTip(tr("Empty the view (new events keep coming); it can be undone"));

    QAction *copy = m_actionsBar->addAction(tr("Copy"), this, &TranscriptPane::copySelection);
    copy->setToolTip(tr("Copy the selected rows as C: / S: text"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);
    m_actionsBar->addSeparator();

    m_followAction = m_actionsBar->addAction(tr("Follow newest connection"));
    m_followAction->setCheckable(true);
    m_followAction->setToolTip(tr("Switch to each new connection as it opens"));
    connect(m_followAction, &QAction::toggled, this, &TranscriptPane::setFollowNewestConnection);
    m_wrapAction = m_actionsBar->addAction(tr("Wrap long lines"));
    m_wrapAction->setCheckable(true);
    m_wrapAction->setChecked(true);
    m_wrapAction->setToolTip(tr("Long lines wrap onto several rows instead of being cut"));
    connect(m_wrapAction, &QAction::toggled, this, &TranscriptPane::setWrapLines);
}

void TranscriptPane::buildUndoBar()
{
    m_undoBar = new QFrame(this);
    m_undoBar->setObjectName(QStringLiteral("transcriptUndoBar"));
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    m_undoBar->setAutoFillBackground(true);
    QPalette pal = m_undoBar->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    m_undoBar->setPalette(pal);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setWordWrap(true);
    auto *undo = new QToolButton(m_undoBar);
    undo->setObjectName(QStringLiteral("undoClearButton"));
    undo->setText(tr("Undo"));
    connect(undo, &QToolButton::clicked, this, &TranscriptPane::undoClear);
    auto *close = new QToolButton(m_undoBar);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close this notice"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, m_undoBar, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_undoBar);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_undoLabel, 1);
    layout->addWidget(undo);
    layout->addWidget(close);
    m_undoBar->hide();
}

void TranscriptPane::refreshConnections()
{
    const quint32 current = m_connectionBox->currentData().toUInt();
    const QSignalBlocker block(m_connectionBox);
    m_connectionBox->clear();
    m_connectionBox->addItem(tr("All connections"), 0u);
    for (const TraceConnectionInfo &c : m_model->connections())
        m_connectionBox->addItem(m_model->connectionLabel(c.id), c.id);
    const int idx = m_connectionBox->findData(current);
    m_connectionBox->setCurrentIndex(idx < 0 ? 0 : idx);

    const QSignalBlocker blockTabs(m_connectionTabs);
    while (m_connectionTabs->count() > 0)
        m_connectionTabs->removeTab(0);
    m_connectionTabs->addTab(tr("All"));
    m_connectionTabs->setTabData(0, 0u);
    m_connectionTabs->setTabToolTip(0, tr("Every connection, in time order"));
    for (const TraceConnectionInfo &c : m_model->connections()) {
        // Short on the tab ("IMAP #3"), the whole label ("imaps://host:993 (bob)") on hover.
        const int tab = m_connectionTabs->addTab(
            tr("%1 #%2").arg(QString::fromLatin1(protocolName(c.protocol))).arg(c.id));
        m_connectionTabs->setTabData(tab, c.id);
        m_connectionTabs->setTabToolTip(tab, m_model->connectionLabel(c.id));
    }
    m_connectionTabs->setCurrentIndex(idx < 0 ? 0 : idx); // same order as the box
}

void TranscriptPane::followNewest()
{
    quint32 newest = 0;
    for (const TraceConnectionInfo &c : m_model->connections())
        newest = std::max(newest, c.id);
    const bool opened = newest > m_newestSeen;
    m_newestSeen = std::max(m_newestSeen, newest);
    if (opened && m_followAction && m_followAction->isChecked())
        showConnection(newest);
}

void TranscriptPane::setFollowNewestConnection(bool on)
{
    if (m_followAction->isChecked() != on) {
        m_followAction->setChecked(on); // comes back here through toggled
        return;
    }
    if (on && m_newestSeen > 0)
        showConnection(m_newestSeen);
}

void TranscriptPane::setWrapLines(bool on)
{
    if (m_wrapAction->isChecked() != on) {
        m_wrapAction->setChecked(on);
        return;
    }
    m_delegate->setWrapping(on);
    // Uniform rows are the fast path; wrapped rows need their own heights.
    m_view->setUniformRowHeights(!on);
    m_view->setWordWrap(on);
    m_view->setTextElideMode(on ? Qt::ElideNone : Qt::ElideRight);
    if (on)
        fitTextColumn();
    m_view->doItemsLayout();
}

void TranscriptPane::fitColumns()
{
    // Measured from the fonts the rows use, not from every row (no ResizeToContents).
    const QFontMetrics rows(m_model->baseFont());
    const QFontMetrics header(m_view->header()->font());
    const int pad = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) +
                    header.horizontalAdvance(QLatin1Char('M'));
    const auto width = [&](const QStringList &samples, const QString &title) {
        int w = header.horizontalAdvance(title);
        for (const QString &sample : samples)
            w = std::max(w, rows.horizontalAdvance(sample));
        return w + pad;
    };
    QStringList connections{tr("#%1 %2").arg(999).arg(QStringLiteral("POP3"))};
    for (const TraceConnectionInfo &c : m_model->connections())
        connections << tr("#%1 %2").arg(c.id).arg(QString::fromLatin1(protocolName(c.protocol)));
    m_view->setColumnWidth(TraceModel::TimeColumn,
                           width({QLocale().toString(99999.9, 'f', 1)},
                                 m_model->headerData(TraceModel::TimeColumn, Qt::Horizontal).toString()));
    m_view->setColumnWidth(TraceModel::ConnectionColumn,
                           width(connections, m_model->headerData(TraceModel::ConnectionColumn, Qt::Horizontal).toString()));
    m_view->setColumnWidth(TraceModel::DirectionColumn,
                           width({QStringLiteral("C"), QStringLiteral("S"), QStringLiteral("*")},
                                 m_model->headerData(TraceModel::DirectionColumn, Qt::Horizontal).toString()));
    if (m_delegate->wrapping())
        fitTextColumn();
    else
        m_view->setColumnWidth(TraceModel::TextColumn, std::max(rows.horizontalAdvance(QString(64, QLatin1Char('M'))),
                                                                m_view->columnWidth(TraceModel::TextColumn)));
}

void TranscriptPane::fitTextColumn()
{
    int fixed = 0;
    for (const int column : {TraceModel::TimeColumn, TraceModel::ConnectionColumn, TraceModel::DirectionColumn})
        fixed += m_view->isColumnHidden(column) ? 0 : m_view->columnWidth(column);
    const int rest = m_view->viewport()->width() - fixed;
    const int minimum = QFontMetrics(m_model->baseFont()).horizontalAdvance(QString(20, QLatin1Char('M')));
    m_view->setColumnWidth(TraceModel::TextColumn, std::max(minimum, rest * 3 / 5)); // Meaning stretches over the rest
    m_relayoutTimer->start();
}

bool TranscriptPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_delegate->wrapping())
        fitTextColumn();
    return QWidget::eventFilter(watched, event);
}

void TranscriptPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns();
}

bool TranscriptPane::showConnection(quint32 connection)
{
    const int idx = m_connectionBox->findData(connection);
    if (idx < 0)
        return false;
    m_connectionBox->setCurrentIndex(idx); // applies the filter
    const QSignalBlocker block(m_connectionTabs);
    m_connectionTabs->setCurrentIndex(idx);
    return true;
}

void TranscriptPane::applyConnectionFilter()
{
    if (m_connectionTabs && m_connectionTabs->currentIndex() != m_connectionBox->currentIndex()) {
        const QSignalBlocker block(m_connectionTabs);
        m_connectionTabs->setCurrentIndex(m_connectionBox->currentIndex());
    }
    m_proxy->setConnectionFilter(m_connectionBox->currentData().toUInt());
    updateStatus();
}

void TranscriptPane::applySearch()
{
    m_searchTimer->stop();
    m_proxy->setSearchText(m_search->text());
    updateStatus();
}

void TranscriptPane::applyProtocolFilter()
{
    const int p = m_protocolBox->currentData().toInt();
    m_proxy->setProtocolFilter(p < 0 ? std::nullopt : std::optional<Protocol>(Protocol(p)));
    updateStatus();
}

QList<TraceEvent> TranscriptPane::visibleEvents() const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return m_model->events(rows);
}

QList<TraceEvent> TranscriptPane::selectedEvents() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows.append(m_proxy->mapToSource(i).row());
    return m_model->events(rows);
}

QString TranscriptPane::selectedTranscript() const
{
    return QString::fromUtf8(TranscriptExport::toText(selectedEvents(), false));
}

void TranscriptPane::resetFilters()
{
    // Through the widgets, so that the toolbar never disagrees with the proxy.
    m_connectionBox->setCurrentIndex(0);
    m_protocolBox->setCurrentIndex(0);
    m_search->clear();
    applySearch();
}

bool TranscriptPane::revealEvent(quint64 eventId)
{
    m_model->flushPending();
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->event(row).id != eventId)
            continue;
        QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TraceModel::TextColumn));
        if (!index.isValid()) { // hidden by a filter: the event matters more than the filter
            resetFilters();
            index = m_proxy->mapFromSource(m_model->index(row, TraceModel::TextColumn));
        }
        m_view->setCurrentIndex(index);
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return true;
    }
    return false;
}

void TranscriptPane::copySelection()
{
    const QString text = selectedTranscript();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

bool TranscriptPane::exportText(const QString &path, QString *error, bool timestamps, bool explanations) const
{
    return TranscriptExport::writeFile(path, TranscriptExport::toText(visibleEvents(), timestamps, explanations),
                                       error);
}

bool TranscriptPane::exportHtml(const QString &path, QString *error) const
{
    return TranscriptExport::writeFile(
        path, TranscriptExport::toHtml(visibleEvents(), tr("Carteiro protocol transcript")), error);
}

void TranscriptPane::exportTextWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export transcript as text"),
                                                      QStringLiteral("transcript.txt"),
                                                      tr("Text files (*.txt);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !exportText(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TranscriptPane::exportHtmlWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export transcript as HTML"),
                                                      QStringLiteral("transcript.html"),
                                                      tr("HTML pages (*.html *.htm);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !exportHtml(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TranscriptPane::clearView()
{
    m_model->flushPending();
    const int rows = m_model->rowCount();
    m_model->clear();
    if (rows > 0) {
        m_undoLabel->setText(tr("%n row(s) cleared from the view.", nullptr, rows));
        m_undoBar->show();
    }
    updateStatus();
}

bool TranscriptPane::undoClear()
{
    m_undoBar->hide();
    const bool restored = m_model->undoClear();
    updateStatus();
    return restored;
}

void TranscriptPane::find(bool forward)
{
    applySearch(); // a search still being typed counts
    const QModelIndex current = m_view->currentIndex();
    const int from = current.isValid() ? current.row() : (forward ? -1 : m_proxy->rowCount());
    const int row = m_proxy->findMatch(from, forward);
    if (row < 0)
        return;
    const QModelIndex target = m_proxy->index(row, TraceModel::TextColumn);
    m_view->setCurrentIndex(target);
    m_view->selectionModel()->select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(target, QAbstractItemView::PositionAtCenter);
}

void TranscriptPane::findNext() { find(true); }
void TranscriptPane::findPrevious() { find(false); }

void TranscriptPane::updateStatus()
{
    QString text = tr("%n row(s) shown", nullptr, m_proxy->rowCount());
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" of %1").arg(m_model->rowCount());
    if (m_model->droppedRows() > 0)
        text += tr("; %n older row(s) dropped (export keeps what is shown)", nullptr,
                   int(std::min<qint64>(m_model->droppedRows(), INT_MAX)));
    m_status->setText(text);
}

void TranscriptPane::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (m_proxy->data(index, TraceModel::KindRole).toInt() == int(TraceKind::BodySummary))
        Q_EMIT bodyRowActivated();
}

} // namespace carteiro
