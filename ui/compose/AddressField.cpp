#include "AddressField.h"

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
    connect(m_edit, &QLineEdit::textChanged, this, &AddressField::revalidate);
    MxMenu::install(m_edit); // "How does mail reach DOMAIN?" (ui/journey)
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
    QList<MailAddress> out;
    QStringList pieces;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && quoted && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>'))
            angle = qMax(0, angle - 1);
        if (!quoted && angle == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            pieces << current;
            current.clear();
            continue;
        }
        current += c;
    }
    pieces << current;
    for (const QString &piece : pieces) {
        // Only spaces and tabs are trimmed: a CR or LF must reach the parser and be refused.
        QString p = piece;
        while (!p.isEmpty() && (p.front() == QLatin1Char(' ') || p.front() == QLatin1Char('\t')))
            p.remove(0, 1);
        while (!p.isEmpty() && (p.back() == QLatin1Char(' ') || p.back() == QLatin1Char('\t')))
            p.chop(1);
        if (p.isEmpty())
            continue;
        QString why;
        const auto a = MailAddress::parse(p, &why);
        if (!a) {
            if (error)
                *error = why;
            return {};
        }
        out << *a;
    }
    if (error)
        error->clear();
    return out;
}

void AddressField::revalidate()
{
    const bool wasValid = isValid();
    m_addresses = parseList(m_edit->text(), &m_error);
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_edit->setToolTip(m_error);
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

} // namespace carteiro
