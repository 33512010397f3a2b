// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Transcript tab: a toolbar (connection and protocol filters, search with
// next/previous) and a second row of actions that stays visible at any width
// (export, clear with undo, copy, follow the newest connection, wrap long
// lines) over a flat view of TraceModel through TraceFilterProxy. Every toolbar
// action has a plain method beside it, so tests and the main window can drive it
// without dialogs.
#include "trace/TraceEvent.h"

#include <QWidget>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QTabBar;
class QTimer;
class QToolBar;
class QTreeView;

namespace carteiro {

class ExplanationPanel;
class TraceFilterProxy;
class TraceHub;
class TraceModel;
class TranscriptDelegate;

class TranscriptPane : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPane(TraceHub *hub, QWidget *parent = nullptr);

    TraceModel *model() const { return m_model; }
    TraceFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    // The second row: Export, Clear first so that a narrow inspector keeps them.
    QToolBar *actionsBar() const { return m_actionsBar; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *clearAction() const { return m_clearAction; }
    QAction *followNewestAction() const { return m_followAction; }
    QAction *wrapAction() const { return m_wrapAction; }
    // "N rows cleared [Undo]": shown after clearView() until undone or closed.
    QFrame *undoBar() const { return m_undoBar; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *connectionBox() const { return m_connectionBox; }
    QComboBox *protocolBox() const { return m_protocolBox; }
    // One tab per connection ("All" first): each SMTP/IMAP/POP3 connection has its
    // own transcript a click away; kept in step with connectionBox().
    QTabBar *connectionTabs() const { return m_connectionTabs; }
    // The full explanation of the current row, under the view.
    ExplanationPanel *explanationPanel() const { return m_explanation; }
    // Shows only this connection's transcript (0: all); false when unknown.
    bool showConnection(quint32 connection);

    // Events of the rows shown (filtered), or of the selected rows only.
    QList<TraceEvent> visibleEvents() const;
    QList<TraceEvent> selectedEvents() const;
    // The selected rows as "C: ..." / "S: ..." text (what Copy puts on the clipboard).
    QString selectedTranscript() const;

    // Back to every connection, every protocol, no search (toolbar included).
    void resetFilters();
    // Selects and centres the row of one event (a failing reply, say), resetting
    // filters that hide it; false while the event has not reached the model yet.
    bool revealEvent(quint64 eventId);

    // With explanations, each explained line is followed by its "*: meaning" line
    // (the form of the CLI's --explain).
    bool exportText(const QString &path, QString *error, bool timestamps = true, bool explanations = true) const;
    bool exportHtml(const QString &path, QString *error) const;

public Q_SLOTS:
    void copySelection();
    void findNext();
    void findPrevious();
    void clearView();
    // Puts the rows of the last Clear back; false when there is nothing to undo.
    bool undoClear();
    // Switch to each new connection as it opens (and to the newest now).
    void setFollowNewestConnection(bool on);
    // Long lines wrap (rows grow) or are cut with an ellipsis (uniform rows).
    void setWrapLines(bool on);
    // Time, connection and direction columns as wide as their text in the current
    // font; with wrapping, Line and Meaning share the rest of the width (3:2), so
    // that nothing is cut at the right edge.
    void fitColumns();
    void exportTextWithDialog();
    void exportHtmlWithDialog();

Q_SIGNALS:
    // A body summary row was activated: the message itself is in the MIME tab.
    void bodyRowActivated();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolBar();
    void buildActionsBar();
    void buildUndoBar();
    void followNewest();
    void fitTextColumn();
    void refreshConnections();
    void applyConnectionFilter();
    void applyProtocolFilter();
    void applySearch();
    void find(bool forward);
    void updateStatus();
    void onActivated(const QModelIndex &index);

    TraceModel *m_model = nullptr;
    TraceFilterProxy *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_actionsBar = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_wrapAction = nullptr;
    QFrame *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    TranscriptDelegate *m_delegate = nullptr;
    QTimer *m_relayoutTimer = nullptr;
    quint32 m_newestSeen = 0;
    QComboBox *m_connectionBox = nullptr;
    QTabBar *m_connectionTabs = nullptr;
    QComboBox *m_protocolBox = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_narrowAction = nullptr;
    QLabel *m_status = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    bool m_followTail = true;
};

} // namespace carteiro
