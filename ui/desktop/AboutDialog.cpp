// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

#ifndef CARTEIRO_KEYCHAIN_VERSION
#define CARTEIRO_KEYCHAIN_VERSION "" // set by ui/CMakeLists.txt
#endif

namespace carteiro {

QList<LibraryInfo> AboutDialog::libraries()
{
    QList<LibraryInfo> all = coreLibraries();
    all.insert(1, {QStringLiteral("Qt Widgets, Qt Multimedia"), QString::fromLatin1(qVersion()),
                   QStringLiteral("LGPL-3.0-only"), QStringLiteral("https://www.qt.io/")});
    all << LibraryInfo{QStringLiteral("QtKeychain"), QStringLiteral(CARTEIRO_KEYCHAIN_VERSION),
                       QStringLiteral("BSD-3-Clause"), QStringLiteral("https://github.com/frankosterfeld/qtkeychain")};
    return all;
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Carteiro"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setOpenExternalLinks(true);
    title->setWordWrap(true);
    title->setText(
        QStringLiteral("<h2>Carteiro %1</h2><p>%2</p><p>%3</p>")
            .arg(applicationVersion().toHtmlEscaped(),
                 tr("A mail client with a live protocol inspector: every SMTP, IMAP and POP3 line "
                    "explained, for learning how e-mail works.")
                     .toHtmlEscaped(),
                 tr("Carteiro is free software under the GNU General Public License, version 3 or any "
                    "later version (%1). It comes with no warranty.")
                     .toHtmlEscaped()
                     .arg(QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">%1</a>")
                              .arg(applicationLicense()))));
    top->addWidget(title, 1);
    layout->addLayout(top);

    layout->addWidget(new QLabel(tr("Built on:"), this));
    const QList<LibraryInfo> libs = libraries();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("License")});
    m_table->setRowCount(int(libs.size()));
    for (int row = 0; row < libs.size(); ++row) {
        const LibraryInfo &lib = libs.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(lib.name));
        m_table->setItem(row, 1, new QTableWidgetItem(lib.version));
        m_table->setItem(row, 2, new QTableWidgetItem(lib.license));
        for (int c = 0; c < 3; ++c)
            m_table->item(row, c)->setToolTip(lib.url);
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 460);
}

void AboutDialog::addHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Carteiro"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        auto *dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

} // namespace carteiro
