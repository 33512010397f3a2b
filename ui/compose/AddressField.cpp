// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressField.h"

#include "mime/AddressList.h"
#include "journey/MxMenu.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace carteiro {

AddressField::AddressField(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_errorLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);
    m_edit->setPlaceholderText(tr("Name <address@example.com>, another@example.com"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setTextFormat(Qt::PlainText); // the message quotes user input
    m_errorLabel->hide();
    // textChanged, not textEdited: a completion chosen from the list (AddressCompleter)
    // sets the text too, and the recipients must follow it.
    connect(m_edit, &QLineEdit::textChanged, this, [this] { revalidate(true); });
    connect(m_edit, &QLineEdit::editingFinished, this, &AddressField::revealProblem);
    MxMenu::install(m_edit); // "How does mail reach DOMAIN?" (ui/journey)
}

void AddressField::revealProblem()
{
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_edit->setToolTip(m_error);
}

bool AddressField::problemShown() const
{
    return !m_errorLabel->isHidden();
}

QString AddressField::text() const
{
    return m_edit->text();
}

void AddressField::setText(const QString &text)
{
    m_edit->setText(text);
    revalidate(); // also when the text did not change
}

QList<MailAddress> AddressField::parseList(const QString &text, QString *error)
{
    QStringList problems;
    const QList<MailAddress> out = AddressList::parse(text, &problems);
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty() ? out : QList<MailAddress>();
}

void AddressField::revalidate(bool typing)
{
    const bool wasValid = isValid();
    m_addresses = parseList(m_edit->text(), &m_error);
    if (!typing || m_error.isEmpty())
        revealProblem();
    else
        m_errorLabel->hide(); // still typing: quiet until the field is left or the message is sent
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

} // namespace carteiro
