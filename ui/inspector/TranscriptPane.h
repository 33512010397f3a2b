#pragma once
// The Transcript tab: a toolbar (connection and protocol filters, search with
// next/previous, copy, export text/HTML, clear) over a flat view of TraceModel
// through TraceFilterProxy. Every toolbar action has a plain method beside it, so
// tests and the main window can drive it without dialogs.
#include "trace/TraceEvent.h"

#include <QWidget>

class QAction;
class QComboBox;
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

class TranscriptPane : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPane(TraceHub *hub, QWidget *parent = nullptr);

    TraceModel *model() const { return m_model; }
    TraceFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
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

    bool exportText(const QString &path, QString *error, bool timestamps = true) const;
    bool exportHtml(const QString &path, QString *error) const;

public Q_SLOTS:
    void copySelection();
    void findNext();
    void findPrevious();
    void clearView();
    void exportTextWithDialog();
    void exportHtmlWithDialog();

Q_SIGNALS:
    // A body summary row was activated: the message itself is in the MIME tab.
    void bodyRowActivated();

private:
    void buildToolBar();
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
