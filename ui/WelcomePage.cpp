// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carteiro {

namespace {
// A wrapped paragraph, at most 560 pixels wide and centred. Not through an
// alignment flag: an aligned label gets its size hint's width and a height
// that does not follow it, and the text is cut.
void addCentred(QVBoxLayout *outer, QLabel *label)
{
    label->setMaximumWidth(560);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(label, 100);
    row->addStretch(1);
    outer->addLayout(row);
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_add(new QPushButton(tr("Add an account..."), this)),
      m_lab(new QPushButton(tr("Open the mail lab"), this)), m_labText(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *title = new QLabel(tr("Welcome to Carteiro"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto *text = new QLabel(tr("Carteiro reads and sends your mail and shows every step of SMTP, IMAP and POP3 "
                               "as it happens. Add your mail account to begin: you need its address, its "
                               "password and the names of its servers."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setObjectName(QStringLiteral("welcomeText"));
    addCentred(outer, text);
    outer->addSpacing(16);
    m_add->setDefault(true);
    m_add->setAccessibleName(tr("Add an account"));
    m_add->setToolTip(tr("Enter the address, the password and the servers of your mail account"));
    outer->addWidget(m_add, 0, Qt::AlignHCenter);
    outer->addSpacing(12);
    m_labText->setText(tr("The mail lab is running on this computer: its ready accounts (alice and bob) "
                          "let you try everything without a real mailbox."));
    m_labText->setWordWrap(true);
    m_labText->setAlignment(Qt::AlignCenter);
    m_labText->setForegroundRole(QPalette::PlaceholderText);
    addCentred(outer, m_labText);
    m_lab->setAccessibleName(tr("Open the mail lab"));
    m_lab->setToolTip(tr("Adds the lab account \"Lab (alice)\" and opens its inbox"));
    outer->addWidget(m_lab, 0, Qt::AlignHCenter);
    outer->addStretch(3);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addAccount);
    connect(m_lab, &QPushButton::clicked, this, &WelcomePage::openLab);
    setLabAvailable(false);
    setFocusProxy(m_add);
}

void WelcomePage::setLabAvailable(bool available)
{
    m_lab->setVisible(available);
    m_labText->setVisible(available);
}

} // namespace carteiro
