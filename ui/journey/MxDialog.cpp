// SPDX-License-Identifier: GPL-3.0-or-later
#include "journey/MxDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace carteiro {

MxDialog::MxDialog(QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_domain(new QLineEdit(this)),
      m_go(new QPushButton(tr("&Look up"), this)),
      m_answer(new QTextBrowser(this)),
      m_lookup(new MxLookup(this))
{
    setObjectName(QStringLiteral("mxDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("How does mail reach this domain?"));
    m_domain->setObjectName(QStringLiteral("mxDomain"));
    m_domain->setPlaceholderText(tr("example.test or bob@example.test"));
    m_answer->setObjectName(QStringLiteral("mxAnswer"));
    auto *intro = new QLabel(tr("A mail server sending to an address asks DNS for the MX records of its domain "
                                "(RFC 5321 §5.1) and hands the message to the first of those servers that "
                                "answers."),
                             this);
    intro->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Domain:"), this));
    row->addWidget(m_domain, 1);
    row->addWidget(m_go);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_answer, 1);
    layout->addWidget(buttons);
    connect(m_go, &QPushButton::clicked, this, [this] { lookup(m_domain->text()); });
    connect(m_domain, &QLineEdit::returnPressed, this, [this] { lookup(m_domain->text()); });
    connect(m_lookup, &MxLookup::finished, this, &MxDialog::showResult);
    resize(640, 420);
}

void MxDialog::lookup(const QString &domainOrAddress)
{
    m_domain->setText(domainOrAddress.trimmed());
    m_answer->setPlainText(tr("Asking DNS about %1...").arg(domainOrAddress.trimmed()));
    m_go->setEnabled(false);
    m_lookup->lookup(domainOrAddress);
}

QStringList MxDialog::describe(const MxResult &r)
{
    QStringList lines = r.explanation;
    lines += r.notes;
    return lines;
}

void MxDialog::showResult(const MxResult &r)
{
    m_go->setEnabled(true);
    QString html = QStringLiteral("<h3>%1</h3>").arg(r.domain.toHtmlEscaped());
    if (r.outcome == MxResult::Outcome::Mx) {
        html += QStringLiteral("<table cellpadding='4'><tr><th align='left'>%1</th><th align='left'>%2</th></tr>")
                    .arg(tr("Preference").toHtmlEscaped(), tr("Mail server").toHtmlEscaped());
        for (const MxResult::Exchange &e : r.exchanges)
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(e.preference).arg(e.host.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    for (const QString &line : r.explanation)
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    for (const QString &note : r.notes)
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
    m_answer->setHtml(html);
    Q_EMIT answered(r);
}

} // namespace carteiro
