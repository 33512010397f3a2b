// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/CapabilityPanel.h"

#include "inspector/TranscriptDelegate.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace carteiro {

namespace {
QString yes(const QString &params)
{
    return params.isEmpty() ? QStringLiteral("✓") : QStringLiteral("✓ ") + params;
}
} // namespace

CapabilityPanel::CapabilityPanel(TraceHub *hub, QWidget *parent) : ConnectionPanel(hub, parent)
{
    setObjectName(QStringLiteral("capabilityPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("capabilitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("capabilityWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_warnings->setOpenExternalLinks(true);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(4);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("capabilityTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    // A few dozen rows: meanings wrap (projector) instead of being cut.
    m_table->setUniformRowHeights(false);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setItemDelegate(new TranscriptDelegate(m_table, {UsedColumn, MeaningColumn}));
    connect(m_table->header(), &QHeaderView::sectionResized, m_table, [this](int column) {
        if (column == UsedColumn || column == MeaningColumn)
            m_table->doItemsLayout();
    });
    m_table->setAlternatingRowColors(true);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);

    body()->addWidget(m_summary);
    body()->addWidget(m_warnings);
    body()->addWidget(m_table, 1);
    refresh();
}

QString CapabilityPanel::warningTitle(AnalysisWarning::Kind kind)
{
    using K = AnalysisWarning::Kind;
    switch (kind) {
    case K::AuthBeforeTls:
        return tr("Authentication offered before TLS");
    case K::CredentialsWithoutTls:
        return tr("Credentials sent without TLS");
    case K::StartTlsMissing:
        return tr("No STARTTLS");
    case K::SizeBelowMessage:
        return tr("Message larger than SIZE");
    case K::LoginDisabled:
        return tr("LOGINDISABLED");
    case K::ExtensionRefused:
        return tr("Offered but refused");
    }
    return {};
}

QString CapabilityPanel::summaryText() const
{
    const ConnectionAnalysis &a = m_analysis;
    if (a.connection == 0)
        return tr("No connection yet: capabilities appear when Carteiro (or the console) talks to "
                  "a server.");
    QStringList lines;
    lines << connectionTitle(a.connection);
    if (!a.greeting.isEmpty())
        lines << tr("Greeting: %1").arg(a.greeting);
    switch (a.tlsMode) {
    case TlsMode::Implicit:
        lines << tr("Implicit TLS: encrypted from the first byte, so there is no list before TLS.");
        break;
    case TlsMode::StartTls:
        lines << tr(
            "STARTTLS: the list before TLS was sent in clear text and is asked again inside TLS.");
        break;
    case TlsMode::Unknown:
        if (!a.tlsEstablished)
            lines << tr("No TLS on this connection: everything travels in clear text.");
        break;
    }
    if (a.capabilities.isEmpty())
        lines << tr("The server has not listed its capabilities yet.");
    return lines.join(QLatin1Char('\n'));
}

void CapabilityPanel::render(quint32 connection, const QList<TraceEvent> &events)
{
    m_analysis =
        connection ? ConnectionAnalyzer::analyze(events, connection) : ConnectionAnalysis{};
    m_analysis.connection = connection;
    m_summary->setText(summaryText());

    QString html;
    for (const AnalysisWarning &w : std::as_const(m_analysis.warnings)) {
        html += QStringLiteral("<p>⚠ <b>") + warningTitle(w.kind).toHtmlEscaped() +
                QStringLiteral("</b>: ") + w.text.toHtmlEscaped();
        if (!w.source.isEmpty())
            html += QStringLiteral(" <i>(") + w.source.toHtmlEscaped() + QStringLiteral(")</i>");
        html += QStringLiteral("</p>");
    }
    m_warnings->setText(html);
    m_warnings->setVisible(!html.isEmpty());

    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor usedColour = dark ? QColor(0x8f, 0xe3, 0xc0) : QColor(0x00, 0x5a, 0x3c);
    const QColor refusedColour = dark ? QColor(0xff, 0x9e, 0x9e) : QColor(0x9b, 0x00, 0x00);
    m_table->clear();
    m_table->setHeaderLabels({tr("Capability"), tr("Before TLS"), tr("After TLS"),
                              tr("Used by Carteiro"),
                              tr("Meaning")}); // here: a language switch re-renders
    const bool before = m_analysis.sawListBeforeTls;
    const bool after = m_analysis.sawListAfterTls;
    m_table->setColumnHidden(BeforeColumn, !before && after);
    m_table->setColumnHidden(AfterColumn, !after && before);
    for (const OfferedCapability &c : std::as_const(m_analysis.capabilities)) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(NameColumn, c.name);
        item->setText(BeforeColumn, c.beforeTls ? yes(c.paramsBeforeTls) : QStringLiteral("—"));
        item->setText(AfterColumn, c.afterTls ? yes(c.paramsAfterTls) : QStringLiteral("—"));
        QString used;
        if (c.refused) {
            used = tr("refused: %1").arg(c.refusal);
            item->setForeground(UsedColumn, refusedColour);
        } else if (c.used) {
            used = c.name == QLatin1String("PIPELINING")
                       ? tr("yes, %1 commands in flight").arg(c.usedDetail)
                   : c.usedDetail.isEmpty() ? tr("yes")
                                            : tr("yes: %1").arg(c.usedDetail);
            item->setForeground(UsedColumn, usedColour);
        }
        if (c.used && !c.offered)
            used += QLatin1Char(' ') + tr("(not offered)");
        item->setText(UsedColumn, used);
        if (!c.usedBy.isEmpty())
            item->setToolTip(UsedColumn, tr("First used by: %1").arg(c.usedBy));
        const CapabilityExplanation &x = c.explanation;
        QString meaning = x.text;
        if (!x.source.isEmpty())
            meaning += (meaning.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(') +
                       x.source + QLatin1Char(')');
        item->setText(MeaningColumn, meaning);
        if (!x.link.isEmpty())
            item->setToolTip(MeaningColumn, x.link.toString());
        if (c.used) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
    }
    for (int col = 0; col < MeaningColumn; ++col)
        m_table->resizeColumnToContents(col);
}

QString CapabilityPanel::plainText() const
{
    QStringList out;
    out << m_summary->text();
    for (const AnalysisWarning &w : m_analysis.warnings)
        out << QStringLiteral("! ") + warningTitle(w.kind) + QStringLiteral(": ") + w.text +
                   QStringLiteral(" (") + w.source + QLatin1Char(')');
    QStringList header;
    for (int col = 0; col < ColumnCount; ++col)
        header << m_table->headerItem()->text(col);
    out << header.join(QLatin1Char('\t'));
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        QStringList cells;
        for (int col = 0; col < ColumnCount; ++col)
            cells << m_table->topLevelItem(row)->text(col);
        out << cells.join(QLatin1Char('\t'));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace carteiro
