// SPDX-License-Identifier: GPL-3.0-or-later
#include "journey/JourneyView.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace carteiro {

namespace {

// The course's colours: the programs people use, the servers, the mailbox.
QColor fillFor(JourneyStep::Role role)
{
    switch (role) {
    case JourneyStep::Role::Mua: return QColor(0xdc, 0xea, 0xfb);
    case JourneyStep::Role::Mta: return QColor(0xfd, 0xeb, 0xd0);
    case JourneyStep::Role::Mailbox: return QColor(0xd9, 0xf2, 0xdf);
    }
    return Qt::white;
}

QColor edgeFor(JourneyStep::Role role)
{
    switch (role) {
    case JourneyStep::Role::Mua: return QColor(0x2b, 0x6c, 0xb0);
    case JourneyStep::Role::Mta: return QColor(0xb9, 0x6b, 0x0a);
    case JourneyStep::Role::Mailbox: return QColor(0x2f, 0x85, 0x4a);
    }
    return Qt::black;
}

const QColor kAccent(0xc2, 0x18, 0x5b);
const QColor kInk(0x33, 0x33, 0x33);

QFont scaled(QFont f, double factor, bool bold = false)
{
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

JourneyView::JourneyView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("journeyView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("The message's journey"));
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void JourneyView::setJourney(const MessageJourney &journey)
{
    m_journey = journey;
    m_current = -1;
    layoutScene();
    setCurrentStep(m_journey.steps.isEmpty() ? -1 : 0);
}

void JourneyView::setCurrentStep(int step)
{
    if (step < -1 || step >= m_journey.steps.size())
        step = -1;
    if (step == m_current)
        return;
    m_current = step;
    update();
    Q_EMIT currentStepChanged(step);
}

QRectF JourneyView::arrowRect(int step) const
{
    return m_arrows.value(step);
}

QRectF JourneyView::nodeRect(int node) const
{
    return node >= 0 && node < m_nodes.size() ? m_nodes.at(node).rect : QRectF();
}

QString JourneyView::nodeTitle(int node) const
{
    return node >= 0 && node < m_nodes.size() ? m_nodes.at(node).name : QString();
}

QString JourneyView::arrowTop(const JourneyStep &s) const
{
    QString top = s.protocol.isEmpty() ? tr("?") : s.protocol;
    if (s.tlsKnown)
        top += QStringLiteral(" \u00b7 TLS"); // TLS protected this step
    return top;
}

QString JourneyView::arrowBottom(const JourneyStep &s) const
{
    if (!s.time.isValid())
        return tr("time unknown");
    QString text = QLocale().toString(s.time.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    if (s.hasDelay)
        text += s.clockSkew ? tr("  (%1 earlier!)").arg(formatDelay(-s.delayMs))
                            : tr("  (+%1)").arg(formatDelay(s.delayMs));
    return text;
}

void JourneyView::layoutScene()
{
    m_nodes.clear();
    m_arrows.clear();
    const QList<JourneyStep> &steps = m_journey.steps;
    if (!steps.isEmpty()) {
        m_nodes.append({steps.first().fromNode, QString(), steps.first().fromRole, {}});
        for (const JourneyStep &s : steps)
            m_nodes.append({s.toNode, s.toSoftware, s.toRole, {}});
    }
    const QFontMetricsF name(scaled(font(), 1.25, true));
    const QFontMetricsF small(scaled(font(), 0.9));
    const QFontMetricsF label(scaled(font(), 1.1, true));
    const double em = QFontMetricsF(font()).height();
    const double pad = em * 0.8;
    const double boxHeight = em * 4.6;
    const double top = em * 2.8; // room for the protocol labels above the arrows' line
    double x = pad * 1.5;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        const double width = std::max({em * 7.5, name.horizontalAdvance(n.name) + 2 * pad,
                                   small.horizontalAdvance(n.software) + 2 * pad,
                                   small.horizontalAdvance(roleName(n.role)) + 2 * pad});
        n.rect = QRectF(x, top, qMin(width, em * 18), boxHeight);
        x += n.rect.width();
        if (i < steps.size()) {
            const JourneyStep &s = steps.at(i);
            const double gap = std::max({em * 8.0, label.horizontalAdvance(arrowTop(s)) + 2 * pad,
                                     small.horizontalAdvance(arrowBottom(s)) + 2 * pad});
            m_arrows.append(QRectF(x, 0, gap, top + boxHeight + em * 2.6));
            x += gap;
        }
    }
    m_size = QSize(int(x + pad * 1.5), int(top + boxHeight + em * 3.2));
    updateGeometry();
    update();
}

QSize JourneyView::sizeHint() const
{
    return m_size.isEmpty() ? QSize(600, 200) : m_size;
}

QSize JourneyView::minimumSizeHint() const
{
    return sizeHint();
}

void JourneyView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    if (m_nodes.isEmpty()) {
        p.setPen(kInk);
        p.drawText(rect(), Qt::AlignCenter, tr("This message has no Received field, and Carteiro has no record of it."));
        return;
    }
    const double em = QFontMetricsF(font()).height();
    for (qsizetype i = 0; i < m_arrows.size(); ++i) {
        const JourneyStep &s = m_journey.steps.at(i);
        const QRectF band = m_arrows.at(i);
        const bool current = i == m_current;
        const double y = m_nodes.at(i).rect.center().y();
        const double x1 = band.left() + em * 0.3;
        const double x2 = band.right() - em * 0.3;
        const QColor colour = current ? kAccent : (s.problem.isEmpty() || s.kind != JourneyStep::Kind::Hop ? kInk : QColor(0x99, 0x99, 0x99));
        if (current) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xfc, 0xe4, 0xec));
            p.drawRoundedRect(band.adjusted(em * 0.15, em * 0.2, -em * 0.15, -em * 0.2), em * 0.4, em * 0.4);
        }
        QPen pen(colour, current ? em * 0.16 : em * 0.1);
        if (s.kind == JourneyStep::Kind::Retrieval)
            pen.setStyle(Qt::DashLine); // fetched by the reader, not pushed by a server
        p.setPen(pen);
        p.drawLine(QPointF(x1, y), QPointF(x2 - em * 0.5, y));
        QPainterPath head;
        head.moveTo(x2, y);
        head.lineTo(x2 - em * 0.7, y - em * 0.38);
        head.lineTo(x2 - em * 0.7, y + em * 0.38);
        head.closeSubpath();
        p.fillPath(head, colour);
        // The step's number in a disc on the line, as in the details list.
        const QRectF disc(band.center().x() - em * 0.6, y - em * 0.6, em * 1.2, em * 1.2);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(disc);
        p.setPen(Qt::white);
        p.setFont(scaled(font(), 0.85, true));
        p.drawText(disc, Qt::AlignCenter, QString::number(i + 1));
        p.setPen(colour);
        p.setFont(scaled(font(), 1.1, true));
        p.drawText(QRectF(band.left(), y - em * 2.1, band.width(), em * 1.3), Qt::AlignCenter, arrowTop(s));
        p.setFont(scaled(font(), 0.9));
        p.drawText(QRectF(band.left(), y + em * 0.8, band.width(), em * 1.2), Qt::AlignCenter, arrowBottom(s));
    }
    for (const Node &n : std::as_const(m_nodes)) {
        p.setPen(QPen(edgeFor(n.role), em * 0.1));
        p.setBrush(fillFor(n.role));
        p.drawRoundedRect(n.rect, em * 0.5, em * 0.5);
        const QRectF inner = n.rect.adjusted(em * 0.5, em * 0.35, -em * 0.5, -em * 0.35);
        p.setPen(edgeFor(n.role));
        p.setFont(scaled(font(), 0.85, true));
        p.drawText(inner, Qt::AlignHCenter | Qt::AlignTop, roleName(n.role).toUpper());
        p.setPen(kInk);
        p.setFont(scaled(font(), 1.25, true));
        const QFontMetricsF fm(p.font());
        p.drawText(inner, Qt::AlignCenter, fm.elidedText(n.name, Qt::ElideMiddle, inner.width()));
        p.setFont(scaled(font(), 0.9));
        p.drawText(inner, Qt::AlignHCenter | Qt::AlignBottom,
                   QFontMetricsF(p.font()).elidedText(n.software, Qt::ElideRight, inner.width()));
    }
}

int JourneyView::stepAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < m_arrows.size(); ++i)
        if (m_arrows.at(i).contains(point))
            return int(i);
    return -1;
}

void JourneyView::mousePressEvent(QMouseEvent *event)
{
    const int step = stepAt(event->position());
    if (step >= 0)
        setCurrentStep(step);
    QWidget::mousePressEvent(event);
}

void JourneyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Right && m_current + 1 < m_journey.steps.size()) {
        setCurrentStep(m_current + 1);
        return;
    }
    if (event->key() == Qt::Key_Left && m_current > 0) {
        setCurrentStep(m_current - 1);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool JourneyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int step = stepAt(help->pos());
        if (step >= 0) {
            const JourneyStep &s = m_journey.steps.at(step);
            QToolTip::showText(help->globalPos(),
                               s.time.isValid() ? QLocale().toString(s.time.toLocalTime(), QLocale::LongFormat)
                                                : tr("time unknown"),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void JourneyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        layoutScene(); // the projector scale changed
    QWidget::changeEvent(event);
}

} // namespace carteiro
