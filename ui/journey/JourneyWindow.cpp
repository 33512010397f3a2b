// SPDX-License-Identifier: GPL-3.0-or-later
#include "journey/JourneyWindow.h"

#include "journey/JourneyView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace carteiro {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString whenText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.toString(QStringLiteral("HH:mm:ss t"));
}

} // namespace

JourneyWindow::JourneyWindow(QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_title(new QLabel(this)),
      m_status(new QLabel(this)),
      m_view(new JourneyView(this)),
      m_details(new QTextBrowser(this)),
      m_claims(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("journeyWindow"));
    setWindowTitle(tr("Journey of the message"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_title->setObjectName(QStringLiteral("journeyTitle"));
    m_title->setTextFormat(Qt::PlainText); // the subject is the sender's text
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    auto *hint = new QLabel(tr("Oldest first: from the sender's program (MUA) through the mail servers (MTA) to "
                               "the mailbox and the reader's program. Click a step to see the header line it "
                               "was read from."),
                            this);
    hint->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("journeyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(false);
    scroll->setAlignment(Qt::AlignCenter);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setBackgroundRole(QPalette::Base);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto fitScroll = [scroll, this] { scroll->setFixedHeight(m_view->sizeHint().height() + 24); };

    m_details->setObjectName(QStringLiteral("journeyDetails"));
    m_details->setOpenLinks(false);
    m_claims->setObjectName(QStringLiteral("journeyClaims"));
    m_claims->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_details);
    split->addWidget(m_claims);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(scroll);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(m_view, &JourneyView::currentStepChanged, this, &JourneyWindow::showStep);
    connect(m_view, &JourneyView::currentStepChanged, this, fitScroll);
    fitScroll();
    resize(1180, 720);
}

void JourneyWindow::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void JourneyWindow::setJourney(const MessageJourney &journey)
{
    m_title->setText(journey.subject.isEmpty() ? tr("Journey of a message without a subject")
                                               : tr("Journey of \u201c%1\u201d").arg(journey.subject));
    QStringList status = journey.problems;
    if (journey.steps.isEmpty())
        status << tr("This message has no Received field, and Carteiro has no record of sending or fetching it.");
    setStatus(status.join(QLatin1Char('\n')));
    m_view->setJourney(journey);
    m_view->resize(m_view->sizeHint());
    showClaims();
    if (journey.steps.isEmpty())
        showStep(-1);
}

void JourneyWindow::showStep(int step)
{
    const MessageJourney &j = m_view->journey();
    if (step < 0 || step >= j.steps.size()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("No step chosen."))));
        return;
    }
    const JourneyStep &s = j.steps.at(step);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Step %1: %2 \u2192 %3").arg(step + 1).arg(s.fromNode, s.toNode)));
    QString when = s.time.isValid() ? whenText(s.time) : tr("unknown");
    if (s.hasDelay)
        when += s.clockSkew ? tr(" (%1 before the step before)").arg(formatDelay(-s.delayMs))
                            : tr(" (%1 after the step before)").arg(formatDelay(s.delayMs));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("When:")), esc(when));
    if (s.matchedSubmission && s.carteiroTime.isValid())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Carteiro got the 250 at:")), esc(whenText(s.carteiroTime)));
    if (!s.protocol.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Protocol:")), esc(s.protocol));
    if (!s.problem.isEmpty())
        html += QStringLiteral("<p style='color:#b00020'><b>%1</b> %2</p>").arg(esc(tr("Not fully read:")), esc(s.problem));
    html += QStringLiteral("<p><b>%1</b></p><pre style='white-space:pre-wrap; background:#f4f4f4; padding:6px'>%2</pre>")
                .arg(esc(s.kind == JourneyStep::Kind::Hop || s.matchedSubmission ? tr("The header line:")
                                                                                   : tr("Carteiro's record:")),
                     esc(s.raw));
    html += QStringLiteral("<ul>");
    for (const QString &d : s.details)
        html += QStringLiteral("<li>%1</li>").arg(esc(d));
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

void JourneyWindow::showClaims()
{
    const MessageJourney &j = m_view->journey();
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(esc(tr("What the servers claim")),
                            esc(tr("Fields servers added on the way. Carteiro checks none of them: they are "
                                   "claims, as trustworthy as the server that wrote them.")));
    if (j.claims.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No Return-Path, Authentication-Results or DKIM-Signature field.")));
    for (const TraceClaim &c : j.claims) {
        html += QStringLiteral("<p><b>%1</b>%2<br><code>%3</code><br>%4</p>")
                    .arg(esc(c.name()),
                         c.addedBy.isEmpty() ? QString() : esc(tr(" (added by %1; not verified by Carteiro)").arg(c.addedBy)),
                         esc(QString::fromUtf8(c.raw).simplified().left(400)), esc(c.explanation()));
    }
    m_claims->setHtml(html);
}

} // namespace carteiro
