// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/ExplanationPanel.h"

#include "inspector/TraceModel.h"

#include <QAbstractItemView>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace carteiro {

ExplanationPanel::ExplanationPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("explanationPanel"));
    m_line = new QLabel(this);
    m_line->setObjectName(QStringLiteral("explanationLine"));
    m_line->setTextFormat(Qt::PlainText);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("explanationText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("explanationDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A CAPABILITY line explains forty atoms: the detail scrolls.
    m_detailArea = new QScrollArea(this);
    m_detailArea->setWidget(m_detail);
    m_detailArea->setWidgetResizable(true);
    m_detailArea->setFrameShape(QFrame::NoFrame);
    m_detailArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("explanationSource"));
    m_source->setTextFormat(Qt::RichText);
    m_source->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_source->setOpenExternalLinks(false); // openLink(): one path, testable
    connect(m_source, &QLabel::linkActivated, this, [this] { openLink(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_line);
    layout->addWidget(m_text);
    layout->addWidget(m_detailArea, 1);
    layout->addWidget(m_source);
    clear();
}

void ExplanationPanel::attach(QAbstractItemView *view)
{
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showIndex(current); });
    // A reset (clear, filter) leaves no current row to explain.
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ExplanationPanel::clear);
}

void ExplanationPanel::showIndex(const QModelIndex &index)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    const QString key = index.data(TraceModel::ExplanationKeyRole).toString();
    setExplanation(index.data(TraceModel::ExportLineRole).toString(),
                   key.isEmpty() ? LineExplanation{} : LineExplainer::fromKey(key));
}

void ExplanationPanel::setExplanation(const QString &line, const LineExplanation &explanation)
{
    m_explanation = explanation;
    m_line->setText(line);
    m_line->setVisible(!line.isEmpty());
    m_text->setText(explanation.text.isEmpty() ? tr("Nothing to explain on this row.")
                                               : explanation.text);
    m_detail->setText(explanation.detail);
    m_detailArea->setVisible(!explanation.detail.isEmpty());
    if (explanation.link.isValid()) {
        m_source->setText(tr("Source: <a href=\"%1\">%2</a>")
                              .arg(explanation.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                   explanation.source.toHtmlEscaped()));
        m_source->setToolTip(tr("Open %1 in the browser").arg(explanation.link.toString()));
    } else {
        m_source->setText(explanation.source.isEmpty()
                              ? QString()
                              : tr("Source: %1").arg(explanation.source.toHtmlEscaped()));
        m_source->setToolTip({});
    }
    m_source->setVisible(!explanation.source.isEmpty());
}

void ExplanationPanel::clear()
{
    m_explanation = {};
    m_line->clear();
    m_line->hide();
    m_text->setText(tr("Select a row to see what it means."));
    m_detail->clear();
    m_detailArea->hide();
    m_source->clear();
    m_source->hide();
}

QSize ExplanationPanel::minimumSizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    return {QWidget::minimumSizeHint().width(), 5 * line};
}

QSize ExplanationPanel::sizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    return {QWidget::sizeHint().width(), 9 * line};
}

QString ExplanationPanel::shownText() const
{
    return m_text->text();
}

QString ExplanationPanel::shownDetail() const
{
    return m_detail->text();
}

void ExplanationPanel::openLink()
{
    if (!m_explanation.link.isValid())
        return;
    QDesktopServices::openUrl(m_explanation.link);
    Q_EMIT linkOpened(m_explanation.link);
}

} // namespace carteiro
