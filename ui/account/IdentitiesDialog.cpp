// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/IdentitiesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carteiro {

IdentitiesDialog::IdentitiesDialog(const QList<Identity> &identities, bool signatureAboveQuote, QWidget *parent)
    : QDialog(parent), m_identities(identities)
{
    setWindowTitle(tr("Identities and signatures"));
    resize(760, 520);
    if (m_identities.isEmpty())
        m_identities << Identity{};
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Identities"));
    left->addWidget(m_list, 1);
    auto *add = new QPushButton(tr("&Add identity"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    left->addWidget(add);
    left->addWidget(m_remove);
    row->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("you@example.com"));
    m_replyTo = new QLineEdit(this);
    m_replyTo->setPlaceholderText(tr("Optional: where replies should go"));
    m_signature = new QPlainTextEdit(this);
    m_signature->setPlaceholderText(tr("Plain-text signature; the \"-- \" line above it is added for you"));
    m_signature->setTabChangesFocus(true);
    m_signatureHtml = new QPlainTextEdit(this);
    m_signatureHtml->setPlaceholderText(tr("Optional HTML signature for formatted messages, e.g. <b>Ana</b><br>Escola"));
    m_signatureHtml->setTabChangesFocus(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("Reply-&To:"), m_replyTo);
    form->addRow(tr("&Signature:"), m_signature);
    form->addRow(tr("&HTML signature:"), m_signatureHtml);
    row->addLayout(form, 2);
    layout->addLayout(row, 1);

    m_above = new QCheckBox(tr("In replies, put the signature a&bove the quoted text"), this);
    m_above->setChecked(signatureAboveQuote);
    layout->addWidget(m_above);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    for (int i = 0; i < m_identities.size(); ++i)
        m_list->addItem(label(i));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) {
        if (m_loading)
            return;
        store();
        showIdentity(r);
    });
    for (QLineEdit *e : {m_name, m_address})
        connect(e, &QLineEdit::textEdited, this, [this] {
            store();
            if (m_current >= 0)
                m_list->item(m_current)->setText(label(m_current));
        });
    connect(add, &QPushButton::clicked, this, &IdentitiesDialog::addIdentity);
    connect(m_remove, &QPushButton::clicked, this, &IdentitiesDialog::removeCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &IdentitiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IdentitiesDialog::reject);
    m_list->setCurrentRow(0);
    showIdentity(0);
}

QString IdentitiesDialog::label(int row) const
{
    const Identity &id = m_identities.at(row);
    const QString text = id.address.trimmed().isEmpty() ? tr("(no address yet)") : id.fromText();
    return row == 0 ? tr("%1 (the account's own)").arg(text) : text;
}

void IdentitiesDialog::store()
{
    if (m_loading || m_current < 0 || m_current >= m_identities.size())
        return;
    Identity &id = m_identities[m_current];
    id.name = m_name->text().trimmed();
    id.address = m_address->text().trimmed();
    id.replyTo = m_replyTo->text().trimmed();
    id.signature = m_signature->toPlainText();
    id.signatureHtml = m_signatureHtml->toPlainText();
}

void IdentitiesDialog::showIdentity(int row)
{
    if (row < 0 || row >= m_identities.size())
        return;
    m_loading = true;
    m_current = row;
    const Identity &id = m_identities.at(row);
    m_name->setText(id.name);
    m_address->setText(id.address);
    m_replyTo->setText(id.replyTo);
    m_signature->setPlainText(id.signature);
    m_signatureHtml->setPlainText(id.signatureHtml);
    m_remove->setEnabled(row > 0); // the account's own stays
    m_loading = false;
}

QList<Identity> IdentitiesDialog::identities() const
{
    auto *self = const_cast<IdentitiesDialog *>(this);
    self->store();
    return m_identities;
}

bool IdentitiesDialog::signatureAboveQuote() const
{
    return m_above->isChecked();
}

void IdentitiesDialog::addIdentity()
{
    store();
    Identity id;
    id.name = m_identities.first().name; // the same person, another address
    m_identities << id;
    m_list->addItem(label(int(m_identities.size()) - 1));
    m_list->setCurrentRow(int(m_identities.size()) - 1);
    m_address->setFocus();
}

void IdentitiesDialog::removeCurrent()
{
    const int row = m_current;
    if (row <= 0 || row >= m_identities.size())
        return;
    m_loading = true;
    m_identities.removeAt(row);
    delete m_list->takeItem(row);
    m_current = -1;
    m_loading = false;
    m_list->setCurrentRow(row - 1);
    showIdentity(row - 1);
}

void IdentitiesDialog::accept()
{
    const QList<Identity> all = identities();
    for (int i = 0; i < all.size(); ++i) {
        const QString why = all.at(i).validate();
        if (why.isEmpty())
            continue;
        m_error->setText(tr("Identity %1 (%2): %3").arg(i + 1).arg(label(i), why));
        m_error->show();
        m_list->setCurrentRow(i);
        return;
    }
    QDialog::accept();
}

} // namespace carteiro
