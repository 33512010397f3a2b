// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Capabilities tab: for one connection (SMTP, IMAP or POP3 alike), what the
// server offered before and after TLS side by side, which of it Carteiro used
// (and what was refused), each with its meaning and RFC, and the warnings that
// teach. It only shows a ConnectionAnalysis (core/trace/ConnectionAnalysis.h).
#include "inspector/ConnectionPanel.h"
#include "trace/ConnectionAnalysis.h"

class QLabel;
class QTreeWidget;

namespace carteiro {

class CapabilityPanel : public ConnectionPanel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        BeforeColumn,
        AfterColumn,
        UsedColumn,
        MeaningColumn,
        ColumnCount
    };

    explicit CapabilityPanel(TraceHub *hub, QWidget *parent = nullptr);

    const ConnectionAnalysis &analysis() const { return m_analysis; }
    QTreeWidget *table() const { return m_table; }
    QLabel *warningsLabel() const { return m_warnings; }
    // Everything shown, as text (tests; copy).
    QString plainText() const;

    static QString warningTitle(AnalysisWarning::Kind kind);

protected:
    void render(quint32 connection, const QList<TraceEvent> &events) override;

private:
    QString summaryText() const;

    QLabel *m_summary = nullptr;
    QLabel *m_warnings = nullptr;
    QTreeWidget *m_table = nullptr;
    ConnectionAnalysis m_analysis;
};

} // namespace carteiro
